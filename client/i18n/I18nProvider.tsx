// Language context: the current language (browser default, switchable, remembered), the translator
// and locale-aware date formatting with Intl.
import { createContext, createEffect, createSignal, useContext, type Accessor, type ParentProps } from 'solid-js';
import { lazyPerLanguage } from './lazy-per-language';
import { detectLanguage, isLanguage, translate, type Language, type MessageParams } from './language';
import type { MessageKey } from './messages-en';

const STORAGE_KEY = 'sitebeam.language';

export interface I18n {
  readonly language: Accessor<Language>;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** A calendar day ('YYYY-MM-DD'), shown without any time zone shift. */
  formatDay(day: string): string;
  formatDateTime(epochMs: number): string;
}

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps) {
  const stored = readStoredLanguage();
  const [language, setLanguage] = createSignal<Language>(stored ?? detectLanguage(navigator.languages ?? [navigator.language]));
  // Made on first use, not as the app starts: a formatter costs 15–30 ms to build, and the first
  // screen of most pages formats no date.
  const dayFormat = lazyPerLanguage(language, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }));
  const dateTimeFormat = lazyPerLanguage(language, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));
  createEffect(() => {
    document.documentElement.lang = language();
  });
  const i18n: I18n = {
    language,
    setLanguage(next) {
      setLanguage(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Not remembered in private mode; the choice still holds for this visit.
      }
    },
    t: (key, params) => translate(language(), key, params),
    // Noon UTC keeps the day the same in every time zone the formatter might apply.
    formatDay: (day) => dayFormat().format(new Date(`${day}T12:00:00Z`)),
    formatDateTime: (epochMs) => dateTimeFormat().format(new Date(epochMs)),
  };
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

function readStoredLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}
