// A real SMTP server for the end-to-end tests: the portal sends to it over SMTP, and the tests
// read what arrived over a tiny HTTP endpoint (GET /messages?to=address).
import { createServer } from "node:http";
import { SMTPServer } from "smtp-server";

type Received = { to: string[]; raw: string; receivedAt: string };
const received: Received[] = [];
const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 2525);
const httpPort = Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 2526);

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        raw: Buffer.concat(chunks).toString("utf8"),
        receivedAt: new Date().toISOString(),
      });
      callback();
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");

createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://127.0.0.1:${httpPort}`);
  if (url.pathname === "/messages") {
    const to = url.searchParams.get("to")?.toLowerCase();
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify(received.filter((m) => !to || m.to.includes(to))));
    return;
  }
  response.statusCode = url.pathname === "/" ? 200 : 404;
  response.end("mail catcher");
}).listen(httpPort, "127.0.0.1");
