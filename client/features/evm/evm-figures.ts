// Today's earned-value figures as table rows: each figure with its value (money, a ratio, or "not yet"),
// its formula and the key of its plain-words explanation (EVM_FORMULAS, shared with exports and robots).
import { EVM_FORMULAS, type EarnedValue, type EvmFigure, type EvmTextKey } from '../../../shared/domain/finance';
import type { Fen } from '../../../shared/money';

export type EvmValue =
  | { readonly kind: 'money'; readonly amount: Fen }
  | { readonly kind: 'ratio'; readonly value: number }
  /** A ratio with a zero divisor, or a forecast before anything is earned. */
  | { readonly kind: 'none' };

export interface EvmFigureRow {
  readonly figure: EvmFigure;
  readonly value: EvmValue;
  readonly formula: string;
  readonly textKey: EvmTextKey;
}

export function evmFigureRows(figures: EarnedValue): EvmFigureRow[] {
  return EVM_FORMULAS.map((formula) => ({ figure: formula.figure, value: valueOf(figures, formula.figure), formula: formula.formula, textKey: formula.textKey }));
}

/** Ratios to two decimals: 0.8 reads "0.80". Display only; no money passes through here. */
export function formatRatio(value: number): string {
  return value.toFixed(2);
}

/** Below 1 (ratios) or below 0 (variances) is bad news, said in words beside the colour. */
export function isUnfavourable(row: EvmFigureRow): boolean {
  if (row.value.kind === 'none') return false;
  switch (row.figure) {
    case 'spi':
    case 'cpi':
      return row.value.kind === 'ratio' && row.value.value < 1;
    case 'sv':
    case 'cv':
    case 'vac':
      return row.value.kind === 'money' && row.value.amount < 0;
    case 'bac':
    case 'pv':
    case 'ev':
    case 'ac':
    case 'eac':
    case 'etc':
      return false;
  }
}

function valueOf(figures: EarnedValue, figure: EvmFigure): EvmValue {
  switch (figure) {
    case 'spi':
    case 'cpi': {
      const ratio = figures[figure];
      return ratio === null ? { kind: 'none' } : { kind: 'ratio', value: ratio };
    }
    case 'bac':
    case 'pv':
    case 'ev':
    case 'ac':
    case 'sv':
    case 'cv':
    case 'eac':
    case 'etc':
    case 'vac': {
      const amount = figures[figure];
      return amount === null ? { kind: 'none' } : { kind: 'money', amount };
    }
  }
}
