import { rowHeightFor, tableRowHeights } from "./row-height";
import { renderReason } from "../summary/summary-messages";
import type { Programme } from "../programme/schema";
import type { CoordinatorChoice, CoordinatorChoices } from "../read/types";
import type { AreaSummary, DepartmentProgress, Suggestion, Summary } from "../summary/types";
import { ACTIVITY_STATUS, ASSESSMENT, TREND, symbolOf, termByCode, type Term } from "../vocabulary/vocabularies";
import { address, columnLetter, type RawCell } from "../workbook/cell";
import { SUMMARY_SHEET } from "../layout/workbook-layout";
import { vocabularyListSource } from "../layout/data-sheet-layout";
import { excelString } from "./formulas";
import { rangeAddress } from "./ranges";
import { headerText, landscapePrint, protectedWith, shapeFormat } from "./sheet-defaults";
import {
  filledFormula,
  ownedFormula,
  reportedFormula,
  rowCountFormula,
  statusCountFormula,
  sumColumnFormula,
} from "./summary-formulas";
import {
  DEPARTMENT_BLOCK_HEADERS,
  DONE_BLOCK_COLUMNS,
  DONE_BLOCK_HEADERS,
  DONE_BLOCK_TITLE,
  PICTURE_TITLE,
  STATUS_CHART,
  DRAFT_TEXT_LABEL,
  type DoneBlockKey,
  OVERALL_KEY,
  OVERALL_LABEL,
  SUMMARY_COLUMNS,
  SUMMARY_TABLE_HEADER_ROW,
  SUMMARY_TABLE_NAME,
  summaryColumnNumber,
  type SummaryColumn,
  type SummaryColumnKey,
} from "../layout/summary-layout";
import { EXAMPLE_TEXT_NOTE } from "./area-sheet";
import type {
  CellBlock,
  ChartPlan,
  ConditionalFormatPlan,
  ListValidationPlan,
  RowHeightPlan,
  SheetPlan,
  TablePlan,
} from "./types";

export interface SummarySheetContext {
  readonly programme: Programme;
  readonly year: number;
  readonly summary: Summary;
  readonly choices: CoordinatorChoices;
  /** The day the suggestions are computed (YYYY-MM-DD), or null to name none. */
  readonly computedOn: string | null;
}

const FIRST_ROW = SUMMARY_TABLE_HEADER_ROW + 1;

/** The label with its shape, so the suggestion reads in black-and-white print too. */
export function suggestionLabel(s: Suggestion): string {
  const term = termByCode(ASSESSMENT, s.assessment);
  return `${symbolOf(term)} ${term.sv}`;
}

/** What the coordinator chose, as it stands in the cell: the label, or the raw text if it was no label. */
function choiceCell(choice: CoordinatorChoice | undefined): RawCell {
  if (choice === undefined) {
    return null;
  }
  return choice.assessment !== null ? termByCode(ASSESSMENT, choice.assessment).sv : choice.raw;
}

/** Choices from the summary when the caller has none of its own: the summary carries them too. */
export function choicesFromSummary(summary: Summary): CoordinatorChoices {
  const out: Record<string, CoordinatorChoice> = {};
  for (const a of summary.areas) {
    const done = a.done ?? null;
    if (a.chosen !== null || a.text !== null || done !== null) {
      out[a.areaId] = { assessment: a.chosen, raw: null, text: a.text, done };
    }
  }
  if (summary.overall.chosen !== null || summary.overall.text !== null) {
    out[OVERALL_KEY] = { assessment: summary.overall.chosen, raw: null, text: summary.overall.text };
  }
  return out;
}

