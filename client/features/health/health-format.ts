// How the health pages write their numbers: counts, percents (0–100 from the relay's figures), rates
// (fractions 0–1 from the team figures), 1–5 scores and money (integer fen through formatFen).
import { fen } from '../../../shared/money';
import { formatFen } from '../../../shared/money-format';
import type { Language } from '../../i18n/language';

export type FigureFormat = 'count' | 'percent' | 'rate' | 'score' | 'ratio' | 'money';

export function formatFigure(value: number, format: FigureFormat, language: Language): string {
  switch (format) {
    case 'count': return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
    case 'percent': return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)}%`;
    case 'rate': return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value * 100)}%`;
    case 'score': return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case 'ratio': return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
    case 'money': return formatFen(fen(Math.round(value)), language);
  }
}
