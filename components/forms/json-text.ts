// A JSON editor is a textarea: this parses its text inside a Zod schema, so a form can pipe the result into the
// shared entity schema and show "not valid JSON" as the field's own error while the user types.
import { z } from "zod";

/** Empty text means `emptyValue` (null: "no value"); anything else must parse. */
export function jsonText(emptyValue: unknown = null) {
  return z.string().transform((text, ctx) => {
    if (text.trim() === "") return emptyValue;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `Not valid JSON: ${(error as Error).message}` });
      return z.NEVER;
    }
  });
}
