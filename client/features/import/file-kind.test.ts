import { describe, expect, it } from 'vitest';
import { makeRandom } from '../../../test/support/seeded-random';
import { detectFileKind } from './file-kind';
import { MAX_IMPORT_BYTES } from './import-limits';

const utf8 = (text: string) => new TextEncoder().encode(text);
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('detectFileKind', () => {
  it('knows an .xlsx by its ZIP signature', () => {
    expect(detectFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({ ok: true, value: { kind: 'xlsx' } });
  });

  it('tells a password-protected workbook from an old .xls, both OLE files', () => {
    const name = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]);
    expect(detectFileKind(new Uint8Array([...OLE_HEADER, 0, 0, ...name]))).toEqual({ ok: false, reason: 'password-protected' });
    expect(detectFileKind(new Uint8Array([...OLE_HEADER, 0, 0, 87, 0, 111, 0]))).toEqual({ ok: false, reason: 'legacy-xls' });
  });

  it('reads UTF-8 CSV with or without BOM, and MS Project XML', () => {
    expect(detectFileKind(utf8('\uFEFF任务名称,工期\n开挖,5'))).toEqual({ ok: true, value: { kind: 'text', text: '任务名称,工期\n开挖,5', encoding: 'utf-8', format: 'csv' } });
    const xml = detectFileKind(utf8('<?xml version="1.0"?><Project/>'));
    expect(xml.ok && xml.value.kind === 'text' && xml.value.format).toBe('xml');
  });

  it('reads GBK text from older Chinese Excel and says so', () => {
    const gbk = new Uint8Array([0xc8, 0xce, 0xce, 0xf1, 0x2c, 0x35]); // 任务,5
    expect(detectFileKind(gbk)).toEqual({ ok: true, value: { kind: 'text', text: '任务,5', encoding: 'gbk', format: 'csv' } });
  });

  it('refuses random bytes, an empty file and one over the limit', () => {
    const random = makeRandom(6);
    const bytes = new Uint8Array(2048).map(() => random.int(256));
    expect(detectFileKind(bytes)).toEqual({ ok: false, reason: 'not-spreadsheet' });
    expect(detectFileKind(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty' });
    expect(detectFileKind(utf8('  \r\n'))).toEqual({ ok: false, reason: 'empty' });
    expect(detectFileKind(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
  });
});
