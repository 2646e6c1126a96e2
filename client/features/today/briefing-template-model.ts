// The briefing template editor's view model: every section as a row (the template's sections in its
// order first, then the ones left out), and the edits a row offers: include or leave out, move up or down.
// Edits return a new template; validation stays in shared (setBriefingTemplate), so leaving out the
// last section is refused there with a message.
import { BRIEFING_SECTIONS, type BriefingSection, type BriefingTemplate } from '../../../shared/domain/briefing';

export interface TemplateRow {
  readonly section: BriefingSection;
  readonly included: boolean;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
}

export function templateRows(template: BriefingTemplate): TemplateRow[] {
  const included = template.sections;
  const left = BRIEFING_SECTIONS.filter((section) => !included.includes(section));
  return [
    ...included.map((section, index) => ({ section, included: true, canMoveUp: index > 0, canMoveDown: index < included.length - 1 })),
    ...left.map((section) => ({ section, included: false, canMoveUp: false, canMoveDown: false })),
  ];
}

/** Includes a left-out section at the end, or leaves an included one out. */
export function toggleSection(template: BriefingTemplate, section: BriefingSection): BriefingTemplate {
  const sections = template.sections.includes(section) ? template.sections.filter((s) => s !== section) : [...template.sections, section];
  return { ...template, sections };
}

export function moveSection(template: BriefingTemplate, section: BriefingSection, by: -1 | 1): BriefingTemplate {
  const sections = [...template.sections];
  const from = sections.indexOf(section);
  const to = from + by;
  if (from < 0 || to < 0 || to >= sections.length) return template;
  [sections[from], sections[to]] = [sections[to] as BriefingSection, section];
  return { ...template, sections };
}
