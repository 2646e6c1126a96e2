// The labour summary by team, day, month or task: records, time and money per group with a total row
// that the groups add up to; tabular numerals so the money columns line up.
import { For } from 'solid-js';
import type { LabourTotals } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import { useI18n } from '../../i18n/I18nProvider';
import type { LabourGroupLabels, LabourGroupTable as Table } from './labour-group-table';

export function LabourGroupTable(props: { table: Table; labels: LabourGroupLabels; caption: string }) {
  const { language } = useI18n();
  const cells = (figures: LabourTotals) => (
    <>
      <td class="money">{figures.records}</td>
      <td class="money">{figures.manDays}</td>
      <td class="money">{figures.hours}</td>
      <td class="money">{figures.overtimeHours}</td>
      <td class="money">{formatFen(figures.amount, language())}</td>
      <td class="money">{formatFen(figures.signedAmount, language())}</td>
      <td class="money">{formatFen(figures.pendingAmount, language())}</td>
    </>
  );
  return (
    <table class="labour-summary" data-testid={`labour-by-${props.table.grouping}`}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.labels.group}</th>
          <th scope="col" class="money">{props.labels.records}</th>
          <th scope="col" class="money">{props.labels.manDays}</th>
          <th scope="col" class="money">{props.labels.hours}</th>
          <th scope="col" class="money">{props.labels.overtimeHours}</th>
          <th scope="col" class="money">{props.labels.amount}</th>
          <th scope="col" class="money">{props.labels.signed}</th>
          <th scope="col" class="money">{props.labels.pending}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.table.rows}>{(row) => <tr><th scope="row">{row.label}</th>{cells(row.figures)}</tr>}</For>
      </tbody>
      <tfoot>
        <tr><th scope="row">{props.labels.total}</th>{cells(props.table.total)}</tr>
      </tfoot>
    </table>
  );
}
