import { spawn } from "node:child_process";
import { copyFile, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { LibreOfficeMissingError, sofficeCommand } from "./libreoffice";
import { runPython } from "./python";

/**
 * Types into a workbook the way a department head does in LibreOffice Calc: LibreOffice opens the
 * file, the values go into the cells of rows found by ID and header (through LibreOffice's own
 * API, UNO, so its protection and its types apply), and LibreOffice saves it as .xlsx. Needs
 * Debian's python3-uno; fails (never skips) without it or without LibreOffice.
 */
const EDIT = `
import sys, json, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

pipe, path, wanted = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = None
for _ in range(600):
    try:
        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except Exception:
        time.sleep(0.1)
if ctx is None:
    sys.exit("LibreOffice did not answer on its pipe")
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
url = uno.systemPathToFileUrl(path)
doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
typed = []
for i in range(doc.Sheets.Count):
    sheet = doc.Sheets.getByIndex(i)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    data = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).DataArray
    header = None
    for r, row in enumerate(data):
        if header is None:
            if "ID" in row and "Typ" in row:
                header = {v: j for j, v in enumerate(row) if v != ""}
            continue
        rid = row[header["ID"]]
        if rid in wanted:
            for name, value in wanted[rid].items():
                cell = sheet.getCellByPosition(header[name], r)
                if isinstance(value, (int, float)):
                    cell.setValue(value)
                else:
                    cell.setString(value)
                typed.append([sheet.Name, rid, name])
doc.storeToURL(url, (prop("FilterName", "Calc MS Excel 2007 XML"),))
doc.close(True)
print(json.dumps(typed))
`;

/**
 * Once more with a fresh LibreOffice when the first attempt dies: now and then (about 1 run in 14
 * here) Python exits with nothing on stderr while LibreOffice, on a fresh profile, restarts under
 * it. The file is edited as a copy and put back only when LibreOffice has saved it, so a failed
 * attempt leaves it as it was.
 */
export async function editInLibreOffice(
  file: string,
  wanted: Record<string, Record<string, string | number>>
): Promise<[string, string, string][]> {
  try {
    return await editOnce(file, wanted);
  } catch (error) {
    if (error instanceof LibreOfficeMissingError) throw error;
    try {
      return await editOnce(file, wanted);
    } catch (again) {
      throw new Error(`LibreOffice edit failed twice: ${(error as Error).message} / then: ${(again as Error).message}`);
    }
  }
}

async function editOnce(
  file: string,
  wanted: Record<string, Record<string, string | number>>
): Promise<[string, string, string][]> {
  const work = await mkdtemp(join(tmpdir(), "lo-edit-"));
  const profile = join(work, "profile");
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(join(profile, "user", ".keep"), "");
  const copy = join(work, basename(file));
  await copyFile(file, copy);
  const pipe = `followup_${process.pid}_${Date.now()}`;
  const office = spawn(
    sofficeCommand(),
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      `--accept=pipe,name=${pipe};urp;`,
    ],
    { stdio: "ignore" }
  );
  const missing = new Promise<never>((_, reject) => {
    office.on("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "ENOENT" ? new LibreOfficeMissingError(sofficeCommand()) : error);
    });
  });
  try {
    const out = await Promise.race([runPython(EDIT, [pipe, copy, JSON.stringify(wanted)]), missing]);
    const typed = JSON.parse(out) as [string, string, string][];
    await copyFile(copy, file);
    return typed;
  } finally {
    office.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (office.exitCode === null) office.kill("SIGKILL");
    await rm(work, { recursive: true, force: true });
  }
}
