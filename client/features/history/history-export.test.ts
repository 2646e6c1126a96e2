import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { TaskId } from '../../../shared/ids';
import { historyExportTable } from './history-export';
import type { HistoryLine } from './history-lines';

describe('historyExportTable', () => {
  it("writes each line as shown: the time on the device's clock, who, the card and what they did", () => {
    const line = (key: string, at: number, userName: string): HistoryLine => ({ key, taskId: key as TaskId, userId: null, userName, at, since: at, actions: [] });
    const table = historyExportTable([line('t2', Date.UTC(2026, 2, 5, 2, 0), 'Bo Li'), line('t1', Date.UTC(2026, 2, 4, 16, 5), '=Ann')], {
      headers: ['Time', 'Who', 'Card', 'What'], who: (one) => one.userName ?? '', card: (one) => `card ${one.taskId}`, what: () => 'changed the title',
      offsetMinutes: () => 480,
    });
    expect(writeCsv(table)).toBe("\uFEFFTime,Who,Card,What\r\n2026-03-05 10:00:00,Bo Li,card t2,changed the title\r\n2026-03-05 00:05:00,'=Ann,card t1,changed the title\r\n");
  });
});
