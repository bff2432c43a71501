import * as fs from "node:fs";
import * as path from "node:path";
import { readWorkbook } from "../../src/core";
import { readXlsx } from "../../src/files/xlsx-reader";
import { followup, readWorkbookFile, ROOT, tempDir } from "./cli-harness";
import { loadWorkbook, worksheet } from "../support/exceljs-load";

/**
 * `followup reopen`: a closed year opened again with a reason, recorded in the workbook and kept
 * by every later rewrite; the inputs unlocked again; closing again works; nothing else changes.
 */
const NOW = (): Date => new Date(2020, 1, 3, 9, 0, 0);

async function closedYear(dir: string): Promise<string> {
  const file = path.join(dir, "uppfoljning-2019.xlsx");
  expect((await followup(["generate", "--out", file], dir)).code).toBe(0);
  expect((await followup(["close", file, "--force"], dir)).code).toBe(0);
  return file;
}

describe("followup reopen", () => {
  test("opens a closed year with the day and the reason recorded; update and summary --write work again and keep the record", async () => {
    const dir = tempDir();
    const file = await closedYear(dir);
    expect(
      (
        await followup(
          ["update", file, "--programme", path.join(ROOT, "examples", "programme-huddinge-changed.json")],
          dir
        )
      ).code
    ).toBe(1);

    const reopened = await followup(["reopen", file, "--reason", "Rättelse  av KSF:s rader", "--json"], dir, {
      now: NOW,
    });
    expect(reopened.code).toBe(0);
    expect(JSON.parse(reopened.stdout)).toMatchObject({
      ok: true,
      reopened: true,
      year: 2019,
      day: "2020-02-03",
      reason: "Rättelse av KSF:s rader",
    });
    let read = await readWorkbookFile(file);
    expect(read.meta?.closed).toBe(false);
    expect(read.closeFingerprint).toBeNull();
    expect(read.reopenings).toEqual([{ day: "2020-02-03", reason: "Rättelse av KSF:s rader" }]);
    const wb = await loadWorkbook(fs.readFileSync(file));
    expect(String(worksheet(wb, "Sammanfattning").getCell("A7").value)).toBe(
      "Året stängdes och öppnades igen 2020-02-03: Rättelse av KSF:s rader"
    );
    expect(worksheet(wb, "1 Trygghet och brott").getCell("E8").protection?.locked).toBe(false);

    // The year can be written again, and every rewrite keeps the record.
    const changed = path.join(ROOT, "examples", "programme-huddinge-changed.json");
    expect((await followup(["update", file, "--programme", changed], dir)).code).toBe(0);
    expect((await followup(["summary", file, "--write"], dir)).code).toBe(0);
    expect((await readWorkbookFile(file)).reopenings).toEqual([
      { day: "2020-02-03", reason: "Rättelse av KSF:s rader" },
    ]);
    expect((await followup(["close", file, "--force"], dir)).code).toBe(0);
    read = await readWorkbookFile(file);
    expect(read.meta?.closed).toBe(true);
    expect(read.reopenings).toHaveLength(1);
    expect((await followup(["reopen", file, "--reason", "Andra gången"], dir, { now: NOW })).code).toBe(0);
    expect((await readWorkbookFile(file)).reopenings?.map((r) => r.reason)).toEqual([
      "Rättelse av KSF:s rader",
      "Andra gången",
    ]);
  });

  test("without a reason it is a usage error; a year not closed is left alone; a copy is refused", async () => {
    const dir = tempDir();
    const file = await closedYear(dir);
    const before = fs.readFileSync(file);
    for (const argv of [
      ["reopen", file],
      ["reopen", file, "--reason", "   "],
    ]) {
      const r = await followup(argv, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--reason/);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const open = path.join(dir, "oppen.xlsx");
    await followup(["generate", "--out", open], dir);
    const untouched = fs.readFileSync(open);
    const r = await followup(["reopen", open, "--reason", "x", "--lang", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is not closed .*nothing was changed/);
    expect(fs.readFileSync(open).equals(untouched)).toBe(true);

    await followup(["split", open, "--out", "kopior", "--department", "KSF"], dir);
    const copy = path.join(dir, "kopior", "oppen-KSF.xlsx");
    const refused = await followup(["reopen", copy, "--reason", "x"], dir);
    expect(refused.code).toBe(1);
    expect(readWorkbook(await readXlsx(fs.readFileSync(copy))).reopenings).toEqual([]);
  });
});
