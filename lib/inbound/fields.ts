// The one name → value multimap of a received request, for its query string and for a form body alike: a repeated
// name becomes an array in arrival order, so nothing the sender wrote is lost.
export type Fields = Record<string, string | string[]>;

export function addField(fields: Fields, name: string, value: string): void {
  const previous = fields[name];
  fields[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
}
