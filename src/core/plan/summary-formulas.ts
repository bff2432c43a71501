import { ACTIVITY_STATUS, ASSESSMENT, ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import { AREA_COLUMNS, areaTableName, columnIndex, type AreaColumnKey } from "../layout/workbook-layout";
import { excelString, structuredRef } from "./formulas";

/**
 * The summary sheet's live formulas: COUNTIFS over the area tables by structured reference, so
 * they follow rows that are sorted, filtered or moved. A row is "reported" when it holds what it
 * asks for: a status of its vocabulary (goals and activities) or this year's value (indicators).
 */

function col(areaId: string, key: AreaColumnKey): string {
  const column = AREA_COLUMNS[columnIndex(key)];
  return structuredRef(areaTableName(areaId), column === undefined ? key : column.header);
}

const GOAL = excelString(ROW_TYPE_LABEL.goal.sv);
const ACTIVITY = excelString(ROW_TYPE_LABEL.activity.sv);
const INDICATOR = ROW_TYPE_LABEL.indicator.sv;

/**
 * Rows of a type with this status, under its Swedish or its English label (the core counts both):
 * =COUNTIFS(Uppf_1[Typ],"Aktivitet",Uppf_1[Status/bedömning],"Genomförd")+COUNTIFS(…,"Completed").
 */
export function statusCountFormula(areaId: string, rowType: "goal" | "activity", labels: readonly string[]): string {
  const type = rowType === "goal" ? GOAL : ACTIVITY;
  const terms = [...new Set(labels)].map(
    (label) => `COUNTIFS(${col(areaId, "type")},${type},${col(areaId, "status")},${excelString(label)})`
  );
  return `=${terms.join("+")}`;
}

/** Every label a status of the row type can be typed as, Swedish and English, once each. */
function labelsOf(rowType: "goal" | "activity"): string[] {
  const terms = rowType === "goal" ? ASSESSMENT : ACTIVITY_STATUS;
  return [...new Set(terms.flatMap((t) => [t.sv, t.en]))];
}

/**
 * Rows reported, as the core counts them: a goal or activity whose status is one of its labels
 * (a status the check cannot read is never counted), an indicator with this year's value.
 * COUNTIFS with an array of labels counts each label; SUMPRODUCT adds them up in Excel and
 * LibreOffice alike, and keeps the formula short enough for a department over many areas.
 */
function reportedTerms(areaId: string, departmentCell: string | null): string {
  const dept = departmentCell === null ? "" : `${col(areaId, "department")},${departmentCell},`;
  const statuses = (rowType: "goal" | "activity"): string =>
    `SUMPRODUCT(COUNTIFS(${dept}${col(areaId, "type")},${rowType === "goal" ? GOAL : ACTIVITY},` +
    `${col(areaId, "status")},{${labelsOf(rowType).map(excelString).join(",")}}))`;
  return (
    `${statuses("goal")}+${statuses("activity")}` +
    `+COUNTIFS(${dept}${col(areaId, "type")},${excelString(INDICATOR)},${col(areaId, "value")},"<>")`
  );
}

export function reportedFormula(areaId: string): string {
  return `=${reportedTerms(areaId, null)}`;
}

export function rowCountFormula(areaId: string): string {
  return `=COUNTA(${col(areaId, "id")})`;
}

/** Rows owned by the department named in `departmentCell`, over every area table. */
export function ownedFormula(areaIds: readonly string[], departmentCell: string): string {
  return `=${areaIds.map((id) => `COUNTIFS(${col(id, "department")},${departmentCell})`).join("+")}`;
}

export function filledFormula(areaIds: readonly string[], departmentCell: string): string {
  return `=${areaIds.map((id) => reportedTerms(id, departmentCell)).join("+")}`;
}

export function sumColumnFormula(table: string, header: string): string {
  return `=SUM(${structuredRef(table, header)})`;
}
