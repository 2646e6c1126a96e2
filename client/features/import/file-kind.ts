// What an uploaded file is, from its first bytes rather than its name: a ZIP (an .xlsx), an OLE
// compound file (D0 CF 11 E0: a password-protected .xlsx, whose encrypted package sits in an
// "EncryptionInfo" stream, or an old .xls), MS Project XML, or text read as CSV. Text is decoded as
// UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), else as GBK, which older
// Chinese Excel writes, and the caller says so.
import { fail, ok, type Result } from '../../../shared/result';
import { MAX_IMPORT_BYTES } from './import-limits';

export type FileKind =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'text'; readonly text: string; readonly encoding: 'utf-8' | 'utf-16' | 'gbk'; readonly format: 'csv' | 'xml' };

export type FileFailure = 'empty' | 'too-large' | 'password-protected' | 'legacy-xls' | 'not-spreadsheet';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFileKind(bytes: Uint8Array): Result<FileKind, FileFailure> {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > MAX_IMPORT_BYTES) return fail('too-large');
  if (startsWith(bytes, ZIP)) return ok({ kind: 'xlsx' });
  if (startsWith(bytes, OLE)) return fail(containsUtf16(bytes, 'EncryptionInfo') ? 'password-protected' : 'legacy-xls');
  const decoded = decodeText(bytes);
  if (decoded === null) return fail('not-spreadsheet');
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail('empty');
  return ok({ kind: 'text', text, encoding: decoded.encoding, format: /^\s*</.test(text) ? 'xml' : 'csv' });
}

function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16' | 'gbk' } | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
  }
  // Control bytes other than tab and line ends mean a binary file, not text in some other encoding.
  for (let index = 0; index < Math.min(bytes.length, 4096); index++) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return null;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gbk', { fatal: true }).decode(bytes), encoding: 'gbk' };
    } catch {
      return null;
    }
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether a UTF-16LE name appears in the file (OLE directory entries hold stream names so). */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let index = 0; index <= bytes.length - pattern.length; index++) {
    for (let offset = 0; offset < pattern.length; offset++) if (bytes[index + offset] !== pattern[offset]) continue outer;
    return true;
  }
  return false;
}
