/**
 * The double runs in a browser: webpack bundles browser.ts for the web (no Node built-ins may be
 * imported — webpack 5 does not polyfill them, so an import of fs, path or buffer fails the
 * build), and the bundle works in a fresh JavaScript realm without Node's globals.
 */
import { mkdtemp, readFile, rm } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { runInNewContext } from "vm";
import { buildExcelDoubleBundle } from "./build-browser-bundle";

test("browser.ts bundles for the web and installs a working double in a realm without Node", async () => {
  const out = await mkdtemp(join(tmpdir(), "excel-double-"));
  try {
    const code = await readFile(await buildExcelDoubleBundle(out), "utf8");
    const page: Record<string, unknown> = { excelDoubleOptions: { displayLanguage: "en-GB" }, setTimeout, console };
    page.window = page;
    runInNewContext(code, page);
    expect(page.require).toBeUndefined();
    expect(page.Buffer).toBeUndefined();
    const result = await runInNewContext(
      `(async () => {
        const info = await Office.onReady();
        await Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
          range.values = [["=1+1", "text"]];
          await context.sync();
        });
        return { info, language: Office.context.displayLanguage, formula: excelDouble.workbook.cell("Sheet1", "A1").formula, syncs: excelDouble.syncCount };
      })()`,
      page
    );
    expect(result).toEqual({
      info: { host: "Excel", platform: "OfficeOnline" },
      language: "en-GB",
      formula: "=1+1",
      syncs: 1,
    });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
