// A small RFC 4180 reader: quoted fields with "" escapes and line breaks inside, CRLF / LF / CR line
// ends, a leading byte-order mark dropped. The delimiter is a comma unless the first line has more
// semicolons or tabs (Excel in some locales writes ";", and copies from a sheet are tab-separated).
// Decoding bytes to text (UTF-8, or GBK from older Chinese Excel) is the caller's job.
import type { CellValue } from './sheet-types';

export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.slice(0, text.search(/\r|\n/) === -1 ? text.length : text.search(/\r|\n/));
  const count = (char: string) => firstLine.split(char).length - 1;
  const counts = [[',', count(',')], [';', count(';')], ['\t', count('\t')]] as const;
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] === 0 ? ',' : best[0];
}

export function parseCsv(input: string, delimiter: ',' | ';' | '\t' = detectDelimiter(input.replace(/^\uFEFF/, ''))): CellValue[][] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    row.push(field === '' ? null : field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        field += char;
      }
      index++;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[index + 1] === '\n') index++;
    } else field += char;
    index++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
