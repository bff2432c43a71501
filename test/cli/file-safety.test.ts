import * as fs from "node:fs";
import * as path from "node:path";
import { NODE_FS, type CliFileSystem } from "../../src/cli/io";
import { backupPath } from "../../src/cli/safe-write";
import { expectOneLineReason, followup, tempDir } from "./cli-harness";
import { writeFilledWorkbook } from "./workbook-fixture";

type Step = "writeFile" | "copyFile" | "rename";

/** The real file system, except that one step fails as a full disk would. */
function failingAt(step: Step): CliFileSystem {
  const fail = (): Promise<never> =>
    Promise.reject(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
  return { ...NODE_FS, [step]: fail };
}

describe("commands that change a file", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const changed = path.resolve(__dirname, "..", "..", "examples", "programme-huddinge-changed.json");

  it.each<[Step, string, string[]]>([
    ["writeFile", "summary --write", ["summary", "w.xlsx", "--write"]],
    ["copyFile", "summary --write", ["summary", "w.xlsx", "--write"]],
    ["rename", "summary --write", ["summary", "w.xlsx", "--write"]],
    ["writeFile", "update", ["update", "w.xlsx", "--programme", changed]],
    ["rename", "update", ["update", "w.xlsx", "--programme", changed]],
  ])("leave the original untouched and nothing behind when %s fails (%s)", async (step, _command, argv) => {
    const file = await writeFilledWorkbook(dir, "w.xlsx");
    const original = fs.readFileSync(file);
    const listing = fs.readdirSync(dir).sort();
    const result = await followup(argv, dir, { fs: failingAt(step) });
    expectOneLineReason(result);
    expect(result.stderr).toMatch(/kunde inte skriva w\.xlsx: ENOSPC.*w\.xlsx är orörd/);
    expect(fs.readFileSync(file).equals(original)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it("keep the original beside the new file, named by date and time, and never reuse a backup name", async () => {
    await writeFilledWorkbook(dir, "b.xlsx");
    const now = () => new Date(2020, 0, 31, 9, 5, 3);
    const first = await followup(["summary", "b.xlsx", "--write"], dir, { now });
    const second = await followup(["summary", "b.xlsx", "--write"], dir, { now });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(fs.existsSync(path.join(dir, "b.bak-20200131-090503.xlsx"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "b.bak-20200131-090503-2.xlsx"))).toBe(true);
    expect(second.stdout).toContain("b.bak-20200131-090503-2.xlsx");
  });

  it("name the backup FILE.bak-YYYYMMDD-HHMMSS.xlsx beside the file", () => {
    expect(backupPath(path.join("a", "uppfoljning.xlsx"), new Date(2021, 11, 9, 23, 59, 1))).toBe(
      path.join("a", "uppfoljning.bak-20211209-235901.xlsx")
    );
  });
});
