import { describe, expect, it } from 'vitest';
import type { WorkspaceId } from '../../../shared/ids';
import { translate, type Language, type MessageParams } from '../../i18n/language';
import type { MessageKey } from '../../i18n/messages-en';
import { composeReminderNotification } from './reminder-notification';
import { readOpenMessage } from './reminder-open';

const WORKSPACE = 'ws_12345678' as WorkspaceId;
const tFor = (language: Language) => (key: MessageKey, params?: MessageParams): string => translate(language, key, params);

describe('composeReminderNotification', () => {
  it('names the workspace and the day, in English, and opens its Today view', () => {
    expect(composeReminderNotification({ workspaceId: WORKSPACE, workspaceName: 'Harbour team', dayLabel: 'Dec 3, 2026', t: tFor('en') })).toEqual({
      title: 'SiteBeam · Harbour team',
      options: {
        body: 'Your day, Dec 3, 2026: see what is overdue and due today, and check in.',
        tag: 'sitebeam-reminder-ws_12345678',
        data: { url: '#/w/ws_12345678/today' },
      },
    });
  });

  it('speaks Chinese for a Chinese reader and carries the icon', () => {
    const { title, options } = composeReminderNotification({ workspaceId: WORKSPACE, workspaceName: '港口项目部', dayLabel: '2026年12月3日', iconUrl: 'https://site.example/icons/icon-192.png', t: tFor('zh-CN') });
    expect(title).toBe('SiteBeam · 港口项目部');
    expect(options.body).toBe('2026年12月3日 的工作：查看逾期和今日到期的任务，并打卡。');
    expect(options.icon).toBe('https://site.example/icons/icon-192.png');
  });

  it('shortens a very long workspace name and leaves an empty one out', () => {
    const long = composeReminderNotification({ workspaceId: WORKSPACE, workspaceName: 'x'.repeat(80), dayLabel: 'd', t: tFor('en') });
    expect(long.title).toBe(`SiteBeam · ${'x'.repeat(39)}…`);
    expect(composeReminderNotification({ workspaceId: WORKSPACE, workspaceName: '  ', dayLabel: 'd', t: tFor('en') }).title).toBe('SiteBeam');
  });
});

describe('readOpenMessage', () => {
  it('follows a Today route from the service worker', () => {
    expect(readOpenMessage({ type: 'sitebeam:open', url: '#/w/ws_12345678/today' })).toBe('#/w/ws_12345678/today');
  });

  it.each([
    ['another type', { type: 'other', url: '#/w/ws_12345678/today' }],
    ['another route', { type: 'sitebeam:open', url: '#/w/ws_12345678/team' }],
    ['another site', { type: 'sitebeam:open', url: 'https://evil.example/#/w/ws_12345678/today' }],
    ['no url', { type: 'sitebeam:open' }],
    ['a string', 'sitebeam:open'],
    ['null', null],
  ])('ignores %s', (_name, data) => {
    expect(readOpenMessage(data)).toBeNull();
  });
});
