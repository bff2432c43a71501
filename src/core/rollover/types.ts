import type { Programme } from "../programme/schema";
import type { EnteredValues } from "../read/types";
import type { RetiredRow, UpdateConflict } from "../update/types";

/**
 * Why a roll-over is refused (rendered by `rollover/messages.ts`):
 *   noProgrammeData   {}                  the workbook carries no readable programme or year
 *   yearNotNext       {year, expected}    a roll-over goes to the year after the workbook's, no other
 *   pastPeriod        {year, from, to}    the workbook's programme ends before the year: a new programme is needed
 *   outsideProgramme  {year, from, to}    the new programme given does not cover the year
 *   conflicts         {}                  rows that cannot be carried without guessing (see `conflicts`)
 */
export type RolloverRefusalReason = "noProgrammeData" | "yearNotNext" | "pastPeriod" | "outsideProgramme" | "conflicts";

export interface RolloverRefusal {
  readonly reason: RolloverRefusalReason;
  readonly params: Readonly<Record<string, string | number>>;
  /** For "conflicts": each row that stopped the roll-over, as an update would name it. */
  readonly conflicts: readonly UpdateConflict[];
}

export interface RolloverReport {
  /** The year rolled over from. */
  readonly fromYear: number;
  /** Rows whose last-year entries stand beside the new inputs. */
  readonly carried: readonly string[];
  /** Activities completed or dropped last year: pre-filled, locked, not asked for again. */
  readonly closed: readonly string[];
  /** Indicators whose value last year became "Värde förra året" (kept in the programme's history). */
  readonly indicatorValues: readonly string[];
  /** Rows of the new programme that last year's workbook did not have: they start empty. */
  readonly added: readonly string[];
  /** Rows of last year's programme that the new one drops: their entries go to the retired sheet. */
  readonly retired: readonly string[];
  /** Whether a new programme replaced last year's. */
  readonly newProgramme: boolean;
}

export type RolloverResult =
  | {
      readonly ok: true;
      /** The programme of the new year, with last year's indicator values added to its history. */
      readonly programme: Programme;
      readonly year: number;
      /** The new year's rows: last year's columns filled, closed activities pre-filled; written raw. */
      readonly values: Map<string, EnteredValues>;
      readonly retired: RetiredRow[];
      readonly report: RolloverReport;
    }
  | { readonly ok: false; readonly refusal: RolloverRefusal };

export interface RolloverOptions {
  /** The new follow-up year: exactly the year after the workbook's. */
  readonly year: number;
  /** A new programme for the new year; needed when last year's programme has ended. */
  readonly programme?: Programme | null;
}
