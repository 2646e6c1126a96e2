// Group-chat robots a workspace posts its briefing to: DingTalk custom robots, Feishu custom bots
// and WeCom group robots. A robot's webhook URL and secret are credentials: they live in the relay's
// own SQLite (robots.sqlite), are shown only to admins, masked, and never logged.
export const ROBOT_KINDS = ['dingtalk', 'feishu', 'wecom'] as const;
export type RobotKind = (typeof ROBOT_KINDS)[number];

export function isRobotKind(value: unknown): value is RobotKind {
  return typeof value === 'string' && (ROBOT_KINDS as readonly string[]).includes(value);
}

export interface RobotTarget {
  readonly kind: RobotKind;
  readonly webhookUrl: string;
  /** DingTalk "加签" / Feishu "签名校验" secret; null = not signed. WeCom has none. */
  readonly secret: string | null;
}

export interface RobotMessage {
  /** Chat list preview (DingTalk) and card header (Feishu). */
  readonly title: string;
  readonly markdown: string;
}

export interface OutgoingRequest {
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
}
