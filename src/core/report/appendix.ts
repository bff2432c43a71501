import type { Lang } from "../lang";
import type { Programme } from "../programme/schema";
import type { RowEntry } from "../read/types";
import type { Summary } from "../summary/types";
import { ROW_TYPE_LABEL } from "../vocabulary/vocabularies";
import { formatValue, termText } from "./format";
import { statusTerm } from "./row-terms";
import type { AppendixGroup } from "./types";

/** Every row of the programme with what was reported in it, per area: the appendix. */
export function appendixGroups(
  programme: Programme,
  summary: Summary,
  entries: ReadonlyMap<string, RowEntry>,
  lang: Lang
): AppendixGroup[] {
  const indicators = new Map(summary.areas.flatMap((a) => a.indicators.map((i) => [i.rowId, i] as const)));
  return programme.areas.map((area) => ({
    areaId: area.id,
    title: `${area.id} ${area.name.text}`,
    rows: area.rows.map((row) => {
      const entry = entries.get(row.id);
      const term = statusTerm(row.type, entry?.status, lang);
      const ind = indicators.get(row.id);
      const status =
        row.type === "indicator"
          ? formatValue(ind?.value ?? entry?.value ?? null, row.indicator?.unit ?? "", lang)
          : term === null
            ? "–"
            : termText(term);
      return {
        rowId: row.id,
        type: ROW_TYPE_LABEL[row.type][lang],
        text: row.text.text,
        department: entry?.department ?? row.department,
        status,
        term,
        done: entry?.done ?? "",
        comment: entry?.comment ?? "",
      };
    }),
  }));
}
