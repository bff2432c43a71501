import { JSON_CHUNK_SIZE } from "../layout/data-sheet-layout";

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** A cell starting with one of these turns into a formula when someone retypes it in Excel. */
function startsFormula(ch: string): boolean {
  return ch === "=" || ch === "+" || ch === "-" || ch === "@";
}

/**
 * Splits a text into chunks of at most `size` characters that join back to the same text. A cut
 * never falls inside a surrogate pair (half a character is not valid XML) nor next to whitespace
 * (engines and people trim cell edges) nor before "=", "+", "-" or "@" (a chunk starting so reads as a
 * formula once retyped), unless the text leaves no other choice.
 */
export function splitIntoChunks(text: string, size: number = JSON_CHUNK_SIZE): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      let cut = end;
      while (
        cut > start + 1 &&
        (isHighSurrogate(text.charCodeAt(cut - 1)) ||
          isSpace(text.charAt(cut - 1)) ||
          isSpace(text.charAt(cut)) ||
          startsFormula(text.charAt(cut)))
      ) {
        cut--;
      }
      if (cut > start + 1) {
        end = cut;
      } else if (isHighSurrogate(text.charCodeAt(end - 1)) && end - 1 > start) {
        end -= 1;
      }
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
