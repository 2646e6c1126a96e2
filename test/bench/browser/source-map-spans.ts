// Which original source produced each byte of a built chunk, from its source map (v3, the
// `mappings` VLQ string). A segment covers its generated line from its column to the next
// segment's column; bytes before a line's first segment count as unmapped (bundler glue).
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));
export const UNMAPPED = '(unmapped)';

export interface SourceMapV3 {
  readonly sources: readonly string[];
  readonly mappings: string;
}

/** UTF-8 bytes of `code` attributed to each source path (as written in the map). */
export function bytesPerSource(code: string, map: SourceMapV3): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, text: string): void => {
    if (text.length > 0) totals.set(source, (totals.get(source) ?? 0) + Buffer.byteLength(text));
  };
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    let cursor = 0;
    let owner = UNMAPPED;
    for (const segment of lineMappings.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      add(owner, line.slice(cursor, column));
      cursor = column;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        owner = map.sources[sourceIndex] ?? UNMAPPED;
      } else {
        owner = UNMAPPED;
      }
    }
    add(owner, line.slice(cursor));
  });
  // Newlines belong to no source; count them as glue so the parts add up to the file.
  totals.set(UNMAPPED, (totals.get(UNMAPPED) ?? 0) + Math.max(0, lines.length - 1));
  return totals;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad VLQ character ${char} in a source map`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Per generated line: segment start column, source index (-1: unmapped) and original line. */
type DecodedLines = readonly (readonly (readonly [number, number, number])[])[];
const decodedMaps = new WeakMap<SourceMapV3, DecodedLines>();

export interface OriginalPosition {
  readonly source: string;
  /** 1-based, as editors show it. */
  readonly line: number;
}

/** The original source and line of a generated position (0-based line and column), or null if unmapped. */
export function sourceAt(map: SourceMapV3, line: number, column: number): OriginalPosition | null {
  let lines = decodedMaps.get(map);
  if (!lines) {
    lines = decodeLines(map);
    decodedMaps.set(map, lines);
  }
  let owner: readonly [number, number, number] | null = null;
  for (const segment of lines[line] ?? []) {
    if (segment[0] > column) break;
    owner = segment;
  }
  const source = owner === null || owner[1] === -1 ? undefined : map.sources[owner[1]];
  return source === undefined || owner === null ? null : { source, line: owner[2] + 1 };
}

function decodeLines(map: SourceMapV3): DecodedLines {
  let sourceIndex = 0;
  let originalLine = 0;
  return map.mappings.split(';').map((lineMappings) => {
    let column = 0;
    const segments: (readonly [number, number, number])[] = [];
    for (const segment of lineMappings.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        originalLine += fields[2] ?? 0;
      }
      segments.push([column, fields.length >= 4 ? sourceIndex : -1, originalLine]);
    }
    return segments;
  });
}
