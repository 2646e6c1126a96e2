// The activity feed as a table to export, newest first as it is shown: when (a real date and time on
// this device's clock), who, which card, and what they did in the reader's words.
import { textCell, timeCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { HistoryLine } from './history-lines';

export interface HistoryExportText {
  readonly headers: readonly [time: string, who: string, card: string, what: string];
  readonly who: (line: HistoryLine) => string;
  readonly card: (line: HistoryLine) => string;
  readonly what: (line: HistoryLine) => string;
  /** Minutes this device's clock is ahead of UTC (China: 480). */
  readonly offsetMinutes: (epochMs: number) => number;
}

export function historyExportTable(lines: readonly HistoryLine[], text: HistoryExportText): ExportTable {
  return {
    header: text.headers,
    widths: [20, 16, 30, 60],
    rows: lines.map((line) => [timeCell(line.at, text.offsetMinutes(line.at)), textCell(text.who(line)), textCell(text.card(line)), textCell(text.what(line))]),
  };
}
