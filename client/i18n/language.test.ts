import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGES, detectLanguage, formatMessage } from './language';
import { en } from './messages-en';

describe('dictionaries', () => {
  it('every language has every key, none empty, and no extra keys', () => {
    const keys = Object.keys(en).sort();
    for (const language of LANGUAGES) {
      const dictionary = DICTIONARIES[language];
      expect(Object.keys(dictionary).sort()).toEqual(keys);
      for (const key of keys) expect(dictionary[key as keyof typeof en].trim()).not.toBe('');
    }
  });

  it('every translation uses the same placeholders as English', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(DICTIONARIES['zh-CN'][key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
});

describe('detectLanguage', () => {
  it('reads any Chinese variant as Simplified Chinese', () => {
    expect(detectLanguage(['zh-TW'])).toBe('zh-CN');
    expect(detectLanguage(['zh'])).toBe('zh-CN');
  });
  it('takes the first language it speaks', () => {
    expect(detectLanguage(['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(detectLanguage([])).toBe('en');
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{count} of {limit}', { count: 3, limit: 5 })).toBe('3 of 5');
    expect(formatMessage('Hi {who}', {})).toBe('Hi {who}');
  });
});
