// Finance domain: budget, costs, day labour, funds, budget vs actual and earned value (pure functions).
export * from './finance-ids';
export * from './cost-category';
export * from './budget-line';
export * from './cost-entry';
export * from './labour-record';
export * from './labour-summary';
export * from './worker-balance';
export * from './labour-costs';
export * from './fund-entry';
export * from './funds-position';
export * from './cash-flow';
export * from './budget-vs-actual';
export * from './budget-line-removal';
export * from './earned-value';
export * from './evm-formulas';
export * from './worker';
export * from './cost-baseline';
