// A unified diff of two texts, for `--dry-run` output and for tests that
// assert exactly which lines an edit changed. Line endings are kept visible
// (a changed `\r` is a changed line), so a CRLF file that stays CRLF diffs clean.

const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string; oldNo: number; newNo: number };

/** `--- a/<name>` / `+++ b/<name>` and hunks; an empty string when nothing changed. */
export function formatUnifiedDiff(oldText: string, newText: string, oldName: string, newName = oldName): string {
  if (oldText === newText && oldName === newName) return '';
  const ops = diffLines(splitLines(oldText), splitLines(newText));
  const hunks: string[] = [];
  let index = 0;
  while (index < ops.length) {
    while (index < ops.length && ops[index]!.kind === ' ') index += 1;
    if (index >= ops.length) break;
    let start = Math.max(0, index - CONTEXT);
    let end = index;
    // Extend while the next change is within two contexts of this one.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end += 1;
      let next = end;
      while (next < ops.length && ops[next]!.kind === ' ') next += 1;
      if (next < ops.length && next - end <= CONTEXT * 2) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + CONTEXT);
    const slice = ops.slice(start, stop);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const first = slice[0]!;
    const oldStart = oldCount === 0 ? first.oldNo - 1 : first.oldNo;
    const newStart = newCount === 0 ? first.newNo - 1 : first.newNo;
    hunks.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n` + slice.map((op) => `${op.kind}${visible(op.line)}\n`).join(''));
    index = stop;
    start = stop;
  }
  const header = `--- a/${oldName}\n+++ b/${newName}\n`;
  return hunks.length === 0 ? `rename ${oldName} -> ${newName}\n` : header + hunks.join('');
}

function visible(line: string): string {
  return line.endsWith('\r') ? `${line.slice(0, -1)}\\r` : line;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Longest-common-subsequence diff, after trimming the common head and tail (edits are small). */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i]![j] = midA[i] === midB[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let oldNo = 1;
  let newNo = 1;
  const push = (kind: Op['kind'], line: string) => {
    ops.push({ kind, line, oldNo, newNo });
    if (kind !== '+') oldNo += 1;
    if (kind !== '-') newNo += 1;
  };
  for (let k = 0; k < head; k += 1) push(' ', a[k]!);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      push(' ', midA[i]!);
      i += 1;
      j += 1;
    } else if (i < n && (j >= m || table[i + 1]![j]! >= table[i]![j + 1]!)) {
      push('-', midA[i]!);
      i += 1;
    } else {
      push('+', midB[j]!);
      j += 1;
    }
  }
  for (let k = a.length - tail; k < a.length; k += 1) push(' ', a[k]!);
  return ops;
}
