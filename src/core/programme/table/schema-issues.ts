import type { z } from "zod";
import type { Lang } from "../../lang";
import { describeIssue } from "../issue-messages";
import type { Origins } from "./build";
import { TABLE_COLUMNS, TABLE_KEYS, HISTORY_HEADER, type TableColumnKey, type TableKey } from "./format";
import { labelOf, type TableHeader } from "./header";

/**
 * A schema issue of the built programme, said of the sheet row it came from and the column or
 * key that holds the value: "rad 12: ID: ska vara ett rad-ID som 1.M1 …".
 */
type Issue = z.core.$ZodIssue;

const ROW_FIELDS: Readonly<Record<string, TableColumnKey>> = {
  id: "id",
  type: "type",
  text: "text",
  department: "department",
  goalId: "goalId",
  indicator: "unit",
};
const INDICATOR_FIELDS: Readonly<Record<string, TableColumnKey>> = {
  unit: "unit",
  betterWhen: "betterWhen",
  target: "target",
  baseline: "baseline",
  baselineLabel: "baselineLabel",
  baselineYears: "baselineYears",
  targetChange: "targetChange",
  decisive: "decisive",
  periodNotes: "periodNotes",
};
const AREA_FIELDS: Readonly<Record<string, TableColumnKey>> = {
  id: "areaId",
  name: "areaName",
  kind: "kind",
  sheetName: "sheetName",
  delmal: "delmal",
  covers: "covers",
};
const TOP_FIELDS: Readonly<Record<string, TableKey>> = {
  name: "name",
  municipality: "municipality",
  adopted: "adoptedDate",
  dnr: "dnr",
  period: "period",
  overallGoal: "overallGoal",
  departments: "department",
  thresholds: "onTrack",
};

interface Place {
  readonly row: number;
  readonly label: string | null;
}

function placeOf(path: readonly PropertyKey[], origins: Origins, header: TableHeader, lang: Lang): Place {
  const [top, i, sub, j, field, inner, year] = path;
  const column = (key: TableColumnKey | undefined): string | null =>
    key === undefined ? null : labelOf(header, key, lang);
  if (top === "areas" && typeof i === "number") {
    const areaRow = origins.areaRows[i] ?? origins.headerRow;
    if (sub === "rows" && typeof j === "number") {
      const row = origins.rowRows[i]?.[j] ?? areaRow;
      if (field === "indicator" && inner === "history" && typeof year === "string") {
        return { row, label: `${HISTORY_HEADER[lang]} ${year}` };
      }
      if (field === "indicator" && typeof inner === "string") return { row, label: column(INDICATOR_FIELDS[inner]) };
      return { row, label: column(typeof field === "string" ? ROW_FIELDS[field] : undefined) };
    }
    return { row: areaRow, label: column(typeof sub === "string" ? AREA_FIELDS[sub] : undefined) };
  }
  if (top === "departments" && typeof i === "number") {
    return { row: origins.departmentRows[i] ?? origins.headerRow, label: TABLE_KEYS.department[lang] };
  }
  const threshold = top === "thresholds" && (sub === "partly" || sub === "minReported") ? sub : undefined;
  const key = threshold ?? (typeof top === "string" ? TOP_FIELDS[top] : undefined);
  if (key === "adoptedDate" && sub !== "date") {
    return { row: origins.keyRows.get("adoptedBy") ?? origins.headerRow, label: TABLE_KEYS.adoptedBy[lang] };
  }
  if (key === undefined) return { row: origins.headerRow, label: null };
  return { row: origins.keyRows.get(key) ?? origins.headerRow, label: TABLE_KEYS[key][lang] };
}

export function schemaIssueProblem(
  issue: Issue,
  input: unknown,
  origins: Origins,
  header: TableHeader,
  lang: Lang
): { row: number; label: string | null; message: string } {
  const place = placeOf(issue.path, origins, header, lang);
  const what = describeIssue(issue, input, lang).replace(/\s*[\r\n]+\s*/g, " ");
  return { ...place, message: place.label === null ? what : `${place.label}: ${what}` };
}

/** Column headers, for a message listing them. */
export function columnNames(keys: readonly TableColumnKey[], lang: Lang): string {
  return keys.map((k) => TABLE_COLUMNS[k][lang]).join(", ");
}
