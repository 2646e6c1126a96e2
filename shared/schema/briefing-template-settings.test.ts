import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_BRIEFING_TEMPLATE } from '../domain/briefing/briefing-template';
import { readBriefingTemplate, setBriefingTemplate } from './briefing-template-settings';
import { ORIGIN, syncAll } from './test-fixtures';
import { workspaceRoots } from './workspace-roots';
import { readWorkspace } from './workspace-read';
import { renameWorkspace } from './workspace-commands';

describe('team briefing template in the workspace room', () => {
  it('reads an empty workspace, or a stored value that is not a template, as the default template', () => {
    expect(readBriefingTemplate(new Y.Doc())).toEqual(DEFAULT_BRIEFING_TEMPLATE);
    const doc = new Y.Doc();
    workspaceRoots(doc).info.set('briefingTemplate', { sections: ['overdue', 'weather'], maxItemsPerSection: 5 });
    expect(readBriefingTemplate(doc)).toEqual(DEFAULT_BRIEFING_TEMPLATE);
  });

  it('stores the sections in their order and the item limit, and a second device reads them after sync', () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    expect(setBriefingTemplate(doc, { sections: ['overdue', 'todayPlan'], maxItemsPerSection: 3 }, ORIGIN)).toEqual({ ok: true, value: undefined });
    syncAll([doc, other]);
    expect(readBriefingTemplate(other)).toEqual({ sections: ['overdue', 'todayPlan'], maxItemsPerSection: 3 });
  });

  it('refuses an empty, repeated or unknown section list and a bad limit, and keeps what was stored', () => {
    const doc = new Y.Doc();
    setBriefingTemplate(doc, { sections: ['risks'], maxItemsPerSection: 5 }, ORIGIN);
    expect(setBriefingTemplate(doc, { sections: [], maxItemsPerSection: 5 }, ORIGIN)).toEqual({ ok: false, reason: 'no-sections' });
    expect(setBriefingTemplate(doc, { sections: ['risks', 'risks'], maxItemsPerSection: 5 }, ORIGIN)).toEqual({ ok: false, reason: 'repeated-section' });
    expect(setBriefingTemplate(doc, { sections: ['risks'], maxItemsPerSection: 0 }, ORIGIN)).toEqual({ ok: false, reason: 'invalid-max-items' });
    expect(readBriefingTemplate(doc)).toEqual({ sections: ['risks'], maxItemsPerSection: 5 });
  });

  it('leaves the workspace name and the rest of the workspace as they were', () => {
    const doc = new Y.Doc();
    renameWorkspace(doc, 'Tower team', 0, ORIGIN);
    setBriefingTemplate(doc, { sections: ['keyNumbers'], maxItemsPerSection: 10 }, ORIGIN);
    expect(readWorkspace(doc).name).toBe('Tower team');
  });
});
