/**
 * watchChanges against the double: a person's edit is told, the add-in's own saves are not (they
 * run with events off), and after stopping nothing is.
 */
import { defaultProgramme } from "../../src/core";
import { installDouble } from "../excel-double/test-helpers";
import { YEAR, service } from "./helpers";

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

test("tells of a person's edit, not of the add-in's own writes, and stops when told", async () => {
  const double = installDouble();
  const programme = defaultProgramme();
  await service().generate(programme, YEAR);
  let changes = 0;
  const stop = await service().watchChanges(() => (changes += 1));

  const row = programme.areas[0]?.rows.find((r) => r.type === "activity");
  if (row === undefined) throw new Error("an activity");
  await service().saveRows([{ rowId: row.id, status: "Pågår", done: "Sparat i tillägget." }]);
  await tick();
  expect(changes).toBe(0);

  const sheet = double.workbook.sheet(programme.areas[0]?.sheetName ?? "");
  double.workbook.writeInput(sheet, 8, 5, { kind: "constant", value: "skrivet för hand" });
  await tick();
  expect(changes).toBe(1);

  await stop();
  double.workbook.writeInput(sheet, 9, 5, { kind: "constant", value: "igen" });
  await tick();
  expect(changes).toBe(1);
});
