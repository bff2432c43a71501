import { programmeFromTable } from "../../core";
import type { Lang, ProgrammeParseResult } from "../../core";
import { officeCodeOf, ownError } from "../errors";
import { readGrids } from "../read-grids";
import type { RunState } from "../run";

/** The programme table a coordinator pasted into a sheet, parsed by the core. Syncs: 1. */
export async function readProgrammeTable(
  context: Excel.RequestContext,
  state: RunState,
  lang: Lang,
  sheet: string
): Promise<ProgrammeParseResult> {
  let cells;
  try {
    [cells] = (
      await readGrids(context, [{ name: sheet, hidden: false, results: true }], state.limits.responseBytes)
    ).map((g) => g.cells);
  } catch (e) {
    if (officeCodeOf(e) === "ItemNotFound") throw ownError({ kind: "sheetMissing", sheet });
    throw e;
  }
  return programmeFromTable(cells ?? [], lang);
}
