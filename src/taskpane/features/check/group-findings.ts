import type { Finding, Severity } from "../../../core";

/** Findings of one sheet (null: the workbook as a whole), in the order the check found them. */
export interface SheetFindings {
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Groups by sheet in order of first appearance; findings about the whole workbook come last. */
export function groupBySheet(findings: readonly Finding[]): SheetFindings[] {
  const groups = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet) ?? [];
    list.push(f);
    groups.set(f.sheet, list);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(a === null) - Number(b === null));
  return ordered.map(([sheet, list]) => ({ sheet, findings: list, counts: countBySeverity(list) }));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Findings with a cell to mark in the sheet. */
export function markable(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.sheet !== null && f.cell !== null && f.severity !== "info");
}
