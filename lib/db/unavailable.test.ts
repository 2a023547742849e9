// Which failures mean "the database is unavailable" (503) and which are something else, in every wrapping they
// arrive in: node-postgres, Prisma, the pg driver adapter.
import { describe, expect, it } from "vitest";
import { databaseUnavailableReason, isDatabaseUnavailable } from "./unavailable";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["connection refused", withCode("ECONNREFUSED"), "the database server cannot be reached"],
    [
      "admin shutdown on a live connection",
      withCode("57P01", "terminating connection due to administrator command"),
      "the database server closed the connection (it is restarting or shutting down)",
    ],
    [
      "starting up",
      withCode("57P03", "the database system is starting up"),
      "the database server is starting up or shutting down",
    ],
    [
      "statement timeout",
      withCode("57014", "canceling statement due to statement timeout"),
      "the database did not answer in time",
    ],
    [
      "Prisma P1001",
      withCode("P1001", "\nInvalid `prisma.x()` invocation: Can't reach database server"),
      "the database server cannot be reached",
    ],
    [
      "Prisma P1017",
      withCode("P1017"),
      "the database server closed the connection (it is restarting or shutting down)",
    ],
    [
      "the adapter's kind in Prisma's meta",
      Object.assign(withCode("P2010"), { meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }),
      "the database server cannot be reached",
    ],
    [
      "the adapter's postgres SQLSTATE",
      Object.assign(withCode("P2010"), {
        meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } },
      }),
      "the database server closed the connection (it is restarting or shutting down)",
    ],
    [
      "pg's pool connect timeout",
      new Error("timeout exceeded when trying to connect"),
      "the database did not answer in time",
    ],
    ["pg's client connect timeout", new Error("timeout expired"), "the database did not answer in time"],
    ["a cut connection", new Error("Connection terminated unexpectedly"), "the connection to the database failed"],
    [
      "a wrapped cause",
      new Error("outer", { cause: withCode("ECONNRESET") }),
      "the database server closed the connection (it is restarting or shutting down)",
    ],
  ])("%s → %s", (_name, error, reason) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(databaseUnavailableReason(error)).toBe(reason);
  });

  it.each([
    ["a unique violation", withCode("P2002")],
    ["a SQL unique violation", withCode("23505", "duplicate key value")],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["not an error", "ECONNREFUSED"],
    ["null", null],
  ])("%s is something else", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
