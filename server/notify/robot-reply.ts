// Reads a service's answer. All three answer HTTP 200 for most refusals and put the verdict in the
// body: DingTalk and WeCom `{ errcode, errmsg }`, Feishu `{ code, msg }` (older bots `StatusCode`).
import type { RobotKind } from './robot-types';

export type ReplyVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly retry: boolean; readonly message: string };

export function judgeReply(kind: RobotKind, status: number, bodyText: string): ReplyVerdict {
  if (status === 429 || status >= 500) return { ok: false, retry: true, message: `HTTP ${status}${snippet(bodyText)}` };
  if (status < 200 || status >= 300) return { ok: false, retry: false, message: `HTTP ${status}${snippet(bodyText)}` };
  const body = parseObject(bodyText);
  if (body === null) return { ok: false, retry: false, message: `unreadable reply${snippet(bodyText)}` };
  const code = kind === 'feishu' ? (body.code ?? body.StatusCode) : body.errcode;
  const text = kind === 'feishu' ? (body.msg ?? body.StatusMessage) : body.errmsg;
  if (code === 0) return { ok: true };
  // Feishu's 11232 and DingTalk's 130101 are "sending too fast": worth a later attempt
  const throttled = code === 11232 || code === 130101 || code === 45009;
  return { ok: false, retry: throttled, message: `${String(code)}: ${typeof text === 'string' ? text : ''}`.trim() };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : null;
  } catch {
    return null;
  }
}

function snippet(text: string): string {
  const trimmed = text.trim().slice(0, 200);
  return trimmed ? `: ${trimmed}` : '';
}
