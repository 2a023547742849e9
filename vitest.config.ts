import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          // Distinct group orders let one `vitest run` take both projects despite their different maxWorkers.
          sequence: { groupOrder: 0 },
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "api",
          environment: "node",
          sequence: { groupOrder: 1 },
          include: ["tests/api/**/*.test.ts"],
          globalSetup: ["tests/setup/api-global-setup.ts"],
          setupFiles: ["tests/setup/api-test-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: two files at a time keeps PostgreSQL and the local targets responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