/** One cell of an area's row: live counts with the summary's numbers as cached results. */
function areaCell(
  column: SummaryColumn,
  areaId: string,
  name: string,
  a: AreaSummary | undefined,
  choice: CoordinatorChoice | undefined
): RawCell {
  const count = column.count;
  if (count !== undefined) {
    const counts = count.rowType === "goal" ? a?.goals : a?.activities;
    return {
      formula: statusCountFormula(areaId, count.rowType, [count.term.sv, count.term.en]),
      result: counts?.[count.term.code] ?? 0,
    };
  }
  const key = column.key;
  switch (key) {
    case "areaId":
      return areaId;
    case "name":
      return name;
    case "reported":
      return { formula: reportedFormula(areaId), result: a?.reported ?? 0 };
    case "rows":
      return { formula: rowCountFormula(areaId), result: a?.rows ?? 0 };
    case "suggestion":
      return a === undefined ? null : suggestionLabel(a.suggestion);
    case "reason":
      return a === undefined ? null : renderReason(a.suggestion, "sv");
    case "choice":
      return choiceCell(choice);
    case "text":
      return choice?.text ?? null;
    default:
      return null;
  }
}

function areaRow(ctx: SummarySheetContext, areaId: string, name: string): RawCell[] {
  const a = ctx.summary.areas.find((s) => s.areaId === areaId);
  return SUMMARY_COLUMNS.map((c) => areaCell(c, areaId, name, a, ctx.choices[areaId]));
}

function overallRow(ctx: SummarySheetContext, areaRows: readonly (readonly RawCell[])[]): RawCell[] {
  const choice = ctx.choices[OVERALL_KEY];
  return SUMMARY_COLUMNS.map((c, i): RawCell => {
    switch (c.key) {
      case "areaId":
        return OVERALL_LABEL;
      case "name":
        return ctx.programme.name.text;
      case "suggestion":
        return suggestionLabel(ctx.summary.overall.suggestion);
      case "reason":
        return renderReason(ctx.summary.overall.suggestion, "sv");
      case "choice":
        return choiceCell(choice);
      case "text":
        return choice?.text ?? null;
      default: {
        const sum = areaRows.reduce((acc, row) => {
          const cell = row[i];
          return (
            acc +
            (typeof cell === "object" && cell !== null && "result" in cell && typeof cell.result === "number"
              ? cell.result
              : 0)
          );
        }, 0);
        return { formula: sumColumnFormula(SUMMARY_TABLE_NAME, c.header), result: sum };
      }
    }
  });
}

function headerBlocks(ctx: SummarySheetContext): CellBlock[] {
  const p = ctx.programme;
  const blocks: CellBlock[] = [
    { topLeft: "A1", cells: [[`Uppföljning ${ctx.year}: ${p.name.text}`]], style: { bold: true, fontSize: 16 } },
    {
      topLeft: "A2",
      cells: [["Program"], ["Kommun"], ["Uppföljningsår"], ["Övergripande mål"]],
      style: { bold: true },
    },
    { topLeft: "B2", cells: [[p.name.text], [p.municipality]], style: { numberFormat: "@" } },
    { topLeft: "B4", cells: [[ctx.year]], style: { horizontal: "left" } },
    { topLeft: "B5", cells: [[p.overallGoal.text]] },
  ];
  const examples = [
    p.name.provenance === "example" ? "programmets namn" : null,
    p.overallGoal.provenance === "example" ? "övergripande mål" : null,
  ];
  const parts = examples.filter((s): s is string => s !== null);
  if (parts.length > 0) {
    blocks.push({
      topLeft: "B6",
      cells: [[`${EXAMPLE_TEXT_NOTE} (gäller: ${parts.join(", ")})`]],
      style: { italic: true, fontColour: "9C5700" },
    });
  }
  const group = (key: SummaryColumnKey, text: string): CellBlock => ({
    topLeft: address(SUMMARY_TABLE_HEADER_ROW - 1, summaryColumnNumber(key)),
    cells: [[text]],
    style: { bold: true },
  });
  blocks.push(
    group(`activity:${ACTIVITY_STATUS[0]?.code ?? "done"}`, "Aktiviteter (antal per status)"),
    group(`goal:${ASSESSMENT[0]?.code ?? "onTrack"}`, "Mål (antal per bedömning)"),
    group("reported", "Rapportering"),
    group("suggestion", "Förslag"),
    group("choice", "Samordnarens bedömning")
  );
  return blocks;
}

