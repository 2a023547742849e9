// A template referred to variables that were not given. Lists every missing name at once, so one fix is enough.
export class TemplateError extends Error {
  constructor(readonly missing: string[]) {
    super(`Missing template variable${missing.length === 1 ? "" : "s"}: ${missing.join(", ")}`);
    this.name = "TemplateError";
  }
}
