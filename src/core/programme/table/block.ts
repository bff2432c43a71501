import type { RawCell } from "../../workbook/cell";
import { cellText, isoDateOf, periodOf, plainText, shareOf, sourcedText } from "./cells";
import { EXTERNAL_MARK, matches, normaliseName, TABLE_KEYS, type TableKey } from "./format";
import type { TableProblems } from "./problems";
import type { SourcedText } from "../schema";

/** What the key/value block above the table says; a key left out is undefined. */
export interface KeyBlock {
  readonly name?: SourcedText;
  readonly municipality?: string;
  readonly adoptedBy?: string;
  readonly adoptedDate?: string;
  readonly dnr?: string;
  readonly period?: { readonly from: number; readonly to: number };
  readonly overallGoal?: SourcedText;
  readonly thresholds: Partial<Record<"onTrack" | "partly" | "minReported", number>>;
  readonly departments: readonly BlockDepartment[];
  /** The sheet row (1-based) each key stands on, so later problems can name it. */
  readonly rows: ReadonlyMap<TableKey, number>;
}

export interface BlockDepartment {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly external: boolean;
}

const KEYS = Object.keys(TABLE_KEYS) as TableKey[];

function keyOf(label: string): TableKey | null {
  return KEYS.find((key) => matches(TABLE_KEYS[key], label)) ?? null;
}

function knownKeys(problems: TableProblems): string {
  return KEYS.map((key) => TABLE_KEYS[key][problems.lang]).join(", ");
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function readKeyBlock(rows: readonly (readonly RawCell[])[], problems: TableProblems): KeyBlock {
  const block: Mutable<KeyBlock> = { thresholds: {}, departments: [], rows: new Map() };
  const seen = new Map<TableKey, number>();
  const departments: BlockDepartment[] = [];
  rows.forEach((cells, index) => {
    const row = index + 1;
    const label = plainText(cells[0]);
    if (label === null) return;
    const rest = cells.slice(1);
    const key = keyOf(label);
    if (key === null) {
      // A lone text in column A is a title or a note, not a misspelt key.
      if (rest.some((c) => cellText(c).kind !== "empty")) {
        problems.add(row, null, "unknownKey", { key: label, known: knownKeys(problems) });
      }
      return;
    }
    if (key !== "department") {
      const other = seen.get(key);
      if (other !== undefined) {
        problems.add(row, label, "duplicateKey", { key: label, other: String(other) });
        return;
      }
      seen.set(key, row);
    } else if (!seen.has(key)) {
      seen.set(key, row);
    }
    const value = cells[1];
    const shown = cellText(value);
    if (shown.kind === "error") {
      problems.add(row, label, "errorCell", { value: shown.value });
      return;
    }
    if (shown.kind === "empty") {
      problems.add(row, label, "keyEmpty", { key: label });
      return;
    }
    readValue(key, label, row, cells, shown.text, block, departments, problems);
  });
  block.departments = departments;
  block.rows = seen;
  return block;
}

function readValue(
  key: TableKey,
  label: string,
  row: number,
  cells: readonly RawCell[],
  text: string,
  block: Mutable<KeyBlock>,
  departments: BlockDepartment[],
  problems: TableProblems
): void {
  const value = cells[1];
  switch (key) {
    case "name":
    case "overallGoal":
      block[key] = sourcedText(text);
      return;
    case "municipality":
    case "adoptedBy":
    case "dnr":
      block[key] = text;
      return;
    case "adoptedDate": {
      const date = isoDateOf(value);
      if (date === null) problems.add(row, label, "badDate", { key: label, value: text });
      else block.adoptedDate = date;
      return;
    }
    case "period": {
      const period = periodOf(value);
      if (period === null) problems.add(row, label, "badPeriod", { key: label, value: text });
      else block.period = period;
      return;
    }
    case "onTrack":
    case "partly":
    case "minReported": {
      const share = shareOf(value);
      if (share === null) problems.add(row, label, "badShare", { key: label, value: text });
      else block.thresholds = { ...block.thresholds, [key]: share };
      return;
    }
    case "department": {
      const name = plainText(cells[2]);
      if (name === null) {
        problems.add(row, label, "departmentName", { code: text });
        return;
      }
      const mark = normaliseName(plainText(cells[3]) ?? "");
      departments.push({ row, code: text, name, external: mark === EXTERNAL_MARK.sv || mark === EXTERNAL_MARK.en });
      return;
    }
  }
}