function departmentBlocks(ctx: SummarySheetContext, headerRow: number): { blocks: CellBlock[]; rows: number } {
  const known = ctx.programme.departments.map((d) => ({ code: d.code, name: d.name }));
  const extra = ctx.summary.departments
    .filter((dp) => !known.some((k) => k.code === dp.department))
    .map((dp) => ({ code: dp.department, name: "" }));
  const all = [...known, ...extra];
  const areaIds = ctx.programme.areas.map((a) => a.id);
  const progress = (code: string): DepartmentProgress | undefined =>
    ctx.summary.departments.find((d) => d.department === code);
  const first = headerRow + 1;
  const codeCell = (i: number): string => `$A${first + i}`;
  return {
    rows: all.length,
    blocks: [
      {
        topLeft: `A${headerRow}`,
        cells: [[...DEPARTMENT_BLOCK_HEADERS]],
        style: { bold: true, wrap: true, vertical: "top" },
      },
      { topLeft: `A${first}`, cells: all.map((d) => [d.code, d.name]), style: { numberFormat: "@" } },
      {
        topLeft: `C${first}`,
        cells: all.map((d, i) => [
          { formula: ownedFormula(areaIds, codeCell(i)), result: progress(d.code)?.owned ?? 0 },
          { formula: filledFormula(areaIds, codeCell(i)), result: progress(d.code)?.filled ?? 0 },
        ]),
        style: { numberFormat: "0" },
      },
      {
        topLeft: `E${first}`,
        cells: all.map((d, i) => [
          { formula: `=IF(C${first + i}=0,0,D${first + i}/C${first + i})`, result: progress(d.code)?.share ?? 0 },
        ]),
        style: { numberFormat: "0%" },
      },
    ],
  };
}

function legendBlock(row: number): CellBlock {
  const line = (terms: readonly Term<string>[]): string => terms.map((t) => `${symbolOf(t)} ${t.sv}`).join("   ");
  return {
    topLeft: `A${row}`,
    cells: [
      ["Teckenförklaring", null],
      ["Aktivitetsstatus", line(ACTIVITY_STATUS)],
      ["Bedömning", line(ASSESSMENT)],
      ["Trend", line(TREND)],
    ],
  };
}

/**
 * The activities' status per area as a picture that needs no chart engine and prints in black and
 * white: one shape per activity ("●●●● ◆◆◆ ▲"), live from the table's counts, so it is the same
 * picture the report and the Summary screen draw.
 */
function pictureBlock(ctx: SummarySheetContext, titleRow: number): { blocks: CellBlock[]; rows: number } {
  const areas = ctx.programme.areas;
  if (areas.length === 0) return { blocks: [], rows: 0 };
  const first = titleRow + 1;
  const cells = areas.map((a, i): RawCell[] => {
    const counts = ctx.summary.areas.find((s) => s.areaId === a.id)?.activities ?? {};
    const parts = ACTIVITY_STATUS.map((t) => ({
      ref: `${columnCell(`activity:${t.code}`, FIRST_ROW + i)}`,
      symbol: symbolOf(t),
      count: counts[t.code] ?? 0,
    }));
    const result = parts
      .filter((p) => p.count > 0)
      .map((p) => p.symbol.repeat(p.count))
      .join(" ");
    const formula = `=TRIM(${parts.map((p) => `REPT(${excelString(p.symbol)},${p.ref})`).join(`&" "&`)})`;
    return [{ formula, result }];
  });
  return {
    rows: 1 + areas.length,
    blocks: [
      { topLeft: `A${titleRow}`, cells: [[PICTURE_TITLE]], style: { bold: true, fontSize: 12 } },
      // The IDs as text ("1" stays "1"); the pictures are formulas, so no text format there.
      { topLeft: `A${first}`, cells: areas.map((a) => [a.id]), style: { numberFormat: "@" } },
      { topLeft: `B${first}`, cells },
    ],
  };
}

/**
 * Per area the draft of "Genomfört under året" from the rows and, beside it, the coordinator's text
 * (an input cell, filled only from what the coordinator wrote before).
 */
