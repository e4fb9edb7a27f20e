// The outbox against the real database and a real SMTP server on 127.0.0.1 (lib/mail/outbox.ts):
// everything queued is delivered exactly once, and nothing is lost while the server is down.
import { spawn } from "node:child_process";
import nodemailer from "nodemailer";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverDueMessages, enqueueEmail, MAX_ATTEMPTS } from "@/lib/mail/outbox";
import { passwordResetEmail, verificationEmail, type Email } from "@/lib/mail/templates";
import { TestSmtpServer } from "../support/test-smtp-server";
import { TEST_DATABASE_URL } from "./database";
import { resetDatabase } from "./helpers";

const FROM = "Musharaka <no-reply@musharaka.test>";

// ---------------------------------------------------------------------------------------------
// Just enough MIME decoding to read back what nodemailer wrote.

function decodeBytes(encoding: string, data: string): Buffer {
  if (encoding.toUpperCase() === "B") return Buffer.from(data, "base64");
  const qp = data.replace(/_/g, " ");
  return Buffer.from(qp.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), "latin1");
}

/** Decodes RFC 2047 encoded-words (UTF-8), joining adjacent ones as the RFC says. */
function decodeHeaderValue(value: string): string {
  const word = /=\?utf-8\?([BQ])\?([^?]*)\?=/gi;
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/(?:=\?utf-8\?[BQ]\?[^?]*\?=)+/gi, (run) =>
      Buffer.concat([...run.matchAll(word)].map((m) => decodeBytes(m[1]!, m[2]!))).toString("utf8"),
    );
}

function parseEntity(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(split + 4) };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Subject, To and the decoded text and HTML parts of a received message. */
function readMessage(raw: string): { subject: string; to: string; text: string; html: string } {
  const { headers, body } = parseEntity(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get("content-type") ?? "")?.[1];
  const parts: Record<string, string> = {};
  const entities = boundary ? body.split(`--${boundary}`).slice(1, -1).map((p) => p.replace(/^\r\n/, "")) : [raw];
  for (const entity of entities) {
    const part = boundary ? parseEntity(entity) : { headers, body };
    const type = (part.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim().toLowerCase();
    parts[type] = decodeBody(part.headers, part.body.replace(/\r\n$/, "")).replace(/\r\n/g, "\n");
  }
  return {
    subject: decodeHeaderValue(headers.get("subject") ?? ""),
    to: headers.get("to") ?? "",
    text: parts["text/plain"] ?? "",
    html: parts["text/html"] ?? "",
  };
}

// ---------------------------------------------------------------------------------------------

const smtp = new TestSmtpServer();

function transport() {
  return nodemailer.createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true });
}

const MESSAGES: { to: string; kind: string; email: Email }[] = [
  {
    to: "fatima@test.example",
    kind: "verify_email",
    email: verificationEmail("ar-MA", "فاطمة", "http://localhost:3000/verify-email?token=arabic-token-1"),
  },
  {
    to: "amine@test.example",
    kind: "verify_email",
    email: verificationEmail("fr-MA", "Amine", "http://localhost:3000/fr/verify-email?token=french-token-2"),
  },
  {
    to: "khadija@test.example",
    kind: "reset_password",
    email: passwordResetEmail("ar-MA", "خديجة", "http://localhost:3000/reset-password?token=reset-token-3"),
  },
];

async function enqueueAll(): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const m of MESSAGES) await enqueueEmail(tx, m.kind, m.to, m.email);
  });
}

/** Makes every pending message due now, as if its retry delay had passed. */
async function makeAllDue(): Promise<void> {
  await db.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
}

async function rows() {
  return db.outboxMessage.findMany({ orderBy: { id: "asc" } });
}

beforeEach(async () => {
  await resetDatabase();
  smtp.received.length = 0;
  await smtp.start();
});

