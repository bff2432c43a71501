import type { RawCell } from "../../workbook/cell";
import type { AreaKind, BetterWhen, RowType } from "../schema";
import { cellText, numberOf } from "./cells";
import { BETTER_WHEN_LABELS, KIND_LABELS, TYPE_LABELS, YES_LABELS, type TableColumnKey } from "./format";
import { labelOf, type TableHeader } from "./header";
import { TYPE_WORD } from "./messages";
import type { TableProblems } from "./problems";

/** One row under the header, read; a field is null when its cell is empty or could not be read. */
export interface TableRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly areaId: string | null;
  readonly type: RowType | null;
  readonly id: string | null;
  /** Texts as typed, with any "[Exempel]" mark still on them. */
  readonly text: string | null;
  readonly department: string | null;
  readonly unit: string | null;
  readonly betterWhen: BetterWhen | null;
  readonly target: number | null;
  readonly goalId: string | null;
  readonly baseline: number | null;
  readonly baselineLabel: string | null;
  readonly baselineYears: readonly number[] | null;
  readonly targetChange: number | null;
  readonly decisive: boolean;
  readonly periodNotes: Readonly<Record<string, string>> | null;
  readonly history: Readonly<Record<string, number>>;
  /** The area's own columns: the first row of the area that fills one in gives it. */
  readonly area: Readonly<Partial<Record<AreaColumn, string>>>;
}

export type AreaColumn = "areaName" | "kind" | "sheetName" | "delmal" | "covers";
const AREA_COLUMNS: readonly AreaColumn[] = ["areaName", "kind", "sheetName", "delmal", "covers"];
const INDICATOR_TEXT: readonly TableColumnKey[] = [
  "unit",
  "betterWhen",
  "baselineLabel",
  "baselineYears",
  "decisive",
  "periodNotes",
];
const INDICATOR_NUMBER: readonly TableColumnKey[] = ["target", "baseline", "targetChange"];

function labelFrom<C extends string>(labels: Readonly<Record<C, readonly string[]>>, text: string): C | null {
  const n = text.trim().toLowerCase();
  const found = (Object.keys(labels) as C[]).find((code) => labels[code].includes(n));
  return found ?? null;
}

export function isBlankRow(cells: readonly RawCell[]): boolean {
  return cells.every((c) => cellText(c).kind === "empty");
}

class RowReader {
  constructor(
    private readonly cells: readonly RawCell[],
    private readonly header: TableHeader,
    readonly row: number,
    private readonly problems: TableProblems
  ) {}

  label(key: TableColumnKey): string {
    return labelOf(this.header, key, this.problems.lang);
  }

  private cell(at: number | undefined): RawCell | undefined {
    return at === undefined ? undefined : this.cells[at];
  }

  /** The cell's text; an error value is reported and reads as empty. */
  textAt(at: number | undefined, label: string): string | null {
    const t = cellText(this.cell(at));
    if (t.kind === "error") {
      this.problems.add(this.row, label, "errorCell", { value: t.value });
      return null;
    }
    return t.kind === "text" ? t.text : null;
  }

  text(key: TableColumnKey): string | null {
    return this.textAt(this.header.columns.get(key)?.at, this.label(key));
  }

  required(key: TableColumnKey): string | null {
    const text = this.text(key);
    if (text === null && !this.problems.has(this.row, this.label(key))) {
      this.problems.add(this.row, this.label(key), "cellEmpty");
    }
    return text;
  }

  numberAt(at: number | undefined, label: string): number | null {
    const text = this.textAt(at, label);
    if (text === null) return null;
    const n = numberOf(this.cell(at));
    if (n === null) this.problems.add(this.row, label, "notNumber", { value: text });
    return n;
  }

  number(key: TableColumnKey): number | null {
    return this.numberAt(this.header.columns.get(key)?.at, this.label(key));
  }
}

