// The text of a relay alert in the robot's language: one message per check listing every item that
// newly appeared in one project, in markdown (every service renders it; robot-body.ts wraps it in each
// one's format). Names come from documents anyone in the team can type into, so they are flattened
// to one short line and stripped of markdown that would restyle the message.
import { formatFen } from '../../shared/money-format';
import { subFen } from '../../shared/money';
import type { AlertItem } from './alert-items';
import type { BriefingLanguage } from './robot-store';
import type { RobotMessage } from './robot-types';

export type AlertKind = AlertItem['kind'];

/** A chat message listing hundreds of lines helps nobody; the rest are counted. */
export const MAX_ALERT_LINES = 20;
const MAX_NAME_LENGTH = 80;

interface AlertWords {
  readonly title: Readonly<Record<AlertKind, string>>;
  readonly lateCritical: (title: string, daysLate: number) => string;
  readonly overrun: (name: string, actual: string, budget: string, over: string) => string;
  readonly more: (count: number) => string;
  readonly hint: Readonly<Record<AlertKind, string>>;
  readonly untitled: string;
}

const WORDS: Readonly<Record<BriefingLanguage, AlertWords>> = {
  en: {
    title: { 'late-critical': 'Critical tasks running late', 'budget-overrun': 'Budget overrun' },
    lateCritical: (title, days) => `${title} (${days} working ${days === 1 ? 'day' : 'days'} late)`,
    overrun: (name, actual, budget, over) => `${name}: spent ${actual} of ${budget} (${over} over)`,
    more: (count) => `…and ${count} more`,
    hint: { 'late-critical': 'Open the Gantt chart in SiteBeam to replan.', 'budget-overrun': 'Open the cost centre in SiteBeam for the details.' },
    untitled: 'Untitled task',
  },
  'zh-CN': {
    title: { 'late-critical': '关键任务延误', 'budget-overrun': '预算超支' },
    lateCritical: (title, days) => `${title}（延误 ${days} 个工作日）`,
    overrun: (name, actual, budget, over) => `${name}：已花 ${actual} / 预算 ${budget}（超出 ${over}）`,
    more: (count) => `…另有 ${count} 项`,
    hint: { 'late-critical': '请在 SiteBeam 甘特图中调整计划。', 'budget-overrun': '请在 SiteBeam 成本中心查看详情。' },
    untitled: '未命名任务',
  },
};

export function composeAlertMessage(kind: AlertKind, projectName: string, items: readonly AlertItem[], language: BriefingLanguage): RobotMessage {
  const words = WORDS[language];
  const project = plainLine(projectName) || 'SiteBeam';
  const title = `${words.title[kind]} · ${project}`;
  const lines = items.slice(0, MAX_ALERT_LINES).map((item) => `- ${itemLine(item, words, language)}`);
  if (items.length > MAX_ALERT_LINES) lines.push(`- ${words.more(items.length - MAX_ALERT_LINES)}`);
  return { title, markdown: [`### ${title}`, '', ...lines, '', words.hint[kind]].join('\n') };
}

function itemLine(item: AlertItem, words: AlertWords, language: BriefingLanguage): string {
  switch (item.kind) {
    case 'late-critical':
      return words.lateCritical(plainLine(item.title) || words.untitled, item.daysLate);
    case 'budget-overrun':
      return words.overrun(plainLine(item.name), formatFen(item.actual, language), formatFen(item.budget, language), formatFen(subFen(item.actual, item.budget), language));
  }
}

/** One line, no markdown control characters, at most MAX_NAME_LENGTH characters. */
export function plainLine(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/[*_`#>[\]<]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_NAME_LENGTH ? `${flat.slice(0, MAX_NAME_LENGTH - 1)}…` : flat;
}
