/*
 * Jest reporter: the run fails when any test was skipped (test.skip, describe.skip, xit, a .only
 * elsewhere in the file) or left as test.todo. A test that needs LibreOffice or Chromium must fail
 * when they are missing, never skip: a skipped test would be counted as passing. Runs filtered with -t/--testNamePattern are exempt,
 * since Jest reports the tests it filtered out as skipped. It also prints the plain closing line
 * "jest: N passed, N failed" that CI looks for.
 */
"use strict";

class NoSkippedTestsReporter {
  constructor(globalConfig) {
    this._globalConfig = globalConfig;
    this._error = undefined;
  }

  onRunComplete(_testContexts, results) {
    // The plain closing line CI reads to know tests ran ("N passed, N failed"), alone on its line.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${failed} failed\n`);
    if (this._globalConfig.testNamePattern) return;
    const skipped = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (
          test.status === "pending" ||
          test.status === "skipped" ||
          test.status === "todo" ||
          test.status === "disabled"
        ) {
          skipped.push(`${file.testFilePath}: ${test.fullName} (${test.status})`);
        }
      }
    }
    if (skipped.length > 0 || results.numPendingTests > 0 || results.numTodoTests > 0) {
      const message =
        `No test may be skipped, but ${skipped.length || results.numPendingTests + results.numTodoTests} were:\n` +
        skipped.map((line) => `  - ${line}`).join("\n");
      console.error(`\n${message}\n`);
      this._error = new Error(message);
    }
  }

  getLastError() {
    return this._error;
  }
}

module.exports = NoSkippedTestsReporter;
