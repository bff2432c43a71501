/**
 * The task pane reads with the command line's limits: a sheet whose used range reaches past them
 * is refused from its extent, before Excel is asked for its cells.
 */
import { defaultProgramme, LIMITS } from "../../src/core";
import { installDouble } from "../excel-double/test-helpers";
import { service, YEAR } from "./helpers";
import type { AddinError } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";

describe("a workbook past the reading limits, in the add-in", () => {
  test.each([
    ["one value at XFD1048576", 1_048_575, 16_383, "'1 Trygghet och brott'!XFD1048576.", "innehåll bortom rad 100 000"],
    [
      "a value just past the last row",
      LIMITS.rows,
      0,
      `'1 Trygghet och brott'!Q${LIMITS.rows + 1}.`,
      "innehåll bortom rad 100 000",
    ],
    ["a value just past the last column", 7, LIMITS.columns, "'1 Trygghet och brott'!GS", "innehåll bortom kolumn 200"],
  ])(
    "%s is refused, naming the limit and the place, without its cells being read",
    async (_, row, column, where, what) => {
      const double = installDouble();
      await service().generate(defaultProgramme(), YEAR);
      const sheet = double.workbook.sheet("1 Trygghet och brott");
      double.workbook.writeInput(sheet, row, column, { kind: "constant", value: "långt bort" });
      double.resetCounters();
      const error = await service()
        .read()
        .then(
          () => null,
          (e: unknown) => e
        );
      expect(error).toMatchObject({ code: "limitExceeded" });
      // The place is the sheet's last used cell (Ctrl+End in Excel).
      expect(renderAddinError(error as AddinError, "sv").message).toContain(
        `Arbetsboken läses inte: den har ${what}, vid ${where}`
      );
      // Excel refuses to send a used range this large at once; what it did send is a normal read's size.
      const sent = double.requests.filter((r) => r.failed === null);
      expect(Math.max(...sent.map((r) => r.responseBytes))).toBeLessThan(1_000_000);
    }
  );

  test("a workbook within the limits reads as before", async () => {
    const double = installDouble();
    await service().generate(defaultProgramme(), YEAR);
    const sheet = double.workbook.sheet("1 Trygghet och brott");
    double.workbook.writeInput(sheet, 4_999, 29, { kind: "constant", value: "en bit bort" });
    const state = await service().read();
    expect(state.programme?.name.text).toBe(defaultProgramme().name.text);
  });
});
