import type { PlanContent } from "./followup-plan";
import type { RolloverResult } from "../rollover/types";

/**
 * Next year's workbook content from a roll-over: its programme and carried values, retired rows
 * kept, no coordinator choices yet, the year open. The command line and the add-in write it alike.
 */
export function rolloverContent(result: Extract<RolloverResult, { ok: true }>, now: Date): PlanContent {
  return {
    programme: result.programme,
    year: result.year,
    values: result.values,
    choices: {},
    retired: result.retired,
    closed: false,
    now,
  };
}
