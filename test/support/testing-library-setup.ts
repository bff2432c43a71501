import { configure } from "@testing-library/dom";

// Each tab's screen is a chunk loaded on first use (React.lazy); under jest that is a module
// compiled on first require, which on a loaded 2-core CI machine takes longer than the library's
// 1 s default wait. Waits end as soon as their condition holds, so a longer bound costs nothing.
configure({ asyncUtilTimeout: 10_000 });
