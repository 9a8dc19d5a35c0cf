// Bytes -> text, or the reason the bytes are not a Markdown document.
import type { RuleFinding } from '../report/diagnostic.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeDocumentBytes(bytes: Uint8Array): { text: string | null; findings: RuleFinding[] } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      text: null,
      findings: [{ ruleId: 'file-encoding', message: 'Unexpected binary content (a NUL byte), expected a UTF-8 Markdown text file', span: spanAt(bytes, nul) }],
    };
  }
  try {
    return { text: decoder.decode(bytes), findings: [] };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return {
      text: null,
      findings: [
        {
          ruleId: 'file-encoding',
          message: `Unexpected byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} that is not UTF-8, expected the file to be saved as UTF-8`,
          span: spanAt(bytes, offset),
        },
      ],
    };
  }
}

function spanAt(bytes: Uint8Array, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { start: { line, column: offset - lineStart + 1 } };
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return index;
    try {
      decoder.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return Math.max(0, bytes.length - 1);
}
