/**
 * Requests and responses are split only where one would pass the limit: with the double's limit
 * lowered to 200 kB (Excel on the web's is 5 MB), a workbook of 5 × 300 rows is still written and
 * read whole — in more requests, each under the limit — and reads back exactly as the core reads
 * the double's cells.
 */
import { syntheticProgramme } from "../../bench/synthetic-programme";
import { collectEntries, readWorkbook } from "../../src/core";
import { installDouble } from "../excel-double/test-helpers";
import { YEAR, changedProgramme, service } from "./helpers";

const LIMIT = 200_000;
const limits = { requestBytes: 150_000, responseBytes: 100_000 };

test("a workbook larger than the limit is written and read in requests under it", async () => {
  const double = installDouble({ payloadLimitBytes: LIMIT });
  const svc = service({ limits });
  const programme = syntheticProgramme(5, 300);
  await svc.generate(programme, YEAR);
  expect(double.requests.length).toBeGreaterThan(3);
  expect(double.largestPayload).toBeLessThan(LIMIT);

  double.resetCounters();
  const state = await svc.read();
  expect(double.requests.every((r) => r.failed === null)).toBe(true);
  expect(double.largestResponse).toBeLessThan(LIMIT);
  expect(state.programme).toEqual(programme);
  const grids = double.workbook.toSheetGrids();
  const read = readWorkbook(grids);
  expect(state.entries).toEqual(collectEntries(read, programme));

  const rows = await svc.departmentRows("NBF");
  await svc.saveRows(rows.map((r) => ({ rowId: r.rowId, done: `Klart ${r.rowId}` })));
  double.resetCounters();
  const outcome = await svc.update(changedProgramme(programme));
  expect(outcome).toMatchObject({ ok: true });
  expect(double.largestPayload).toBeLessThan(LIMIT);
  expect(double.requests.every((r) => r.failed === null)).toBe(true);
  const after = await svc.departmentRows("NBF");
  for (const r of after.filter((x) => !x.rowId.endsWith(".A9999"))) {
    expect([r.rowId, r.done]).toEqual([r.rowId, `Klart ${r.rowId}`]);
  }
});

describe("reads of a workbook whose tables say less than it weighs", () => {
  // Long row texts: the tables' sizes alone promise a read that fits, but it does not.
  const tight = { requestBytes: 150_000, responseBytes: 150_000 };
  const programme = syntheticProgramme(5, 200, { longTexts: true });

  test("a session that did not write the workbook has its first read refused once, and plans the next in pieces", async () => {
    const double = installDouble({ payloadLimitBytes: LIMIT });
    await service({ limits: tight }).generate(programme, YEAR);
    const svc = service({ limits: tight });

    double.resetCounters();
    const first = await svc.read();
    expect(double.requests.filter((r) => r.failed !== null).map((r) => r.failed)).toEqual([
      "ResponsePayloadSizeLimitExceeded",
    ]);
    const firstSyncs = double.syncCount;

    double.resetCounters();
    const second = await svc.read();
    expect(double.requests.filter((r) => r.failed !== null)).toEqual([]);
    expect(double.syncCount).toBe(firstSyncs - 1);
    expect(double.largestResponse).toBeLessThan(LIMIT);
    expect(second.entries).toEqual(first.entries);
    expect(second.programme).toEqual(programme);
  });

  test("a session that generated the workbook plans its first read from what it wrote", async () => {
    const double = installDouble({ payloadLimitBytes: LIMIT });
    const svc = service({ limits: tight });
    await svc.generate(programme, YEAR);
    double.resetCounters();
    const state = await svc.read();
    expect(double.requests.filter((r) => r.failed !== null)).toEqual([]);
    expect(double.requests.length).toBeGreaterThan(2);
    expect(state.programme).toEqual(programme);
  });
});
