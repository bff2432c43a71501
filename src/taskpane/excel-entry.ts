import { createExcelService } from "../excel/excel-service";
import type { FollowupService } from "../app/service";
import { LAZY_WRITERS } from "./file-writers";

/** The Office.js adapter, as the task pane loads it on first use (a chunk of its own). */
export function createService(): FollowupService {
  return createExcelService({ writers: LAZY_WRITERS });
}
