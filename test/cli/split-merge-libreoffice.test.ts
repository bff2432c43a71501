import * as fs from "node:fs";
import * as path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { enteredValues } from "../../src/core";
import { followup, readWorkbookFile, tempDir } from "./cli-harness";
import { editInLibreOffice } from "../support/libreoffice-edit";

/**
 * The round trip a department without Excel makes: the coordinator splits, the department fills
 * its copy in LibreOffice Calc and saves it there, the coordinator merges, checks and summarises.
 */
describe("split → fill in LibreOffice → merge → check → summary", () => {
  test("the department's entries typed in LibreOffice reach the master and the summary", async () => {
    const dir = tempDir();
    const master = path.join(dir, "uppfoljning-2019.xlsx");
    expect((await followup(["generate", "--out", master], dir)).code).toBe(0);
    expect((await followup(["split", master, "--out", "kopior", "--department", "KSF"], dir)).code).toBe(0);
    const copy = path.join(dir, "kopior", "uppfoljning-2019-KSF.xlsx");

    const typed = await editInLibreOffice(copy, {
      "1.M1": { "Status/bedömning": "I fas", "Genomfört under året": "Medborgarlöften antagna" },
      "1.A1": { "Status/bedömning": "Genomförd", "Kommentar/analys": "Klart i maj" },
      "1.I1": { "Värde i år": 103 },
    });
    expect(typed.map(([, id, column]) => `${id} ${column}`)).toEqual([
      "1.M1 Status/bedömning",
      "1.M1 Genomfört under året",
      "1.A1 Status/bedömning",
      "1.A1 Kommentar/analys",
      "1.I1 Värde i år",
    ]);
    const app = strFromU8(unzipSync(fs.readFileSync(copy))["docProps/app.xml"] ?? new Uint8Array());
    expect(app).toMatch(/LibreOffice/);

    const merged = await followup(["merge", master, copy, "--json"], dir);
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(0);
    const report = JSON.parse(merged.stdout) as {
      copies: { taken: { rowId: string; column: string; value: string }[] }[];
    };
    expect(report.copies[0]?.taken.map((t) => `${t.rowId} ${t.column} ${t.value}`).sort()).toEqual([
      "1.A1 comment Klart i maj",
      "1.A1 status Genomförd",
      "1.I1 value 103",
      "1.M1 done Medborgarlöften antagna",
      "1.M1 status I fas",
    ]);
    const values = enteredValues(await readWorkbookFile(master));
    expect(values.get("1.M1")?.status).toBe("I fas");
    expect(Number(values.get("1.I1")?.value)).toBe(103);

    const check = await followup(["check", master], dir);
    expect(check.code).toBe(0);
    const summary = await followup(["summary", master, "--json"], dir);
    expect(summary.code).toBe(0);
    const roll = JSON.parse(summary.stdout) as { departments: { department: string; filled: number }[] };
    expect(roll.departments.find((d) => d.department === "KSF")?.filled).toBe(3);
  }, 180_000);
});
