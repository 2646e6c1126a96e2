// The briefing's words in English and Chinese. They live here, not in client/i18n, because the relay
// renders the robots' briefing too and shared/ can't import the client. `{name}` marks a value.
export const briefingEn = {
  title: 'Daily briefing {today}',
  titlePerson: 'Daily briefing for {person}, {today}',
  keyNumbers: 'Key numbers',
  yesterdayDone: 'Done yesterday ({yesterday})',
  todayPlan: "Today's plan",
  overdue: 'Overdue',
  risks: 'Risks',
  labourYesterday: 'Labour recorded yesterday',
  open: 'open',
  doneYesterday: 'done yesterday',
  dueToday: 'due today',
  overdueCount: 'overdue',
  riskCount: 'risks',
  none: 'Nothing.',
  more: 'and {count} more',
  daysLate: '{count} d late',
  due: 'due {day}',
  blocked: 'waiting for an unfinished predecessor',
  lateStart: 'should have started, not started',
  labourLine: '{records} records, {manDays} man-days, {hours} h, {pending} not signed',
} as const satisfies Record<string, string>;

export type BriefingDictionary = Readonly<Record<keyof typeof briefingEn, string>>;

export const briefingZh: BriefingDictionary = {
  title: '每日简报 {today}',
  titlePerson: '{person} 的每日简报 {today}',
  keyNumbers: '关键数字',
  yesterdayDone: '昨日完成（{yesterday}）',
  todayPlan: '今日计划',
  overdue: '已逾期',
  risks: '风险',
  labourYesterday: '昨日点工记录',
  open: '未完成',
  doneYesterday: '昨日完成',
  dueToday: '今日到期',
  overdueCount: '逾期',
  riskCount: '风险',
  none: '无。',
  more: '另有 {count} 项',
  daysLate: '逾期 {count} 天',
  due: '截止 {day}',
  blocked: '前置任务未完成',
  lateStart: '应已开工，尚未开始',
  labourLine: '{records} 条记录，{manDays} 工日，{hours} 小时，{pending} 条未签证',
};

export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