function doneBlock(
  ctx: SummarySheetContext,
  titleRow: number
): { blocks: CellBlock[]; heights: RowHeightPlan[]; unlocked: string | null } {
  const areas = ctx.programme.areas;
  if (areas.length === 0) return { blocks: [], heights: [], unlocked: null };
  const headerRow = titleRow + 1;
  const first = headerRow + 1;
  const column = (key: DoneBlockKey): number => summaryColumnNumber(DONE_BLOCK_COLUMNS[key]);
  const keys = Object.keys(DONE_BLOCK_HEADERS) as DoneBlockKey[];
  const blocks: CellBlock[] = [
    { topLeft: `A${titleRow}`, cells: [[DONE_BLOCK_TITLE]], style: { bold: true, fontSize: 12 } },
    ...keys.map((key): CellBlock => ({
      topLeft: address(headerRow, column(key)),
      cells: [[DONE_BLOCK_HEADERS[key]]],
      style: { bold: true, fill: "DDEBF7" },
    })),
    {
      topLeft: `A${first}`,
      cells: areas.map((a) => [a.id, a.name.text]),
      style: { numberFormat: "@", wrap: true, vertical: "top" },
    },
    {
      topLeft: address(first, column("draft")),
      // An empty draft is an empty cell, not an empty string.
      cells: areas.map((a) => [ctx.summary.areas.find((s) => s.areaId === a.id)?.doneDraft || null]),
      style: { italic: true, wrap: true, numberFormat: "@", vertical: "top" },
    },
    {
      topLeft: address(first, column("done")),
      cells: areas.map((a) => [ctx.choices[a.id]?.done ?? null]),
      style: { wrap: true, numberFormat: "@", vertical: "top" },
    },
  ];
  const width = (key: DoneBlockKey): number => SUMMARY_COLUMNS[column(key) - 1]?.width ?? 60;
  const heights = areas.flatMap((a, i): RowHeightPlan[] => {
    const draft = ctx.summary.areas.find((s) => s.areaId === a.id)?.doneDraft ?? null;
    const h = rowHeightFor(
      [a.name.text, draft, ctx.choices[a.id]?.done ?? null],
      [width("name"), width("draft"), width("done")],
      [true, true, true]
    );
    return h === null ? [] : [{ row: first + i, height: h }];
  });
  const last = first + areas.length - 1;
  return { blocks, heights, unlocked: rangeAddress(first, column("done"), last, column("done")) };
}

/** The table's header row, tall enough for its wrapped headers ("Kan inte bedömas", "Rapporterade rader"). */
function headerHeight(table: TablePlan, widths: readonly number[]): RowHeightPlan[] {
  const height = rowHeightFor(
    table.columns.map((c) => c.header),
    widths,
    table.columns.map(() => true)
  );
  return height === null ? [] : [{ row: SUMMARY_TABLE_HEADER_ROW, height }];
}

function assessmentRules(range: string, firstCell: string, withSymbol: boolean): ConditionalFormatPlan[] {
  // A choice holds the bare label; its rule adds the shape, as the suggestion's text has it.
  return ASSESSMENT.map((t) => ({
    range,
    formula: `=${firstCell}=${excelString(withSymbol ? `${symbolOf(t)} ${t.sv}` : t.sv)}`,
    fill: t.colour,
    fontColour: t.fontColour,
    ...(withSymbol ? {} : { numberFormat: shapeFormat(t) }),
  }));
}

function columnCell(key: SummaryColumnKey, row: number): string {
  return `$${columnLetter(summaryColumnNumber(key))}${row}`;
}

function columnRange(key: SummaryColumnKey, from: number, to: number): string {
  const c = summaryColumnNumber(key);
  return rangeAddress(from, c, to, c);
}

const CHOICE_ERROR = {
  errorTitle: "Ogiltig bedömning",
  errorMessage: `Välj en bedömning i listan: ${ASSESSMENT.map((t) => t.sv).join(", ")}.`,
};

