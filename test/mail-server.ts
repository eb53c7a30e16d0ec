import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback (the `smtp-server` package) that keeps what it accepted, parsed
 * with `mailparser`. It requires the login in `url`, and can be told to refuse: the next DATA
 * commands with given reply codes, or a recipient for good.
 */
export interface TestMailServer {
  /** `smtp://mooring:secret@127.0.0.1:<port>`. */
  url: string;
  /** Every accepted mail, in order of arrival. */
  received: { envelopeTo: string[]; mail: ParsedMail }[];
  /** Answers the next DATA commands with these codes, one each (e.g. `451`). */
  refuseNextData(...codes: number[]): void;
  /** Refuses RCPT TO for this address with the code, every time. */
  refuseRecipient(address: string, code: number): void;
  close(): Promise<void>;
}

export const MAIL_USER = 'mooring';
export const MAIL_PASSWORD = 'secret';

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startMailServer(): Promise<TestMailServer> {
  const received: TestMailServer['received'] = [];
  const dataReplies: number[] = [];
  const refusedRecipients = new Map<string, number>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, cb) {
      if (auth.username === MAIL_USER && auth.password === MAIL_PASSWORD) {
        cb(null, { user: auth.username });
      } else cb(smtpError(535, 'Authentication credentials invalid'));
    },
    onRcptTo(address, _session, cb) {
      const code = refusedRecipients.get(address.address.toLowerCase());
      cb(code === undefined ? null : smtpError(code, `No mailbox here by that name`));
    },
    onData(stream, session, cb) {
      // Parse first, answer after: once the client sees 250, the mail is in `received`.
      simpleParser(stream)
        .then((mail) => {
          const code = dataReplies.shift();
          if (code !== undefined && code !== 250) return cb(smtpError(code, 'Try again later'));
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          cb();
        })
        .catch((err: Error) => cb(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${MAIL_USER}:${MAIL_PASSWORD}@127.0.0.1:${port}`,
    received,
    refuseNextData: (...codes) => dataReplies.push(...codes),
    refuseRecipient: (address, code) => refusedRecipients.set(address.toLowerCase(), code),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
