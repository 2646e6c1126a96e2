// Turns a command's failure reason into a message key, so every `{ ok: false }` reaches the user in
// their language; a reason this build doesn't know still gets a generic message.
import { en, type MessageKey } from '../i18n/messages-en';

export function failureKey(reason: string): MessageKey {
  const key = `failure.${reason}`;
  return isMessageKey(key) ? key : 'failure.unknown';
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
