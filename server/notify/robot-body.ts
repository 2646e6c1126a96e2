// Each service's exact request for a markdown message: DingTalk `markdown`, Feishu an interactive card
// with one markdown element, WeCom `markdown`. `now` is epoch ms from the injected clock.
import { feishuSign, signedDingTalkUrl } from './robot-signing';
import type { OutgoingRequest, RobotMessage, RobotTarget } from './robot-types';

/** WeCom refuses markdown content over 4096 bytes; DingTalk and Feishu allow more (~20 KB). */
export const WECOM_MAX_MARKDOWN_BYTES = 4096;
const ELLIPSIS = '\n…';

export function buildRobotRequest(target: RobotTarget, message: RobotMessage, now: number): OutgoingRequest {
  switch (target.kind) {
    case 'dingtalk':
      return {
        url: target.secret ? signedDingTalkUrl(target.webhookUrl, target.secret, now) : target.webhookUrl,
        body: { msgtype: 'markdown', markdown: { title: message.title, text: message.markdown } },
      };
    case 'feishu': {
      const card = { header: { title: { tag: 'plain_text', content: message.title } }, elements: [{ tag: 'markdown', content: message.markdown }] };
      if (!target.secret) return { url: target.webhookUrl, body: { msg_type: 'interactive', card } };
      const timestamp = Math.floor(now / 1000);
      return { url: target.webhookUrl, body: { timestamp: String(timestamp), sign: feishuSign(target.secret, timestamp), msg_type: 'interactive', card } };
    }
    case 'wecom':
      return { url: target.webhookUrl, body: { msgtype: 'markdown', markdown: { content: truncateBytes(message.markdown, WECOM_MAX_MARKDOWN_BYTES) } } };
  }
}

function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let result = '';
  let bytes = encoder.encode(ELLIPSIS).length;
  for (const char of text) {
    bytes += encoder.encode(char).length;
    if (bytes > maxBytes) break;
    result += char;
  }
  return result + ELLIPSIS;
}
