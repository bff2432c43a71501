import type { Lang } from "../lang";
import { inLanguage } from "../i18n/phrase";
import { draftOverallText, renderReason } from "../summary/summary-messages";
import type { Programme } from "../programme/schema";
import type { CoordinatorChoice, CoordinatorChoices } from "../read/types";
import { formatPercent } from "../summary/number-format";
import type { AreaSummary, Suggestion, Summary } from "../summary/types";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  TREND,
  symbolOf,
  termByCode,
  type Assessment,
  type Term,
} from "../vocabulary/vocabularies";
import { address, columnLetter, type RawCell } from "../workbook/cell";
import { PRINT_SUMMARY_TEXTS } from "./print-summary-texts";
import { rowHeightFor } from "./row-height";
import { headerText, UNPROTECTED } from "./sheet-defaults";
import type { CellBlock, CellStyle, ColumnWidth, RowHeightPlan, SheetPlan, WorkbookPlan } from "./types";

/**
 * The print-ready summary: one sheet, standalone (values, not formulas: it refers to no other
 * workbook), A4 landscape fitted to one page wide, the programme and year in the page header,
 * page numbers in the footer and the table's header row repeated on every page. Each assessment
 * is shown with its shape and on its colour, so it reads in black-and-white print too. The
 * command line writes it with writeXlsx; the task pane opens it as a new workbook.
 */

export interface PrintSummaryOptions {
  readonly year: number;
  readonly lang: Lang;
  /** The coordinator's choices; default: those the summary carries. */
  readonly choices?: CoordinatorChoices;
  /** A draft's mark ("Utkast – kontrollen hittar 3 fel"), printed on every page's header. */
  readonly draftMark?: string | null;
}

export const PRINT_TABLE_HEADER_ROW = 6;
const FIRST_ROW = PRINT_TABLE_HEADER_ROW + 1;
const HEADER_STYLE: CellStyle = { bold: true, fill: "1F4E78", fontColour: "FFFFFF", wrap: true, vertical: "top" };
const COUNT_STYLE: CellStyle = { numberFormat: "0", horizontal: "center", vertical: "top" };
const TEXT_STYLE: CellStyle = { wrap: true, vertical: "top", numberFormat: "@" };

interface Column {
  readonly header: string;
  readonly width: number;
  readonly wrap: boolean;
}

/**
 * Narrow enough that A4 landscape, fitted to one page wide, prints at 8.5 pt or more (the table is
 * about 174 character widths; the text goes on a row of its own below each area, across the
 * table), and wide enough that no header word ("Genomförd", "Rapporterade", "programmet") is
 * broken inside.
 */
function columns(lang: Lang): Column[] {
  const t = inLanguage(PRINT_SUMMARY_TEXTS, lang);
  return [
    { header: t.area, width: 11, wrap: true },
    { header: t.name, width: 28, wrap: true },
    ...ACTIVITY_STATUS.map((s) => ({ header: s[lang], width: 10, wrap: true })),
    ...ASSESSMENT.map((s) => ({ header: s[lang], width: 10, wrap: true })),
    { header: t.reportedColumn, width: 13, wrap: true },
    { header: t.rows, width: 8, wrap: true },
    { header: t.assessment, width: 24, wrap: true },
  ];
}

const COUNT_FROM = 3;
const ASSESSMENT_COLUMN = COUNT_FROM + ACTIVITY_STATUS.length + ASSESSMENT.length + 2;

interface PrintRow {
  /** Area, name, the counts, reported and rows: the cells before the assessment. */
  readonly cells: readonly RawCell[];
  readonly judged: Judged;
}

interface Judged {
  readonly code: Assessment;
  readonly suggested: boolean;
  readonly text: string;
  /** The text is the suggestion's reason, not the coordinator's. */
  readonly isReason: boolean;
}

function judged(
  suggestion: Suggestion,
  chosen: Assessment | null,
  choice: CoordinatorChoice | undefined,
  fallback: string | null,
  lang: Lang
): Judged {
  const code = choice?.assessment ?? chosen;
  const text = (choice?.text ?? fallback ?? "").trim();
  return {
    code: code ?? suggestion.assessment,
    suggested: code === null,
    text: text === "" ? renderReason(suggestion, lang) : text,
    isReason: text === "",
  };
}

