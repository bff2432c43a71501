import { strToU8, zipSync } from "fflate";
import type { HostileCase } from "./case";
import { all, entryPatched, packageEdited, put, putAsync, text } from "./inputs";
import {
  farCellWorkbook,
  generatedWorkbook,
  manyRows,
  programmeBomb,
  sheetBomb,
  unusedMediaBomb,
} from "../support/hostile-files";
import { runPython } from "../support/python";
import * as path from "node:path";
import * as fs from "node:fs";

const check = (file = "in.xlsx"): string[] => ["check", file];

/** Files that are not workbooks, damaged workbooks, and workbooks built to take a machine down. */
export const FILE_CASES: readonly HostileCase[] = [
  {
    name: "a text file named .xlsx",
    make: put("in.xlsx", "ID;Status\n1.A1;Pågår\n"),
    argv: check(),
    exit: 2,
    error: "notAWorkbook",
  },
  { name: "an empty file", make: put("in.xlsx", ""), argv: check(), exit: 2, error: "notAWorkbook" },
  {
    name: "an old .xls (a compound file)",
    make: put("in.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    argv: check(),
    exit: 2,
    error: "notAWorkbook",
  },
  {
    name: "a workbook cut off halfway through saving",
    make: putAsync("in.xlsx", async () => (await generatedWorkbook()).subarray(0, 20_000)),
    argv: check(),
    exit: 2,
    error: "workbookUnreadable",
  },
  {
    name: "a zip of a text file",
    make: put("in.xlsx", zipSync({ "notes.txt": text("hej") })),
    argv: check(),
    exit: 2,
    error: "notAWorkbook",
  },
  {
    name: "a Word document renamed .xlsx",
    make: put(
      "in.xlsx",
      zipSync({
        "[Content_Types].xml": text('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        "_rels/.rels": text(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": text(
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
        ),
      })
    ),
    argv: check(),
    exit: 2,
    error: "notAWorkbook",
  },
  {
    name: "a folder given as the workbook",
    make: (dir) => Promise.resolve(fs.mkdirSync(path.join(dir, "in.xlsx"))),
    argv: check(),
    exit: 2,
    error: "fileIsFolder",
  },
  {
    name: "a workbook that is not there",
    make: () => Promise.resolve(),
    argv: check("saknas.xlsx"),
    exit: 2,
    error: "fileNotFound",
  },
  {
    name: "a sheet part that is not XML",
    make: putAsync("in.xlsx", () =>
      packageEdited((p) => (p["xl/worksheets/sheet2.xml"] = text("<worksheet><sheetData><row><c><v>1</sheetData")))
    ),
    argv: check(),
    exit: 2,
    error: "workbookUnreadable",
  },
  {
    name: "a sheet the workbook lists but the file lacks",
    make: putAsync("in.xlsx", () => packageEdited((p) => (p["xl/worksheets/sheet3.xml"] = null))),
    argv: check(),
    exit: 2,
    error: "workbookPartUnreadable",
  },
  {
    name: "a part whose deflate stream is damaged",
    make: putAsync("in.xlsx", async () => {
      const zip = Buffer.from(
        zipSync({ ...(await import("fflate")).unzipSync(await generatedWorkbook()) }, { level: 6 })
      );
      const at = zip.indexOf(Buffer.from("xl/worksheets/sheet2.xml")) + 60;
      zip.fill(0xff, at, at + 200);
      return new Uint8Array(zip);
    }),
    argv: check(),
    exit: 2,
    error: "workbookPartUnreadable",
  },
  {
    name: "a part marked encrypted",
    make: putAsync("in.xlsx", () =>
      entryPatched("xl/worksheets/sheet2.xml", (central) => central.writeUInt16LE(0x0801, 8))
    ),
    argv: check(),
    exit: 2,
    error: "workbookPartUnreadable",
  },
  {
    name: "a part compressed with bzip2 (method 12)",
    make: putAsync("in.xlsx", () =>
      entryPatched("xl/worksheets/sheet2.xml", (central) => central.writeUInt16LE(12, 10))
    ),
    argv: check(),
    exit: 2,
    error: "workbookPartUnreadable",
  },
  {
    name: "a zip directory that points past the end of the file",
    make: putAsync("in.xlsx", async () => {
      const zip = Buffer.from(await generatedWorkbook());
      zip.writeUInt32LE(0x7fffffff, zip.length - 6);
      return new Uint8Array(zip);
    }),
    argv: check(),
    exit: 2,
    error: "workbookUnreadable",
  },
  {
    name: "a value at XFD1048576 (52 KB)",
    make: putAsync("in.xlsx", () => farCellWorkbook()),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "a value at XFD1",
    make: putAsync("in.xlsx", () => farCellWorkbook("XFD1")),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "a value at A200000",
    make: putAsync("in.xlsx", () => farCellWorkbook("A200000")),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "a sheet that inflates to 300 MB",
    make: putAsync("in.xlsx", () => sheetBomb(300)),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "a sheet that inflates to 300 MB while its headers say 1 KB",
    make: putAsync("in.xlsx", () => sheetBomb(300, 1000)),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "a sheet that inflates 1,000 to 1",
    make: putAsync("in.xlsx", () => sheetBomb(300, 1000, "blank")),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "a sheet of 1,000,000 rows",
    make: putAsync("in.xlsx", () => manyRows(1_000_000)),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "an unused 1.5 GB picture part (never inflated: the workbook is read)",
    make: putAsync("in.xlsx", () => unusedMediaBomb(1536)),
    argv: check(),
    exit: 0,
    finding: "notReported",
  },
  {
    name: "a stored programme that inflates to 4 GB",
    make: putAsync("in.xlsx", () => programmeBomb(4096)),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "10,001 parts in the package",
    make: putAsync("in.xlsx", async () => {
      const parts: Record<string, Uint8Array> = (await import("fflate")).unzipSync(await generatedWorkbook());
      for (let i = 0; i < 10_001; i++) parts[`customXml/item${i}.xml`] = strToU8("<a/>");
      return zipSync(parts, { level: 0 });
    }),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "shared strings that inflate past the part limit (100 MB)",
    make: putAsync("in.xlsx", async () => {
      const { repeatedDeflate, rawZip } = await import("../support/hostile-files");
      const parts = (await import("fflate")).unzipSync(await generatedWorkbook());
      const { deflateRawSync } = await import("node:zlib");
      let seed = 3;
      let block = "";
      for (let i = 0; i < 4096; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        block += String.fromCharCode(97 + (seed % 26));
      }
      const strings = repeatedDeflate(
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
        block.repeat(256),
        100,
        "</t></si></sst>"
      );
      return rawZip([
        ...Object.entries(parts).map(([name, bytes]) => ({
          name,
          data: new Uint8Array(deflateRawSync(bytes)),
          statedSize: bytes.length,
        })),
        { name: "xl/sharedStrings.xml", data: strings, statedSize: 100 * 1024 * 1024 },
      ]);
    }),
    argv: check(),
    exit: 2,
    error: "limitExceeded",
  },
  {
    name: "a workbook saved by openpyxl (absolute part targets)",
    make: all(
      putAsync("gen.xlsx", () => generatedWorkbook()),
      async (dir) => {
        await runPython("import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", [
          path.join(dir, "gen.xlsx"),
          path.join(dir, "in.xlsx"),
        ]);
      }
    ),
    argv: check(),
    exit: 0,
    finding: "notReported",
  },
  {
    name: "a workbook written by XlsxWriter with no follow-up data",
    make: async (dir) => {
      await runPython(
        "import sys, xlsxwriter\nwb = xlsxwriter.Workbook(sys.argv[1])\nws = wb.add_worksheet('Budget 2019')\nws.add_table('A1:B3', {'columns': [{'header': 'Post'}, {'header': 'Belopp'}]})\nwb.close()",
        [path.join(dir, "in.xlsx")]
      );
    },
    argv: check(),
    exit: 2,
    error: "noProgrammeData",
  },
];
