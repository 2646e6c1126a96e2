// Renders a composed briefing to plain text (copy and share into any chat) or to markdown (the
// robots' message body). Both walk the same parts, so they list the same things in the same order.
import type { Briefing, BriefingItem, BriefingPart, BriefingRisk } from './briefing-types';
import { fillIn, type BriefingDictionary } from './briefing-messages';

export const BRIEFING_FORMATS = ['text', 'markdown'] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];

export interface RenderOptions {
  readonly format: BriefingFormat;
  readonly words: BriefingDictionary;
  /** The person's display name, for a personal briefing's title. */
  readonly personName?: string;
}

export function renderBriefing(briefing: Briefing, options: RenderOptions): string {
  const { words, format } = options;
  const title = briefing.scope.kind === 'person'
    ? fillIn(words.titlePerson, { person: options.personName ?? '', today: briefing.today })
    : fillIn(words.title, { today: briefing.today });
  const blocks = [format === 'markdown' ? `### ${escapeMarkdown(title)}` : title];
  for (const part of briefing.parts) blocks.push(renderPart(part, briefing, options));
  return blocks.join('\n\n');
}

function renderPart(part: BriefingPart, briefing: Briefing, { words, format }: RenderOptions): string {
  const heading = fillIn(words[part.section], { yesterday: briefing.yesterday });
  const head = format === 'markdown' ? `**${escapeMarkdown(heading)}**` : `【${heading}】`;
  const bullet = (line: string): string => (format === 'markdown' ? `- ${escapeMarkdown(line)}` : `· ${line}`);
  const lines = ((): string[] => {
    switch (part.section) {
      case 'keyNumbers': {
        const n = part.numbers;
        return [`${words.open} ${n.open} · ${words.doneYesterday} ${n.doneYesterday} · ${words.dueToday} ${n.dueToday} · ${words.overdueCount} ${n.overdue} · ${words.riskCount} ${n.risks}`];
      }
      case 'yesterdayDone':
      case 'todayPlan':
      case 'overdue':
        return listLines(part.list.items.map((item) => bullet(itemLine(item, part.section === 'overdue', words))), part.list.more, words, bullet);
      case 'risks':
        return listLines(part.list.items.map((risk) => bullet(riskLine(risk, words))), part.list.more, words, bullet);
      case 'labourYesterday':
        return part.lines.length === 0 ? [words.none] : part.lines.map((line) => bullet(`${line.projectName}: ${fillIn(words.labourLine, { ...line })}`));
    }
  })();
  return [head, ...lines].join('\n');
}

function listLines(lines: string[], more: number, words: BriefingDictionary, bullet: (line: string) => string): string[] {
  if (lines.length === 0) return [words.none];
  return more > 0 ? [...lines, bullet(fillIn(words.more, { count: more }))] : lines;
}

function itemLine(item: BriefingItem, late: boolean, words: BriefingDictionary): string {
  const extra = late ? fillIn(words.daysLate, { count: item.daysLate }) : item.dueDate ? fillIn(words.due, { day: item.dueDate }) : '';
  return `${item.projectName} / ${item.title}${extra ? ` (${extra})` : ''}`;
}

function riskLine(risk: BriefingRisk, words: BriefingDictionary): string {
  return `${risk.projectName} / ${risk.title}: ${risk.kind === 'blocked' ? words.blocked : words.lateStart}`;
}

/** Task titles are user text: keep them from turning into links, headings or bold in the chat. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#>|])/g, '\\$1').replace(/\n/g, ' ');
}
