import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { defaultProgramme } from "../../src/core";
import { writeFilledWorkbook } from "../cli/workbook-fixture";
import { generatedWorkbook, rawZip } from "../support/hostile-files";

/** Writers of the corpus's inputs into a case's folder. */

export const put =
  (name: string, bytes: Uint8Array | string) =>
  (dir: string): Promise<void> => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return Promise.resolve();
  };

export const putAsync =
  (name: string, make: () => Promise<Uint8Array | string>) =>
  async (dir: string): Promise<void> => {
    fs.writeFileSync(path.join(dir, name), await make());
  };

export function all(...steps: ((dir: string) => Promise<void>)[]): (dir: string) => Promise<void> {
  return async (dir) => {
    for (const step of steps) await step(dir);
  };
}

/** The generated workbook with its parts changed by `edit` (a part set to null is left out). */
export async function packageEdited(edit: (parts: Record<string, Uint8Array | null>) => void): Promise<Uint8Array> {
  const parts: Record<string, Uint8Array | null> = unzipSync(await generatedWorkbook());
  edit(parts);
  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) if (bytes !== null) out[name] = bytes;
  return zipSync(out);
}

/** The generated workbook written byte by byte, one entry's header changed (method, flags). */
export async function entryPatched(part: string, patch: (central: Buffer, local: Buffer) => void): Promise<Uint8Array> {
  const parts = unzipSync(await generatedWorkbook());
  const zip = Buffer.from(
    rawZip(
      Object.entries(parts).map(([name, bytes]) => ({ name, data: bytes, stored: true, statedSize: bytes.length }))
    )
  );
  const name = Buffer.from(part);
  const local = zip.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04])]), 0);
  let at = local;
  while (at >= 0 && !zip.subarray(at + 30, at + 30 + name.length).equals(name)) {
    at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4);
  }
  let central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (central >= 0 && !zip.subarray(central + 46, central + 46 + name.length).equals(name)) {
    central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), central + 4);
  }
  if (at < 0 || central < 0) throw new Error(`no entry ${part}`);
  patch(zip.subarray(central, central + 46), zip.subarray(at, at + 30));
  return new Uint8Array(zip);
}

/** A filled workbook of the bundled programme, edited with ExcelJS as a person edits in Excel. */
export function filledEdited(name: string, edit: (wb: ExcelJS.Workbook) => void) {
  return async (dir: string): Promise<void> => {
    const file = await writeFilledWorkbook(dir, name);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    edit(wb);
    await wb.xlsx.writeFile(file);
  };
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The cell of an area table's column (by header) in the row holding `rowId`. */
export function cellOf(ws: ExcelJS.Worksheet, rowId: string, header: string): ExcelJS.Cell {
  let column = 0;
  ws.getRow(7).eachCell((c, n) => {
    if (c.value === header) column = n;
  });
  let row = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(1).value === rowId) row = n;
  });
  if (column === 0 || row === 0) throw new Error(`no cell ${rowId} / ${header}`);
  return ws.getCell(row, column);
}

export function renameHeader(ws: ExcelJS.Worksheet, from: string, to: string): void {
  ws.getRow(7).eachCell((c) => {
    if (c.value === from) c.value = to;
  });
}

export function programmeJson(change: (p: Record<string, unknown>) => void): string {
  const p = JSON.parse(JSON.stringify(defaultProgramme())) as Record<string, unknown>;
  change(p);
  return JSON.stringify(p);
}

export const text = (s: string): Uint8Array => strToU8(s);
