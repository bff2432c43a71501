import type { Area, Programme, ProgrammeRow } from "../programme/schema";
import type { EnteredValues, InputColumnKey } from "../read/types";
import { tableRowHeights } from "./row-height";
import { isClosedRow } from "../rollover/closed-rows";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  BETTER_WHEN_LABEL,
  ROW_TYPE_LABEL,
  STATUS_VOCABULARY_FOR,
  TREND,
  VOCABULARIES,
  type Term,
} from "../vocabulary/vocabularies";
import type { RawCell } from "../workbook/cell";
import { address, columnLetter, isFormula } from "../workbook/cell";
import {
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  areaTableName,
  columnIndex,
  type AreaColumnKey,
} from "../layout/workbook-layout";
import { areaClosedNote, areaCopyNote } from "./closed-note";
import { departmentListSource, vocabularyListSource } from "../layout/data-sheet-layout";
import { excelString, rowRelative, trendFormula, trendResult, trendText } from "./formulas";
import { columnRuns, rangeAddress, runsOf } from "./ranges";
import { headerText, landscapePrint, protectedWith, shapeFormat } from "./sheet-defaults";
import type { CellBlock, ConditionalFormatPlan, ListValidationPlan, SheetPlan, TablePlan } from "./types";

export const EXAMPLE_TEXT_NOTE = "Exempeltext – ersätt med programmets lydelse";
const AREA_TAB_COLOUR = "1F4E78";
const GUIDELINE_TAB_COLOUR = "7030A0";
/** Fill for a comment cell that a status requires but that is still empty. */
const COMMENT_WANTED_FILL = "FCE4D6";
const COMMENT_WANTED_FONT = "9C0006";

export interface AreaSheetContext {
  readonly programme: Programme;
  readonly year: number;
  readonly values: ReadonlyMap<string, EnteredValues>;
  /** The year is closed: every cell locked. */
  readonly locked?: boolean;
  /** A department's copy: only these rows are left unlocked, and the note says whose copy it is. */
  readonly copy?: { readonly rows: ReadonlySet<string>; readonly note: string };
}

const FIRST_DATA_ROW = AREA_TABLE_HEADER_ROW + 1;

function columnNumber(key: AreaColumnKey): number {
  return columnIndex(key) + 1;
}

function has(entry: EnteredValues | undefined, key: InputColumnKey): entry is EnteredValues {
  return entry !== undefined && Object.prototype.hasOwnProperty.call(entry, key) && entry[key] !== undefined;
}

/**
 * What was entered; else the programme's default; else empty. A formula in an input cell (text
 * Excel took for one, or a pasted =HYPERLINK, =WEBSERVICE, DDE link) is written back as its text,
 * never live: a rewrite must not run what somebody pasted, nor a close lock it in.
 */
function entered(entry: EnteredValues | undefined, key: InputColumnKey, fallback: RawCell): RawCell {
  const cell = has(entry, key) ? (entry[key] ?? null) : fallback;
  return isFormula(cell) ? formulaText(cell.formula) : cell;
}

