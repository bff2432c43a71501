import { constants, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { buildWorkbookFile } from "../../src/cli/workbook-file";
import { COMPRESSED_MARKER, DATA_FIRST_ROW, DATA_LAYOUT, defaultProgramme } from "../../src/core";

/**
 * Hostile and odd .xlsx files, made as an attacker or a broken program would: real zips with
 * real deflate streams, so the reader meets them as it would in the wild. Bombs are built from
 * one compressed block repeated (a block flushed with Z_FULL_FLUSH stands alone), so a 4 GB
 * bomb takes milliseconds to make and a few MB to hold.
 */

const MB = 1024 * 1024;

/** The bundled programme's empty 2019 workbook, as our own writer makes it. */
export async function generatedWorkbook(): Promise<Uint8Array> {
  const { data } = await buildWorkbookFile({
    programme: defaultProgramme(),
    year: 2019,
    values: new Map(),
    choices: {},
    retired: [],
    closed: false,
    now: new Date("2020-01-20T10:00:00Z"),
  });
  return new Uint8Array(data);
}

/** A raw deflate stream that inflates to `prefix`, then `chunk` × `times`, then `suffix`. */
export function repeatedDeflate(prefix: string, chunk: string, times: number, suffix: string): Uint8Array {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const head = deflateRawSync(Buffer.from(prefix), flush);
  const body = deflateRawSync(Buffer.from(chunk), flush);
  const tail = deflateRawSync(Buffer.from(suffix));
  const out = new Uint8Array(head.length + body.length * times + tail.length);
  out.set(head, 0);
  for (let i = 0; i < times; i++) out.set(body, head.length + i * body.length);
  out.set(tail, head.length + body.length * times);
  return out;
}

interface RawEntry {
  readonly name: string;
  /** Already compressed with raw deflate (method 8), or stored when `stored`. */
  readonly data: Uint8Array;
  readonly stored?: boolean;
  /** The uncompressed size the headers claim. */
  readonly statedSize: number;
}

/** A zip written byte by byte, so headers can say what a hostile writer wants them to say. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.stored === true ? 0 : 8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(0xfffffffe, e.statedSize), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.stored === true ? 0 : 8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(0xfffffffe, e.statedSize), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** A workbook's parts as raw entries (deflated honestly), to be joined with hostile ones. */
function honestEntries(parts: Record<string, Uint8Array>, skip: ReadonlySet<string> = new Set()): RawEntry[] {
  return Object.entries(parts)
    .filter(([name]) => !skip.has(name))
    .map(([name, bytes]) => ({
      name,
      data: new Uint8Array(deflateRawSync(Buffer.from(bytes))),
      statedSize: bytes.length,
    }));
}

/** The generated workbook with one part's XML changed. */
export async function editedPart(part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const parts = unzipSync(await generatedWorkbook());
  const xml = parts[part];
  if (xml === undefined) throw new Error(`no part ${part}`);
  const out: Zippable = { ...parts, [part]: strToU8(edit(strFromU8(xml))) };
  return zipSync(out);
}

/** One value at the far corner of the sheet grid (XFD1048576) on the first area sheet. */
export function farCellWorkbook(ref = "XFD1048576"): Promise<Uint8Array> {
  const row = /\d+$/.exec(ref)?.[0] ?? "1048576";
  return editedPart("xl/worksheets/sheet2.xml", (xml) =>
    xml.replace("</sheetData>", `<row r="${row}"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`)
  );
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** 1 MB of text from a 4 KB block of pseudo-random letters: compresses about 250 to 1, like busy XML. */
function busyText(): string {
  let seed = 7;
  let block = "";
  for (let i = 0; i < 4096; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    block += String.fromCharCode(97 + (seed % 26));
  }
  return block.repeat(MB / 4096);
}

/**
 * The first area sheet replaced by one whose single cell inflates to `megabytes` of text; its
 * headers state `statedSize` (a lying writer says 1 KB). "busy" text compresses like real XML
 * (about 250:1), "blank" text as far as deflate goes (about 1000:1).
 */
export async function sheetBomb(
  megabytes: number,
  statedSize?: number,
  fill: "busy" | "blank" = "busy"
): Promise<Uint8Array> {
  const parts = unzipSync(await generatedWorkbook());
  const chunk = fill === "busy" ? busyText() : " ".repeat(MB);
  const bomb = repeatedDeflate(
    `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
    chunk,
    megabytes,
    "</t></is></c></row></sheetData></worksheet>"
  );
  return rawZip([
    ...honestEntries(parts, new Set(["xl/worksheets/sheet2.xml"])),
    { name: "xl/worksheets/sheet2.xml", data: bomb, statedSize: statedSize ?? megabytes * MB },
  ]);
}

/** `rows` short rows on the first area sheet (about 48 bytes each, deflated to almost nothing). */
export async function manyRows(rows: number): Promise<Uint8Array> {
  const parts = unzipSync(await generatedWorkbook());
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  const perChunk = 10_000;
  const sheet = repeatedDeflate(
    SHEET_HEAD,
    row.repeat(perChunk),
    Math.ceil(rows / perChunk),
    "</sheetData></worksheet>"
  );
  return rawZip([
    ...honestEntries(parts, new Set(["xl/worksheets/sheet2.xml"])),
    { name: "xl/worksheets/sheet2.xml", data: sheet, statedSize: Math.ceil(rows / perChunk) * perChunk * row.length },
  ]);
}

/** A never-used picture part that inflates to `megabytes` (1.5 GB in the measurement). */
export async function unusedMediaBomb(megabytes: number): Promise<Uint8Array> {
  const parts = unzipSync(await generatedWorkbook());
  const zeros = "\u0000".repeat(MB);
  return rawZip([
    ...honestEntries(parts),
    { name: "xl/media/image1.png", data: repeatedDeflate("", zeros, megabytes, ""), statedSize: megabytes * MB },
  ]);
}

/** The stored programme on Programdata replaced by deflate+base64 text that inflates to `megabytes`. */
export async function programmeBomb(megabytes: number): Promise<Uint8Array> {
  const bomb = repeatedDeflate('{"a":"', " ".repeat(MB), megabytes, '"}');
  const text = COMPRESSED_MARKER + Buffer.from(bomb).toString("base64");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await generatedWorkbook()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Programdata");
  if (ws === undefined) throw new Error("no Programdata sheet");
  const column = DATA_LAYOUT.programmeJson.column;
  for (let r = DATA_FIRST_ROW; r <= ws.rowCount; r++) ws.getCell(r, column).value = null;
  const cellSize = 32_000;
  for (let i = 0, r = DATA_FIRST_ROW; i < text.length; i += cellSize, r++) {
    ws.getCell(r, column).value = text.slice(i, i + cellSize);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
