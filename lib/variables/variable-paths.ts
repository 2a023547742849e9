// The paths a template can name, listed from real variables (a sample payload, the last event): what the variable
// picker offers where templates are written. Arrays list their first item's paths as `[0]`.
export function variablePaths(values: unknown, options: { maxDepth?: number; maxPaths?: number } = {}): string[] {
  const maxDepth = options.maxDepth ?? 5;
  const maxPaths = options.maxPaths ?? 300;
  const paths: string[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (paths.length >= maxPaths) return;
    if (path) paths.push(path);
    if (depth >= maxDepth || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      if (value.length > 0) walk(value[0], `${path}[0]`, depth + 1);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      // Only names a template can write ({{a.b-c}}, not {{a.b c}}).
      if (!/^[\w$-]+$/.test(key) || (!path && !/^[A-Za-z_$]/.test(key))) continue;
      walk(child, path ? `${path}.${key}` : key, depth + 1);
    }
  };
  walk(values, "", 0);
  return paths;
}
