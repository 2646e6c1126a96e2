import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { UserId } from '../ids';
import { readPersonReminder, setPersonReminder } from './reminder-settings';
import { upsertMember } from './workspace-commands';

const BO = 'user_BoLi0000001' as UserId;

function workspaceWithBo(): Y.Doc {
  const doc = new Y.Doc();
  upsertMember(doc, { id: BO, name: 'Bo Li', color: '#336699', now: 1 }, 'test');
  return doc;
}

describe('a person\'s reminder time in the workspace room', () => {
  it('is unset until chosen, then follows the person to another device; off is a choice too', () => {
    const laptop = workspaceWithBo();
    expect(readPersonReminder(laptop, BO)).toBeNull();
    expect(setPersonReminder(laptop, BO, { time: '07:45', chosenAt: 1_000 }, 'test')).toEqual({ ok: true, value: undefined });
    const phone = new Y.Doc();
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(laptop));
    expect(readPersonReminder(phone, BO)).toEqual({ time: '07:45', chosenAt: 1_000 });
    setPersonReminder(phone, BO, { time: null, chosenAt: 2_000 }, 'test');
    Y.applyUpdate(laptop, Y.encodeStateAsUpdate(phone));
    expect(readPersonReminder(laptop, BO)).toEqual({ time: null, chosenAt: 2_000 });
  });

  it('refuses a bad time and a person with no member record; the same time again writes nothing', () => {
    const doc = workspaceWithBo();
    expect(setPersonReminder(doc, BO, { time: '24:00', chosenAt: 1 }, 'test')).toEqual({ ok: false, reason: 'invalid-reminder-time' });
    expect(setPersonReminder(doc, BO, { time: '08:00', chosenAt: -1 }, 'test')).toEqual({ ok: false, reason: 'invalid-reminder-time' });
    expect(setPersonReminder(doc, 'user_Nobody000001' as UserId, { time: '08:00', chosenAt: 1 }, 'test')).toEqual({ ok: false, reason: 'not-a-member' });
    setPersonReminder(doc, BO, { time: '08:00', chosenAt: 1 }, 'test');
    let updates = 0;
    doc.on('update', () => void (updates += 1));
    setPersonReminder(doc, BO, { time: '08:00', chosenAt: 99 }, 'test');
    expect(updates).toBe(0);
    expect(readPersonReminder(doc, BO)).toEqual({ time: '08:00', chosenAt: 1 });
  });

  it('reads an unreadable stored value as no choice', () => {
    const doc = workspaceWithBo();
    const record = doc.getMap('members').get(BO) as Y.Map<unknown>;
    for (const bad of ['08:00', { time: '8:00', chosenAt: 1 }, { time: '08:00' }, { time: 7, chosenAt: 1 }]) {
      record.set('reminder', bad);
      expect(readPersonReminder(doc, BO)).toBeNull();
    }
  });
});
