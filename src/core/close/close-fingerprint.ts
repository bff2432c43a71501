import type { Programme } from "../programme/schema";
import type { EnteredValues } from "../read/types";
import { THIS_YEAR_KEYS } from "../layout/workbook-layout";
import { cellText } from "../workbook/cell-text";
import { fnv1a } from "../workbook/short-hash";

/**
 * A fingerprint of what was entered when a year was closed: per row of the programme, a short
 * hash of its input cells as text. Stored on the data sheet at close, it lets check, export and
 * the add-in say which rows were edited after closing, and it marks the workbook as closed
 * even if someone sets the closed flag back to FALSE or deletes it.
 */

const KEYS = THIS_YEAR_KEYS;

function rowHash(values: EnteredValues | undefined): string {
  return fnv1a(KEYS.map((k) => cellText(values?.[k])).join("\u001f"));
}

/**
 * "1.M1:8a3b…;1.M2:…" in the programme's row order, over the cells as written: where nothing was
 * entered the plan writes the programme's department and last year's value, so those count.
 */
export function closeFingerprint(
  programme: Programme,
  entered: ReadonlyMap<string, EnteredValues>,
  year: number
): string {
  return [...rowHashes(programme, entered, year)].map(([id, hash]) => `${id}:${hash}`).join(";");
}

/** Each row's hash over its cells as written, rows the programme does not know included. */
function rowHashes(
  programme: Programme,
  entered: ReadonlyMap<string, EnteredValues>,
  year: number
): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of programme.areas.flatMap((a) => a.rows)) {
    const written: EnteredValues = {
      department: r.department,
      lastYear: r.indicator?.history[String(year - 1)] ?? null,
      ...(entered.get(r.id) ?? {}),
    };
    out.set(r.id, rowHash(written));
  }
  for (const [id, values] of entered) if (!out.has(id)) out.set(id, rowHash(values));
  return out;
}

/** Rows whose entries differ from the fingerprint taken at close (rows gone or added included). */
export function rowsEditedSinceClose(
  fingerprint: string,
  programme: Programme,
  entered: ReadonlyMap<string, EnteredValues>,
  year: number
): string[] {
  const then = new Map<string, string>();
  for (const part of fingerprint.split(";")) {
    const at = part.lastIndexOf(":");
    if (at > 0) then.set(part.slice(0, at), part.slice(at + 1));
  }
  const now = rowHashes(programme, entered, year);
  const edited: string[] = [];
  for (const [id, hash] of then) {
    if (now.get(id) !== hash) edited.push(id);
  }
  for (const id of now.keys()) {
    if (!then.has(id)) edited.push(id);
  }
  return edited;
}
