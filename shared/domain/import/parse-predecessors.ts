// Predecessor cells as people write them: "3", "3,5", "3FS+2", "5SS-1d", "7FF", "2开始-开始",
// "4完成-开始+3天", "1.2FS+1w"; lists split on , ， ; ； 、 or spaces. A reference is the other task's
// ID, WBS code or row number (resolved later, against the whole sheet). Lags are working days.
import type { LinkType } from '../schedule/schedule-types';
import { normaliseWidth } from './cell-parse';
import type { CellValue } from './sheet-types';

export interface PredecessorRef {
  /** The referenced task as written: "3", "1.2". */
  readonly ref: string;
  readonly type: LinkType;
  readonly lag: number;
}

export interface PredecessorList {
  readonly refs: readonly PredecessorRef[];
  /** Parts of the cell that could not be read, as written. */
  readonly unreadable: readonly string[];
}

const WRITTEN_TYPES: Readonly<Record<string, LinkType>> = {
  FS: 'FS', SS: 'SS', FF: 'FF', SF: 'SF',
  '完成-开始': 'FS', '开始-开始': 'SS', '完成-完成': 'FF', '开始-完成': 'SF',
  '完成开始': 'FS', '开始开始': 'SS', '完成完成': 'FF', '开始完成': 'SF',
};
const PART = /^([A-Za-z]?\d+(?:\.\d+)*)\s*(FS|SS|FF|SF|完成-?开始|开始-?开始|完成-?完成|开始-?完成)?\s*(?:([+-])\s*(\d+(?:\.\d+)?)\s*(d|days?|天|日|工日|工作日|w|wks?|weeks?|周)?)?$/i;

export function parsePredecessors(cell: CellValue): PredecessorList {
  const text = typeof cell === 'number' ? String(cell) : normaliseWidth(cell === null || cell === false || cell === true ? '' : cell);
  if (text === '') return { refs: [], unreadable: [] };
  const refs: PredecessorRef[] = [];
  const unreadable: string[] = [];
  for (const part of text.split(/\s*[,;，；、]\s*|\s+(?=[A-Za-z]?\d)/)) {
    if (part === '') continue;
    const parsedPart = parsePart(part);
    if (parsedPart) refs.push(parsedPart);
    else unreadable.push(part);
  }
  return { refs, unreadable };
}

function parsePart(part: string): PredecessorRef | null {
  const match = PART.exec(part);
  if (!match) return null;
  const written = match[2]?.toUpperCase();
  const type: LinkType = written === undefined ? 'FS' : (WRITTEN_TYPES[written] ?? 'FS');
  const amount = match[4] === undefined ? 0 : Number(match[4]);
  const unit = (match[5] ?? 'd').toLowerCase();
  const days = /^(w|wks?|weeks?|周)$/.test(unit) ? amount * 5 : amount;
  const lag = Math.round(days) * (match[3] === '-' ? -1 : 1);
  return { ref: match[1] ?? '', type, lag: lag === 0 ? 0 : lag };
}

/** The `3FS+2` form exports write: plain "3" for finish-to-start without lag, so files stay readable. */
export function formatPredecessor(ref: string, type: LinkType, lag: number): string {
  if (type === 'FS' && lag === 0) return ref;
  return `${ref}${type}${lag === 0 ? '' : lag > 0 ? `+${lag}` : String(lag)}`;
}
