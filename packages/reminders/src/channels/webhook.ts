import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-zhengling-signature';
export const TIMESTAMP_HEADER = 'x-zhengling-timestamp';

/** HMAC-SHA256 over `${timestamp}.${body}` with the endpoint's secret, as `sha256=<hex>`. */
export const signWebhook = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

export async function postWebhook(url: string, secret: string, payload: unknown, now: Date): Promise<void> {
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
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`webhook ${url} answered ${res.status}`);
}
