import "server-only";
import { createPrismaClient, type Db } from "./create-client";

// One client per process; cached on globalThis so that dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { musharakaDb?: Db };

export const db: Db = globalForDb.musharakaDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.musharakaDb = db;
