// The import benches' seeded schedule workbook: 200 phases of 50 rows in a WBS hierarchy, every row but
// the first with a predecessor in one of the written forms (3, 3FS+2, 5SS-1d, 7FF, 2开始-开始,
// 4完成-开始+3天), durations as 5天, progress as 40 %, every seventh row a 2026/3/5 start.
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { makeRandom } from '../../support/seeded-random';

export async function makeWorkbook(rows: number): Promise<Buffer> {
  const random = makeRandom(6);
  const forms = ['{p}', '{p}FS+2', '{p}SS-1d', '{p}FF', '{p}开始-开始', '{p}完成-开始+3天'];
  const data: Row[] = [['WBS', '任务名称', '工期', '开始时间', '前置任务', '负责人', '进度']];
  const codes: string[] = [];
  let phase = 0;
  let child = 0;
  for (let index = 0; index < rows; index++) {
    if (index % 50 === 0) {
      phase++;
      child = 0;
      codes.push(String(phase));
      data.push([String(phase), `阶段 ${phase}`, null, null, index === 0 ? null : codes[index - 1] ?? null, null, null]);
      continue;
    }
    child++;
    const code = `${phase}.${child}`;
    codes.push(code);
    const before = codes[Math.max(0, index - 1 - random.int(Math.min(index, 20)))] ?? '1';
    const form = forms[random.int(forms.length)] ?? '{p}';
    data.push([code, `工序 ${index}`, `${1 + random.int(10)}天`, index % 7 === 0 ? `2026/3/${1 + random.int(28)}` : null, form.replace('{p}', before), `班组${random.int(5)}`, `${random.int(101)}%`]);
  }
  return writeXlsxFile(data).toBuffer();
}
