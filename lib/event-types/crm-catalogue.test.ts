import { describe, expect, it } from "vitest";
import { CRM_CATALOGUE, isCatalogueCode } from "./crm-catalogue";
import { eventTypeSchema } from "./schema";

describe("CRM catalogue", () => {
  it("has the 18 documented codes, each a valid event type with a unique key and an object sample payload", () => {
    expect(CRM_CATALOGUE.map((entry) => entry.code)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 26, 31, 32, 33, 34, 35,
    ]);
    expect(new Set(CRM_CATALOGUE.map((entry) => entry.key)).size).toBe(18);
    for (const entry of CRM_CATALOGUE) {
      expect(eventTypeSchema.safeParse(entry).success).toBe(true);
      expect(Object.keys(entry.samplePayload).length).toBeGreaterThan(0);
    }
  });

  it("names the documented events", () => {
    const byCode = new Map(CRM_CATALOGUE.map((entry) => [entry.code, entry]));
    expect(byCode.get(1)).toMatchObject({ key: "landing_page.submission", description: "Landing page submission" });
    expect(byCode.get(16)).toMatchObject({ key: "task.complete", description: "Tasks complete" });
    expect(byCode.get(35)).toMatchObject({ key: "opportunity.delete", description: "Opportunity delete" });
    expect(isCatalogueCode(26)).toBe(true);
    expect(isCatalogueCode(10)).toBe(false);
  });
});
