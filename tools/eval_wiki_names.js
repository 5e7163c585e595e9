#!/usr/bin/env node
// eval_wiki_names: how many of the linked names in Wikipedia's current-events
// items Sift marks as an entity with exactly that text.
//
//   node tools/eval_wiki_names.js ../shared/data/casualties/wikipedia_current_events_2015-09.json [SIFT_CLI]
//
// Each item lists the pages it links; only names written verbatim in the item
// count. Link targets are page titles ("Pope Francis", "Yemen" for "Yemeni"),
// so this is a recall floor for names, not an F1 of typed mentions.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFileSync } = require('child_process');

const [file, cli = path.join(__dirname, '..', 'build', 'native-cmake', 'cli', 'sift')] = process.argv.slice(2);
if (!file || !fs.existsSync(file)) {
  console.log(`skipped: no current-events file (${file || 'none given'}); ../shared is absent in a user's clone`);
  process.exit(0);
}
const items = JSON.parse(fs.readFileSync(file, 'utf8'));
const jsonl = items
  .map((x) => JSON.stringify({ id: String(x.id), text: x.description.replace(/[\s,]+$/, ''), date: x.date }))
  .join('\n');
const batch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sift-wiki-')), 'items.jsonl');
fs.writeFileSync(batch, jsonl + '\n');
const report = JSON.parse(execFileSync(cli, ['analyze', batch], { maxBuffer: 1 << 28 }).toString());
fs.rmSync(path.dirname(batch), { recursive: true });
const byId = new Map(report.articles.map((a) => [a.id, a]));

let present = 0, found = 0;
for (const x of items) {
  const text = x.description;
  const marked = new Set(byId.get(String(x.id)).entities.map((e) => e.text));
  for (const link of x.entity || []) {
    if (!text.includes(link.name)) continue;
    ++present;
    if (marked.has(link.name)) ++found;
  }
}
console.log(`linked names written verbatim: ${present}; marked exactly: ${found} (${(found / present).toFixed(3)})`);
