import { describe, expect, it } from 'vitest';
import { DEFAULT_BRIEFING_TEMPLATE, type BriefingTemplate } from '../../../shared/domain/briefing';
import { moveSection, templateRows, toggleSection } from './briefing-template-model';

const short: BriefingTemplate = { sections: ['overdue', 'todayPlan'], maxItemsPerSection: 5 };

describe('briefing template editor model', () => {
  it('lists the template sections in order first, then the ones left out, with the moves each allows', () => {
    expect(templateRows(short).map((row) => [row.section, row.included, row.canMoveUp, row.canMoveDown])).toEqual([
      ['overdue', true, false, true],
      ['todayPlan', true, true, false],
      ['keyNumbers', false, false, false],
      ['yesterdayDone', false, false, false],
      ['risks', false, false, false],
      ['labourYesterday', false, false, false],
    ]);
  });

  it('includes a left-out section at the end and leaves an included one out, keeping the item limit', () => {
    expect(toggleSection(short, 'risks')).toEqual({ sections: ['overdue', 'todayPlan', 'risks'], maxItemsPerSection: 5 });
    expect(toggleSection(short, 'overdue')).toEqual({ sections: ['todayPlan'], maxItemsPerSection: 5 });
  });

  it('moves a section one place, and not past either end', () => {
    expect(moveSection(short, 'todayPlan', -1).sections).toEqual(['todayPlan', 'overdue']);
    expect(moveSection(short, 'todayPlan', 1)).toBe(short);
    expect(moveSection(DEFAULT_BRIEFING_TEMPLATE, 'keyNumbers', -1)).toBe(DEFAULT_BRIEFING_TEMPLATE);
    expect(moveSection(short, 'risks', 1)).toBe(short);
  });
});
