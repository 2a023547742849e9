// A real SMTP server on 127.0.0.1 (the smtp-server package) that requires a login and keeps what it receives, for
// the email settings tests.
import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** `host`: the loopback address to listen on (127.0.0.2 is outside the tests' allowlist, so the guard blocks it). */
export async function startSmtpSink(credentials: { username: string; password: string }, host = "127.0.0.1") {
  const received: ReceivedMail[] = [];
  const connections = { count: 0 };
  const events = new EventEmitter();
  const server = new SMTPServer({
    // Plain SMTP with AUTH on loopback; STARTTLS off so no certificate is needed.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onConnect(_session, callback) {
      connections.count++;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.username && auth.password === credentials.password)
        return callback(null, { user: auth.username });
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        received.push(mail);
        events.emit("mail", mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    /** SMTP sessions opened so far (a client that connects is counted even if it sends nothing). */
    connections,
    /** The first mail (already received or still to come) that matches. */
    async waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
      const found = received.find(match);
      if (found) return found;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no matching email arrived")), timeoutMs);
        const listener = (mail: ReceivedMail) => {
          if (!match(mail)) return;
          clearTimeout(timer);
          events.off("mail", listener);
          resolve(mail);
        };
        events.on("mail", listener);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
