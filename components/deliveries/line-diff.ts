// A line diff for comparing two attempts side by side: the longest common subsequence of lines, with removed and
// added runs paired into changed rows so each side stays on its own column. Small enough to own: the bodies it
// compares are stored capped at 64 KiB, and past a size the quadratic table would cost too much it compares line by
// line at the same positions instead.

export type DiffKind = "same" | "changed" | "removed" | "added";

export interface DiffRow {
  kind: DiffKind;
  /** The line on the left (older) side; null where the right side has a line the left lacks. */
  left: string | null;
  right: string | null;
}

const MAX_CELLS = 4_000_000;

export function diffLines(leftText: string, rightText: string): DiffRow[] {
  const left = leftText === "" ? [] : leftText.split("\n");
  const right = rightText === "" ? [] : rightText.split("\n");
  if (left.length * right.length > MAX_CELLS) return byPosition(left, right);
  const width = right.length + 1;
  // common[i * width + j]: length of the longest common subsequence of left[i..] and right[j..].
  const common = new Uint32Array((left.length + 1) * width);
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      common[i * width + j] =
        left[i] === right[j]
          ? common[(i + 1) * width + j + 1]! + 1
          : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) rows.push({ kind: "changed", left: removed[k]!, right: added[k]! });
    for (const line of removed.slice(paired)) rows.push({ kind: "removed", left: line, right: null });
    for (const line of added.slice(paired)) rows.push({ kind: "added", left: null, right: line });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && left[i] === right[j]) {
      flush();
      rows.push({ kind: "same", left: left[i]!, right: right[j]! });
      i++;
      j++;
    } else if (j >= right.length || (i < left.length && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
      removed.push(left[i++]!);
    } else {
      added.push(right[j++]!);
    }
  }
  flush();
  return rows;
}

function byPosition(left: string[], right: string[]): DiffRow[] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, index) => {
    const a = left[index] ?? null;
    const b = right[index] ?? null;
    const kind: DiffKind = a === null ? "added" : b === null ? "removed" : a === b ? "same" : "changed";
    return { kind, left: a, right: b };
  });
}

/** Headers as diffable lines, sorted by name so the order they came in does not count as a difference. */
export function headerLines(headers: Record<string, string> | null | undefined): string {
  return Object.entries(headers ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
}
