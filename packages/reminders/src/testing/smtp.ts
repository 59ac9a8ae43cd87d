// A real SMTP server in-process (smtp-server) that keeps what it accepted. `hold()` makes it stop answering DATA, as a
// slow or stuck server would, so a test can kill a worker in the middle of sending.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string[];
  subject: string;
  messageId: string;
  raw: string;
}

const decodeWords = (s: string) =>
  s
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between adjacent encoded words is not part of the text (RFC 2047)
    .replace(/=\?UTF-8\?B\?([^?]+)\?=/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
    .replace(/\r?\n\s+/g, '');

export async function startSmtpCapture(opts: { rejectWith?: number } = {}) {
  const accepted: CapturedMail[] = [];
  let holding = false;
  let started = 0;
  let ended = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      started++;
      let raw = '';
      stream.on('error', () => undefined);
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        if (holding) return; // never answer: the client waits, and a killed client leaves nothing accepted
        ended++;
        if (opts.rejectWith) {
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: opts.rejectWith });
          return callback(error);
        }
        const header = raw.split(/\r?\n\r?\n/)[0] ?? '';
        const unfolded = header.replace(/\r?\n[ \t]+/g, ' ');
        accepted.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeWords(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? ''),
          messageId: /^Message-ID: (.*)$/im.exec(unfolded)?.[1]?.trim() ?? '',
          raw,
        });
        callback();
      });
    },
  });
  // A client killed mid-transaction resets its socket: that is the scenario under test, not a failure of the server.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    started: () => started,
    /** mails whose data is being received or held, not yet answered */
    inFlight: () => started - ended,
    hold: () => void (holding = true),
    release: () => {
      holding = false;
      ended = started; // what was held was abandoned by its (killed) client
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
