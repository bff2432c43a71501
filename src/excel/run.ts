import { AddinError, ownError, toAddinError } from "./errors";
import { REQUEST_BUDGET_BYTES, RESPONSE_BUDGET_BYTES } from "./payload";
import { ReadSizeMemory } from "./read-size";

/** The requirement set the add-in is written against (manifest and README say the same). */
export const EXCEL_API_BASELINE = "1.9";

function excelApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/**
 * How large a request (writes) and a response (reads) may grow before the adapter splits them.
 * Excel on the web refuses either over 5 MB; the defaults keep a margin for what the estimates
 * do not count. A test lowers them to see the splitting on a small workbook.
 */
export interface Limits {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export const DEFAULT_LIMITS: Limits = { requestBytes: REQUEST_BUDGET_BYTES, responseBytes: RESPONSE_BUDGET_BYTES };

/** What a batch leaves behind that must be put right if it fails half-way, and its limits. */
export interface RunState {
  /** Events were turned off by this run and are not on again yet. */
  eventsOff: boolean;
  readonly limits: Limits;
  /** What reading this workbook weighed last time, shared by the runs of one service. */
  readonly readSize: ReadSizeMemory;
  /** Sheets whose protection this run lifts: if Excel then refuses, the likely cause is a password. */
  readonly unprotected: string[];
}

/**
 * One use case, one `Excel.run`. `delayForCellEdit`: while the user is typing in a cell Excel waits
 * for the edit to end instead of failing the batch (Excel.RunOptions; it carries no requirement set
 * of its own, and a host that does not know it ignores it — the cell-edit error is mapped anyway).
 * Every error leaves as an AddinError (a code and its reason); events turned off by a batch that
 * failed are turned on again.
 */
export async function runInExcel<T>(
  batch: (context: Excel.RequestContext, state: RunState) => Promise<T>,
  limits: Limits = DEFAULT_LIMITS,
  readSize: ReadSizeMemory = new ReadSizeMemory()
): Promise<T> {
  if (!excelApiSupported(EXCEL_API_BASELINE)) {
    throw ownError({ kind: "excelTooOld" });
  }
  const state: RunState = { eventsOff: false, limits, readSize, unprotected: [] };
  try {
    return await Excel.run({ delayForCellEdit: true }, (context) => batch(context, state));
  } catch (e) {
    if (state.eventsOff) {
      await restoreEvents();
    }
    throw passwordOrOther(toAddinError(e), state.unprotected);
  }
}

/**
 * Our sheets are protected without a password, so a run that lifts protection and is refused
 * (AccessDenied, or InvalidArgument as for a wrong password) met a sheet someone gave a password:
 * say that, naming the sheets, rather than "Excel did not accept a value".
 */
function passwordOrOther(error: AddinError, unprotected: readonly string[]): AddinError {
  const refused = error.code === "accessDenied" || error.code === "invalidArgument";
  if (!refused || unprotected.length === 0 || error.reason.kind !== "office") return error;
  return ownError({ kind: "sheetPasswordProtected", sheets: [...unprotected] }, error.original);
}

async function restoreEvents(): Promise<void> {
  try {
    await Excel.run(async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
    });
  } catch {
    // The original error is what the user needs to see; events come back with the next session.
  }
}
