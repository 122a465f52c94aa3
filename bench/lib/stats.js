'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const RESULTS = join(__dirname, '..', 'results');

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

/** Writes bench/results/<name>.json, dated; returns its path. */
function writeResults(name, results) {
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`);
  return file;
}

module.exports = { percentile, summarize, ms, writeResults };
