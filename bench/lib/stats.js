'use strict';

/** Percentile of sorted-or-not samples in milliseconds (nearest rank). */
function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarize(samples) {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

function ms(value) {
  return `${value.toFixed(2)} ms`;
}

module.exports = { percentile, summarize, ms };