function assessmentText(j: Judged, lang: Lang): string {
  const term = termByCode(ASSESSMENT, j.code);
  return `${symbolOf(term)} ${term[lang]}${j.suggested ? ` (${PRINT_SUMMARY_TEXTS.suggested[lang]})` : ""}`;
}

function countCells(a: Pick<AreaSummary, "activities" | "goals">): number[] {
  return [...ACTIVITY_STATUS.map((t) => a.activities[t.code] ?? 0), ...ASSESSMENT.map((t) => a.goals[t.code] ?? 0)];
}

function legendLine(terms: readonly Term<string>[], lang: Lang): string {
  return terms.map((t) => `${symbolOf(t)} ${t[lang]}`).join("   ");
}

export function buildPrintSummaryPlan(
  programme: Programme,
  summary: Summary,
  options: PrintSummaryOptions
): WorkbookPlan {
  const { year, lang } = options;
  const t = inLanguage(PRINT_SUMMARY_TEXTS, lang);
  const choices = options.choices ?? {};
  const cols = columns(lang);
  const widths = cols.map((c) => c.width);
  const wraps = cols.map((c) => c.wrap);
  const last = cols.length;

  const areaRows = summary.areas.map((a): PrintRow => ({
    cells: [a.areaId, a.name, ...countCells(a), a.reported, a.rows],
    judged: judged(a.suggestion, a.chosen, choices[a.areaId], a.text, lang),
  }));
  const overallChoice = choices["overall"];
  const overallJudged = judged(
    summary.overall.suggestion,
    summary.overall.chosen,
    overallChoice,
    summary.overall.text,
    lang
  );
  const hasOverallText = (overallChoice?.text ?? summary.overall.text ?? "").trim() !== "";
  const overall: PrintRow = {
    cells: [
      t.overall,
      programme.name.text,
      ...countCells({ activities: summary.totals.activities ?? {}, goals: summary.totals.goals ?? {} }),
      summary.totals.reported,
      summary.totals.rows,
    ],
    judged: hasOverallText
      ? overallJudged
      : { ...overallJudged, text: `${t.draft}: ${draftOverallText(programme, summary, lang)}`, isReason: false },
  };
  const all = [...areaRows, overall];
  // Each area takes two rows: its figures, then its text across the table.
  const rowOfEntry = (i: number): number => FIRST_ROW + 2 * i;
  const overallRow = rowOfEntry(areaRows.length);
  const textWidth = widths.slice(1).reduce((a, b) => a + b, 0);

  const blocks: CellBlock[] = [
    { topLeft: "A1", cells: [[t.title(programme.name.text, year)]], style: { bold: true, fontSize: 16 } },
    { topLeft: "A2", cells: [[t.subtitle(programme.municipality, programme.period.from, programme.period.to)]] },
    {
      topLeft: "A3",
      cells: [
        [
          t.reported(
            summary.totals.reported,
            summary.totals.rows,
            formatPercent(summary.totals.rows === 0 ? 0 : summary.totals.reported / summary.totals.rows, lang)
          ),
        ],
      ],
    },
    { topLeft: address(PRINT_TABLE_HEADER_ROW - 1, COUNT_FROM), cells: [[t.activities]], style: { bold: true } },
    {
      topLeft: address(PRINT_TABLE_HEADER_ROW - 1, COUNT_FROM + ACTIVITY_STATUS.length),
      cells: [[t.goals]],
      style: { bold: true },
    },
    { topLeft: `A${PRINT_TABLE_HEADER_ROW}`, cells: [cols.map((c) => c.header)], style: HEADER_STYLE },
  ];
  const merges: string[] = [];
  all.forEach((row, i) => {
    const r = rowOfEntry(i);
    const bold = r === overallRow;
    const term = termByCode(ASSESSMENT, row.judged.code);
    blocks.push(
      { topLeft: `A${r}`, cells: [row.cells.slice(0, 2)], style: { ...TEXT_STYLE, bold } },
      { topLeft: address(r, COUNT_FROM), cells: [row.cells.slice(2)], style: { ...COUNT_STYLE, bold } },
      {
        topLeft: address(r, ASSESSMENT_COLUMN),
        cells: [[assessmentText(row.judged, lang)]],
        style: { ...TEXT_STYLE, bold: true, fill: term.colour, fontColour: term.fontColour },
      },
      {
        topLeft: `A${r + 1}`,
        cells: [[row.judged.isReason ? t.reasonLabel : t.textLabel]],
        style: { ...TEXT_STYLE, italic: true, fontColour: "595959" },
      },
      {
        topLeft: `B${r + 1}`,
        cells: [[row.judged.text]],
        style: { ...TEXT_STYLE, italic: row.judged.isReason || (bold && !hasOverallText) },
      }
    );
    merges.push(`B${r + 1}:${columnLetter(last)}${r + 1}`);
  });

  const departmentHeader = overallRow + 3;
  const names = new Map(programme.departments.map((d) => [d.code, d.name]));
  blocks.push(
    { topLeft: `A${departmentHeader}`, cells: [[...t.departments]], style: HEADER_STYLE },
    {
      topLeft: `A${departmentHeader + 1}`,
      cells: summary.departments.map((d) => [d.department, names.get(d.department) ?? ""]),
      style: TEXT_STYLE,
    },
    {
      topLeft: `C${departmentHeader + 1}`,
      cells: summary.departments.map((d) => [d.owned, d.filled]),
      style: COUNT_STYLE,
    },
    {
      topLeft: `E${departmentHeader + 1}`,
      cells: summary.departments.map((d) => [d.share]),
      style: { numberFormat: "0%", horizontal: "center", vertical: "top" },
    }
  );
  const legendRow = departmentHeader + summary.departments.length + 2;
  // One cell per line, spilling over the empty cells to its right: a label in a narrow column
  // of its own would be cut ("Aktivitetsstat").
  blocks.push(
    { topLeft: `A${legendRow}`, cells: [[t.legend]], style: { bold: true } },
    {
      topLeft: `A${legendRow + 1}`,
      cells: [
        [`${t.activityStatus}: ${legendLine(ACTIVITY_STATUS, lang)}`],
        [`${t.assessment}: ${legendLine(ASSESSMENT, lang)}`],
        [`${t.trend}: ${legendLine(TREND, lang)}`],
      ],
    }
  );

  const heightOf = (row: number, cells: readonly RawCell[], w: readonly number[], wrap: readonly boolean[]) => {
    const height = rowHeightFor(cells, w, wrap);
    return height === null ? [] : [{ row, height }];
  };
  const rowHeights: RowHeightPlan[] = [
    ...heightOf(
      PRINT_TABLE_HEADER_ROW,
      cols.map((c) => c.header),
      widths,
      wraps
    ),
    ...all.flatMap((row, i) => [
      ...heightOf(rowOfEntry(i), [...row.cells, assessmentText(row.judged, lang)], widths, wraps),
      ...heightOf(rowOfEntry(i) + 1, [null, row.judged.text], [widths[0] ?? 11, textWidth], [false, true]),
    ]),
    ...heightOf(departmentHeader, [...t.departments], widths, wraps),
    ...summary.departments.flatMap((d, i) =>
      heightOf(departmentHeader + 1 + i, [d.department, names.get(d.department) ?? ""], widths, wraps)
    ),
  ];
  const columnWidths: ColumnWidth[] = cols.map((c, i) => ({ column: columnLetter(i + 1), width: c.width }));
  const sheet: SheetPlan = {
    name: t.sheet,
    role: "summary",
    visibility: "visible",
    tabColour: "375623",
    blocks,
    tables: [],
    columnWidths,
    rowHeights,
    frozen: { rows: PRINT_TABLE_HEADER_ROW, columns: 2 },
    validations: [],
    conditionalFormats: [],
    protection: UNPROTECTED,
    merges,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: `${PRINT_TABLE_HEADER_ROW}:${PRINT_TABLE_HEADER_ROW}`,
      header: {
        center: headerText(t.header(programme.name.text, year)),
        ...(options.draftMark === undefined || options.draftMark === null
          ? {}
          : { left: headerText(options.draftMark) }),
      },
      footer: { center: t.footer },
    },
  };
  return { sheets: [sheet], names: [] };
}
