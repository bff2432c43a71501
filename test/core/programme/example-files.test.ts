import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { parseProgramme } from "../../../src/core/programme/parse-programme";
import type { Programme, ProgrammeRow } from "../../../src/core/programme/schema";
import { applyMidPeriodChanges } from "./changed-programme";

const EXAMPLES = join(__dirname, "../../../examples");
const DEFAULT_FILE = join(EXAMPLES, "programme-huddinge-2018-2021.json");
const CHANGED_FILE = join(EXAMPLES, "programme-huddinge-changed.json");

// `UPDATE_EXAMPLES=1 npx jest test/core/programme/example-files` rewrites the files after the
// bundled programme changed on purpose; the assertions below then check what was written.
if (process.env.UPDATE_EXAMPLES === "1") {
  const toJson = (p: Programme) => `${JSON.stringify(p, null, 2)}\n`;
  writeFileSync(DEFAULT_FILE, toJson(defaultProgramme()));
  writeFileSync(CHANGED_FILE, toJson(applyMidPeriodChanges(defaultProgramme())));
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8")) as unknown;
}

function parsedFile(file: string): Programme {
  const result = parseProgramme(readJson(file), "en");
  if (!result.ok) throw new Error(`${file} does not parse:\n${result.problems.join("\n")}`);
  return result.programme;
}

function rowsById(p: Programme): Map<string, { areaId: string; row: ProgrammeRow }> {
  const map = new Map<string, { areaId: string; row: ProgrammeRow }>();
  for (const area of p.areas) for (const row of area.rows) map.set(row.id, { areaId: area.id, row });
  return map;
}

describe("examples/programme-huddinge-2018-2021.json", () => {
  it("is exactly the bundled default programme", () => {
    expect(readJson(DEFAULT_FILE)).toEqual(defaultProgramme());
  });
});

describe("examples/programme-huddinge-changed.json", () => {
  it("parses as a programme", () => {
    expect(parseProgramme(readJson(CHANGED_FILE), "sv").ok).toBe(true);
  });

  it("is the default programme with the documented mid-period changes", () => {
    expect(readJson(CHANGED_FILE)).toEqual(applyMidPeriodChanges(defaultProgramme()));
  });

  describe("differs from the default in the ways an update must handle", () => {
    const before = defaultProgramme();
    const after = parsedFile(CHANGED_FILE);
    const oldRows = rowsById(before);
    const newRows = rowsById(after);

    it("adds exactly one activity, in area 1", () => {
      const added = [...newRows.entries()].filter(([id]) => !oldRows.has(id));
      expect(added.map(([, r]) => [r.areaId, r.row.type])).toEqual([["1", "activity"]]);
    });

    it("retires exactly one activity, from area 2", () => {
      const retired = [...oldRows.entries()].filter(([id]) => !newRows.has(id));
      expect(retired.map(([, r]) => [r.areaId, r.row.type])).toEqual([["2", "activity"]]);
    });

    it("moves exactly one activity from area 3 to area 5 under the same ID", () => {
      const moved = [...newRows.entries()].filter(([id, r]) => {
        const old = oldRows.get(id);
        return old !== undefined && old.areaId !== r.areaId;
      });
      expect(moved).toHaveLength(1);
      const [id, now] = moved[0] ?? ["", undefined];
      expect(oldRows.get(id)?.areaId).toBe("3");
      expect(now?.areaId).toBe("5");
      expect(now?.row.type).toBe("activity");
      expect(now?.row.text).toEqual(oldRows.get(id)?.row.text);
    });

    it("rewords exactly one goal and no other row's text", () => {
      const reworded = [...newRows.entries()].filter(([id, r]) => {
        const old = oldRows.get(id);
        return old !== undefined && old.row.text.text !== r.row.text.text;
      });
      expect(reworded.map(([, r]) => r.row.type)).toEqual(["goal"]);
    });

    it("renames one department in name only", () => {
      expect(after.departments.map((d) => d.code)).toEqual(before.departments.map((d) => d.code));
      const renamed = after.departments.filter((d, i) => d.name !== before.departments[i]?.name);
      expect(renamed).toHaveLength(1);
    });
  });
});
