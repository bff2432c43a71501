import type { Lang } from "../../lang";
import type { ProgrammeInput, SourcedText } from "../schema";
import { sourcedText } from "./cells";
import type { KeyBlock } from "./block";
import { labelOf, type TableHeader } from "./header";
import { kindOf, type AreaColumn, type TableRow } from "./rows";
import type { TableProblems } from "./problems";
import type { TableKey } from "./format";

/**
 * From the rows and the key/value block to a programme as a programme file would give it, plus
 * where each part came from in the sheet, so the schema's findings can name the row.
 */
export interface Origins {
  readonly headerRow: number;
  readonly keyRows: ReadonlyMap<TableKey, number>;
  /** Sheet row of each area's first row, and of each of its rows, by index in the built input. */
  readonly areaRows: readonly number[];
  readonly rowRows: readonly (readonly number[])[];
  readonly departmentRows: readonly number[];
}

export interface BuildOptions {
  readonly currentYear: number;
}

/** Placeholders for a table pasted without its key/value block (marked as examples where they are texts). */
const PLACEHOLDER: Readonly<Record<Lang, { name: string; municipality: string; adoptedBy: string }>> = {
  sv: { name: "Programmet", municipality: "Kommunen", adoptedBy: "Kommunfullmäktige" },
  en: { name: "The programme", municipality: "The municipality", adoptedBy: "Municipal council" },
};

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\']/g;
const SHEET_NAME_LIMIT = 31;

/** "1 Trygghetsskapande och brottsföre…" cut to Excel's 31 characters, without the characters Excel forbids. */
export function defaultSheetName(areaId: string, name: string): string {
  return `${areaId} ${name}`.replace(FORBIDDEN_IN_SHEET_NAME, "").slice(0, SHEET_NAME_LIMIT).trim();
}

function example(text: string): SourcedText {
  return { text, provenance: "example" };
}

interface AreaDraft {
  readonly id: string;
  readonly firstRow: number;
  readonly values: Partial<Record<AreaColumn, { text: string; row: number }>>;
  readonly rows: TableRow[];
}

/** Groups rows by area in the order the areas first appear; an area's own columns must agree. */
function groupAreas(rows: readonly TableRow[], header: TableHeader, problems: TableProblems): AreaDraft[] {
  const areas = new Map<string, AreaDraft>();
  for (const row of rows) {
    if (row.areaId === null) continue;
    let area = areas.get(row.areaId);
    if (area === undefined) {
      area = { id: row.areaId, firstRow: row.row, values: {}, rows: [] };
      areas.set(row.areaId, area);
    }
    area.rows.push(row);
    for (const [key, text] of Object.entries(row.area) as [AreaColumn, string][]) {
      const first = area.values[key];
      if (first === undefined) {
        area.values[key] = { text, row: row.row };
      } else if (first.text !== text) {
        problems.add(row.row, labelOf(header, key, problems.lang), "areaDiffers", {
          value: text,
          first: first.text,
          other: String(first.row),
          area: area.id,
        });
      }
    }
  }
  return [...areas.values()];
}

export function buildProgrammeInput(
  rows: readonly TableRow[],
  block: KeyBlock,
  header: TableHeader,
  problems: TableProblems,
  options: BuildOptions
): { input: ProgrammeInput; origins: Origins } {
  const lang = problems.lang;
  const areas = groupAreas(rows, header, problems);
  const departments =
    block.departments.length > 0
      ? block.departments.map((d) => ({ code: d.code, name: d.name, external: d.external }))
      : [...new Set(rows.map((r) => r.department).filter((d): d is string => d !== null))].map((code) => ({
          code,
          name: code,
          external: false,
        }));
  const firstRowOfDepartment = (code: string): number =>
    rows.find((r) => r.department === code)?.row ?? header.index + 1;
  const period = block.period ?? { from: options.currentYear - 1, to: options.currentYear + 2 };
  const name = block.name ?? example(PLACEHOLDER[lang].name);

  const builtAreas = areas.map((area) => {
    const areaName = area.values.areaName?.text;
    if (areaName === undefined) problems.add(area.firstRow, labelOf(header, "areaName", lang), "cellEmpty");
    const nameText = sourcedText(areaName ?? area.id);
    const own = (key: "delmal" | "covers"): SourcedText => {
      const v = area.values[key];
      return v === undefined ? example(nameText.text) : sourcedText(v.text);
    };
    return {
      id: area.id,
      kind: kindOf(area.values.kind?.text),
      name: nameText,
      sheetName: area.values.sheetName?.text ?? defaultSheetName(area.id, nameText.text),
      delmal: own("delmal"),
      covers: own("covers"),
      rows: area.rows.map((row) => ({
        id: row.id ?? "",
        type: row.type ?? "goal",
        text: sourcedText(row.text ?? ""),
        department: row.department ?? "",
        goalId: row.goalId,
        indicator:
          row.type === "indicator"
            ? {
                unit: row.unit ?? "",
                betterWhen: row.betterWhen ?? "higher",
                target: row.target,
                baseline: row.baseline,
                baselineLabel: row.baselineLabel,
                history: { ...row.history },
                ...(row.baselineYears === null ? {} : { baselineYears: [...row.baselineYears] }),
                ...(row.targetChange === null ? {} : { targetChange: row.targetChange }),
                ...(row.decisive ? { decisive: true } : {}),
                ...(row.periodNotes === null ? {} : { periodNotes: { ...row.periodNotes } }),
              }
            : null,
      })),
    };
  });

  const input: ProgrammeInput = {
    schemaVersion: 1,
    name,
    municipality: block.municipality ?? PLACEHOLDER[lang].municipality,
    adopted: { by: block.adoptedBy ?? PLACEHOLDER[lang].adoptedBy, date: block.adoptedDate ?? `${period.from}-01-01` },
    dnr: block.dnr ?? "–",
    period,
    overallGoal: block.overallGoal ?? example(name.text),
    departments,
    thresholds: { onTrack: 0.8, partly: 0.5, minReported: 0.5, ...block.thresholds },
    areas: builtAreas,
  };
  const origins: Origins = {
    headerRow: header.index + 1,
    keyRows: block.rows,
    areaRows: areas.map((a) => a.firstRow),
    rowRows: areas.map((a) => a.rows.map((r) => r.row)),
    departmentRows:
      block.departments.length > 0
        ? block.departments.map((d) => d.row)
        : departments.map((d) => firstRowOfDepartment(d.code)),
  };
  return { input, origins };
}
