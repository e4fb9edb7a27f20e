// Without "server-only" so that the demo seed (plain Node) can write encrypted demo numbers; app
// code imports it through ./personal-data.ts, which is server-only.
// National identity numbers (CIN, or a residence-permit number) under law 09-08 (design.md §6):
// stored encrypted with a key from the environment (never the database), compared through a keyed
// hash so that "one signature per person" can be a database constraint, shown masked.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = "v1";

function keys(): { encryption: Buffer; hashing: Buffer } {
  const secret = env().PERSONAL_DATA_KEY ?? env().NEXTAUTH_SECRET;
  const derive = (label: string) => Buffer.from(hkdfSync("sha256", secret, "musharaka-personal-data", label, 32));
  return { encryption: derive("encryption"), hashing: derive("hashing") };
}

/** "ab 123456" → "AB123456": what people type, the way the card prints it. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/[\s\-_.]/g, "").toUpperCase();
}

/** A Moroccan CIN: one or two Latin letters then one to six digits (e.g. F123456, AB12345). */
export const CIN_PATTERN = /^[A-Z]{1,2}[0-9]{1,6}$/;

/** Encrypts a normalized number: "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function encryptIdNumber(value: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keys().encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return [FORMAT_VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function decryptIdNumber(stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== FORMAT_VERSION || !iv || !tag || !ciphertext) throw new Error("Unreadable encrypted identity number");
  const decipher = createDecipheriv(ALGORITHM, keys().encryption, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * A keyed hash of a normalized number, for uniqueness constraints and look-ups. `scope` (e.g. a
 * petition id) makes the same person's hashes unlinkable across petitions.
 */
export function idNumberHash(value: string, scope = ""): string {
  return createHmac("sha256", keys().hashing).update(`${scope}\u0000${value}`).digest("base64url");
}

/** "AB123456" → "AB••••56": enough for a person to recognise their own number, never more. */
export function maskIdNumber(value: string): string {
  if (value.length <= 4) return "•".repeat(value.length);
  return `${value.slice(0, 2)}${"•".repeat(value.length - 4)}${value.slice(-2)}`;
}

const FILE_FORMAT_VERSION = 1;

/**
 * Encrypts a file about a person (a copy of an identity card, decree 2.16.403 art. 3) with the
 * same key as identity numbers: a version byte, the IV, the tag, then the ciphertext. A copied
 * upload folder alone reveals nothing.
 */
export function encryptPersonalFile(bytes: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keys().encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([Buffer.from([FILE_FORMAT_VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

export function decryptPersonalFile(stored: Uint8Array): Buffer {
  const data = Buffer.from(stored);
  if (data[0] !== FILE_FORMAT_VERSION || data.length < 1 + IV_BYTES + TAG_BYTES) throw new Error("Unreadable encrypted file");
  const iv = data.subarray(1, 1 + IV_BYTES);
  const tag = data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, keys().encryption, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
}
