/**
 * What the double measures for the adapter's tests and the benchmark: syncs, requests, payloads,
 * and the state each request ran in (calculation / screen updating suspended, events).
 */
import { installDouble } from "./test-helpers";

async function writeRows(rows: number, perRowSync: boolean): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    if (perRowSync) {
      for (let r = 0; r < rows; r++) {
        sheet.getRange(`A${r + 1}:B${r + 1}`).values = [[`id ${r}`, r]];
        await context.sync();
      }
    } else {
      sheet.getRange(`A1:B${rows}`).values = Array.from({ length: rows }, (_, r) => [`id ${r}`, r]);
      await context.sync();
    }
  });
}

test("syncCount counts context.sync() calls; requests record one round trip each with its operations and payload", async () => {
  const double = installDouble();
  await writeRows(50, true);
  expect(double.syncCount).toBe(50);
  expect(double.requests).toHaveLength(50);
  expect(double.runs).toHaveLength(1);
  expect(double.runs[0].syncs).toBe(50);
  // workbook → worksheets → getItem → getRange (instantiations) + the values set.
  expect(double.requests[0].operations).toBeGreaterThanOrEqual(2);
  double.resetCounters();
  await writeRows(50, false);
  expect(double.syncCount).toBe(1);
  expect(double.requests).toHaveLength(1);
});

test("the payload estimate grows with the data written and is the JSON size of what was queued", async () => {
  const double = installDouble();
  await writeRows(10, false);
  const small = double.largestPayload;
  double.resetCounters();
  await writeRows(1000, false);
  const large = double.largestPayload;
  const json = JSON.stringify(Array.from({ length: 1000 }, (_, r) => [`id ${r}`, r]));
  expect(large).toBeGreaterThan(json.length);
  expect(large).toBeLessThan(json.length + 2000);
  expect(large).toBeGreaterThan(small * 50);
});

test("payloads count UTF-8 bytes (å, ä, ö are two bytes each)", async () => {
  const double = installDouble();
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["a".repeat(1000)]];
  });
  const ascii = double.requests[0].payloadBytes;
  double.resetCounters();
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ä".repeat(1000)]];
  });
  expect(double.requests[0].payloadBytes - ascii).toBe(1000);
});

test("an explicit sync with nothing queued counts as a sync but makes no request; the closing sync of Excel.run counts only when it carries something", async () => {
  const double = installDouble();
  await Excel.run(async (context) => {
    await context.sync();
  });
  expect(double.syncCount).toBe(1);
  expect(double.requests).toHaveLength(0);
  await Excel.run(async () => undefined);
  expect(double.syncCount).toBe(1);
});

test("responses are measured too: loading values records their size", async () => {
  const double = installDouble();
  await writeRows(200, false);
  double.resetCounters();
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B200").load("values");
    await context.sync();
    expect(range.values).toHaveLength(200);
  });
  expect(double.requests[0].loads).toBe(1);
  expect(double.requests[0].responseBytes).toBeGreaterThan(
    JSON.stringify(Array.from({ length: 200 }, (_, r) => [`id ${r}`, r])).length - 1
  );
  expect(double.largestResponse).toBe(double.requests[0].responseBytes);
});

test("suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync mark the request they go with, and only that one; enableEvents is recorded per request", async () => {
  const double = installDouble();
  await Excel.run(async (context) => {
    context.runtime.enableEvents = false;
    context.application.suspendApiCalculationUntilNextSync();
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    await context.sync();
    context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    context.runtime.enableEvents = true;
    await context.sync();
  });
  expect(double.requests.map((r) => [r.calculationSuspended, r.screenUpdatingSuspended])).toEqual([
    [true, true],
    [false, false],
  ]);
  expect(double.requests[1].eventsEnabled).toBe(false);
  expect(double.workbook.runtime.enableEvents).toBe(true);
});
