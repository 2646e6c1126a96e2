// Sends one message to one robot: bounded attempts with exponential backoff and full jitter on
// network errors, HTTP 5xx/429 and the services' "too fast" codes; a 4xx or any other refusal is
// permanent and is not retried (a wrong token stays wrong, and retrying would only flood the service).
// The webhook URL and secret never reach the log: only `redactWebhook(url)` does.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { redactWebhook } from './redact';
import { judgeReply } from './robot-reply';
import { buildRobotRequest } from './robot-body';
import type { RobotMessage, RobotTarget } from './robot-types';

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({ maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, timeoutMs: 10_000 });

export interface SendDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1, for the jitter; Math.random by default. */
  readonly random?: () => number;
  readonly policy?: RetryPolicy;
}

export type SendOutcome =
  | { readonly ok: true; readonly attempts: number }
  | { readonly ok: false; readonly attempts: number; readonly message: string };

export async function sendRobotMessage(deps: SendDeps, target: RobotTarget, message: RobotMessage): Promise<SendOutcome> {
  const policy = deps.policy ?? DEFAULT_RETRY_POLICY;
  const doFetch = deps.fetch ?? fetch;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const log = deps.logger.child({ robot: target.kind, target: redactWebhook(target.webhookUrl) });
  let last = 'not sent';
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    // signed requests carry a timestamp the service checks against its clock: sign each attempt anew
    const request = buildRobotRequest(target, message, deps.clock.now());
    let retry: boolean;
    try {
      const response = await doFetch(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(request.body),
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      const verdict = judgeReply(target.kind, response.status, await response.text());
      if (verdict.ok) return { ok: true, attempts: attempt };
      last = verdict.message;
      retry = verdict.retry;
    } catch (error) {
      // the error text of a failed fetch can include the URL: keep only its class and cause code
      last = `network error: ${networkReason(error)}`;
      retry = true;
    }
    log.warn('robot send failed', { attempt, message: last, willRetry: retry && attempt < policy.maxAttempts });
    if (!retry) return { ok: false, attempts: attempt, message: last };
    if (attempt < policy.maxAttempts) await sleep(backoffMs(policy, attempt, random));
  }
  return { ok: false, attempts: policy.maxAttempts, message: last };
}

/** Equal jitter: between half and all of base × 2^(attempt−1), capped, so many relays don't retry in step. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const cause: unknown = error.cause;
  const code = typeof cause === 'object' && cause !== null ? Reflect.get(cause, 'code') : undefined;
  return typeof code === 'string' ? code : error.name;
}
