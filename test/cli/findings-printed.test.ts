import * as fs from "node:fs";
import * as path from "node:path";
import { buildWorkbookFile } from "../../src/cli/workbook-file";
import { LIMITS } from "../../src/core";
import type { EnteredValues } from "../../src/core";
import { syntheticProgramme } from "../../bench/synthetic-programme";
import { followup, tempDir } from "./cli-harness";

/** A workbook with more problems than anyone reads in a terminal: all counted, a bounded number printed. */
test(`check prints at most ${LIMITS.findingsPrinted} findings, says how many more, and lists all in --json`, async () => {
  const dir = tempDir();
  try {
    const programme = syntheticProgramme(2, 700);
    const entries = new Map<string, EnteredValues>();
    for (const row of programme.areas.flatMap((a) => a.rows)) {
      if (row.type === "activity") entries.set(row.id, { status: "Pagar" });
    }
    const { data } = await buildWorkbookFile({
      programme,
      year: 2019,
      values: entries,
      choices: {},
      retired: [],
      closed: false,
      now: new Date("2020-01-20T10:00:00Z"),
    });
    fs.writeFileSync(path.join(dir, "manga.xlsx"), data);

    const human = await followup(["check", "manga.xlsx"], dir);
    const json = await followup(["check", "manga.xlsx", "--json"], dir);
    const all = (JSON.parse(json.stdout) as { findings: { code: string }[] }).findings.filter(
      (f) => f.code !== "notReported"
    );
    expect(all.length).toBeGreaterThan(LIMITS.findingsPrinted);
    const lines = human.stdout.split("\n").filter((l) => /^ {2}(fel|varning|info) +/.test(l));
    expect(lines).toHaveLength(LIMITS.findingsPrinted);
    expect(human.stdout).toContain(
      `… och ${all.length - LIMITS.findingsPrinted} till, som inte skrivs ut här (followup check manga.xlsx --json listar alla).`
    );
    expect(human.code).toBe(1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
