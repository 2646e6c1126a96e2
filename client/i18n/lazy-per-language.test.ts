import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Language } from './language';
import { lazyPerLanguage } from './lazy-per-language';

describe('lazyPerLanguage', () => {
  it('builds nothing until asked, then once per language', () => {
    const [language, setLanguage] = createSignal<Language>('en');
    const built: Language[] = [];
    const format = lazyPerLanguage(language, (tag) => {
      built.push(tag);
      return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    });
    expect(built).toEqual([]);
    const first = format();
    expect(format()).toBe(first);
    expect(built).toEqual(['en']);
    setLanguage('zh-CN');
    expect(format().format(new Date('2026-03-05T12:00:00Z'))).toBe('2026年3月5日');
    expect(built).toEqual(['en', 'zh-CN']);
  });
});
