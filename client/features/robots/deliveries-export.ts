// A robot's recent deliveries as a table to export, as its list shows them: when (a real date and time
// on this device's clock), what was sent, whether it arrived, the attempts and the service's answer.
import { numberCell, textCell, timeCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { RobotDeliveryWire } from '../../access/access-api';

export interface DeliveriesExportText {
  readonly headers: readonly [time: string, purpose: string, result: string, attempts: string, message: string];
  readonly purpose: (purpose: RobotDeliveryWire['purpose']) => string;
  readonly delivered: string;
  readonly failed: string;
  /** Minutes this device's clock is ahead of UTC (China: 480). */
  readonly offsetMinutes: (epochMs: number) => number;
}

export function deliveriesExportTable(deliveries: readonly RobotDeliveryWire[], text: DeliveriesExportText): ExportTable {
  return {
    header: text.headers,
    widths: [20, 12, 12, 10, 40],
    rows: deliveries.map((delivery) => [
      timeCell(delivery.at, text.offsetMinutes(delivery.at)), textCell(text.purpose(delivery.purpose)), textCell(delivery.ok ? text.delivered : text.failed),
      numberCell(delivery.attempts), textCell(delivery.message),
    ]),
  };
}
