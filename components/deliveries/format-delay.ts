// A retry schedule's waits as people say them: 5 s, 5 min, 2 h, 1 d 2 h.
const units: [string, number][] = [
  ["d", 86_400],
  ["h", 3_600],
  ["min", 60],
  ["s", 1],
];

export function formatDelay(seconds: number): string {
  if (seconds <= 0) return "0 s";
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of units) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
  }
  return parts.join(" ");
}