afterEach(async () => {
  await smtp.stop();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("deliverDueMessages", () => {
  it("sends every queued message in one run", async () => {
    await enqueueAll();

    const result = await deliverDueMessages(db, transport(), FROM);

    expect(result).toEqual({ sent: 3, failed: 0 });
    expect(smtp.received).toHaveLength(3);
  });

  it("delivers each message to its own recipient, with its subject (Arabic intact) and its link", async () => {
    await enqueueAll();

    await deliverDueMessages(db, transport(), FROM);

    const received = smtp.received.map((r) => ({ envelopeTo: r.envelopeTo, ...readMessage(r.raw) }));
    for (const m of MESSAGES) {
      const match = received.filter((r) => r.envelopeTo.join() === m.to);
      expect(match, m.to).toHaveLength(1);
      expect(match[0]!.to).toContain(m.to);
      expect(match[0]!.subject).toBe(m.email.subject);
      const url = /https?:\/\/\S+/.exec(m.email.text)![0];
      expect(match[0]!.text).toContain(url);
      expect(match[0]!.text).toBe(m.email.text);
      expect(match[0]!.html).toContain('dir="');
    }
    const arabic = received.find((r) => r.envelopeTo.join() === "fatima@test.example")!;
    expect(arabic.subject).toMatch(/[\u0600-\u06FF]/);
    expect(arabic.text).toContain("فاطمة");
  });

  it("marks delivered messages SENT with the time they were sent", async () => {
    await enqueueAll();
    const before = new Date();

    await deliverDueMessages(db, transport(), FROM);

    for (const row of await rows()) {
      expect(row.status).toBe("SENT");
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(row.attempts).toBe(1);
      expect(row.lastError).toBeNull();
    }
  });

  it("sends nothing the second time: no duplicates", async () => {
    await enqueueAll();
    await deliverDueMessages(db, transport(), FROM);

    const second = await deliverDueMessages(db, transport(), FROM);

    expect(second).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(3);
  });

  it("sends each message once when two delivery runs overlap", async () => {
    await enqueueAll();

    const results = await Promise.all([
      deliverDueMessages(db, transport(), FROM),
      deliverDueMessages(db, transport(), FROM),
    ]);

    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(3);
    expect(smtp.received.map((r) => r.envelopeTo.join()).sort()).toEqual(MESSAGES.map((m) => m.to).sort());
  });

  it("does not send a message before its next attempt is due", async () => {
    await enqueueAll();
    await db.outboxMessage.updateMany({ data: { nextAttemptAt: new Date(Date.now() + 60_000) } });

    expect(await deliverDueMessages(db, transport(), FROM)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("keeps every message, PENDING and scheduled for later, while the SMTP server is down", async () => {
    await enqueueAll();
    await smtp.stop();
    const before = Date.now();

    const result = await deliverDueMessages(db, transport(), FROM);

    expect(result).toEqual({ sent: 0, failed: 3 });
    const all = await rows();
    expect(all).toHaveLength(3);
    for (const row of all) {
      expect(row.status).toBe("PENDING");
      expect(row.attempts).toBe(1);
      expect(row.lastError).toBeTruthy();
      expect(row.sentAt).toBeNull();
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(before + 30_000);
    }
  });

  it("delivers each message exactly once after the server comes back", async () => {
    await enqueueAll();
    const port = smtp.port;
    await smtp.stop();
    await deliverDueMessages(db, transport(), FROM);

    await smtp.start(port);
    // Not due yet: nothing is retried early.
    expect(await deliverDueMessages(db, transport(), FROM)).toEqual({ sent: 0, failed: 0 });
    await makeAllDue();
    const result = await deliverDueMessages(db, transport(), FROM);
    await makeAllDue();
    const again = await deliverDueMessages(db, transport(), FROM);

    expect(result).toEqual({ sent: 3, failed: 0 });
    expect(again).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((r) => r.envelopeTo.join()).sort()).toEqual(MESSAGES.map((m) => m.to).sort());
    for (const row of await rows()) {
      expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    }
  });

  it(`gives a message up as FAILED after ${MAX_ATTEMPTS} failed attempts, and not before`, async () => {
    await db.$transaction((tx) => enqueueEmail(tx, MESSAGES[0]!.kind, MESSAGES[0]!.to, MESSAGES[0]!.email));
    await smtp.stop();

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      await deliverDueMessages(db, transport(), FROM);
      const [row] = await rows();
      expect(row, `after attempt ${attempt}`).toMatchObject({ status: "PENDING", attempts: attempt });
      await makeAllDue();
    }
    await deliverDueMessages(db, transport(), FROM);

    const [row] = await rows();
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(row!.lastError).toBeTruthy();
    expect(row!.sentAt).toBeNull();
  });

  it("does not try a FAILED message again", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, MESSAGES[0]!.kind, MESSAGES[0]!.to, MESSAGES[0]!.email));
    await db.outboxMessage.updateMany({ data: { status: "FAILED", attempts: MAX_ATTEMPTS } });

    expect(await deliverDueMessages(db, transport(), FROM)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });
});

describe("enqueueEmail", () => {
  it("queues nothing when the transaction it is part of fails", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, MESSAGES[0]!.kind, MESSAGES[0]!.to, MESSAGES[0]!.email);
        throw new Error("the change that caused the e-mail failed");
      }),
    ).rejects.toThrow("the change that caused the e-mail failed");

    expect(await db.outboxMessage.count()).toBe(0);
    expect(await deliverDueMessages(db, transport(), FROM)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("stores the message as PENDING and due at once", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, MESSAGES[1]!.kind, MESSAGES[1]!.to, MESSAGES[1]!.email));

    const [row] = await rows();
    expect(row).toMatchObject({ status: "PENDING", attempts: 0, toAddress: MESSAGES[1]!.to, subject: MESSAGES[1]!.email.subject });
    expect(row!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });
});

describe("the outbox worker on SIGTERM", () => {
  it("delivers what is queued before the server process exits", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, MESSAGES[2]!.kind, MESSAGES[2]!.to, MESSAGES[2]!.email));
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/outbox-shutdown-child.ts"], {
      env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, LOG_FILE: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", () => reject(new Error("the worker process exited before it was ready")));
    });
    expect(smtp.received).toHaveLength(0);

    child.kill("SIGTERM");

    expect(await exited).toBe(143);
    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([[MESSAGES[2]!.to]]);
    expect((await rows()).map((row) => row.status)).toEqual(["SENT"]);
  }, 60_000);
});
