/**
 * Requests and responses are split only where one would pass the limit: with the double's limit
 * lowered to 200 kB (Excel on the web's is 5 MB), a workbook of 5 × 300 rows is still written and
 * read whole — in more requests, each under the limit — and reads back exactly as the core reads
 * the double's cells.
 */
import { syntheticProgramme } from "../../bench/synthetic-programme";
import { collectEntries } from "../../src/core/check/entries";
import { readWorkbook } from "../../src/core/read/read-workbook";
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
