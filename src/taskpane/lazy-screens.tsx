import * as React from "react";

/**
 * Each tab's screen as a chunk of its own, fetched the first time the tab is shown: the first
 * screen does not wait for the code of the other four (webpack names the chunks after the tabs).
 */
export const SetupScreen = React.lazy(() =>
  import(/* webpackChunkName: "setup" */ "./features/setup/SetupScreen").then((m) => ({ default: m.SetupScreen }))
);
export const CopiesScreen = React.lazy(() =>
  import(/* webpackChunkName: "copies" */ "./features/copies/CopiesScreen").then((m) => ({ default: m.CopiesScreen }))
);
export const MyRowsScreen = React.lazy(() =>
  import(/* webpackChunkName: "my-rows" */ "./features/my-rows/MyRowsScreen").then((m) => ({ default: m.MyRowsScreen }))
);
export const CheckScreen = React.lazy(() =>
  import(/* webpackChunkName: "check" */ "./features/check/CheckScreen").then((m) => ({ default: m.CheckScreen }))
);
export const SummaryScreen = React.lazy(() =>
  import(/* webpackChunkName: "summary" */ "./features/summary/SummaryScreen").then((m) => ({
    default: m.SummaryScreen,
  }))
);
export const YearEndScreen = React.lazy(() =>
  import(/* webpackChunkName: "year-end" */ "./features/year-end/YearEndScreen").then((m) => ({
    default: m.YearEndScreen,
  }))
);
