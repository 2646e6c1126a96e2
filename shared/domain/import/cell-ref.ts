// Spreadsheet cell references ("C7") for messages: the column letters people see in Excel.
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** `column` is 0-based, `sheetRow` 1-based as Excel numbers rows. */
export function cellRef(column: number, sheetRow: number): string {
  return `${columnLetters(column)}${sheetRow}`;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
