import { describe, expect, it } from 'vitest';
import { childText, readXml } from './xml-reader';

describe('readXml', () => {
  it('reads nested elements, text, CDATA and entities, dropping namespace prefixes and attributes', () => {
    const result = readXml('<?xml version="1.0"?>\n<!-- by hand --><p:Project xmlns:p="x"><Name a="1>2">A &amp; B &#x4E00;&#20108;</Name><Notes><![CDATA[<b>raw</b>]]></Notes><Empty/></p:Project>');
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.name).toBe('Project');
    expect(childText(result.value, 'Name')).toBe('A & B 一二');
    expect(childText(result.value, 'Notes')).toBe('<b>raw</b>');
    expect(childText(result.value, 'Empty')).toBe('');
  });

  it('refuses a DOCTYPE, and with it every entity definition', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(readXml(bomb)).toEqual({ ok: false, reason: 'doctype-refused' });
  });

  it('refuses undefined entities, unclosed and mismatched tags, and two roots', () => {
    for (const source of ['<a>&lol;</a>', '<a><b></a>', '<a>', '<a></a><b></b>', 'plain text', '<a>x & y</a>', '']) {
      expect(readXml(source)).toEqual({ ok: false, reason: 'malformed-xml' });
    }
  });

  it('refuses nesting deeper than any MS Project file goes', () => {
    expect(readXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`)).toEqual({ ok: false, reason: 'malformed-xml' });
  });
});