export function readTableRow(
  cells: readonly RawCell[],
  header: TableHeader,
  row: number,
  problems: TableProblems
): TableRow {
  const r = new RowReader(cells, header, row, problems);
  const typeText = r.required("type");
  const type = typeText === null ? null : labelFrom(TYPE_LABELS, typeText);
  if (typeText !== null && type === null) problems.add(row, r.label("type"), "badType", { value: typeText });

  const area: Partial<Record<AreaColumn, string>> = {};
  for (const key of AREA_COLUMNS) {
    const text = r.text(key);
    if (text !== null) area[key] = text;
  }
  const kindText = area.kind;
  if (kindText !== undefined && labelFrom(KIND_LABELS, kindText) === null) {
    problems.add(row, r.label("kind"), "badKind", { value: kindText });
  }

  const base = {
    row,
    areaId: r.required("areaId"),
    type,
    id: r.required("id"),
    text: r.required("text"),
    department: r.required("department"),
    goalId: r.text("goalId"),
    area,
  };
  if (type !== "indicator") {
    // Indicator settings on a goal or activity mean the type is wrong, or the settings are.
    const filled = [...INDICATOR_TEXT, ...INDICATOR_NUMBER]
      .filter((key) => r.text(key) !== null)
      .map((key) => r.label(key))
      .concat(header.history.filter((h) => r.textAt(h.at, h.label) !== null).map((h) => h.label));
    if (type !== null) {
      for (const label of filled) {
        problems.add(row, label, "indicatorOnly", { type: TYPE_WORD[problems.lang][type] ?? type });
      }
    }
    return {
      ...base,
      unit: null,
      betterWhen: null,
      target: null,
      baseline: null,
      baselineLabel: null,
      baselineYears: null,
      targetChange: null,
      decisive: false,
      periodNotes: null,
      history: {},
    };
  }
  const betterText = header.columns.has("betterWhen") ? r.required("betterWhen") : null;
  const betterWhen = betterText === null ? null : labelFrom(BETTER_WHEN_LABELS, betterText);
  if (betterText !== null && betterWhen === null) {
    problems.add(row, r.label("betterWhen"), "badBetterWhen", { value: betterText });
  }
  const history: Record<string, number> = {};
  for (const h of header.history) {
    const n = r.numberAt(h.at, h.label);
    if (n !== null) history[h.year] = n;
  }
  return {
    ...base,
    unit: header.columns.has("unit") ? r.required("unit") : null,
    betterWhen,
    target: r.number("target"),
    baseline: r.number("baseline"),
    baselineLabel: r.text("baselineLabel"),
    baselineYears: yearsOf(r, row, problems),
    targetChange: r.number("targetChange"),
    decisive: yesOf(r, row, problems),
    periodNotes: periodNotesOf(r, row, problems),
    history,
  };
}

/** "2018, 2019" (or one year, typed as a number) as years; null when empty. */
function yearsOf(r: RowReader, row: number, problems: TableProblems): number[] | null {
  const text = r.text("baselineYears");
  if (text === null) return null;
  const parts = text.split(/[\s,;]+/).filter((p) => p !== "");
  if (parts.length === 0 || !parts.every((p) => /^[0-9]{4}$/.test(p))) {
    problems.add(row, r.label("baselineYears"), "badYears", { value: text });
    return null;
  }
  return parts.map(Number);
}

function yesOf(r: RowReader, row: number, problems: TableProblems): boolean {
  const text = r.text("decisive");
  if (text === null) return false;
  const yes = (YES_LABELS as readonly string[]).includes(text.trim().toLowerCase());
  if (!yes) problems.add(row, r.label("decisive"), "badYes", { value: text });
  return yes;
}

/** "2018: januari–november; 2021: januari–juni" as years and the part of each. */
function periodNotesOf(r: RowReader, row: number, problems: TableProblems): Record<string, string> | null {
  const text = r.text("periodNotes");
  if (text === null) return null;
  const notes: Record<string, string> = {};
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const m = /^([0-9]{4})\s*:\s*(.+)$/.exec(part);
    if (m === null || m[1] === undefined || m[2] === undefined) {
      problems.add(row, r.label("periodNotes"), "badPeriodNotes", { value: text });
      return null;
    }
    notes[m[1]] = m[2].trim();
  }
  return Object.keys(notes).length === 0 ? null : notes;
}

export function kindOf(text: string | undefined): AreaKind {
  return (text === undefined ? null : labelFrom(KIND_LABELS, text)) ?? "area";
}
