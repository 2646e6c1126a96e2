// The briefing template: which sections a team's daily briefing shows, in what order. Plain data the
// team edits in settings; `validateBriefingTemplate` checks what arrives from a document or a form.
import { fail, ok, type Result } from '../../result';

export const BRIEFING_SECTIONS = ['keyNumbers', 'yesterdayDone', 'todayPlan', 'overdue', 'risks', 'labourYesterday'] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];

export interface BriefingTemplate {
  /** Shown in this order; a section not listed is left out. */
  readonly sections: readonly BriefingSection[];
  /** Most items listed per section; the rest are counted ("and 4 more"). */
  readonly maxItemsPerSection: number;
}

export const MAX_ITEMS_LIMIT = 50;

export const DEFAULT_BRIEFING_TEMPLATE: BriefingTemplate = Object.freeze({
  sections: Object.freeze(['keyNumbers', 'yesterdayDone', 'todayPlan', 'overdue', 'risks', 'labourYesterday'] as const),
  maxItemsPerSection: 10,
});

export type TemplateFailure = 'no-sections' | 'unknown-section' | 'repeated-section' | 'invalid-max-items';

export function isBriefingSection(value: unknown): value is BriefingSection {
  return typeof value === 'string' && (BRIEFING_SECTIONS as readonly string[]).includes(value);
}

export function validateBriefingTemplate(value: unknown): Result<BriefingTemplate, TemplateFailure> {
  if (typeof value !== 'object' || value === null) return fail('no-sections');
  const sections: unknown = Reflect.get(value, 'sections');
  const maxItems: unknown = Reflect.get(value, 'maxItemsPerSection') ?? DEFAULT_BRIEFING_TEMPLATE.maxItemsPerSection;
  if (!Array.isArray(sections) || sections.length === 0) return fail('no-sections');
  const seen = new Set<BriefingSection>();
  for (const section of sections) {
    if (!isBriefingSection(section)) return fail('unknown-section');
    if (seen.has(section)) return fail('repeated-section');
    seen.add(section);
  }
  if (typeof maxItems !== 'number' || !Number.isInteger(maxItems) || maxItems < 1 || maxItems > MAX_ITEMS_LIMIT) return fail('invalid-max-items');
  return ok({ sections: [...seen], maxItemsPerSection: maxItems });
}
