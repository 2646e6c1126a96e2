import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceText } from './text-diff';

function textWith(content: string): { doc: Y.Doc; text: Y.Text } {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, content);
  return { doc, text };
}

describe('replaceText', () => {
  it('turns the text into the new string', () => {
    const { text } = textWith('pour concrete slab');
    replaceText(text, 'pour the concrete slab today');
    expect(text.toString()).toBe('pour the concrete slab today');
  });

  it('keeps concurrent edits to different parts of the text', () => {
    const a = textWith('基础开挖 foundation dig');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    replaceText(a.text, '基础开挖完成 foundation dig');
    replaceText(b.getText('t'), '基础开挖 foundation dig, east side');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    expect(a.text.toString()).toBe('基础开挖完成 foundation dig, east side');
    expect(b.getText('t').toString()).toBe(a.text.toString());
  });

  it('never splits an emoji when only its second half changes', () => {
    const { doc, text } = textWith('done 😀');
    replaceText(text, 'done 😁');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(copy.getText('t').toString()).toBe('done 😁');
  });

  it('handles clearing the text and equal strings', () => {
    const { text } = textWith('abc');
    replaceText(text, 'abc');
    expect(text.toString()).toBe('abc');
    replaceText(text, '');
    expect(text.toString()).toBe('');
  });
});
