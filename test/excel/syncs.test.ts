/**
 * Syncs per use case do not grow with the number of rows (100 and 5,000 rows per area give the
 * same counts), stay within the aims (generate ≤ 4, read ≤ 2, summary ≤ 3), and no request or
 * response passes Excel on the web's 5 MB limit (the double, playing Excel on the web, fails any
 * that does).
 */
import { syntheticProgramme } from "../../bench/synthetic-programme";
import { ACTIVITY_STATUS, ASSESSMENT } from "../../src/core";
import type { FollowupService, RowEdit } from "../../src/app/service";
import { installDouble } from "../excel-double/test-helpers";
import type { ExcelDouble } from "../excel-double";
import { YEAR, changedProgramme, service } from "./helpers";

async function editsFor(svc: FollowupService, department: string): Promise<RowEdit[]> {
  const rows = await svc.departmentRows(department);
  return rows.map((r, i) =>
    r.type === "indicator"
      ? { rowId: r.rowId, value: i, done: "Mätt." }
      : {
          rowId: r.rowId,
          status: (r.type === "goal" ? ASSESSMENT : ACTIVITY_STATUS)[i % 3]?.sv ?? null,
          done: `Gjort ${i}`,
        }
  );
}

interface Measured {
  readonly syncs: Record<string, number>;
  readonly largestPayload: number;
  readonly largestResponse: number;
  readonly emptyLoads: number;
}

async function measure(rowsPerArea: number): Promise<Measured> {
  const double: ExcelDouble = installDouble();
  const svc = service();
  const programme = syntheticProgramme(5, rowsPerArea);
  const syncs: Record<string, number> = {};
  let largestPayload = 0;
  let largestResponse = 0;
  let emptyLoads = 0;
  const step = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    double.resetCounters();
    await work();
    expect([name, double.runs.length]).toEqual([name, 1]);
    syncs[name] = double.runs[0]?.syncs ?? -1;
    largestPayload = Math.max(largestPayload, double.largestPayload);
    largestResponse = Math.max(largestResponse, double.largestResponse);
    emptyLoads += double.emptyLoads;
  };
  await step("generate", () => svc.generate(programme, YEAR));
  await step("readMeta", () => svc.readMeta());
  await step("read", () => svc.read());
  let edits: RowEdit[] = [];
  await step("departmentRows", async () => {
    edits = await editsFor(svc, "KSF").then((e) => e);
  });
  await step("saveRows", () => svc.saveRows(edits));
  await step("markDepartmentReady", () => svc.markDepartmentReady("KSF"));
  const state = await svc.read();
  await step("markProblems", () => svc.markProblems(state.findings));
  await step("clearProblemMarks", () => svc.clearProblemMarks());
  await step("writeSummary", () => svc.writeSummary([{ key: "overall", assessment: "partly", text: "Text." }]));
  await step("update", () => svc.update(changedProgramme(programme)));
  await step("selectCell", () => svc.selectCell(programme.areas[0]?.sheetName ?? "", "E9"));
  return { syncs, largestPayload, largestResponse, emptyLoads };
}

describe("syncs per use case", () => {
  test("are the same for 100 and 5,000 rows per area, within the aims, under 5 MB, with no empty load", async () => {
    const small = await measure(100);
    const huge = await measure(5000);
    expect(huge.syncs).toEqual(small.syncs);
    expect(small.syncs.generate).toBeLessThanOrEqual(4);
    expect(small.syncs.read).toBeLessThanOrEqual(2);
    expect(small.syncs.writeSummary).toBeLessThanOrEqual(3);
    expect(small.syncs.saveRows).toBeLessThanOrEqual(3);
    expect(small.syncs.update).toBeLessThanOrEqual(4);
    expect(small.syncs.selectCell).toBe(1);
    expect(small.emptyLoads + huge.emptyLoads).toBe(0);
    expect(huge.largestPayload).toBeLessThan(5_000_000);
    expect(huge.largestResponse).toBeLessThan(5_000_000);
  });
});
