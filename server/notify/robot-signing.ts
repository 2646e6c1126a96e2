// The services' signing schemes, exactly as their documentation gives them.
// DingTalk (加签): sign = urlEncode(base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret))),
//   timestamp in epoch ms, both appended to the webhook URL as &timestamp=…&sign=….
// Feishu (签名校验): sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = "")),
//   timestamp in epoch SECONDS, both put in the JSON body.
import { createHmac } from 'node:crypto';

export function dingTalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

export function signedDingTalkUrl(webhookUrl: string, secret: string, timestampMs: number): string {
  const separator = webhookUrl.includes('?') ? '&' : '?';
  return `${webhookUrl}${separator}timestamp=${timestampMs}&sign=${encodeURIComponent(dingTalkSign(secret, timestampMs))}`;
}

export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}
