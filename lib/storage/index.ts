import "server-only";
// The configured file store. Today: a local folder, `.data/uploads` by default (git-ignored, outside
// public/), or UPLOAD_DIR. Back it up with the database: rows in `evidence` name keys in this folder.
import path from "node:path";
import { env } from "@/lib/env";
import { LocalFileStore } from "./local";
import type { FileStore } from "./types";

export type { FileStore, StoredFile } from "./types";
export { isStorageKey } from "./types";

const state = globalThis as unknown as { musharakaFileStore?: FileStore };

export function fileStore(): FileStore {
  state.musharakaFileStore ??= new LocalFileStore(path.resolve(env().UPLOAD_DIR));
  return state.musharakaFileStore;
}

/** For tests: use another store (e.g. a temporary folder). */
export function setFileStore(store: FileStore | undefined): void {
  state.musharakaFileStore = store;
}