/**
 * The summary sheet: per area and guideline the live counts, the computed suggestion with its
 * reason, and beside them the coordinator's own assessment and text, which are input cells the
 * plan only ever fills from the coordinator's earlier choices.
 */
/** Text in a formula: quotes doubled. */
function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Above the suggestions: the day they were computed, and — live, by a formula comparing the
 * area rows' counts with those they had then — a warning once statuses or reporting have moved
 * since, so a suggestion in the sheet is never taken for current when it is not. (An indicator's
 * value changes no count; the day says how old the suggestion is.)
 */
function computedNote(
  ctx: SummarySheetContext,
  rows: readonly (readonly RawCell[])[],
  lastAreaRow: number
): CellBlock[] {
  if (ctx.computedOn === null || rows.length === 0) return [];
  const countKeys = SUMMARY_COLUMNS.filter((c) => c.count !== undefined || c.key === "reported");
  const first = summaryColumnNumber(countKeys[0]?.key ?? "reported");
  const last = summaryColumnNumber("reported");
  const snapshot = rows
    .map((row) =>
      row
        .slice(first - 1, last)
        .map((cell) =>
          typeof cell === "object" && cell !== null && "result" in cell && typeof cell.result === "number"
            ? cell.result
            : 0
        )
        .join(",")
    )
    .join(";");
  const range = `${address(FIRST_ROW, first)}:${address(lastAreaRow, last)}`;
  const current = `Förslagen beräknades ${ctx.computedOn}.`;
  const stale = `OBS! Raderna har ändrats sedan förslagen beräknades ${ctx.computedOn}: kör Sammanfattning igen.`;
  return [
    {
      topLeft: address(SUMMARY_TABLE_HEADER_ROW - 2, summaryColumnNumber("suggestion")),
      cells: [
        [
          {
            formula: `=IF(SUMPRODUCT(--(${range}<>{${snapshot}}))>0,${formulaText(stale)},${formulaText(current)})`,
            result: current,
          },
        ],
      ],
      style: { italic: true, fontColour: "9C0006" },
    },
  ];
}

