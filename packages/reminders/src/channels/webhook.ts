import { createHmac } from 'node:crypto';
import { PermanentDeliveryFailure, webhookOutcome } from './failure';

/** A webhook answers within this, or the attempt fails (transient). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export const SIGNATURE_HEADER = 'x-zhengling-signature';
export const TIMESTAMP_HEADER = 'x-zhengling-timestamp';

/** HMAC-SHA256 over `${timestamp}.${body}` with the endpoint's secret, as `sha256=<hex>`. */
export const signWebhook = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

export async function postWebhook(
  url: string,
  secret: string,
  payload: unknown,
  now: Date,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<void> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: timestamp,
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const outcome = webhookOutcome(res.status);
  if (outcome === 'permanent') throw new PermanentDeliveryFailure(`webhook answered ${res.status}`);
  if (outcome === 'transient') throw new Error(`webhook answered ${res.status}`);
}
