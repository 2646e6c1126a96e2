// Validating readers for record fields. Records arrive from other devices and may be missing
// fields or hold wrong types; every read here falls back to a default instead of throwing.
import * as Y from 'yjs';
import { isIsoDay, type IsoDay } from '../iso-day';
import { isRank, type Rank } from '../rank';

export type RecordMap = Y.Map<unknown>;

export function isRecordMap(value: unknown): value is RecordMap {
  return value instanceof Y.Map;
}

export function readString(record: RecordMap, key: string, fallback: string, maxLength = 10_000): string {
  const value = record.get(key);
  return typeof value === 'string' ? value.slice(0, maxLength) : fallback;
}

export function readBoolean(record: RecordMap, key: string, fallback: boolean): boolean {
  const value = record.get(key);
  return typeof value === 'boolean' ? value : fallback;
}

export function readNumber(record: RecordMap, key: string, fallback: number): number {
  const value = record.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function readNonNegativeIntOrNull(record: RecordMap, key: string): number | null {
  const value = record.get(key);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

export function readIsoDayOrNull(record: RecordMap, key: string): IsoDay | null {
  const value = record.get(key);
  return isIsoDay(value) ? value : null;
}

/** An invalid rank sorts after every valid one (ties then break by id), so nothing disappears. */
export const FALLBACK_RANK = 'zzzzzzzz' as Rank;

export function readRank(record: RecordMap, key = 'rank'): Rank {
  const value = record.get(key);
  return isRank(value) ? value : FALLBACK_RANK;
}

export function readText(record: RecordMap, key: string, maxLength = 100_000): string {
  const value = record.get(key);
  if (value instanceof Y.Text) return value.toString().slice(0, maxLength);
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

/** A set stored as Y.Map<key, true>: concurrent additions by two devices both survive. */
export function readKeySet(record: RecordMap, key: string, isValid: (item: string) => boolean): string[] {
  const value = record.get(key);
  if (!isRecordMap(value)) return [];
  return [...value.keys()].filter(isValid).sort();
}
