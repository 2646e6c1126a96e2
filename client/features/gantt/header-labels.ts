// Header cell labels in the reader's language: 3 / Mar 2026 / 2026年3月, W12, Q1. Intl formatters are
// built once per language (formatting thousands of cells per scroll must not build one per cell).
import { fromDayNumber } from '../../../shared/domain/calendar/day-number';
import type { HeaderCell } from './header-cells';

export interface HeaderLabeller {
  (cell: HeaderCell): string;
}

export function makeHeaderLabeller(locale: string): HeaderLabeller {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const chinese = locale.startsWith('zh');
  return (cell) => {
    const day = fromDayNumber(cell.start);
    const date = new Date(`${day}T00:00:00Z`);
    switch (cell.unit) {
      case 'day': return String(Number(day.slice(8, 10)));
      case 'week': return chinese ? `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}周` : `W ${month.format(date)} ${Number(day.slice(8, 10))}`;
      case 'month': return cell.width >= 60 ? monthYear.format(date) : month.format(date);
      case 'quarter': return `Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
      case 'year': return chinese ? `${day.slice(0, 4)}年` : day.slice(0, 4);
    }
  };
}
