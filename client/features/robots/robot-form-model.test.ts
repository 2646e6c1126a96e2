import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, emptyDraft, inputOf } from './robot-form-model';

describe('robot form model', () => {
  it('asks for a name and a web address before sending', () => {
    expect(checkDraft({ ...emptyDraft(), webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=x' })).toBe('robots.error.nameRequired');
    expect(checkDraft({ ...emptyDraft(), name: 'Site', webhookUrl: 'oapi.dingtalk.com/robot' })).toBe('robots.error.badUrl');
    expect(checkDraft({ ...emptyDraft(), name: 'Site', webhookUrl: 'ftp://oapi.dingtalk.com/robot' })).toBe('robots.error.badUrl');
    expect(checkDraft({ ...emptyDraft(), name: 'Site', webhookUrl: ' https://oapi.dingtalk.com/robot/send?access_token=x ' })).toBeNull();
  });

  it('a new robot without a secret sends none; an edit with an empty secret keeps the stored one', () => {
    const fresh = inputOf({ ...emptyDraft(), name: ' Site ', webhookUrl: 'https://a/b', briefingTime: '' }, -480);
    expect(fresh).toEqual({ kind: 'dingtalk', name: 'Site', webhookUrl: 'https://a/b', secret: '', briefingTime: null, language: 'zh-CN', timeZoneOffsetMinutes: -480, alerts: { lateCritical: false, budgetOverrun: false } });
    const stored = { id: 'r1', kind: 'feishu', name: 'Crew', webhook: 'open.feishu.cn/***', secret: 'ab***', briefingTime: '07:30', language: 'en', timeZoneOffsetMinutes: 0, alerts: { lateCritical: true, budgetOverrun: false } } as const;
    const edit = inputOf({ ...draftOf(stored), webhookUrl: 'https://open.feishu.cn/x' }, 0);
    expect(edit).toEqual({ id: 'r1', kind: 'feishu', name: 'Crew', webhookUrl: 'https://open.feishu.cn/x', briefingTime: '07:30', language: 'en', timeZoneOffsetMinutes: 0, alerts: { lateCritical: true, budgetOverrun: false } });
    expect(inputOf({ ...draftOf(stored), webhookUrl: 'https://x/y', secret: 'new' }, 0).secret).toBe('new');
  });

  it('keeps the alert choices; a robot from a relay without alerts starts with none', () => {
    const old = { id: 'r2', kind: 'wecom', name: 'Old', webhook: 'qyapi.weixin.qq.com/***', secret: null, briefingTime: null, language: 'zh-CN', timeZoneOffsetMinutes: -480 } as const;
    expect(draftOf(old)).toMatchObject({ alertLateCritical: false, alertBudgetOverrun: false });
    const chosen = inputOf({ ...draftOf(old), webhookUrl: 'https://qyapi.weixin.qq.com/x', alertBudgetOverrun: true }, -480);
    expect(chosen.alerts).toEqual({ lateCritical: false, budgetOverrun: true });
  });
});
