import nodemailer, { type Transporter } from 'nodemailer';

export interface Mailer {
  send(message: { to: string; subject: string; text: string; messageId: string }): Promise<void>;
}

/** SMTP through nodemailer. The Message-ID is the reminder's, so a receiver can recognise a re-send after a crash. */
export function smtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport: Transporter = nodemailer.createTransport(url);
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
    },
    close: () => transport.close(),
  };
}
