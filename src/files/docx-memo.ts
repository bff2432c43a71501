import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { DecisionMemo } from "../core";
import { dataTable, textRun } from "./docx/blocks";
import { A4_LONG, A4_SHORT, MARGIN, PORTRAIT_TEXT } from "./docx/page";
import { EXTERNAL_STYLES_XML, reportStyles } from "./docx/styles";

/** The tjänsteutlåtande's draft as .docx, in the report's styles: fields, then its four headings. */
export function buildMemoDocument(memo: DecisionMemo): Document {
  return new Document({
    title: memo.title,
    creator: "Programuppföljning",
    externalStyles: EXTERNAL_STYLES_XML,
    styles: reportStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_SHORT, height: A4_LONG },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: memo.draftNote, italics: true, color: "C00000" })] }),
          new Paragraph({ text: memo.title, heading: HeadingLevel.TITLE }),
          dataTable(
            null,
            [1, 2.4],
            memo.fields.map((f) => [f.label, f.value]),
            Math.round(PORTRAIT_TEXT * 0.8)
          ),
          ...memo.sections.flatMap((s) => [
            new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }),
            ...s.paragraphs.map((p) => new Paragraph({ children: [textRun({ text: p })] })),
          ]),
        ],
      },
    ],
  });
}

export async function writeDecisionMemo(memo: DecisionMemo): Promise<Buffer> {
  return Packer.toBuffer(buildMemoDocument(memo));
}
