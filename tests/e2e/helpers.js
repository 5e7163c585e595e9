// Paths and helpers shared by the end-to-end tests.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const SIFT = path.join(ROOT, 'build', 'native', 'sift');
const WASM = path.join(ROOT, 'build', 'wasm', 'sift.js');
const PAGE = path.join(ROOT, 'build', 'web', 'index.html');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const SHARED = path.join(ROOT, '..', 'shared');

function runSift(args, input) {
  const r = spawnSync(SIFT, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The seeds in ../shared, or null when that folder is absent (a user's clone).
function seedFiles() {
  const dir = path.join(SHARED, 'seeds');
  if (!fs.existsSync(dir)) return null;
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

let modulePromise = null;
function loadWasm() {
  if (!modulePromise) modulePromise = require(WASM)();
  return modulePromise;
}

module.exports = { ROOT, SIFT, WASM, PAGE, FIXTURES, SHARED, runSift, seedFiles, loadWasm };