export function buildSummarySheet(ctx: SummarySheetContext): SheetPlan {
  const areas = ctx.programme.areas;
  const rows = areas.map((a) => areaRow(ctx, a.id, a.name.text));
  const lastAreaRow = FIRST_ROW + rows.length - 1;
  const overall = lastAreaRow + 2;
  const draft = overall + 1;
  const departmentHeader = draft + 2;
  const departments = departmentBlocks(ctx, departmentHeader);
  const legendRow = departmentHeader + departments.rows + 2;
  const picture = pictureBlock(ctx, legendRow + 6);
  const doneTitle = legendRow + 6 + picture.rows + 1;
  const done = doneBlock(ctx, doneTitle);
  const charts = statusChart(areas.length, doneTitle + 2 + areas.length + 1);

  const table: TablePlan = {
    name: SUMMARY_TABLE_NAME,
    topLeft: `A${SUMMARY_TABLE_HEADER_ROW}`,
    columns: SUMMARY_COLUMNS.map((c) => ({
      header: c.header,
      numberFormat: c.text ? "@" : "0",
      wrap: c.key === "reason" || c.key === "text" || c.key === "name",
    })),
    rows,
    style: "TableStyleMedium2",
    showFilterButton: false,
    showRowStripes: true,
  };

  const choiceColumn = summaryColumnNumber("choice");
  const textColumn = summaryColumnNumber("text");
  const columnWidths = SUMMARY_COLUMNS.map((c, i) => ({ column: columnLetter(i + 1), width: c.width }));
  const overallCells = overallRow(ctx, rows);
  const widths = SUMMARY_COLUMNS.map((c) => c.width);
  const wraps = table.columns.map((c) => c.wrap === true);
  const overallHeight = rowHeightFor(overallCells, widths, wraps);
  const departmentHeaderHeight = rowHeightFor(
    [...DEPARTMENT_BLOCK_HEADERS],
    widths,
    DEPARTMENT_BLOCK_HEADERS.map(() => true)
  );
  const draftHeight = rowHeightFor([ctx.summary.overall.draftText], [widths[textColumn - 1] ?? 60], [true]);
  const listSource = vocabularyListSource("assessment");
  const validations: ListValidationPlan[] = [
    {
      range: columnRange("choice", FIRST_ROW, lastAreaRow),
      source: listSource,
      allowBlank: true,
      alert: "stop",
      ...CHOICE_ERROR,
    },
    {
      range: columnRange("choice", overall, overall),
      source: listSource,
      allowBlank: true,
      alert: "stop",
      ...CHOICE_ERROR,
    },
  ];

  return {
    name: SUMMARY_SHEET,
    role: "summary",
    visibility: "visible",
    tabColour: "375623",
    blocks: [
      ...headerBlocks(ctx),
      ...computedNote(ctx, rows, lastAreaRow),
      { topLeft: `A${overall}`, cells: [overallCells], style: { bold: true, wrap: true, vertical: "top" } },
      { topLeft: address(draft, choiceColumn), cells: [[DRAFT_TEXT_LABEL]], style: { italic: true } },
      {
        topLeft: address(draft, textColumn),
        cells: [[ctx.summary.overall.draftText]],
        style: { italic: true, wrap: true, numberFormat: "@" },
      },
      ...departments.blocks,
      legendBlock(legendRow),
      ...picture.blocks,
      ...done.blocks,
    ],
    tables: [table],
    columnWidths,
    rowHeights: [
      ...headerHeight(table, widths),
      ...tableRowHeights(table, columnWidths),
      ...(overallHeight === null ? [] : [{ row: overall, height: overallHeight }]),
      ...(draftHeight === null ? [] : [{ row: draft, height: draftHeight }]),
      ...done.heights,
      ...(departmentHeaderHeight === null ? [] : [{ row: departmentHeader, height: departmentHeaderHeight }]),
    ],
    frozen: { rows: SUMMARY_TABLE_HEADER_ROW, columns: 2 },
    validations,
    conditionalFormats: [
      ...assessmentRules(columnRange("suggestion", FIRST_ROW, lastAreaRow), columnCell("suggestion", FIRST_ROW), true),
      ...assessmentRules(columnRange("suggestion", overall, overall), columnCell("suggestion", overall), true),
      ...assessmentRules(columnRange("choice", FIRST_ROW, lastAreaRow), columnCell("choice", FIRST_ROW), false),
      ...assessmentRules(columnRange("choice", overall, overall), columnCell("choice", overall), false),
    ],
    protection: protectedWith([
      rangeAddress(FIRST_ROW, choiceColumn, lastAreaRow, textColumn),
      rangeAddress(overall, choiceColumn, overall, textColumn),
      ...(done.unlocked === null ? [] : [done.unlocked]),
    ]),
    print: landscapePrint(`${SUMMARY_TABLE_HEADER_ROW}:${SUMMARY_TABLE_HEADER_ROW}`, {
      center: headerText(`${ctx.programme.name.text} – uppföljning ${ctx.year}`),
    }),
    charts,
  };
}

/**
 * The activities' status per area as a 100 % stacked bar chart over the table's own cells (the
 * area names and the activity counts, which are live), one colour per status as everywhere else.
 */
function statusChart(areaCount: number, top: number): ChartPlan[] {
  if (areaCount === 0) return [];
  const activityColumns = ACTIVITY_STATUS.map((t) => summaryColumnNumber(`activity:${t.code}`));
  const first = summaryColumnNumber("name");
  const last = Math.max(...activityColumns);
  if (activityColumns.some((c, i) => c !== first + 1 + i)) {
    throw new Error("plan error: the activity counts must follow the area names for the chart");
  }
  return [
    {
      name: STATUS_CHART.name,
      title: STATUS_CHART.title,
      source: rangeAddress(SUMMARY_TABLE_HEADER_ROW, first, FIRST_ROW + areaCount - 1, last),
      seriesColours: ACTIVITY_STATUS.map((t) => t.colour),
      from: `A${top}`,
      to: address(top + STATUS_CHART.rows - 1, last + 1),
    },
  ];
}
