import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { deliveriesExportTable } from './deliveries-export';

describe('deliveriesExportTable', () => {
  it("writes each delivery with its time on the device's clock, purpose and result in words, attempts and the service's answer", () => {
    const table = deliveriesExportTable([
      { at: Date.UTC(2026, 2, 4, 23, 30), purpose: 'briefing', ok: true, attempts: 1, message: '' },
      { at: Date.UTC(2026, 2, 5, 1, 0, 9), purpose: 'alert', ok: false, attempts: 3, message: '-1: sign mismatch' },
    ], {
      headers: ['Time', 'Purpose', 'Result', 'Attempts', 'Answer'], purpose: (purpose) => purpose.toUpperCase(), delivered: 'Delivered', failed: 'Failed',
      offsetMinutes: () => 480,
    });
    expect(writeCsv(table)).toBe("\uFEFFTime,Purpose,Result,Attempts,Answer\r\n2026-03-05 07:30:00,BRIEFING,Delivered,1,\r\n2026-03-05 09:00:09,ALERT,Failed,3,'-1: sign mismatch\r\n");
  });
});
