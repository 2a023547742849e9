// Fixtures for the catalogue tests: connectors and event types inserted straight into the database, so these
// tests do not depend on the connector CRUD routes, each with a unique name.
import { db } from "@/lib/db";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { unique } from "./auth-fixtures";

export async function insertConnector(overrides: { enabled?: boolean } = {}) {
  return db().connector.create({
    data: {
      workspaceId: await defaultWorkspaceId(),
      name: unique("connector"),
      url: "http://127.0.0.1:9/hook",
      enabled: overrides.enabled ?? true,
    },
  });
}

export async function insertEventType(options: { archived?: boolean } = {}) {
  return db().eventType.create({
    data: {
      workspaceId: await defaultWorkspaceId(),
      key: unique("evt").replaceAll("-", "."),
      archivedAt: options.archived ? new Date() : null,
    },
  });
}
