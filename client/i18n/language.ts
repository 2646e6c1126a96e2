// Which language to show, and how to fill a message's placeholders; pure so it tests without a DOM.
import { en, type Dictionary, type MessageKey } from './messages-en';
import { zhCN } from './messages-zh';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { 'zh-CN': zhCN, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first browser language we speak; any Chinese variant reads Simplified Chinese, else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(DICTIONARIES[language][key], params);
}
