// Prisma's schema engine as WebAssembly: the native binary cannot be downloaded on every machine, the wasm build
// ships inside an npm package. Node 20 cannot import .wasm modules without a flag, so instantiate it by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

async function loadSchemaEngineClass(): Promise<typeof SchemaEngine> {
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = await import(path.join(packageDir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bindings.SchemaEngine as typeof SchemaEngine;
}

export async function openSchemaEngine(schemaPath: string, connectionString: string): Promise<SchemaEngine> {
  const Engine = await loadSchemaEngineClass();
  const content = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return Engine.new({ datamodels: [[schemaPath, content]] } as never, () => {}, adapter);
}

/** SQL that takes an empty database (or the given previous schema) to the schema in `schemaPath`. */
export async function diffSchemaSql(schemaPath: string, connectionString: string, previousSchema?: string) {
  const engine = await openSchemaEngine(schemaPath, connectionString);
  const content = await readFile(schemaPath, "utf8");
  const emptyFilters = { externalTables: [], externalEnums: [] };
  const from = previousSchema
    ? { tag: "schemaDatamodel" as const, files: [{ path: "previous.prisma", content: previousSchema }] }
    : { tag: "empty" as const };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
    script: true,
    exitCode: null,
    filters: emptyFilters,
  });
  engine.free();
  return result.stdout ?? "";
}
