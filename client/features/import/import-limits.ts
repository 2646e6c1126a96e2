// How big a file the importer takes: 10 MB covers a 20,000-row schedule with room to spare, and
// keeps the unzipped workbook (often 5–10× the file) well inside a phone's memory.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_MB = 10;
export const MAX_IMPORT_ROWS = 20_000;
