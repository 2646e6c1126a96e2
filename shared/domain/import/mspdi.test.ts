import { describe, expect, it } from 'vitest';
import { findHeader } from './find-header';
import { readMspdi } from './mspdi';
import { parseSchedule } from './parse-schedule';

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>3号楼</Name>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>3号楼</Name><OutlineLevel>0</OutlineLevel></Task>
    <Task><UID>1</UID><ID>1</ID><Name>基础工程</Name><WBS>1</WBS><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Duration>PT80H0M0S</Duration><Summary>1</Summary></Task>
    <Task><UID>7</UID><ID>2</ID><Name>土方开挖</Name><WBS>1.1</WBS><OutlineLevel>2</OutlineLevel><Start>2026-03-02T08:00:00</Start><Duration>PT40H0M0S</Duration><PercentComplete>100</PercentComplete></Task>
    <Task><UID>9</UID><ID>3</ID><Name>垫层 &amp; 浇筑</Name><WBS>1.2</WBS><OutlineLevel>2</OutlineLevel><Duration>PT12H0M0S</Duration>
      <PredecessorLink><PredecessorUID>7</PredecessorUID><Type>1</Type><LinkLag>9600</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
    <Task><UID>12</UID><ID>4</ID><Name>验收</Name><WBS>1.3</WBS><OutlineLevel>2</OutlineLevel><Duration>PT0H0M0S</Duration><Milestone>1</Milestone>
      <PredecessorLink><PredecessorUID>9</PredecessorUID><Type>3</Type><LinkLag>-4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>7</PredecessorUID><Type>0</Type><LinkLag>0</LinkLag></PredecessorLink></Task>
  </Tasks>
  <Resources><Resource><UID>1</UID><Name>张三</Name></Resource><Resource><UID>2</UID><Name>李四</Name></Resource></Resources>
  <Assignments><Assignment><TaskUID>7</TaskUID><ResourceUID>1</ResourceUID></Assignment><Assignment><TaskUID>7</TaskUID><ResourceUID>2</ResourceUID></Assignment></Assignments>
</Project>`;

describe('readMspdi', () => {
  it('reads tasks into MS Project headers, leaving out the project summary task', () => {
    const sheet = readMspdi(XML);
    if (!sheet.ok) throw new Error(sheet.reason);
    expect(sheet.value.slice(1).map((row) => row[2])).toEqual(['基础工程', '土方开挖', '垫层 & 浇筑', '验收']);
    expect(sheet.value[2]).toEqual(['2', '1.1', '土方开挖', '2', '2026-03-02', '5d', null, '张三, 李四', '100%', null]);
    expect(sheet.value[4]?.[6]).toBe('3SS-1,2FF');
  });

  it('gives the row parser hierarchy, durations, links with lags and resources', () => {
    const sheet = readMspdi(XML);
    if (!sheet.ok) throw new Error(sheet.reason);
    const header = findHeader(sheet.value);
    if (!header) throw new Error('no header');
    const { rows } = parseSchedule(sheet.value, { headerRow: header.headerRow, mapping: header.mapping });
    expect(rows.map((row) => [row.importKey, row.parent, row.duration])).toEqual([['wbs:1', null, 10], ['wbs:1.1', 0, 5], ['wbs:1.2', 0, 2], ['wbs:1.3', 0, 0]]);
    expect(rows[2]?.predecessors).toEqual([{ row: 1, type: 'FS', lag: 2 }]);
    expect(rows[3]?.predecessors).toEqual([{ row: 2, type: 'SS', lag: -1 }, { row: 1, type: 'FF', lag: 0 }]);
    expect(rows[2]?.issues.map((issue) => issue.code)).toEqual(['fractional-duration']);
    expect(rows[1]?.assigneeNames).toEqual(['张三', '李四']);
  });

  it('refuses XML that is not an MS Project file, and any DOCTYPE', () => {
    expect(readMspdi('<html><body/></html>')).toEqual({ ok: false, reason: 'not-ms-project' });
    expect(readMspdi('<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project>&x;</Project>')).toEqual({ ok: false, reason: 'doctype-refused' });
  });
});
