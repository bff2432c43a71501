import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import type { ReportModel } from "../core";
import { Contents } from "./docx/contents";
import { A4_LONG, A4_SHORT, LANDSCAPE_TEXT, MARGIN, PORTRAIT_TEXT } from "./docx/page";
import { appendixBlocks, areasBlocks, coverBlocks, guidelineBlocks, summaryBlocks } from "./docx/parts";
import { EXTERNAL_STYLES_XML, reportStyles } from "./docx/styles";

/**
 * Writes the committee report (see core/report) as .docx with the `docx` package: Word's own
 * Title and Heading styles, a table style, a table of contents with live page numbers, the
 * page number in every footer but the cover's, and the appendix on landscape pages.
 */

function pageFooter(model: ReportModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [`${model.labels.page} `, PageNumber.CURRENT, ` ${model.labels.of} `, PageNumber.TOTAL_PAGES],
            size: 18,
          }),
        ],
      }),
    ],
  });
}

/** A draft's mark, red and bold, so a draft is never mistaken for the report to hand over. */
function draftParagraph(model: ReportModel): Paragraph[] {
  return model.draftMark === null
    ? []
    : [
        new Paragraph({
          alignment: AlignmentType.LEFT,
          children: [new TextRun({ text: model.draftMark, size: 20, bold: true, color: "C00000" })],
        }),
      ];
}

function pageHeader(model: ReportModel): Header {
  return new Header({
    children: [
      ...draftParagraph(model),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: model.pageHeader, size: 16, color: "606060" })],
      }),
    ],
  });
}

/** The cover's header: empty, or a draft's mark. */
function coverHeader(model: ReportModel): Header {
  const mark = draftParagraph(model);
  return new Header({ children: mark.length > 0 ? mark : [new Paragraph({})] });
}

const EMPTY = (): { header: Header; footer: Footer } => ({
  header: new Header({ children: [new Paragraph({})] }),
  footer: new Footer({ children: [new Paragraph({})] }),
});

/** The report as a docx Document, for a caller that packs it itself (e.g. as a Blob in the browser). */
export function buildReportDocument(model: ReportModel): Document {
  const margin = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 };
  const blank = EMPTY();
  // The parts are laid out first, so the contents knows every heading it lists.
  const toc = new Contents();
  const portrait = [
    ...summaryBlocks(model, PORTRAIT_TEXT, toc),
    ...areasBlocks(model, PORTRAIT_TEXT, toc),
    ...guidelineBlocks(model, PORTRAIT_TEXT, toc),
  ];
  const appendix = appendixBlocks(model, LANDSCAPE_TEXT, toc);
  return new Document({
    title: model.title,
    subject: model.cover.attachment,
    creator: "Programuppföljning",
    description: model.pageHeader,
    externalStyles: EXTERNAL_STYLES_XML,
    styles: reportStyles(),
    // The contents' page numbers are PAGEREF fields: LibreOffice computes them as it lays out, and
    // Word updates them on opening.
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.PORTRAIT }, margin },
        },
        headers: { first: coverHeader(model), default: pageHeader(model) },
        footers: { first: blank.footer, default: pageFooter(model) },
        children: [
          ...coverBlocks(model, PORTRAIT_TEXT),
          ...toc.blocks(model.labels.contents, PORTRAIT_TEXT),
          ...portrait,
        ],
      },
      {
        properties: {
          page: { size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE }, margin },
        },
        headers: { default: pageHeader(model) },
        footers: { default: pageFooter(model) },
        children: appendix,
      },
    ],
  });
}

/** The .docx file's bytes, for the command line. */
export async function writeDocxReport(model: ReportModel): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(model));
}

/** The .docx file's bytes without Node's Buffer, for the task pane's download. */
export async function writeDocxReportBytes(model: ReportModel): Promise<Uint8Array> {
  return Packer.pack(buildReportDocument(model), "uint8array");
}
