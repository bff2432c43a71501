import type { Lang } from "../lang";
import type { RawCell } from "../workbook/cell";
import { markedText } from "./table/cells";
import {
  BETTER_WHEN_LABELS,
  COLUMN_ORDER,
  EXAMPLE_MARK,
  EXTERNAL_MARK,
  HISTORY_HEADER,
  KIND_LABELS,
  TABLE_COLUMNS,
  TABLE_KEYS,
  TYPE_LABELS,
  YES_LABELS,
  type TableColumnKey,
} from "./table/format";
import type { Area, Programme, ProgrammeRow } from "./schema";

/** Where each language stands in a label pair of table/format.ts, which lists them as [sv, en]. */
const LABEL_POSITION: Readonly<Record<Lang, 0 | 1>> = { sv: 0, en: 1 };

/**
 * A programme laid out as the programme table `programmeFromTable` reads (table/format.ts), in
 * the headers and labels of `lang`: a template for a coordinator to fill in, and the way an
 * existing programme is shown as a table. Area settings stand on the area's first row.
 */
export function programmeToTable(programme: Programme, lang: Lang): RawCell[][] {
  const mark = EXAMPLE_MARK[lang];
  const key = (k: keyof typeof TABLE_KEYS): string => TABLE_KEYS[k][lang];
  const word = (labels: readonly string[]): string => {
    const w = labels[LABEL_POSITION[lang]] ?? "";
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const block: RawCell[][] = [
    [key("name"), markedText(programme.name, mark)],
    [key("municipality"), programme.municipality],
    [key("adoptedBy"), programme.adopted.by],
    [key("adoptedDate"), programme.adopted.date],
    [key("dnr"), programme.dnr],
    [key("period"), `${programme.period.from}–${programme.period.to}`],
    [key("overallGoal"), markedText(programme.overallGoal, mark)],
    ...programme.departments.map((d): RawCell[] => [
      key("department"),
      d.code,
      d.name,
      d.external ? EXTERNAL_MARK[lang] : null,
    ]),
    [key("onTrack"), programme.thresholds.onTrack],
    [key("partly"), programme.thresholds.partly],
    [key("minReported"), programme.thresholds.minReported],
  ];
  const years = [
    ...new Set(programme.areas.flatMap((a) => a.rows.flatMap((r) => Object.keys(r.indicator?.history ?? {})))),
  ].sort();
  const header: RawCell[] = [
    ...COLUMN_ORDER.map((k) => TABLE_COLUMNS[k][lang]),
    ...years.map((y) => `${HISTORY_HEADER[lang]} ${y}`),
  ];
  const rows = programme.areas.flatMap((area) =>
    area.rows.map((row, i): RawCell[] => {
      const cells = cellsOf(area, row, i === 0, mark, word);
      return [...COLUMN_ORDER.map((k) => cells[k] ?? null), ...years.map((y) => row.indicator?.history[y] ?? null)];
    })
  );
  return [...block, [], header, ...rows];
}

function cellsOf(
  area: Area,
  row: ProgrammeRow,
  first: boolean,
  mark: string,
  word: (labels: readonly string[]) => string
): Partial<Record<TableColumnKey, RawCell>> {
  const ind = row.indicator;
  return {
    areaId: area.id,
    areaName: markedText(area.name, mark),
    type: word(TYPE_LABELS[row.type]),
    id: row.id,
    text: markedText(row.text, mark),
    department: row.department,
    unit: ind?.unit ?? null,
    betterWhen: ind === null ? null : word(BETTER_WHEN_LABELS[ind.betterWhen]),
    target: ind?.target ?? null,
    goalId: row.goalId,
    baseline: ind?.baseline ?? null,
    baselineLabel: ind?.baselineLabel ?? null,
    baselineYears: ind?.baselineYears === undefined ? null : ind.baselineYears.join(", "),
    targetChange: ind?.targetChange ?? null,
    decisive: ind?.decisive === true ? word(YES_LABELS) : null,
    periodNotes:
      ind?.periodNotes === undefined
        ? null
        : Object.entries(ind.periodNotes)
            .map(([y, note]) => `${y}: ${note}`)
            .join("; "),
    ...(first
      ? {
          kind: word(KIND_LABELS[area.kind]),
          sheetName: area.sheetName,
          delmal: markedText(area.delmal, mark),
          covers: markedText(area.covers, mark),
        }
      : {}),
  };
}
