// Checks a name and optional password before they go to the relay, with the same limits it applies
// (so the person sees the problem at once, even offline), and names this device for the session list.
import type { MessageKey } from '../i18n/messages-en';

const MAX_NAME_LENGTH = 200;
const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 200;

export type PersonFormCheck = { readonly ok: true; readonly name: string; readonly password: string | undefined } | { readonly ok: false; readonly error: MessageKey };

export function checkPersonForm(name: string, password: string, passwordRequired: boolean): PersonFormCheck {
  const cleanName = name.trim();
  if (cleanName === '' || cleanName.length > MAX_NAME_LENGTH) return { ok: false, error: 'access.error.invalid-name' };
  if (password === '' && !passwordRequired) return { ok: true, name: cleanName, password: undefined };
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    return { ok: false, error: passwordRequired && password === '' ? 'access.error.wrong-name-or-password' : 'access.error.weak-password' };
  }
  return { ok: true, name: cleanName, password };
}

/** A short label for the session list ("Chrome on Android"), so a person can tell their devices apart. */
export function describeDevice(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? 'Edge'
    : /MicroMessenger/.test(userAgent) ? 'WeChat'
    : /Firefox\//.test(userAgent) ? 'Firefox'
    : /Chrome\/|Chromium\//.test(userAgent) ? 'Chrome'
    : /Safari\//.test(userAgent) ? 'Safari' : 'Browser';
  const system = /Android/.test(userAgent) ? 'Android'
    : /iPhone|iPad|iPod/.test(userAgent) ? 'iOS'
    : /Windows/.test(userAgent) ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent) ? 'macOS'
    : /Linux/.test(userAgent) ? 'Linux' : '';
  return system === '' ? browser : `${browser} · ${system}`;
}
