// The team's briefing template (which sections, in what order, how many items) in the workspace room,
// so the Today view's briefing and the relay's robot briefing follow the same choice. One plain value
// under the workspace `info` map: a template is edited as a whole, and the last edit wins.
import type * as Y from 'yjs';
import { DEFAULT_BRIEFING_TEMPLATE, validateBriefingTemplate, type BriefingTemplate, type TemplateFailure } from '../domain/briefing/briefing-template';
import { fail, ok, type Result } from '../result';
import { workspaceRoots } from './workspace-roots';

const TEMPLATE_KEY = 'briefingTemplate';

/** The stored template, or the default one when none is stored or the stored value is not valid. */
export function readBriefingTemplate(doc: Y.Doc): BriefingTemplate {
  const stored = validateBriefingTemplate(workspaceRoots(doc).info.get(TEMPLATE_KEY));
  return stored.ok ? stored.value : DEFAULT_BRIEFING_TEMPLATE;
}

export function setBriefingTemplate(doc: Y.Doc, template: BriefingTemplate, origin: unknown): Result<void, TemplateFailure> {
  const checked = validateBriefingTemplate(template);
  if (!checked.ok) return fail(checked.reason);
  const value = { sections: [...checked.value.sections], maxItemsPerSection: checked.value.maxItemsPerSection };
  doc.transact(() => workspaceRoots(doc).info.set(TEMPLATE_KEY, value), origin);
  return ok(undefined);
}
