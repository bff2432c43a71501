import * as fs from "node:fs";
import * as path from "node:path";
import { NODE_FS, type CliFileSystem } from "../../src/cli/io";
import { followup, tempDir } from "./cli-harness";
import { writeFilledWorkbook } from "./workbook-fixture";

let dir: string;
let file: string;
beforeEach(async () => {
  dir = tempDir();
  file = await writeFilledWorkbook(dir, "filled.xlsx");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const names = (): string[] => fs.readdirSync(dir).sort();

it("never writes an export over the workbook it reads, even with --force", async () => {
  const before = fs.readFileSync(file);
  const result = await followup(["export", "filled.xlsx", "--xlsx", "filled.xlsx", "--force", "--json"], dir);
  expect(result.code).toBe(2);
  expect((JSON.parse(result.stdout) as { error: { code: string } }).error.code).toBe("outIsInput");
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(names()).toEqual(["filled.xlsx"]);
});

it("keeps a backup when generate --force replaces a filled workbook, and says where", async () => {
  const before = fs.readFileSync(file);
  const result = await followup(["generate", "--out", "filled.xlsx", "--force"], dir);
  expect(result.code).toBe(0);
  const backups = names().filter((n) => n.startsWith("filled.bak-"));
  expect(backups).toHaveLength(1);
  expect(fs.readFileSync(path.join(dir, backups[0] ?? "")).equals(before)).toBe(true);
  expect(result.stdout).toContain(backups[0]);
});

it("gives the rewritten workbook the original's permissions", async () => {
  fs.chmodSync(file, 0o600);
  const result = await followup(["summary", "filled.xlsx", "--write"], dir);
  expect(result.code).toBe(0);
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
});

it("writes through a symbolic link: the link stays, the file it points at is rewritten", async () => {
  fs.mkdirSync(path.join(dir, "real"));
  const target = path.join(dir, "real", "filled.xlsx");
  fs.renameSync(file, target);
  fs.symlinkSync(target, file);
  const before = fs.readFileSync(target);
  const result = await followup(["summary", "filled.xlsx", "--write"], dir);
  expect(result.code).toBe(0);
  expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
  expect(fs.readFileSync(target).equals(before)).toBe(false);
});

it.each([
  [
    "LibreOffice",
    ".~lock.filled.xlsx#",
    "Anna Andersson,anna,LAPTOP-7,04.12.2026 09:12,file:///home/anna/.config/libreoffice/4;\n",
    "Anna Andersson",
  ],
  [
    "Excel",
    "~$filled.xlsx",
    Buffer.concat([Buffer.from([4]), Buffer.from("Bosse", "latin1"), Buffer.alloc(50)]),
    "Bosse",
  ],
])("refuses to rewrite a workbook %s has open, naming who has it", async (program, lock, content, who) => {
  fs.writeFileSync(path.join(dir, lock), content);
  const before = fs.readFileSync(file);
  const result = await followup(["summary", "filled.xlsx", "--write"], dir);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(program);
  expect(result.stderr).toContain(who.slice(0, 4));
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(names()).toEqual([lock, "filled.xlsx"].sort());
});

it("refuses to replace a workbook that changed after it was read, keeping the other change", async () => {
  // Another program saves the workbook while the command works (here: as the backup is made).
  const racing: CliFileSystem = {
    ...NODE_FS,
    copyFile: async (from, to, mode) => {
      await NODE_FS.copyFile(from, to, mode);
      fs.appendFileSync(file, "x");
    },
  };
  const result = await followup(["summary", "filled.xlsx", "--write", "--json"], dir, { fs: racing });
  expect(result.code).toBe(1);
  expect((JSON.parse(result.stdout) as { error: { code: string } }).error.code).toBe("fileChangedSinceRead");
  expect(fs.readFileSync(file).subarray(-1).toString()).toBe("x");
  expect(names()).toEqual(["filled.xlsx"]);
});
