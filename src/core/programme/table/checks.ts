import type { KeyBlock } from "./block";
import { labelOf, type TableHeader } from "./header";
import type { TableProblems } from "./problems";
import type { TableRow } from "./rows";

/**
 * Checks across rows, said in the table's terms ("already used on row 8") before the schema's
 * own cross-checks would say the same in a programme file's terms.
 */
export function checkAcrossRows(
  rows: readonly TableRow[],
  block: KeyBlock,
  header: TableHeader,
  problems: TableProblems
): void {
  const lang = problems.lang;
  const firstIndicator = rows.find((r) => r.type === "indicator");
  if (firstIndicator !== undefined) {
    for (const key of ["unit", "betterWhen"] as const) {
      if (!header.columns.has(key)) {
        problems.add(header.index + 1, labelOf(header, key, lang), "missingColumnFor", {
          row: String(firstIndicator.row),
        });
      }
    }
  }

  const firstById = new Map<string, number>();
  for (const row of rows) {
    if (row.id === null) continue;
    const other = firstById.get(row.id);
    if (other === undefined) firstById.set(row.id, row.row);
    else problems.add(row.row, labelOf(header, "id", lang), "duplicateId", { id: row.id, other: String(other) });
  }

  if (block.departments.length > 0) {
    const codes = block.departments.map((d) => d.code);
    for (const row of rows) {
      if (row.department !== null && !codes.includes(row.department)) {
        problems.add(row.row, labelOf(header, "department", lang), "unknownDepartment", {
          value: row.department,
          known: codes.join(", "),
        });
      }
    }
  }

  const goals = new Set(rows.filter((r) => r.type === "goal").map((r) => r.id));
  for (const row of rows) {
    if (row.goalId !== null && !goals.has(row.goalId)) {
      problems.add(row.row, labelOf(header, "goalId", lang), "unknownGoal", { value: row.goalId });
    }
  }
}
