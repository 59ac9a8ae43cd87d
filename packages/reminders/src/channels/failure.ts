// Whether a failed send is worth trying again. Permanent: the receiver refused for good (an SMTP 5xx, a webhook 4xx
// other than 408 and 429, no address) — retrying only repeats the refusal, forever. Transient: anything else (a
// timeout, a refused connection, an SMTP 4xx, a webhook 5xx, 408, 429) — retried with backoff, up to a cap.

export class PermanentDeliveryFailure extends Error {
  override readonly name = 'PermanentDeliveryFailure';
}

/** An SMTP answer code on a nodemailer error (responseCode), if any. */
const smtpCode = (error: unknown): number | undefined => {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === 'number' ? code : undefined;
};

export function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentDeliveryFailure) return true;
  const smtp = smtpCode(error);
  return smtp !== undefined && smtp >= 500 && smtp < 600;
}

/** A webhook answer: a 4xx other than 408/429 is permanent; 2xx is success; anything else transient. */
export function webhookOutcome(status: number): 'ok' | 'permanent' | 'transient' {
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'permanent';
  return 'transient';
}
