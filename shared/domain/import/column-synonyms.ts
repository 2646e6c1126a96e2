// Header words that name each import field, in Chinese and English (normalised: lower case, no spaces
// or punctuation). MS Project's own export headers come first; the rest are what site teams type.
import type { ImportField } from './sheet-types';

export const COLUMN_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  title: ['任务名称', '名称', '工作内容', '任务', '工作名称', '工序', '工序名称', '分项工程', '施工内容', '项目名称', '作业名称', 'taskname', 'name', 'task', 'activity', 'activityname', 'title'],
  wbs: ['wbs', 'wbs编码', 'wbs码', '编号', '序号', '编码', '大纲数字', 'outlinenumber', 'code', 'no'],
  id: ['标识号', 'id', '任务id', '行号', 'taskid', 'uniqueid', '唯一标识号'],
  outlineLevel: ['大纲级别', '级别', '层级', 'outlinelevel', 'level'],
  start: ['开始时间', '开始', '开始日期', '计划开始', '计划开始时间', '计划开始日期', '起始时间', '开工日期', 'start', 'startdate', 'begin', 'plannedstart'],
  finish: ['完成时间', '结束', '结束时间', '完成', '完成日期', '结束日期', '计划完成', '计划完成时间', '计划结束时间', '计划结束', '竣工日期', 'finish', 'end', 'enddate', 'finishdate', 'due', 'plannedfinish'],
  duration: ['工期', '持续时间', '天数', '工期天', '工作日', '计划工期', 'duration', 'days', 'workdays'],
  predecessors: ['前置任务', '紧前工作', '前置', '紧前任务', '前导任务', '依赖', '前置工作', 'predecessors', 'predecessor', 'dependson', 'dependencies'],
  assignees: ['负责人', '责任人', '资源名称', '执行人', '施工班组', '班组', '资源', '人员', 'resourcenames', 'resources', 'assignee', 'assignees', 'owner', 'assignedto'],
  percent: ['进度', '完成百分比', '完成率', '完成进度', '百分比', '完成比例', 'percentcomplete', 'complete', 'progress', '%complete', 'done'],
  notes: ['备注', '说明', '附注', '描述', 'notes', 'note', 'remarks', 'comments', 'description'],
};

/** Lower case, full-width to ASCII, without spaces, brackets' contents or punctuation (except %). */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|（[^）]*）|【[^】]*】/g, '')
    .replace(/[\s_\-.:：/\\*#'"“”]/g, '');
}
