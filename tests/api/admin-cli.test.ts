// npm run admin, as a real child process against its own database: create-token prints only a working token,
// create-user reads the password from standard input and the user can sign in with it.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { POST as login } from "@/app/api/auth/login/route";
import { disconnectDb } from "@/lib/db";
import { apiRequest } from "../support/auth-fixtures";
import { useIsolatedDatabase } from "../support/isolated-database";

const root = path.resolve(import.meta.dirname, "..", "..");
let databaseUrl: string;

function admin(args: string[], stdin = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/admin.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdin.end(stdin);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  databaseUrl = await useIsolatedDatabase("admin_cli");
});

afterAll(async () => {
  await disconnectDb();
});

describe("npm run admin", () => {
  it("create-token prints a token, and nothing else, that authenticates the API with its role", async () => {
    const result = await admin(["create-token", "--name", "deploy-bot", "--role", "viewer"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^sb_[A-Za-z0-9_-]{43}\n$/);
    const response = await me(
      apiRequest("/api/v1/me", { headers: { authorization: `Bearer ${result.stdout.trim()}` } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ role: "viewer" });
  }, 60_000);

  it("create-user reads the password from standard input; the user can then sign in", async () => {
    const email = `ops-${Date.now()}@example.test`;
    const created = await admin(["create-user", "--email", email, "--role", "admin"], "a long enough password\n");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`created admin ${email}`);
    const signedIn = await login(
      apiRequest("/api/auth/login", { method: "POST", body: { email, password: "a long enough password" } }),
    );
    expect(signedIn.status).toBe(200);
  }, 60_000);

  it("refuses bad input with a readable message and a failing exit code", async () => {
    const result = await admin(["create-token", "--name", "x", "--role", "owner"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("role");
    expect(result.stdout).toBe("");
  }, 60_000);
});
