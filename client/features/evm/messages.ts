// Texts of the earned-value section (挣值分析), in English and Chinese; each figure's plain-words text
// comes from shared/domain/finance/evm-formulas.ts so exports and robots explain it the same way.
import { EVM_TEXT_EN, EVM_TEXT_ZH } from '../../../shared/domain/finance';

export const evmEn = {
  ...EVM_TEXT_EN,
  'evm.title': 'Earned value',
  'evm.noBaseline': 'There is no saved baseline yet, so there is no plan to measure against. Open the Gantt and choose “Save baseline”.',
  'evm.openGantt': 'Open the Gantt',
  'evm.noBudget': 'No budget line is tied to a task of this baseline yet. Add budget lines with a task to see earned value.',
  'evm.baseline': 'Baseline',
  'evm.asOf': 'Figures at the end of {day}.',
  'evm.unspread': '{amount} of budget is on lines with no task or on tasks not in this baseline; it is not in BAC, PV or EV.',
  'evm.evToday': 'Progress is each task’s current % complete, so earned value is shown for today only.',
  'evm.figure': 'Figure',
  'evm.value': 'Value',
  'evm.formula': 'Formula',
  'evm.meaning': 'What it means',
  'evm.export': 'Export the earned value figures',
  'evm.none': 'not yet',
  'evm.unfavourable': 'unfavourable',
  'evm.chart.title': 'Planned value, earned value and actual cost',
  'evm.chart.pv': 'PV (planned)',
  'evm.chart.ev': 'EV (earned)',
  'evm.chart.ac': 'AC (actual)',
} satisfies Record<string, string>;

export const evmZh: Readonly<Record<keyof typeof evmEn, string>> = {
  ...EVM_TEXT_ZH,
  'evm.title': '挣值分析',
  'evm.noBaseline': '还没有保存基准计划，无法对比。请打开甘特图，点击“保存基准”。',
  'evm.openGantt': '打开甘特图',
  'evm.noBudget': '还没有预算项关联到此基准中的任务。请添加关联任务的预算项以查看挣值。',
  'evm.baseline': '基准',
  'evm.asOf': '截至 {day} 的数据。',
  'evm.unspread': '有 {amount} 的预算未关联任务或所关联任务不在此基准中，不计入 BAC、PV、EV。',
  'evm.evToday': '进度取各任务当前完成百分比，因此挣值只显示今天。',
  'evm.figure': '指标',
  'evm.value': '数值',
  'evm.formula': '公式',
  'evm.meaning': '含义',
  'evm.export': '导出挣值指标',
  'evm.none': '暂无',
  'evm.unfavourable': '不利',
  'evm.chart.title': '计划值、挣值与实际成本',
  'evm.chart.pv': 'PV（计划）',
  'evm.chart.ev': 'EV（挣值）',
  'evm.chart.ac': 'AC（实际）',
};
