import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "check-advisories.js");

function check(args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8" });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("the advisory check CI runs instead of npm audit", () => {
  it("passes on the recorded tree and the repo's list", () => {
    expect(check([]).code).toBe(0);
  });

  it("fails on a production package in a listed vulnerable range, naming package, version and advisory", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "advisories-"));
    const list = path.join(dir, "advisories.json");
    fs.writeFileSync(
      list,
      JSON.stringify({
        advisories: [{ package: "exceljs", vulnerable: ">=4.0.0 <=4.4.0", id: "GHSA-test-0000-0000", title: "test" }],
      })
    );
    const result = check(["--advisories", list]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("exceljs@4.4.0 is affected by GHSA-test-0000-0000");
  });

  it("fails when the recorded tree no longer matches package-lock.json", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "advisories-"));
    const deps = path.join(dir, "prod-deps.json");
    const recorded = JSON.parse(fs.readFileSync(path.join(ROOT, "security", "prod-deps.json"), "utf8")) as Record<
      string,
      string[]
    >;
    fs.writeFileSync(deps, JSON.stringify({ ...recorded, exceljs: ["4.3.0"] }));
    const result = check(["--deps", deps]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("does not match package-lock.json");
  });

  it("ignores development-only packages: the tree is what users get", () => {
    const recorded = JSON.parse(fs.readFileSync(path.join(ROOT, "security", "prod-deps.json"), "utf8")) as Record<
      string,
      string[]
    >;
    expect(Object.keys(recorded)).toContain("exceljs");
    expect(Object.keys(recorded)).not.toContain("jest");
  });
});
