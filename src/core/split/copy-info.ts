import { z } from "zod";
import { entriesFromValues } from "../check/entries";
import type { Programme } from "../programme/schema";
import { parseStoredProgramme, storedProgrammeText } from "../programme/stored-programme";
import type { EnteredValues, InputColumnKey } from "../read/types";
import { THIS_YEAR_KEYS } from "../layout/workbook-layout";
import { cellText } from "../workbook/cell-text";
import { fingerprint64, fnv1a } from "../workbook/short-hash";

/**
 * What a department's copy of the follow-up workbook knows about where it came from, stored on
 * its hidden data sheet: whose copy it is, the master it was made from, and the master's entries
 * at the moment of the split. A merge needs that base to tell who changed a cell: the department
 * in its copy, the coordinator in the master since, or both (a conflict).
 */
export interface CopyInfo {
  readonly version: 1;
  /** The department's code (Programme.departments). */
  readonly department: string;
  /** The master's programme: its name, and a fingerprint of its whole definition. */
  readonly programmeName: string;
  readonly programme: string;
  readonly year: number;
  /** When the master was generated (its meta.generatedAt) and when the copy was made. */
  readonly masterGeneratedAt: string;
  readonly madeAt: string;
  /** The rows the department answers for, in programme order: the only rows unlocked in the copy. */
  readonly owned: readonly string[];
  /** Each owned row's cells at the split, as text; a cell left out was empty. */
  readonly base: Readonly<Record<string, Readonly<Partial<Record<InputColumnKey, string>>>>>;
  /** Every other row's hash at the split, "ID:hash;…", to report a copy that changed them. */
  readonly others: string;
}

const CellTexts = z.record(z.string(), z.string());

export const CopyInfoSchema = z.object({
  version: z.literal(1),
  department: z.string().min(1),
  programmeName: z.string(),
  programme: z.string().regex(/^[0-9a-f]{16}$/),
  year: z.number().int(),
  masterGeneratedAt: z.string(),
  madeAt: z.string(),
  owned: z.array(z.string()),
  base: z.record(z.string(), CellTexts),
  others: z.string(),
});

/** A programme's fingerprint: two copies of the same definition agree, any change differs. */
export function programmeFingerprint(programme: Programme): string {
  return fingerprint64(storedProgrammeText(programme));
}

/** A row's cells of the year as text, empty ones left out. */
export function rowTexts(values: EnteredValues | undefined): Partial<Record<InputColumnKey, string>> {
  const out: Partial<Record<InputColumnKey, string>> = {};
  for (const key of THIS_YEAR_KEYS) {
    const text = cellText(values?.[key]);
    if (text !== "") out[key] = text;
  }
  return out;
}

export function rowHashOf(values: EnteredValues | undefined): string {
  return fnv1a(THIS_YEAR_KEYS.map((k) => cellText(values?.[k])).join("\u001f"));
}

/** The row hashes "ID:hash;…" as a map. */
export function othersOf(info: CopyInfo): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of info.others.split(";")) {
    const at = part.lastIndexOf(":");
    if (at > 0) out.set(part.slice(0, at), part.slice(at + 1));
  }
  return out;
}

/**
 * Which department answers for each row as the workbook stands: the department in its
 * "Ansvarig" cell (code or name), else the programme's; null where the cell names none we know.
 */
export function rowOwners(
  programme: Programme,
  year: number,
  values: ReadonlyMap<string, EnteredValues>
): Map<string, string | null> {
  return new Map(entriesFromValues(programme, year, values).map((e) => [e.rowId, e.department]));
}

/** The departments that answer for at least one row, in the programme's order. */
export function departmentsWithRows(
  programme: Programme,
  year: number,
  values: ReadonlyMap<string, EnteredValues>
): string[] {
  const owners = new Set(rowOwners(programme, year, values).values());
  return programme.departments.map((d) => d.code).filter((code) => owners.has(code));
}

export interface CopyOf {
  readonly programme: Programme;
  readonly year: number;
  /** The master's entries as read (enteredValues). */
  readonly values: ReadonlyMap<string, EnteredValues>;
  readonly masterGeneratedAt: string;
  readonly department: string;
  readonly now: Date;
}

/** What a department's copy records about itself when it is made. */
export function copyInfoFor(of: CopyOf): CopyInfo {
  const owners = rowOwners(of.programme, of.year, of.values);
  const owned: string[] = [];
  const base: Record<string, Partial<Record<InputColumnKey, string>>> = {};
  const others: string[] = [];
  for (const row of of.programme.areas.flatMap((a) => a.rows)) {
    const values = of.values.get(row.id);
    if (owners.get(row.id) === of.department) {
      owned.push(row.id);
      base[row.id] = rowTexts(values);
    } else {
      others.push(`${row.id}:${rowHashOf(values)}`);
    }
  }
  return {
    version: 1,
    department: of.department,
    programmeName: of.programme.name.text,
    programme: programmeFingerprint(of.programme),
    year: of.year,
    masterGeneratedAt: of.masterGeneratedAt,
    madeAt: of.now.toISOString(),
    owned,
    base,
    others: others.join(";"),
  };
}

export type CopyRead =
  | { readonly kind: "master" }
  | { readonly kind: "copy"; readonly info: CopyInfo }
  | { readonly kind: "broken"; readonly problem: string };

/** Whether a workbook read is a master or a department's copy, and the copy's record. */
export function copyOf(read: { readonly copyText?: string | null }): CopyRead {
  const text = read.copyText ?? null;
  if (text === null) return { kind: "master" };
  const stored = parseStoredProgramme(text);
  if (!stored.ok) return { kind: "broken", problem: stored.problem };
  const parsed = CopyInfoSchema.safeParse(stored.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: "broken", problem: `${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}` };
  }
  return { kind: "copy", info: parsed.data };
}

/** A department copy's record, to carry through a rewrite; null for a master (or a broken record). */
export function copyInfoIn(read: { readonly copyText?: string | null }): CopyInfo | null {
  const copy = copyOf(read);
  return copy.kind === "copy" ? copy.info : null;
}
