// Password hashing with Argon2id at OWASP's recommended parameters (targets.md §3.5):
// 19 MiB memory, 2 iterations, parallelism 1. Set explicitly rather than trusting defaults.
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = {
  // Algorithm.Argon2id; the enum is an ambient const enum that isolated modules cannot inline.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a crash.
    return false;
  }
}

/** A real hash of a random string, verified against when the e-mail is unknown so timing does not reveal which accounts exist. */
export const DUMMY_PASSWORD_HASH = hash(crypto.randomUUID(), ARGON2ID);
