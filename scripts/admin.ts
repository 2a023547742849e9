// npm run admin -- <command>: administration from the shell, against the same database npm start uses.
//   create-token --name NAME --role admin|viewer       prints the new API token (and nothing else) on stdout
//   create-user --email EMAIL --role admin|viewer      reads the password from the terminal or standard input
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { createApiToken, createTokenSchema } from "../lib/auth/api-tokens";
import { createUser, createUserSchema } from "../lib/auth/users";
import { writeAudit } from "../lib/audit/write-audit";
import { disconnectDb } from "../lib/db";
import { defaultWorkspaceId } from "../lib/workspaces/default-workspace";
import { prepareRuntime } from "./lib/bootstrap";

// stdout carries only the command's result (a token can be captured with $(…)); progress goes to stderr.
const log = (message: string) => console.error(`[switchboard] ${message}`);

const usage = `usage:
  npm run admin -- create-token --name NAME --role admin|viewer
  npm run admin -- create-user --email EMAIL --role admin|viewer   (password from the prompt or stdin)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, role: { type: "string" }, email: { type: "string" } },
});

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  if (!process.stdin.isTTY) {
    for await (const line of rl) return line;
    return "";
  }
  const password = await rl.question("Password (at least 12 characters): ");
  rl.close();
  return password;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const command = positionals[0];
if (command !== "create-token" && command !== "create-user") fail(usage);

const database = await prepareRuntime(log);
try {
  const workspaceId = await defaultWorkspaceId();
  if (command === "create-token") {
    const input = createTokenSchema.safeParse({ name: values.name, role: values.role });
    if (!input.success)
      fail(`${input.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n")}\n${usage}`);
    const { token, record } = await createApiToken(workspaceId, input.data, null);
    await writeAudit(
      null,
      {
        action: "api_token.created",
        targetType: "api_token",
        targetId: record.id,
        diff: { name: record.name, role: record.role, via: "cli" },
      },
      workspaceId,
    );
    log(`created ${record.role} token "${record.name}"`);
    process.stdout.write(token + "\n");
  } else {
    const input = createUserSchema.safeParse({
      email: values.email,
      role: values.role,
      password: await readPassword(),
    });
    if (!input.success)
      fail(`${input.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n")}\n${usage}`);
    const user = await createUser(input.data);
    await writeAudit(
      null,
      {
        action: "user.created",
        targetType: "user",
        targetId: user.id,
        diff: { email: user.email, role: user.role, via: "cli" },
      },
      workspaceId,
    );
    process.stdout.write(`created ${user.role} ${user.email}\n`);
  }
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database.stop();
}
