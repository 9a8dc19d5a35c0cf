// A YAML parser error, explained for the author of the front matter: which
// field it is in and the likely fix, instead of the parser's own words alone.
// The usual causes are values that YAML reads as syntax: a `: ` inside a
// title, a tab used to indent, a quote opened and never closed, a value that
// starts with a character YAML reserves (`@`, a backtick, `%`) or uses for
// aliases and anchors (`*`, `&`). Quoting the value is the fix for all but
// the tab. Pure: the lines of the YAML block in, a message and a place out.

export interface YamlHint {
  message: string;
  /** 0-based line within the YAML block, and 1-based column, where the author should look. */
  line: number;
  column: number;
}

/** `key: value` at the start of a line, as front matter writes a field. */
const FIELD_LINE = /^(["']?)([^\s#:"'][^:]*?)\1[ \t]*:(?:[ \t]+(.*))?$/;

/** Characters that cannot start a plain value, and what YAML takes them for. */
const RESERVED_START: Record<string, string> = {
  '@': 'YAML reserves `@`',
  '`': 'YAML reserves the backtick',
  '%': 'YAML reads `%` as the start of a directive',
  '*': 'YAML reads `*` as an alias to an anchor',
  '&': 'YAML reads `&` as an anchor',
  '!': 'YAML reads `!` as a tag',
  '|': 'YAML reads `|` as the start of a block of text',
  '>': 'YAML reads `>` as the start of a folded block of text',
  '?': 'YAML reads `?` as a complex key',
};

export function explainYamlError(code: string, parserMessage: string, lines: readonly string[], errorLine: number, errorColumn: number): YamlHint | null {
  const field = fieldAt(lines, errorLine);
  if (code === 'TAB_AS_INDENT') {
    const name = field ? ` in \`${field.key}\`` : '';
    return { message: `Unexpected tab used for indentation${name}, expected spaces (two per level, e.g. \`  - item\`)`, line: errorLine, column: 1 };
  }
  if (code === 'DUPLICATE_KEY') return null; // front-matter-duplicate-key has its own message
  if (!field) return null;
  const { key, value, line } = field;
  const quoted = (text: string) => `\`${key}: ${JSON.stringify(text.replace(/[ \t]+#.*$/, '').trim())}\``;
  if (code === 'MISSING_CHAR' && /closing ["']?quote/i.test(parserMessage)) {
    const quote = /closing (["'])quote/.exec(parserMessage)?.[1] ?? value.trimStart()[0] ?? '"';
    const opening = openingQuoteLine(lines, errorLine, quote);
    const at = opening ?? field;
    return {
      message: `Unexpected unterminated ${quote} quote in the value of \`${at.key}\`, expected a closing ${quote} at the end of the value on the same line`,
      line: at.line,
      column: at.valueColumn,
    };
  }
  if (/flow (sequence|mapping|collection)/i.test(parserMessage) || (code === 'MISSING_CHAR' && /[\]}]/.test(parserMessage))) {
    const open = unclosedFlowLine(lines, errorLine);
    if (open) {
      const [opener, closer] = open.value.includes('[') && count(open.value, '[') > count(open.value, ']') ? ['[', ']'] : ['{', '}'];
      return {
        message: `Unexpected unclosed \`${opener}\` in the value of \`${open.key}\`, expected a closing \`${closer}\` on the same line, or the value in quotes if it is text: \`${open.key}: ${JSON.stringify(open.value.trim())}\``,
        line: open.line,
        column: open.valueColumn + open.value.indexOf(opener),
      };
    }
  }
  const first = value.trimStart()[0];
  if (first !== undefined && Object.hasOwn(RESERVED_START, first) && line === errorLine) {
    return {
      message: `Unexpected ${first === '`' ? '`` ` ``' : `\`${first}\``} at the start of the value of \`${key}\` (${RESERVED_START[first]}), expected the value in quotes: ${quoted(value)}`,
      line,
      column: field.valueColumn,
    };
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    if (/:[ \t]/.test(value) || value.endsWith(':')) {
      return { message: `Unexpected \`: \` inside the value of \`${key}\` (YAML reads it as a new field), expected the value in quotes: ${quoted(value)}`, line, column: field.valueColumn };
    }
    if (/^[ \t]+\S/.test(lines[line + 1] ?? '')) {
      return { message: `Unexpected indented line below \`${key}\`, expected every field to start at the beginning of its line`, line: line + 1, column: 1 };
    }
  }
  if (/^[[{]/.test(value.trimStart()) && code === 'UNEXPECTED_TOKEN' && /at node end/.test(parserMessage)) {
    return { message: `Unexpected text after the closing bracket in the value of \`${key}\`, expected a list alone or the whole value in quotes: ${quoted(value)}`, line, column: errorColumn };
  }
  return { message: `Invalid YAML in the value of \`${key}\`: ${parserMessage}; if the value is text, expected it in quotes: ${quoted(value)}`, line: errorLine, column: errorColumn };
}

interface FieldLine {
  key: string;
  value: string;
  line: number;
  valueColumn: number;
}

/** The top-level field whose lines include `line` (the nearest `key:` line at or above it). */
function fieldAt(lines: readonly string[], line: number): FieldLine | null {
  for (let index = Math.min(line, lines.length - 1); index >= 0; index--) {
    const field = fieldLine(lines, index);
    if (field) return field;
  }
  return null;
}

function fieldLine(lines: readonly string[], index: number): FieldLine | null {
  const text = lines[index] ?? '';
  const match = FIELD_LINE.exec(text);
  if (!match) return null;
  const value = match[3] ?? '';
  return { key: match[2]!.trim(), value, line: index, valueColumn: text.length - value.length + 1 };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** The nearest field line at or above `from` whose value opens more `[` or `{` than it closes. */
function unclosedFlowLine(lines: readonly string[], from: number): FieldLine | null {
  for (let index = Math.min(from, lines.length - 1); index >= 0; index--) {
    const field = fieldLine(lines, index);
    if (field && (count(field.value, '[') > count(field.value, ']') || count(field.value, '{') > count(field.value, '}'))) return field;
  }
  return null;
}

/** The field line above `from` whose value opens `quote` (where an unterminated quote began). */
function openingQuoteLine(lines: readonly string[], from: number, quote: string): FieldLine | null {
  for (let index = Math.min(from, lines.length - 1); index >= 0; index--) {
    const field = fieldLine(lines, index);
    if (field && field.value.trimStart().startsWith(quote)) return field;
  }
  return null;
}
