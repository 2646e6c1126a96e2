// What each earned-value figure means, in plain words, shown beside the number. Kept as data (a
// formula and a text key with English and Chinese text) so the client, exports and robot messages
// all explain a figure the same way.
export const EVM_FIGURES = ['bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eac', 'etc', 'vac'] as const;
export type EvmFigure = (typeof EVM_FIGURES)[number];

export type EvmTextKey = `finance.evm.${EvmFigure}`;

export interface EvmFormula {
  readonly figure: EvmFigure;
  /** Symbolic, the same in every language. */
  readonly formula: string;
  readonly textKey: EvmTextKey;
}

const FORMULAS: Readonly<Record<EvmFigure, string>> = {
  bac: 'BAC = Σ task budgets',
  pv: 'PV = Σ budget × planned working days elapsed ÷ planned working days',
  ev: 'EV = Σ budget × % complete',
  ac: 'AC = Σ actual costs to date',
  sv: 'SV = EV − PV',
  cv: 'CV = EV − AC',
  spi: 'SPI = EV ÷ PV',
  cpi: 'CPI = EV ÷ AC',
  eac: 'EAC = BAC ÷ CPI',
  etc: 'ETC = EAC − AC',
  vac: 'VAC = BAC − EAC',
};

export const EVM_FORMULAS: readonly EvmFormula[] = EVM_FIGURES.map((figure) => ({ figure, formula: FORMULAS[figure], textKey: `finance.evm.${figure}` }));

export const EVM_TEXT_EN: Readonly<Record<EvmTextKey, string>> = {
  'finance.evm.bac': 'Budget at completion: what the whole planned work is budgeted to cost.',
  'finance.evm.pv': 'Planned value: the budget of the work the baseline says should be done by now.',
  'finance.evm.ev': 'Earned value: the budget of the work actually done by now.',
  'finance.evm.ac': 'Actual cost: what has really been spent so far, labour included.',
  'finance.evm.sv': 'Schedule variance: earned minus planned. Below zero means behind schedule.',
  'finance.evm.cv': 'Cost variance: earned minus spent. Below zero means over budget for the work done.',
  'finance.evm.spi': 'Schedule performance: work done per unit of work planned. Below 1 means behind.',
  'finance.evm.cpi': 'Cost performance: budget earned per yuan spent. Below 1 means each yuan buys less than planned.',
  'finance.evm.eac': 'Estimate at completion: the expected total cost if work goes on costing what it has so far.',
  'finance.evm.etc': 'Estimate to complete: what the remaining work is expected to cost from now.',
  'finance.evm.vac': 'Variance at completion: budget minus expected total. Below zero is the expected overrun.',
};

export const EVM_TEXT_ZH: Readonly<Record<EvmTextKey, string>> = {
  'finance.evm.bac': '完工预算：全部计划工作的预算总额。',
  'finance.evm.pv': '计划值：按基准计划，到今天应完成工作的预算。',
  'finance.evm.ev': '挣值：到今天实际完成工作的预算。',
  'finance.evm.ac': '实际成本：到今天实际花费的金额（含人工）。',
  'finance.evm.sv': '进度偏差：挣值减计划值。小于零表示进度落后。',
  'finance.evm.cv': '成本偏差：挣值减实际成本。小于零表示已完成工作超支。',
  'finance.evm.spi': '进度绩效指数：已完成工作与计划工作之比。小于 1 表示落后。',
  'finance.evm.cpi': '成本绩效指数：每花一元挣得的预算。小于 1 表示每元完成的工作少于计划。',
  'finance.evm.eac': '完工估算：照目前的成本效率，项目预计总成本。',
  'finance.evm.etc': '完工尚需估算：从现在起剩余工作预计还要花的钱。',
  'finance.evm.vac': '完工偏差：预算减完工估算。小于零即预计超支额。',
};
