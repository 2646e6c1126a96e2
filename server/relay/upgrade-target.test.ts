import { describe, expect, it } from 'vitest';
import { parseUpgradeTarget } from './upgrade-target';

describe('upgrade target', () => {
  it('accepts /sync/<room> and reads the ack flag', () => {
    const target = parseUpgradeTarget('/sync/p.abcdefgh12?ack=1');
    expect(target).toMatchObject({ ok: true, room: 'p.abcdefgh12', wantsAck: true });
  });

  it('treats a missing or other ack value as no acknowledgements', () => {
    expect(parseUpgradeTarget('/sync/ws.abcdefgh12')).toMatchObject({ ok: true, wantsAck: false });
    expect(parseUpgradeTarget('/sync/ws.abcdefgh12?ack=yes')).toMatchObject({ ok: true, wantsAck: false });
  });

  it('refuses invalid room names with 400 and other paths with 404', () => {
    expect(parseUpgradeTarget('/sync/x.abcdefgh12')).toMatchObject({ ok: false, status: 400 });
    expect(parseUpgradeTarget('/sync/p.short')).toMatchObject({ ok: false, status: 400 });
    expect(parseUpgradeTarget('/sync/p.abcdefgh12/extra')).toMatchObject({ ok: false, status: 400 });
    expect(parseUpgradeTarget('/sync/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(parseUpgradeTarget('/other/p.abcdefgh12')).toMatchObject({ ok: false, status: 404 });
  });
});
