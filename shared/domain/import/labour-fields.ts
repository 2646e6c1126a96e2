// The columns a labour sheet (点工 or 计件) can have and the header words that name them, in Chinese
// and English (normalised as normaliseHeader leaves them). A plain 单价 / rate is a day rate on a
// day-labour sheet and a piece rate on a sheet of quantities: guessLabourMapping decides by the sheet.
import { cellText } from './cell-ref';
import { CONTAINS_SCORE, guessFieldMapping } from './column-mapping';
import { normaliseHeader } from './column-synonyms';
import type { CellValue } from './sheet-types';

export const LABOUR_FIELDS = [
  'worker', 'day', 'manDays', 'hours', 'overtime', 'dayRate', 'pieceRate', 'quantity', 'pieceUnit', 'overtimeRate', 'overtimePay', 'amount', 'content', 'task', 'team', 'trade',
] as const;
export type LabourField = (typeof LABOUR_FIELDS)[number];

export const LABOUR_SYNONYMS: Readonly<Record<LabourField, readonly string[]>> = {
  worker: ['姓名', '工人', '工人姓名', '人员', 'worker', 'name', 'workername'],
  day: ['日期', '出勤日期', '工作日期', 'date', 'day'],
  manDays: ['工日', '出勤', '天数', 'mandays', 'manday', 'days'],
  hours: ['工时', '小时', 'hours', 'hrs'],
  overtime: ['加班', '加班工时', '加班小时', 'overtime', 'ot', 'overtimehours'],
  dayRate: ['日工资', '单价', '日薪', '工价', 'dayrate', 'rate', 'dailyrate'],
  pieceRate: ['计件单价', '计件工价', '计件价', '计件价格', 'piecerate', 'rateperunit', 'unitrate', 'unitprice'],
  quantity: ['数量', '工程量', '完成量', '完成数量', '计件数量', 'quantity', 'qty', 'unitsdone'],
  pieceUnit: ['单位', '计量单位', '计件单位', 'unit', 'units', 'uom'],
  overtimeRate: ['加班单价', '加班工价', '加班费率', '加班时薪', 'overtimerate', 'otrate'],
  overtimePay: ['加班费', '加班工资', '加班金额', '加班费用', 'overtimepay', 'otpay'],
  amount: ['金额', '工资', '应发', '应发工资', '应付', '小计', 'amount', 'pay', 'total'],
  content: ['工作内容', '内容', '施工内容', 'work', 'workdone', 'content', 'description'],
  task: ['任务', '任务名称', 'wbs', '分项', 'task', 'taskname'],
  team: ['班组', 'team', 'crew'],
  trade: ['工种', 'trade'],
};
export const LABOUR_REQUIRED: readonly LabourField[] = ['worker', 'day'];

/** Headers that say "rate" without saying per what: a day rate unless the sheet counts quantities. */
const PLAIN_RATE_HEADERS: readonly string[] = ['单价', 'rate'];

/**
 * The column guess for a labour sheet. On a sheet with a quantity column and no piece-rate column, a
 * plain 单价 / rate is the piece rate: the day-rate column itself when the sheet has no man-days or
 * hours (a piece-work sheet), else a second plain-rate column beside a named day rate (日工资 … 单价,
 * as the labour centre's own export writes it).
 */
export function guessLabourMapping(header: readonly CellValue[]): { mapping: Partial<Record<LabourField, number>>; confidence: Partial<Record<LabourField, number>> } {
  const { mapping, confidence } = guessFieldMapping(header, LABOUR_FIELDS, LABOUR_SYNONYMS);
  if (mapping.pieceRate !== undefined || mapping.quantity === undefined) return { mapping, confidence };
  const isPlainRate = (column: number): boolean => PLAIN_RATE_HEADERS.includes(normaliseHeader(cellText(header[column] ?? null)));
  const used = new Set(Object.values<number | undefined>(mapping));
  const dayRate = mapping.dayRate;
  if (dayRate !== undefined && isPlainRate(dayRate) && mapping.manDays === undefined && mapping.hours === undefined) {
    const moved = { ...mapping, pieceRate: dayRate };
    const movedConfidence = { ...confidence, pieceRate: CONTAINS_SCORE };
    delete moved.dayRate;
    delete movedConfidence.dayRate;
    return { mapping: moved, confidence: movedConfidence };
  }
  const free = header.findIndex((_, column) => !used.has(column) && isPlainRate(column));
  if (free < 0) return { mapping, confidence };
  return { mapping: { ...mapping, pieceRate: free }, confidence: { ...confidence, pieceRate: CONTAINS_SCORE } };
}

/** A 加班费 total with neither overtime hours nor an overtime rate beside it: the record could not hold it. */
export function isOvertimePayAlone(mapping: Readonly<Partial<Record<LabourField, number>>>): boolean {
  return mapping.overtimePay !== undefined && mapping.overtime === undefined && mapping.overtimeRate === undefined;
}
