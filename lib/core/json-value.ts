// Any JSON value, as one shared schema. z.json() makes a new recursive schema on every call, which the OpenAPI
// converter can only name by position (`__schema0`); this one is registered once under a stable name.
import { z } from "zod";

export const jsonValueSchema = z.json().register(z.globalRegistry, {
  id: "JsonValue",
  description: "Any JSON value: object, array, string, number, boolean or null",
});
