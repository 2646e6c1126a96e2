// What of a webhook may appear in a log or to a non-admin: the host and the path, with anything that
// looks like a token (a long path segment) masked and the query (DingTalk's access_token, WeCom's key,
// the signature) dropped.
const TOKEN_SEGMENT_MIN_LENGTH = 16;

export function redactWebhook(webhookUrl: string): string {
  try {
    const url = new URL(webhookUrl);
    const path = url.pathname.split('/').map((segment) => (segment.length >= TOKEN_SEGMENT_MIN_LENGTH ? '***' : segment)).join('/');
    return `${url.protocol}//${url.host}${path}${url.search ? '?***' : ''}`;
  } catch {
    return '***';
  }
}

/** For the settings page: enough to recognise a secret or URL, never enough to use it. */
export function maskSecret(secret: string): string {
  return secret.length <= 8 ? '****' : `${secret.slice(0, 3)}****${secret.slice(-2)}`;
}
