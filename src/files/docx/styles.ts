import type { IStylesOptions } from "docx";

/**
 * The report's Word styles: Title, Heading 1–3 and body text tuned for a committee attachment,
 * and a table style ("Uppföljningstabell": borders, cell margins, text size) that a clerk can
 * restyle in Word in one place. Header rows carry their look directly (see blocks.ts).
 * Colours match the workbook's (dark blue headers).
 */

export const TABLE_STYLE_ID = "Uppfoljningstabell";
export const TOC_HEADING_STYLE_ID = "TOCHeading";
export const SMALL_STYLE_ID = "Liten";
export const HEADER_FILL = "1F4E78";
export const HEADER_FONT = "FFFFFF";
const BORDER = "8EA9C1";
export const FONT = "Calibri";

function border(side: string): string {
  return `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${BORDER}"/>`;
}

/**
 * docx has no builder for table styles, so the table style comes as "external styles": a
 * styles part of its own, which docx merges with its default styles and the ones below.
 */
export const EXTERNAL_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:style w:type="table" w:styleId="${TABLE_STYLE_ID}">` +
  `<w:name w:val="Uppföljningstabell"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr>` +
  `<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>` +
  `<w:tblPr><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
  `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `</w:style></w:styles>`;

export function reportStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120 } } },
      title: { run: { font: FONT, size: 48, bold: true, color: HEADER_FILL }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: HEADER_FILL },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: "2E74B5" },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: "404040" },
        paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: TOC_HEADING_STYLE_ID,
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONT, size: 32, bold: true, color: HEADER_FILL },
        paragraph: { spacing: { before: 240, after: 120 } },
      },
      {
        id: SMALL_STYLE_ID,
        name: "Liten text",
        basedOn: "Normal",
        run: { size: 18, color: "404040" },
      },
    ],
  };
}
