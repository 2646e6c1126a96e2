// Turns an access API error code into a message key, so every failure reaches the person in their
// language; a code this build doesn't know still gets a generic message.
import { en, type MessageKey } from '../i18n/messages-en';

export function accessErrorKey(code: string): MessageKey {
  const key = `access.error.${code}`;
  return Object.hasOwn(en, key) ? (key as MessageKey) : 'access.error.unknown';
}
