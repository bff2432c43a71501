import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";
import { terminalText } from "../../src/cli/terminal-text";
import { followup, ROOT, tempDir } from "./cli-harness";
import { writeFilledWorkbook } from "./workbook-fixture";

describe("text from files reaches the terminal harmless", () => {
  it("shows control characters and direction overrides as escapes, keeps the rest", () => {
    expect(terminalText("Pågår\u001b]0;HACKED\u0007\u001b[2J slut")).toBe("Pågår\\x1b]0;HACKED\\x07\\x1b[2J slut");
    expect(terminalText("abc\u202edef\u0085")).toBe("abc\\u202edef\\x85");
    expect(terminalText("rad ett\ttabb")).toBe("rad ett\ttabb");
  });

  it("escapes a file name that carries an escape sequence in the one error line", async () => {
    const dir = tempDir();
    const result = await followup(["check", "\u001b]0;owned\u0007.xlsx"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).not.toContain("\u0007");
    expect(result.stderr).toContain("\\x1b]0;owned\\x07.xlsx");
  });

  it("keeps --json exact: JSON escapes the characters itself", async () => {
    const dir = tempDir();
    const result = await followup(["check", "\u001b.xlsx", "--json"], dir);
    const parsed = JSON.parse(result.stdout) as { error: { message: string } };
    expect(parsed.error.message).toContain("\u001b.xlsx");
  });
});

describe("a closed pipe", () => {
  it("ends `followup check FILE | head -1` (and a reader that never reads) quietly, without a stack trace", async () => {
    const dir = tempDir();
    const file = await writeFilledWorkbook(dir, "filled.xlsx");
    execFileSync("npm", ["run", "build:cli", "--silent"], { cwd: ROOT, stdio: "pipe" });
    const result = spawnSync(
      "bash",
      ["-c", `node ${JSON.stringify(path.join(ROOT, "bin", "followup.js"))} check ${JSON.stringify(file)} | head -1`],
      {
        encoding: "utf8",
      }
    );
    expect(result.stdout).toMatch(/^Kontroll av /);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toBe("");
    // `true` exits before node has started: every write meets a closed pipe.
    const closed = spawnSync(
      "bash",
      ["-c", `node ${JSON.stringify(path.join(ROOT, "bin", "followup.js"))} check ${JSON.stringify(file)} | true`],
      {
        encoding: "utf8",
      }
    );
    expect(closed.stderr).toBe("");
  });
});
