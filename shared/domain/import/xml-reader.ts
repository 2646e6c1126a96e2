// A minimal, safe XML reader for the subset MS Project XML uses: elements, text, comments, CDATA,
// the five predefined entities and numeric character references. A DOCTYPE (and with it any entity
// definition, the door to "billion laughs" and external-entity attacks) is refused outright.
// Namespace prefixes are dropped; attributes are skipped (MSPDI keeps its data in elements).
import { fail, ok, type Result } from '../../result';

export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
}

export type XmlFailure = 'doctype-refused' | 'malformed-xml';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MAX_DEPTH = 64;

export function readXml(source: string): Result<XmlElement, XmlFailure> {
  const root: XmlElement = { name: '#document', children: [], text: '' };
  const stack: XmlElement[] = [root];
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('<', index);
    const current = stack.at(-1) ?? root;
    if (open === -1) {
      if (source.slice(index).trim() !== '') return fail('malformed-xml');
      break;
    }
    if (open > index) {
      const text = decode(source.slice(index, open));
      if (text === null) return fail('malformed-xml');
      if (stack.length > 1) current.text += text;
      else if (text.trim() !== '') return fail('malformed-xml');
    }
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      if (end === -1) return fail('malformed-xml');
      index = end + 3;
    } else if (source.startsWith('<![CDATA[', open)) {
      const end = source.indexOf(']]>', open + 9);
      if (end === -1) return fail('malformed-xml');
      current.text += source.slice(open + 9, end);
      index = end + 3;
    } else if (source.startsWith('<!', open)) {
      return fail(/^<!doctype/i.test(source.slice(open, open + 9)) ? 'doctype-refused' : 'malformed-xml');
    } else if (source.startsWith('<?', open)) {
      const end = source.indexOf('?>', open + 2);
      if (end === -1) return fail('malformed-xml');
      index = end + 2;
    } else {
      const end = findTagEnd(source, open + 1);
      if (end === -1) return fail('malformed-xml');
      const tag = source.slice(open + 1, end);
      index = end + 1;
      if (tag.startsWith('/')) {
        if (stack.length < 2 || localName(tag.slice(1).trim()) !== current.name) return fail('malformed-xml');
        stack.pop();
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const name = localName((/^[^\s/>]+/.exec(tag) ?? [''])[0]);
      if (name === '' || stack.length > MAX_DEPTH) return fail('malformed-xml');
      const element: XmlElement = { name, children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) return fail('malformed-xml');
  const documentElement = root.children[0];
  return documentElement ? ok(documentElement) : fail('malformed-xml');
}

/** The '>' closing a tag, skipping any inside quoted attribute values. */
function findTagEnd(source: string, from: number): number {
  let quote: string | null = null;
  for (let index = from; index < source.length; index++) {
    const char = source[index];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index;
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function decode(text: string): string | null {
  let broken = false;
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|&/g, (whole, body: string | undefined) => {
    if (body === undefined) {
      broken = true;
      return whole;
    }
    if (body.startsWith('#')) {
      const code = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) broken = true;
      return broken ? whole : String.fromCodePoint(code);
    }
    const value = ENTITIES[body];
    if (value === undefined) broken = true;
    return value ?? whole;
  });
  return broken ? null : decoded;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function childText(element: XmlElement, name: string): string | null {
  const child = element.children.find((candidate) => candidate.name === name);
  return child === undefined ? null : child.text.trim();
}
