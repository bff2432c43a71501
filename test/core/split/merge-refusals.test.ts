import { followupPlan } from "../../../src/core/plan/followup-plan";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { enteredValues } from "../../../src/core/read/entered-values";
import type { WorkbookRead } from "../../../src/core/read/types";
import type { Programme } from "../../../src/core/programme/schema";
import { copyInfoFor, copyOf } from "../../../src/core/split/copy-info";
import { planMerge } from "../../../src/core/split/plan-merge";
import { smallProgramme } from "../../support/plan-fixtures";
import { planToGrids } from "../../support/plan-grids";

/**
 * Copies that do not belong to the master are refused, each with why, and the merge as a whole
 * refuses (nothing to write): another programme, another version of the same programme, another
 * year, a record on the hidden sheet someone damaged, a workbook that is no copy, one copy twice.
 */

const NOW = new Date("2019-11-01T08:00:00Z");
const programme = smallProgramme();
const YEAR = 2019;

function workbook(p: Programme, year: number, copyFor: string | null = null): WorkbookRead {
  const values = new Map();
  const master = readWorkbook(
    planToGrids(followupPlan({ programme: p, year, values, choices: {}, retired: [], closed: false, now: NOW }).plan)
  );
  if (copyFor === null) return master;
  const copy = copyInfoFor({
    programme: p,
    year,
    values: enteredValues(master),
    masterGeneratedAt: "",
    department: copyFor,
    now: NOW,
  });
  return readWorkbook(
    planToGrids(
      followupPlan({ programme: p, year, values, choices: {}, retired: [], closed: false, now: NOW, copy }).plan
    )
  );
}

const master = workbook(programme, YEAR);

test("a copy of another programme, of a changed version, of another year, damaged, or no copy at all is refused with why", () => {
  const renamed: Programme = { ...programme, name: { ...programme.name, text: "Ett annat program" } };
  const changed: Programme = {
    ...programme,
    areas: programme.areas.map((a, i) => (i === 0 ? { ...a, rows: a.rows.slice(0, -1) } : a)),
  };
  const good = workbook(programme, YEAR, "KSF");
  const damaged: WorkbookRead = { ...good, copyText: (good.copyText ?? "").slice(0, 40) };
  const result = planMerge(
    master,
    programme,
    YEAR,
    [
      { name: "annat.xlsx", read: workbook(renamed, YEAR, "KSF") },
      { name: "gammal.xlsx", read: workbook(changed, YEAR, "KSF") },
      { name: "2020.xlsx", read: workbook(programme, YEAR + 1, "KSF") },
      { name: "trasig.xlsx", read: damaged },
      { name: "huvud.xlsx", read: master },
      { name: "ksf.xlsx", read: good },
      { name: "ksf-igen.xlsx", read: good },
    ],
    null
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.refusals.map((r) => [r.copy, r.reason])).toEqual([
    ["annat.xlsx", "otherProgramme"],
    ["gammal.xlsx", "programmeChanged"],
    ["2020.xlsx", "otherYear"],
    ["trasig.xlsx", "copyUnreadable"],
    ["huvud.xlsx", "notACopy"],
    ["ksf-igen.xlsx", "sameFileTwice"],
  ]);
  expect(result.refusals[0]).toMatchObject({ programme: "Ett annat program", master: programme.name.text });
  expect(result.refusals[2]).toMatchObject({ year: YEAR + 1, master: YEAR });
  expect(result.refusals[5]).toMatchObject({ other: "ksf.xlsx" });
});

test("a copy knows its department, its rows and the base; the master knows it is none", () => {
  const copy = copyOf(workbook(programme, YEAR, "BUF"));
  expect(copyOf(master)).toEqual({ kind: "master" });
  expect(copy.kind).toBe("copy");
  if (copy.kind !== "copy") return;
  const own = programme.areas.flatMap((a) => a.rows.filter((r) => r.department === "BUF").map((r) => r.id));
  expect(copy.info.owned).toEqual(own);
  expect(Object.keys(copy.info.base).sort()).toEqual([...own].sort());
  // Every other row has its hash, so a change there is seen.
  expect(copy.info.others.split(";").length).toBe(programme.areas.flatMap((a) => a.rows).length - own.length);
});
