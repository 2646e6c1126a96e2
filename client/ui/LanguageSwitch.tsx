// Switches between Chinese and English; each option is written in its own language.
import { For } from 'solid-js';
import { LANGUAGES, isLanguage, type Language } from '../i18n/language';
import { useI18n } from '../i18n/I18nProvider';

const OWN_NAMES: Readonly<Record<Language, string>> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <select
      class="select select--compact"
      aria-label={t('app.language')}
      value={language()}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) setLanguage(next);
      }}
    >
      <For each={LANGUAGES}>{(option) => <option value={option}>{OWN_NAMES[option]}</option>}</For>
    </select>
  );
}
