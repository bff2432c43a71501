import { buildReportModel } from "../../src/core";
import { writeDocxReport, writeDocxReportBytes } from "../../src/files/docx-report";
import { zipEntries } from "../support/zip";
import { reportInputs } from "./report-fixture";

/** The browser's way to the same file: bytes without Node's Buffer, holding the same document. */
test("writeDocxReportBytes gives the same document as writeDocxReport", async () => {
  const inputs = reportInputs();
  const model = buildReportModel(inputs.programme, inputs.summary, inputs.entries, {}, inputs.year, "sv", {
    date: "2020-01-29",
  });
  const bytes = await writeDocxReportBytes(model);
  expect(bytes).toBeInstanceOf(Uint8Array);
  // The text is the same; bookmark numbers differ from one build to the next.
  const text = (docx: Buffer): string[] => {
    const xml = zipEntries(docx).get("word/document.xml")?.toString("utf8") ?? "";
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? "");
  };
  const fromBytes = text(Buffer.from(bytes));
  expect(fromBytes).toContain(model.cover.title);
  expect(fromBytes).toEqual(text(await writeDocxReport(model)));
});
