// What people type into an amount field, turned into fen or a reason it can't be: 1234.5, 1,234.50,
// ¥1234, ￥1 234, 1.2万, 3千, -50元. Anything ambiguous is refused rather than guessed.
import { fromBigFen, type Fen } from './money';
import { fail, ok, type Result } from './result';

export type ParseMoneyFailure =
  /** nothing but spaces */
  | 'empty'
  /** letters, two decimal points, a sign in the middle, … */
  | 'not-a-number'
  /** commas or spaces not in groups of three (1,23,456) */
  | 'bad-grouping'
  /** finer than a fen (1.234, or 1.2345678万) */
  | 'too-many-decimals'
  | 'too-large';

const MULTIPLIERS: Readonly<Record<string, bigint>> = { '千': 1_000n, '万': 10_000n, '亿': 100_000_000n };
const SHAPE = /^([+-]?)[¥￥]?([+-]?)([\d,\s]*)(?:\.(\d*))? ?(千|万|亿)? ?(?:元)?$/;
const SPACES = /[\s\u00a0\u2009\u202f\u3000]/g;

export function parseMoney(text: string): Result<Fen, ParseMoneyFailure> {
  const normalized = toHalfWidth(text).trim().replace(SPACES, ' ');
  if (normalized.length === 0) return fail('empty');
  const match = SHAPE.exec(normalized);
  if (!match) return fail('not-a-number');
  const [, signBefore = '', signAfter = '', whole = '', fraction = '', unit] = match;
  if (signBefore !== '' && signAfter !== '') return fail('not-a-number');
  if (whole.trim() === '' && fraction === '') return fail('not-a-number');
  const digits = ungroup(whole.trim());
  if (digits === null) return fail('bad-grouping');
  const multiplier = unit === undefined ? 1n : (MULTIPLIERS[unit] ?? 1n);
  const scale = 10n ** BigInt(fraction.length);
  const scaledFen = BigInt(`${digits}${fraction}` || '0') * multiplier * 100n;
  if (scaledFen % scale !== 0n) return fail('too-many-decimals');
  const magnitude = scaledFen / scale;
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return fail('too-large');
  return ok(fromBigFen(signBefore === '-' || signAfter === '-' ? -magnitude : magnitude));
}

/** "1,234,567" or "1 234 567" → "1234567"; null when a separator is out of place. */
function ungroup(whole: string): string | null {
  if (/^\d*$/.test(whole)) return whole;
  const separator = whole.includes(',') ? ',' : ' ';
  if (whole.includes(',') && whole.includes(' ')) return null;
  const groups = whole.split(separator);
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/** Full-width digits and punctuation from a Chinese input method (１２３４．５，) read as ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[，]/g, ',')
    .replace(/[．。]/g, '.')
    .replace(/[－]/g, '-')
    .replace(/[＋]/g, '+');
}
