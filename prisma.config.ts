// Prisma CLI configuration. The schema engine cannot be downloaded on offline machines, so
// migrations are applied by lib/db/migrator.ts (`npm run db:migrate`), which keeps Prisma's
// `_prisma_migrations` bookkeeping so that `prisma migrate` also works where the engine exists.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed/index.ts",
  },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
