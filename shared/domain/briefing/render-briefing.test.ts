import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../ids';
import { COLUMNS, DONE, PROJECT, day, task } from './briefing-fixtures';
import { briefingEn, briefingZh } from './briefing-messages';
import { DEFAULT_BRIEFING_TEMPLATE } from './briefing-template';
import { composeBriefing } from './compose-briefing';
import { renderBriefing } from './render-briefing';

const briefing = composeBriefing({
  scope: { kind: 'team' }, today: day('2026-03-02'), yesterday: day('2026-02-27'),
  template: { sections: ['keyNumbers', 'yesterdayDone', 'overdue'], maxItemsPerSection: 10 },
  projects: [{ id: PROJECT, name: 'Tower', columns: COLUMNS, tasks: [task('Pour *slab* [B2]', { columnId: DONE }), task('Rebar', { dueDate: day('2026-02-28') })] }],
  completions: [{ taskId: 'Pour *slab* [B2]' as TaskId, day: day('2026-02-27') }],
});

describe('renderBriefing', () => {
  it('plain text in Chinese, for copying into any chat', () => {
    expect(renderBriefing(briefing, { format: 'text', words: briefingZh })).toBe([
      '每日简报 2026-03-02', '',
      '【关键数字】', '未完成 1 · 昨日完成 1 · 今日到期 0 · 逾期 1 · 风险 0', '',
      '【昨日完成（2026-02-27）】', '· Tower / Pour *slab* [B2]', '',
      '【已逾期】', '· Tower / Rebar (逾期 2 天)',
    ].join('\n'));
  });

  it('markdown in English with user text escaped', () => {
    const markdown = renderBriefing(briefing, { format: 'markdown', words: briefingEn });
    expect(markdown).toContain('### Daily briefing 2026-03-02');
    expect(markdown).toContain('**Done yesterday (2026-02-27)**\n- Tower / Pour \\*slab\\* \\[B2\\]');
    expect(markdown).toContain('**Overdue**\n- Tower / Rebar (2 d late)');
  });

  it('says "nothing" for an empty section and the default template renders every section', () => {
    const empty = composeBriefing({ scope: { kind: 'team' }, today: day('2026-03-02'), yesterday: day('2026-02-27'), template: DEFAULT_BRIEFING_TEMPLATE, projects: [], completions: [] });
    const text = renderBriefing(empty, { format: 'text', words: briefingEn });
    expect(text.match(/Nothing\./g)).toHaveLength(5);
  });

  it('both dictionaries have the same keys', () => {
    expect(Object.keys(briefingZh).sort()).toEqual(Object.keys(briefingEn).sort());
  });
});
