// First: before any schema is built or used.
import "./zod-jitless";
import { createExcelService } from "../excel/excel-service";
import { startTaskPane } from "./bootstrap";
import { LAZY_WRITERS } from "./file-writers";

// The only place the task pane meets the Office.js adapter: everything below works on the
// FollowupService interface (src/excel/service.ts), given through React context.
const container = document.getElementById("container");
if (container === null) {
  throw new Error('The task pane page has no element with id "container".');
}
startTaskPane(container, () => createExcelService({ writers: LAZY_WRITERS }));
