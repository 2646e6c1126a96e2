import { describe, expect, it } from 'vitest';
import { fen } from '../../shared/money';
import type { AlertItem } from './alert-items';
import { MAX_ALERT_LINES, composeAlertMessage, plainLine } from './alert-message';

const late = (title: string, daysLate: number): AlertItem => ({ kind: 'late-critical', key: title, title, daysLate });

describe('composeAlertMessage', () => {
  it('lists late critical tasks in English', () => {
    expect(composeAlertMessage('late-critical', 'Tower', [late('Pour slab', 3), late('Tie rebar', 1)], 'en')).toEqual({
      title: 'Critical tasks running late · Tower',
      markdown: '### Critical tasks running late · Tower\n\n- Pour slab (3 working days late)\n- Tie rebar (1 working day late)\n\nOpen the Gantt chart in SiteBeam to replan.',
    });
  });

  it('words a budget overrun in Chinese with exact money', () => {
    const item: AlertItem = { kind: 'budget-overrun', key: 'materials', name: '材料', budget: fen(1_000_000), actual: fen(1_234_550) };
    expect(composeAlertMessage('budget-overrun', '港口仓库', [item], 'zh-CN')).toEqual({
      title: '预算超支 · 港口仓库',
      markdown: '### 预算超支 · 港口仓库\n\n- 材料：已花 ¥12,345.50 / 预算 ¥10,000.00（超出 ¥2,345.50）\n\n请在 SiteBeam 成本中心查看详情。',
    });
  });

  it('counts the lines past the cap instead of listing them', () => {
    const items = Array.from({ length: MAX_ALERT_LINES + 3 }, (_, i) => late(`Task ${i}`, 1));
    const { markdown } = composeAlertMessage('late-critical', 'Tower', items, 'en');
    expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(MAX_ALERT_LINES + 1);
    expect(markdown).toContain('- …and 3 more');
  });

  it('keeps a typed-in name from restyling the message or breaking lines', () => {
    expect(plainLine('**Big**\n# heading [link](x)')).toBe('Big heading link(x)');
    expect(composeAlertMessage('late-critical', '', [late('', 2)], 'en').markdown).toContain('- Untitled task (2 working days late)');
  });
});
