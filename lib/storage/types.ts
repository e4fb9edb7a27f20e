// The storage contract for uploaded files (evidence photos and PDFs). Keys are random and opaque:
// the database row says what a file is; the store only keeps bytes. A local folder implements it
// today (./local.ts); an S3-compatible store can implement the same three methods later.

export type StoredFile = { bytes: Buffer; contentType?: string };

export interface FileStore {
  /** Stores `bytes` under a new random key and returns the key. */
  put(bytes: Uint8Array, options: { contentType: string }): Promise<string>;
  /** The file's bytes, or null when no file has this key (or the key is malformed). */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing a missing file is not an error (used to clean up after a failed transaction). */
  delete(key: string): Promise<void>;
}

/** Keys are 32 random bytes in base64url: nothing a caller passes can name a path outside the store. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isStorageKey(value: unknown): value is string {
  return typeof value === "string" && KEY_PATTERN.test(value);
}
