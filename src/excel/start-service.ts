import { runInExcel } from "./run";
import type { StartService } from "../app/service";
import { readMetaOnly } from "./use-cases/read-meta";
import { sheetsWithContent } from "./use-cases/sheets-with-content";
import { watchChanges } from "./use-cases/watch-changes";

/**
 * The first questions to Excel — is this a follow-up workbook, what does it hold, tell me of
 * edits — without the planning, writing and report code the other use cases bring, so the task
 * pane's first screen can load this much and no more.
 */
export function createStartService(): StartService {
  return {
    readMeta: () => runInExcel((context) => readMetaOnly(context)),
    sheetsWithContent: () => runInExcel((context) => sheetsWithContent(context)),
    watchChanges: (onChange) => watchChanges(onChange),
  };
}
