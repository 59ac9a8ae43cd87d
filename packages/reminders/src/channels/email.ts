import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';

export interface Mailer {
  send(message: { to: string; subject: string; text: string; messageId: string }): Promise<void>;
  /** the longest one send can take before it gives up */
  budgetMs: number;
}

/**
 * The SMTP timeouts, set explicitly (nodemailer's own socket timeout is ten minutes): a send gives up well inside the
 * worker's lease, so a worker whose claim has expired is never still sending.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
export type SmtpTimeouts = typeof SMTP_TIMEOUTS;

/** SMTP through nodemailer. The Message-ID is the reminder's, so a receiver can recognise a re-send after a crash. */
export function smtpMailer(
  url: string,
  from: string,
  timeouts: SmtpTimeouts = SMTP_TIMEOUTS,
): Mailer & { close(): void } {
  // the URL parsed by nodemailer itself, with the timeouts added to its options
  const transport: Transporter = nodemailer.createTransport({ ...parseConnectionUrl(url), ...timeouts });
  return {
    budgetMs: timeouts.connectionTimeout + timeouts.greetingTimeout + timeouts.socketTimeout,
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
    },
    close: () => transport.close(),
  };
}
