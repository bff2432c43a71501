import { LIMITS } from "../../core";
import { LimitExceededError } from "./limit-error";

const LT = 0x3c;
const GT = 0x3e;
const COLON = 0x3a;
const R = 0x72;
const O = 0x6f;
const W = 0x77;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Counts row elements while a sheet inflates, so a sheet of a million rows stops after the first
 * hundred thousand instead of after ExcelJS has parsed them all (31 s). A tag cut in two by a
 * chunk's edge is missed: the count is a lower bound, which is all a limit needs. How far the
 * values reach (a value at XFD1048576) is checked value by value as the grid is read.
 */
export function rowCounter(sheet: string): (chunk: Uint8Array) => void {
  let rows = 0;
  return (chunk) => {
    // "<row" or a prefixed ":row", followed by a space or '>'. The native search finds each "w"
    // (rare in sheet XML but for this tag); a plain Uint8Array, so the browser's reader counts too.
    for (let i = chunk.indexOf(W); i !== -1; i = chunk.indexOf(W, i + 1)) {
      if (chunk[i - 1] !== O || chunk[i - 2] !== R) continue;
      const before = chunk[i - 3];
      const after = chunk[i + 1] ?? 0;
      if ((before === LT || before === COLON) && (isSpace(after) || after === GT)) rows++;
    }
    if (rows > LIMITS.rows) throw new LimitExceededError({ limit: "rows", where: `'${sheet}'`, max: LIMITS.rows });
  };
}
