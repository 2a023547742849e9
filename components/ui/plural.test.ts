import { expect, it } from "vitest";
import { plural } from "./plural";

it.each([
  [0, "0 connectors"],
  [1, "1 connector"],
  [2, "2 connectors"],
  [1204, "1,204 connectors"],
])("counts %i as %s", (count, expected) => {
  expect(plural(count, "connector")).toBe(expected);
});

it("takes an irregular plural", () => {
  expect(plural(1, "delivery", "deliveries")).toBe("1 delivery");
  expect(plural(3, "delivery", "deliveries")).toBe("3 deliveries");
});
