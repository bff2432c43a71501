import type { Programme } from "../programme/schema";
import type { EnteredValues, InputColumnKey } from "../read/types";
import { INPUT_COLUMN_KEYS, LAST_YEAR_KEYS } from "../layout/workbook-layout";
import { isError, isFormula, type RawCell } from "../workbook/cell";

/**
 * A fingerprint of what was entered when a year was closed: per row of the programme, a short
 * hash of its input cells as text. Stored on the data sheet at close, it lets check, export and
 * the add-in say which rows were edited after closing, and it marks the workbook as closed
 * even if someone sets the closed flag back to FALSE or deletes it.
 */

/** This year's inputs: last year's, carried beside them, are locked and not the year's to close. */
const KEYS: readonly InputColumnKey[] = INPUT_COLUMN_KEYS.filter(
  (k) => !(LAST_YEAR_KEYS as readonly string[]).includes(k)
);

/** A cell as the text it shows: a formula by its source (as it is written back), empty as "". */
function canonical(cell: RawCell | undefined): string {
  if (cell === undefined || cell === null) return "";
  if (isFormula(cell)) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  if (isError(cell)) return cell.error;
  return String(cell).trim();
}

/** FNV-1a, 32 bits, over UTF-16 code units: small, fast, stable in every engine. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function rowHash(values: EnteredValues | undefined): string {
  return fnv1a(KEYS.map((k) => canonical(values?.[k])).join("\u001f"));
}

/**
 * "1.M1:8a3b…;1.M2:…" in the programme's row order, over the cells as written: where nothing was
 * entered the plan writes the programme's department and last year's value, so those count.
 */
export function closeFingerprint(
  programme: Programme,
  entries: ReadonlyMap<string, EnteredValues>,
  year: number
): string {
  return [...rowHashes(programme, entries, year)].map(([id, hash]) => `${id}:${hash}`).join(";");
}

/** Each row's hash over its cells as written, rows the programme does not know included. */
function rowHashes(
  programme: Programme,
  entries: ReadonlyMap<string, EnteredValues>,
  year: number
): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of programme.areas.flatMap((a) => a.rows)) {
    const written: EnteredValues = {
      department: r.department,
      lastYear: r.indicator?.history[String(year - 1)] ?? null,
      ...(entries.get(r.id) ?? {}),
    };
    out.set(r.id, rowHash(written));
  }
  for (const [id, values] of entries) if (!out.has(id)) out.set(id, rowHash(values));
  return out;
}

/** Rows whose entries differ from the fingerprint taken at close (rows gone or added included). */
export function rowsEditedSinceClose(
  fingerprint: string,
  programme: Programme,
  entries: ReadonlyMap<string, EnteredValues>,
  year: number
): string[] {
  const then = new Map<string, string>();
  for (const part of fingerprint.split(";")) {
    const at = part.lastIndexOf(":");
    if (at > 0) then.set(part.slice(0, at), part.slice(at + 1));
  }
  const now = rowHashes(programme, entries, year);
  const edited: string[] = [];
  for (const [id, hash] of then) {
    if (now.get(id) !== hash) edited.push(id);
  }
  for (const id of now.keys()) {
    if (!then.has(id)) edited.push(id);
  }
  return edited;
}
