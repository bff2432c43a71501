import {
  type Bookmark,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type FileChild,
} from "docx";
import { keepTogether, type ReportTerm } from "../../core";
import { HEADER_FILL, HEADER_FONT, SMALL_STYLE_ID, TABLE_STYLE_ID } from "./styles";

/** Building blocks of the report: headings, paragraphs, terms with their colours, tables. */

/** A run of text whose figures stay on one line ("1 800 000 kr" never breaks inside). */
export function textRun(options: IRunOptions & { readonly text: string }): TextRun {
  return new TextRun({ ...options, text: keepTogether(options.text) });
}

export type Block = FileChild;

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A heading of level 1–3 (deeper levels are written as level 3). */
export function heading(text: string, level: number, pageBreakBefore = false, bookmark?: Bookmark): Paragraph {
  const index = Math.min(Math.max(level, 1), LEVELS.length) - 1;
  return bookmark === undefined
    ? new Paragraph({ text, heading: LEVELS[index], pageBreakBefore })
    : new Paragraph({ heading: LEVELS[index], pageBreakBefore, children: [bookmark] });
}

export function paragraph(text: string, options: { italic?: boolean; small?: boolean } = {}): Paragraph {
  return new Paragraph({
    ...(options.small === true ? { style: SMALL_STYLE_ID } : {}),
    children: [textRun({ text, italics: options.italic === true })],
  });
}

/** "Delmål: text", the label bold. */
export function labelled(label: string, text: string, note: string | null = null): Paragraph {
  return new Paragraph({
    children: [
      textRun({ text: `${label}: `, bold: true }),
      textRun({ text }),
      ...(note === null ? [] : [textRun({ text: ` (${note})`, italics: true, color: "9C5700" })]),
    ],
  });
}

export function bullet(runs: readonly TextRun[]): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [...runs] });
}

/** A term as a run: its shape and label in the term's font colour, on its fill. */
export function termRun(term: ReportTerm, suffix = ""): TextRun {
  return textRun({
    text: `${term.symbol} ${term.label}${suffix}`,
    bold: true,
    color: term.fontColour,
    shading: { type: ShadingType.CLEAR, color: "auto", fill: term.colour },
  });
}

/** What a table cell holds: plain text, a term (shown with its colours), or several lines. */
export interface TermCell {
  readonly term: ReportTerm;
  readonly suffix?: string;
}
export type CellContent = string | TermCell | readonly string[];

function isTermCell(content: CellContent): content is TermCell {
  return typeof content === "object" && "term" in content;
}

function cellParagraphs(content: CellContent): Paragraph[] {
  if (isTermCell(content)) {
    return [new Paragraph({ children: [termRun(content.term, content.suffix ?? "")] })];
  }
  const lines = typeof content === "string" ? [content] : content.length === 0 ? [""] : content;
  return lines.map((line) => new Paragraph({ children: [textRun({ text: line })] }));
}

function fillOf(content: CellContent): string | null {
  return isTermCell(content) ? content.term.colour : null;
}

/**
 * A table in the report's table style, as wide as the text (`width` twips), its columns in the
 * proportions given, the header row (if any) repeated on every page and given its look directly,
 * since LibreOffice does not apply a table style's first-row formatting.
 */
export function dataTable(
  headers: readonly string[] | null,
  weights: readonly number[],
  rows: readonly (readonly CellContent[])[],
  width: number
): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.round((w / total) * width));
  const headerRows = headers === null ? [] : [headerRow(headers)];
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: weights.map((_, i) => {
          const content = row[i] ?? "";
          const fill = fillOf(content);
          return new TableCell({
            ...(fill === null ? {} : { shading: { type: ShadingType.CLEAR, color: "auto", fill } }),
            children: cellParagraphs(content),
          });
        }),
      })
  );
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    rows: [...headerRows, ...bodyRows],
  });
}

function headerRow(headers: readonly string[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map(
      (h) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          children: [new Paragraph({ children: [textRun({ text: h, bold: true, color: HEADER_FONT })] })],
        })
    ),
  });
}
