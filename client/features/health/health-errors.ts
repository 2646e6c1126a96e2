// Which sentence a failed health call shows: the relay's codes (docs/relay-protocol.md, the metrics
// routes) and "network" from the API client. Unknown codes still say what happened, with the code.
import type { MessageKey } from '../../i18n/messages-en';

export function healthErrorKey(error: string, status: number): MessageKey {
  if (error === 'network' || (status === 0 && error !== 'invalid-range')) return 'health.error.network';
  if (status === 401) return 'health.error.session';
  if (error === 'no-access-to-room') return 'health.error.no-access-to-room';
  if (error === 'not-a-manager') return 'health.error.not-a-manager';
  if (error === 'not-an-admin') return 'health.error.not-an-admin';
  return 'health.error.other';
}
