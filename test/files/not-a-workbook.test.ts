import fc from "fast-check";
import { NotAWorkbookError, type NotAWorkbookReason } from "../../src/files/errors";
import { readXlsx } from "../../src/files/xlsx-reader";
import { makeZip } from "../support/zip";

async function failure(data: Buffer): Promise<NotAWorkbookError> {
  try {
    await readXlsx(data);
  } catch (e) {
    if (e instanceof NotAWorkbookError) {
      return e;
    }
    throw new Error(`readXlsx threw something else: ${String(e)}`);
  }
  throw new Error("readXlsx read it as a workbook");
}

const DOCX = makeZip([
  {
    name: "[Content_Types].xml",
    data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  {
    name: "_rels/.rels",
    data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  },
  {
    name: "word/document.xml",
    data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Uppföljning</w:t></w:r></w:p></w:body></w:document>',
  },
]);

describe("readXlsx on files that are not workbooks", () => {
  const cases: [string, NotAWorkbookReason, Buffer][] = [
    ["an empty file", "empty", Buffer.alloc(0)],
    ["a text file", "notZip", Buffer.from("ID;Typ;Status\n1.A1;Aktivitet;Pågår\n", "utf8")],
    ["an old binary .xls (OLE2)", "notZip", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ["a Word document", "noWorkbook", DOCX],
    ["a zip with no workbook in it", "noWorkbook", makeZip([{ name: "readme.txt", data: "hej" }])],
    ["an empty zip", "noWorkbook", makeZip([])],
    ["a cut-off zip", "unreadable", DOCX.subarray(0, 120)],
  ];

  test.each(cases)("%s → NotAWorkbookError (%s)", async (_, reason, data) => {
    const e = await failure(data);
    expect(e.reason).toBe(reason);
    expect(e.messageIn("sv")).toMatch(/[åäöÅÄÖ]|Filen/);
    expect(e.messageIn("en")).toMatch(/file/i);
    expect(e.message).toBe(`${e.messageIn("sv")} / ${e.messageIn("en")}`);
  });

  test("random bytes never get past NotAWorkbookError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, asZip) => {
        // Half the time the bytes start like a zip, so they reach the zip reader.
        const data = Buffer.from(asZip ? [0x50, 0x4b, 0x03, 0x04, ...bytes] : bytes);
        const e = await failure(data).catch((err: unknown) => err);
        expect(e).toBeInstanceOf(NotAWorkbookError);
      }),
      { numRuns: 150 }
    );
  });
});
