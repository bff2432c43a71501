import { MERGE_SHEET } from "../layout/merge-layout";
import { columnHeader, type MergeConflict, type MergeReport, type MergeTaken } from "../split/plan-merge";
import type { RawCell } from "../workbook/cell";
import { headerText, landscapePrint, protectedWith } from "./sheet-defaults";
import type { CellBlock, SheetPlan } from "./types";

const BOLD = { bold: true } as const;
const TEXT = { numberFormat: "@" } as const;
const HEADING = { bold: true, fontSize: 12 } as const;

function outcomeText(c: MergeConflict): string {
  switch (c.outcome) {
    case "tookCopy":
      return "Kopians värde valdes (--prefer copy)";
    case "keptMaster":
      return "Huvudfilens värde behölls (--prefer master)";
    case "open":
      return c.against === "master"
        ? "Ej avgjort: huvudfilens värde står kvar"
        : `Ej avgjort: kopian ${c.against.copy} har ett annat värde`;
  }
}

function section(
  row: number,
  title: string,
  header: readonly string[],
  rows: RawCell[][]
): { blocks: CellBlock[]; next: number } {
  const blocks: CellBlock[] = [
    { topLeft: `A${row}`, cells: [[title]], style: HEADING },
    { topLeft: `A${row + 1}`, cells: [[...header]], style: BOLD },
  ];
  if (rows.length > 0) blocks.push({ topLeft: `A${row + 2}`, cells: rows, style: TEXT });
  else blocks.push({ topLeft: `A${row + 2}`, cells: [["Inga."]] });
  return { blocks, next: row + 2 + Math.max(rows.length, 1) + 1 };
}

/** The cells taken, one line per row: a department's 1,000 rows make 1,000 lines, not 4,000. */
function takenRows(
  taken: readonly MergeTaken[]
): { rowId: string; sheet: string | null; cells: string; columns: string }[] {
  const rows = new Map<string, MergeTaken[]>();
  for (const t of taken) rows.set(t.rowId, [...(rows.get(t.rowId) ?? []), t]);
  return [...rows.values()].map((cells) => ({
    rowId: cells[0]?.rowId ?? "",
    sheet: cells[0]?.sheet ?? null,
    cells: cells.map((c) => c.cell ?? "").join(", "),
    columns: cells.map((c) => columnHeader(c.column)).join(", "),
  }));
}

/**
 * The merge's account on a sheet of the master: each copy and what it brought, every conflict
 * with both values and where, rows a copy changed outside its department, and per department the
 * rows still without a report. Replaced by the next merge; kept through every other rewrite.
 */
export function buildMergeSheet(report: MergeReport, programmeName: string, year: number, day: string): SheetPlan {
  const blocks: CellBlock[] = [
    { topLeft: "A1", cells: [["Sammanslagning av avdelningskopior"]], style: { bold: true, fontSize: 14 } },
    { topLeft: "A2", cells: [[`${programmeName} – uppföljning ${year}. Sammanslaget ${day}.`]] },
  ];
  let row = 4;
  const add = (s: { blocks: CellBlock[]; next: number }): void => {
    blocks.push(...s.blocks);
    row = s.next;
  };
  add(
    section(
      row,
      "Kopior",
      [
        "Fil",
        "Avdelning",
        "Gjord",
        "Egna rader",
        "Hämtade celler",
        "Oförändrade rader",
        "Ändrat utanför avdelningen",
        "Rader som saknas i kopian",
        "Eget innehåll i kopian (tas inte in)",
      ],
      report.copies.map((c) => [
        c.copy,
        c.department,
        c.madeAt.slice(0, 10),
        c.owned,
        c.taken.length,
        c.unchanged,
        c.outside.map((o) => o.rowId).join(", "),
        c.missing.join(", "),
        [...c.own.sheets.map((x) => `'${x}'`), ...c.own.cells].join(", "),
      ])
    )
  );
  add(
    section(
      row,
      "Konflikter",
      ["ID", "Blad", "Cell", "Kolumn", "Vid utskicket", "Nu i huvudfilen", "I kopian", "Kopia", "Utfall"],
      report.conflicts.map((c) => [
        c.rowId,
        c.sheet,
        c.cell,
        columnHeader(c.column),
        c.base,
        c.theirs,
        c.mine,
        c.copy,
        outcomeText(c),
      ])
    )
  );
  add(
    section(
      row,
      "Rader som fortfarande saknar uppgift",
      ["Avdelning", "Antal", "Rader"],
      report.stillMissing.map((d) => [d.department, d.rows.length, d.rows.join(", ")])
    )
  );
  add(
    section(
      row,
      "Hämtade rader",
      ["ID", "Blad", "Celler", "Kolumner", "Kopia"],
      report.copies.flatMap((c) => takenRows(c.taken).map((t) => [t.rowId, t.sheet, t.cells, t.columns, c.copy]))
    )
  );
  return {
    name: MERGE_SHEET,
    role: "merge",
    visibility: "visible",
    tabColour: "548235",
    blocks,
    tables: [],
    columnWidths: [
      { column: "A", width: 24 },
      { column: "B", width: 16 },
      { column: "C", width: 12 },
      { column: "D", width: 20 },
      { column: "E", width: 30 },
      { column: "F", width: 30 },
      { column: "G", width: 30 },
      { column: "H", width: 24 },
      { column: "I", width: 36 },
    ],
    frozen: null,
    validations: [],
    conditionalFormats: [],
    protection: protectedWith([]),
    print: landscapePrint(null, {
      left: "",
      center: headerText(`${programmeName} – sammanslagning ${year}`),
      right: "",
    }),
  };
}
