// Money shown to people: ¥, thousands grouping, always two decimals, a leading minus. Done on the
// integer fen with string digits, never through a float, so ¥90,071,992,547,409.91 prints exactly.
import { fen, type Fen } from './money';

export type MoneyLocale = 'en' | 'zh-CN';

export interface FormatFenOptions {
  /** Without the ¥ sign, for table cells under a "¥" column header. */
  readonly symbol?: boolean;
}

/**
 * `¥1,234.50`, `-¥1,234.50`. Both locales group by thousands with a comma and use ¥ (not "CN¥",
 * which English Intl output uses): the app only deals in renminbi, so the short sign is unambiguous.
 */
export function formatFen(amount: Fen, locale: MoneyLocale, options: FormatFenOptions = {}): string {
  const value = fen(amount);
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(3, '0');
  const whole = digits.slice(0, -2);
  const cents = digits.slice(-2);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separatorFor(locale));
  const sign = options.symbol === false ? '' : '¥';
  return `${negative ? '-' : ''}${sign}${grouped}.${cents}`;
}

function separatorFor(locale: MoneyLocale): string {
  switch (locale) {
    case 'en':
    case 'zh-CN':
      return ',';
  }
}
