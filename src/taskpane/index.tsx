// First: before any schema is built (zod decides when a schema is made whether it may use eval).
import "./zod-jitless";
import { startTaskPane } from "./bootstrap";
import { lazyService } from "./lazy-service";

// The only place the task pane meets the Office.js adapter: everything below works on the
// FollowupService interface (src/app/service.ts), given through React context. The adapter
// arrives as its own chunk on the first call, so the first screen does not wait for it.
const container = document.getElementById("container");
if (container === null) {
  throw new Error('The task pane page has no element with id "container".');
}
startTaskPane(container, () =>
  lazyService(
    () => import(/* webpackChunkName: "excel" */ "./excel-entry").then((m) => m.createService()),
    () => import(/* webpackChunkName: "excel-start" */ "../excel/start-service").then((m) => m.createStartService())
  )
);
