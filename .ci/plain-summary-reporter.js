'use strict';
/** Ends a Jest run with the plain line CI reads: "N passed, N failed" (", N skipped" when any). */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
module.exports = PlainSummaryReporter;
