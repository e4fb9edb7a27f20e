import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalFileStore } from "./local";
import type { FileStore } from "./types";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "musharaka-store-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("LocalFileStore", () => {
  it("stores bytes under a new random key and gives them back", async () => {
    const store: FileStore = new LocalFileStore(root);
    const a = await store.put(Buffer.from("first"), { contentType: "application/pdf" });
    const b = await store.put(Buffer.from("first"), { contentType: "application/pdf" });
    expect(a).not.toEqual(b);
    expect((await store.get(a))?.bytes.toString()).toBe("first");
  });

  it("answers null for unknown keys and for keys that try to leave the folder", async () => {
    const store: FileStore = new LocalFileStore(root);
    expect(await store.get("A".repeat(43))).toBeNull();
    expect(await store.get("../../etc/passwd")).toBeNull();
    expect(await store.get("..%2F..%2Fetc%2Fpasswd")).toBeNull();
  });

  it("deletes, and deleting twice is fine", async () => {
    const store: FileStore = new LocalFileStore(root);
    const key = await store.put(Buffer.from("x"), { contentType: "image/jpeg" });
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    // No temporary file is left behind.
    const [bucket] = await readdir(root);
    expect(await readdir(path.join(root, bucket!))).toEqual([]);
  });
});