function formulaText(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/** Text that Excel would take for a formula if typed into a General cell. */
function looksLikeFormula(cell: RawCell): cell is string {
  return typeof cell === "string" && /^[=+\-@]/.test(cell);
}

/**
 * Number columns are General, so a formula's text written there would turn live again in Excel:
 * such a cell is left empty in the table and written by a text-formatted block of its own.
 */
function formulaTextBlocks(area: Area, ctx: AreaSheetContext): CellBlock[] {
  const blocks: CellBlock[] = [];
  area.rows.forEach((row, i) => {
    for (const key of NUMBER_INPUTS) {
      const cell = enteredCell(row, ctx.values.get(row.id), ctx.year, key);
      if (looksLikeFormula(cell)) {
        blocks.push({
          topLeft: address(FIRST_DATA_ROW + i, columnIndex(key) + 1),
          cells: [[cell]],
          style: { numberFormat: "@" },
        });
      }
    }
  });
  return blocks;
}

const NUMBER_INPUTS = ["value", "lastYear"] as const;

function enteredCell(
  row: ProgrammeRow,
  entry: EnteredValues | undefined,
  year: number,
  key: (typeof NUMBER_INPUTS)[number]
): RawCell {
  const history = row.indicator === null ? null : (row.indicator.history[String(year - 1)] ?? null);
  return entered(entry, key, key === "lastYear" ? history : null);
}

function rowCells(row: ProgrammeRow, entry: EnteredValues | undefined, year: number, sheetRow: number): RawCell[] {
  const ind = row.indicator;
  const lastYearDefault = ind === null ? null : (ind.history[String(year - 1)] ?? null);
  const value = entered(entry, "value", null);
  const lastYear = entered(entry, "lastYear", lastYearDefault);
  const number = (cell: RawCell): RawCell => (looksLikeFormula(cell) ? null : cell);
  const cells: Record<AreaColumnKey, RawCell> = {
    id: row.id,
    type: ROW_TYPE_LABEL[row.type].sv,
    text: row.text.text,
    department: entered(entry, "department", row.department),
    status: entered(entry, "status", null),
    done: entered(entry, "done", null),
    comment: entered(entry, "comment", null),
    value: number(value),
    lastYear: number(lastYear),
    target: ind?.target ?? null,
    unit: ind?.unit ?? null,
    betterWhen: ind === null ? null : BETTER_WHEN_LABEL[ind.betterWhen].sv,
    trend:
      ind === null ? null : { formula: trendFormula(sheetRow), result: trendResult(value, lastYear, ind.betterWhen) },
    changed: entered(entry, "changed", null),
    lastStatus: entered(entry, "lastStatus", null),
    lastDone: entered(entry, "lastDone", null),
    lastComment: entered(entry, "lastComment", null),
  };
  return AREA_COLUMNS.map((c) => cells[c.key]);
}

function headerBlocks(area: Area, year: number): CellBlock[] {
  const exampleParts = [
    area.name.provenance === "example" ? "namn" : null,
    area.delmal.provenance === "example" ? "delmål" : null,
    area.covers.provenance === "example" ? "beskrivning" : null,
  ].filter((s): s is string => s !== null);
  const exampleRows = area.rows.filter((r) => r.text.provenance === "example").length;
  if (exampleRows > 0) {
    exampleParts.push(`${exampleRows} av ${area.rows.length} rader`);
  }
  const blocks: CellBlock[] = [
    // The area ID stands alone in A1: the reader recognises a renamed sheet by it.
    { topLeft: "A1", cells: [[area.id]], style: { bold: true, fontSize: 14, numberFormat: "@" } },
    { topLeft: "B1", cells: [[area.name.text]], style: { bold: true, fontSize: 14 } },
    // Labels short enough for the narrow ID column: a longer one ("Uppföljningsår") is cut in print.
    { topLeft: "A2", cells: [["Delmål"], ["Omfattar"], ["År"]], style: { bold: true } },
    { topLeft: "B2", cells: [[area.delmal.text], [area.covers.text]] },
    { topLeft: "B4", cells: [[year]], style: { horizontal: "left" } },
  ];
  if (exampleParts.length > 0) {
    blocks.push({
      topLeft: "B5",
      cells: [[`${EXAMPLE_TEXT_NOTE} (gäller: ${exampleParts.join(", ")})`]],
      style: { italic: true, fontColour: "9C5700" },
    });
  }
  return blocks;
}

function table(area: Area, ctx: AreaSheetContext): TablePlan {
  return {
    name: areaTableName(area.id),
    topLeft: `A${AREA_TABLE_HEADER_ROW}`,
    columns: AREA_COLUMNS.map((c) => ({
      header: c.header,
      numberFormat: c.text ? "@" : "General",
      wrap: c.width >= 30,
    })),
    rows: area.rows.map((row, i) => rowCells(row, ctx.values.get(row.id), ctx.year, FIRST_DATA_ROW + i)),
    style: "TableStyleMedium2",
    showFilterButton: true,
    showRowStripes: true,
  };
}

const STATUS_ERROR = {
  activityStatus: { title: "Ogiltig status", message: `Välj en status i listan: ${labels(ACTIVITY_STATUS)}.` },
  assessment: { title: "Ogiltig bedömning", message: `Välj en bedömning i listan: ${labels(ASSESSMENT)}.` },
} as const;

function labels(terms: readonly Term<string>[]): string {
  const sv = terms.map((t) => t.sv);
  return sv.length <= 1 ? sv.join("") : `${sv.slice(0, -1).join(", ")} eller ${sv[sv.length - 1]}`;
}

function validations(area: Area, lastRow: number, departmentSource: string): ListValidationPlan[] {
  const statusColumn = columnNumber("status");
  const out: ListValidationPlan[] = [];
  for (const run of runsOf(area.rows, (r) => STATUS_VOCABULARY_FOR[r.type])) {
    if (run.key === null) {
      continue;
    }
    out.push({
      range: rangeAddress(FIRST_DATA_ROW + run.first, statusColumn, FIRST_DATA_ROW + run.last, statusColumn),
      source: vocabularyListSource(run.key),
      allowBlank: true,
      alert: "stop",
      errorTitle: STATUS_ERROR[run.key].title,
      errorMessage: STATUS_ERROR[run.key].message,
    });
  }
  const departmentColumn = columnNumber("department");
  out.push({
    range: rangeAddress(FIRST_DATA_ROW, departmentColumn, lastRow, departmentColumn),
    source: departmentSource,
    allowBlank: true,
    alert: "warning",
    errorTitle: "Okänd avdelning",
    errorMessage: "Välj ansvarig avdelning i listan. Saknas den, be samordnaren lägga till den i programmet.",
  });
  return out;
}

/** One rule per term over a column: the cell's text is the term's (`text`), the colours the term's. */
function termRules<C extends string>(
  key: AreaColumnKey,
  terms: readonly Term<C>[],
  lastRow: number,
  text: (t: Term<C>) => string,
  withShape = false
): ConditionalFormatPlan[] {
  const column = columnNumber(key);
  const range = rangeAddress(FIRST_DATA_ROW, column, lastRow, column);
  const cell = rowRelative(key, FIRST_DATA_ROW);
  return terms.map((t) => ({
    range,
    formula: `=${cell}=${excelString(text(t))}`,
    fill: t.colour,
    fontColour: t.fontColour,
    ...(withShape ? { numberFormat: shapeFormat(t) } : {}),
  }));
}

/** An example row's text as the sheet shows it: the text, then the mark, in the example notes' colour. */
export const EXAMPLE_ROW_FORMAT = '@" [exempeltext]"';
/** An example indicator's last-year figure: the number, then "[exempel]". */
export const EXAMPLE_FIGURE_FORMAT = 'General" [exempel]"';
/** IDs per rule: a formula stays short whatever the number of example rows. */
const EXAMPLE_IDS_PER_RULE = 20;

/**
 * Each example row is marked on its own row, not only in the header line: its text shows
 * "[exempeltext]" after it (a number format, so the cell still holds the programme's text).
 * The rule names the rows by ID, so the mark follows its row when the table is sorted.
 */
function exampleRules(area: Area, lastRow: number): ConditionalFormatPlan[] {
  const examples = area.rows.filter((r) => r.text.provenance === "example");
  const id = rowRelative("id", FIRST_DATA_ROW);
  const over = (key: AreaColumnKey): string => {
    const column = columnNumber(key);
    return rangeAddress(FIRST_DATA_ROW, column, lastRow, column);
  };
  const rules = (rows: readonly ProgrammeRow[], range: string, numberFormat: string): ConditionalFormatPlan[] => {
    const rule = (formula: string): ConditionalFormatPlan => ({ range, formula, fontColour: "9C5700", numberFormat });
    if (rows.length === 0) return [];
    if (rows.length === area.rows.length) return [rule(`=${id}<>""`)];
    const out: ConditionalFormatPlan[] = [];
    for (let i = 0; i < rows.length; i += EXAMPLE_IDS_PER_RULE) {
      const ids = rows.slice(i, i + EXAMPLE_IDS_PER_RULE).map((r) => `${id}=${excelString(r.id)}`);
      out.push(rule(`=OR(${ids.join(",")})`));
    }
    return out;
  };
  // An example indicator's last-year figure came with the template: it is not shown as a fact.
  const exampleFigures = examples.filter((r) => r.type === "indicator");
  return [
    ...rules(examples, over("text"), EXAMPLE_ROW_FORMAT),
    ...rules(exampleFigures, over("lastYear"), EXAMPLE_FIGURE_FORMAT),
  ];
}

/** The table as it shows, for its row heights: example rows' texts with their mark after them. */
function withExampleMarks(table: TablePlan, area: Area): TablePlan {
  const textIndex = columnNumber("text") - 1;
  const idIndex = columnNumber("id") - 1;
  const examples = new Set(area.rows.filter((r) => r.text.provenance === "example").map((r) => r.id));
  return {
    ...table,
    rows: table.rows.map((row) =>
      examples.has(String(row[idIndex]))
        ? row.map((cell, c) => (c === textIndex && typeof cell === "string" ? `${cell} [exempeltext]` : cell))
        : row
    ),
  };
}

/** Kronor are shown with thousands separators ("1 800 000"): the value columns of a row whose unit is kr. */
export const MONEY_FORMAT = "#,##0";
function moneyRules(lastRow: number): ConditionalFormatPlan[] {
  const unit = rowRelative("unit", FIRST_DATA_ROW);
  return (["value", "lastYear", "target"] as const).map((key) => {
    const column = columnNumber(key);
    return {
      range: rangeAddress(FIRST_DATA_ROW, column, lastRow, column),
      formula: `=${unit}="kr"`,
      numberFormat: MONEY_FORMAT,
    };
  });
}

/** The comment cell lights up while a status that requires a comment has none. */
function commentWantedRule(lastRow: number): ConditionalFormatPlan {
  const comment = rowRelative("comment", FIRST_DATA_ROW);
  const status = rowRelative("status", FIRST_DATA_ROW);
  const trend = rowRelative("trend", FIRST_DATA_ROW);
  const tests = [
    ...[...ACTIVITY_STATUS, ...ASSESSMENT]
      .filter((t) => t.requiresComment)
      .map((t) => `${status}=${excelString(t.sv)}`),
    ...TREND.filter((t) => t.requiresComment).map((t) => `${trend}=${excelString(trendText(t.code))}`),
  ];
  const column = columnNumber("comment");
  return {
    range: rangeAddress(FIRST_DATA_ROW, column, lastRow, column),
    formula: `=AND(LEN(TRIM(${comment}))=0,OR(${tests.join(",")}))`,
    fill: COMMENT_WANTED_FILL,
    fontColour: COMMENT_WANTED_FONT,
  };
}

/**
 * The input cells left unlocked: every input column of every row, except the rows carried as
 * closed from last year (their status is settled) and, once the year is closed, nothing at all.
 */
function unlockedRanges(area: Area, ctx: AreaSheetContext): string[] {
  if (ctx.locked === true) {
    return [];
  }
  const inputColumns = AREA_COLUMNS.map((c, i) => (c.input ? i + 1 : null)).filter((c): c is number => c !== null);
  const copy = ctx.copy;
  return runsOf(
    area.rows,
    (row) => isClosedRow(row, ctx.values.get(row.id)) || (copy !== undefined && !copy.rows.has(row.id))
  )
    .filter((run) => !run.key)
    .flatMap((run) => columnRuns(inputColumns, FIRST_DATA_ROW + run.first, FIRST_DATA_ROW + run.last));
}

export function buildAreaSheet(area: Area, ctx: AreaSheetContext): SheetPlan {
  const lastRow = FIRST_DATA_ROW + area.rows.length - 1;
  const departmentSource = departmentListSource(ctx.programme.departments.length);
  const areaTable = table(area, ctx);
  const columnWidths = AREA_COLUMNS.map((c, i) => ({ column: columnLetter(i + 1), width: c.width }));
  return {
    name: area.sheetName,
    role: "area",
    areaId: area.id,
    visibility: "visible",
    tabColour: area.kind === "guideline" ? GUIDELINE_TAB_COLOUR : AREA_TAB_COLOUR,
    blocks: [
      ...headerBlocks(area, ctx.year),
      ...formulaTextBlocks(area, ctx),
      ...(ctx.locked === true ? [areaClosedNote()] : ctx.copy !== undefined ? [areaCopyNote(ctx.copy.note)] : []),
    ],
    tables: [areaTable],
    columnWidths,
    rowHeights: tableRowHeights(withExampleMarks(areaTable, area), columnWidths),
    frozen: { rows: AREA_TABLE_HEADER_ROW, columns: 3 },
    validations: validations(area, lastRow, departmentSource),
    conditionalFormats: [
      ...termRules("status", [...VOCABULARIES.activityStatus, ...VOCABULARIES.assessment], lastRow, (t) => t.sv, true),
      ...termRules("trend", TREND, lastRow, (t) => trendText(t.code)),
      ...termRules(
        "lastStatus",
        [...VOCABULARIES.activityStatus, ...VOCABULARIES.assessment],
        lastRow,
        (t) => t.sv,
        true
      ),
      commentWantedRule(lastRow),
      ...exampleRules(area, lastRow),
      ...moneyRules(lastRow),
    ],
    protection: protectedWith(unlockedRanges(area, ctx)),
    print: landscapePrint(`${AREA_TABLE_HEADER_ROW}:${AREA_TABLE_HEADER_ROW}`, {
      center: headerText(`${ctx.programme.name.text} – uppföljning ${ctx.year}`),
    }),
  };
}
