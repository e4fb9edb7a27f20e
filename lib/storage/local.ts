// Files in a local folder outside public/: never served by Next's static handler, only through a
// route that sets safe headers (app/api/files/evidence/[id]/route.ts).
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isStorageKey, type FileStore, type StoredFile } from "./types";

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  /** Two-character fan-out so that one folder never holds every file. */
  private pathOf(key: string): string {
    return path.join(this.root, key.slice(0, 2), key);
  }

  // The content type (FileStore.put's second argument) is for object stores; a folder keeps only bytes.
  async put(bytes: Uint8Array): Promise<string> {
    const key = randomBytes(32).toString("base64url");
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    // Written under a temporary name then renamed, so a reader never sees half a file.
    const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600, flag: "wx" });
    await rename(temporary, target);
    return key;
  }

  async get(key: string): Promise<StoredFile | null> {
    if (!isStorageKey(key)) return null;
    try {
      return { bytes: await readFile(this.pathOf(key)) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    if (!isStorageKey(key)) return;
    await rm(this.pathOf(key), { force: true });
  }
}
