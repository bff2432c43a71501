import { closedRefusal, guardRefusal, type GuardedUseCase, type GuardRefusal } from "../../app/guards";
import type { WorkbookMeta, WorkbookRead } from "../../core";
import { ownError } from "../errors";

/**
 * The application layer's guards (app/guards.ts) as the adapter's errors: what `useCase` refuses
 * in this workbook, thrown before anything is written. The task pane writes only its own cells,
 * so a use case that touches no entry does not ask for every entry to be certain.
 */
export function refuseFor(useCase: GuardedUseCase, read: WorkbookRead): void {
  throwRefusal(guardRefusal(useCase, read));
}

/** Where only the year's metadata has been read (marking a department ready). */
export function refuseIfClosed(meta: Pick<WorkbookMeta, "closed" | "year">): void {
  throwRefusal(closedRefusal(meta));
}

function throwRefusal(refusal: GuardRefusal | null): void {
  if (refusal !== null) throw ownError(refusal);
}
