// Prisma CLI configuration (generate only: migrations are applied by scripts/migrate.ts).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // generate does not connect; the URL only has to parse.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/switchboard",
  },
});
