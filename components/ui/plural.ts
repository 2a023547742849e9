// "1 connector", "2 connectors", "1,204 deliveries": counts in sentences read as English, never "1 connectors".
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : pluralForm}`;
}
