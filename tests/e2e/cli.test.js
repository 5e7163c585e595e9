// End-to-end tests of the native CLI: sift analyze on files and stdin.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runSift, FIXTURES } = require('./helpers');

function tmpFile(name, content) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

test('--help and --version', () => {
  const help = runSift(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /sift analyze \[--date YYYY-MM-DD\] FILE/);
  const version = runSift(['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^sift \d+\.\d+\.\d+/);
});

test('a .txt with --- separators gives one article per part, ids from the file name', () => {
  const file = tmpFile('batch.txt', 'First story about Homs.\n---\nSecond story about Aleppo.\n');
  const r = runSift(['analyze', file]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.articles.map((a) => a.id), ['batch.txt', 'batch.txt#2']);
  assert.equal(doc.articles[1].paragraphs[0].text, 'Second story about Aleppo.');
  for (const key of ['duplicates', 'incidents']) assert.ok(Array.isArray(doc[key]));
});

test('--date applies to articles without their own date; jsonl dates win', () => {
  const file = tmpFile('b.jsonl', '{"id":"x","text":"One."}\n{"id":"y","text":"Two.","date":"2012-02-08"}\n');
  const r = runSift(['analyze', '--date', '2012-03-01', file]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.articles.map((a) => a.date), ['2012-03-01', '2012-02-08']);
  assert.notEqual(runSift(['analyze', '--date', '2012-13-01', file]).status, 0);
});

test('bad jsonl lines are reported with file and line; the rest is analyzed', () => {
  const file = tmpFile('mixed.jsonl', '{"id":"ok","text":"Fine."}\n{broken\n{"id":"no-text"}\n');
  const r = runSift(['analyze', file]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /mixed\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /mixed\.jsonl:3: missing "text"/);
  assert.deepEqual(JSON.parse(r.stdout).articles.map((a) => a.id), ['ok']);
});

test('a missing file is reported and the others are still analyzed', () => {
  const r = runSift(['analyze', '/nonexistent/nothing.txt', path.join(FIXTURES, 'wire_reuters.txt')]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /nothing\.txt: cannot read file/);
  assert.equal(JSON.parse(r.stdout).articles[0].id, 'wire_reuters.txt');
});

test('exit status is non-zero only when nothing could be analyzed', () => {
  const empty = tmpFile('empty.txt', '   \n');
  const r = runSift(['analyze', empty]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /nothing to analyze/);
  assert.notEqual(runSift(['analyze']).status, 0);
  assert.notEqual(runSift(['frobnicate']).status, 0);
});

test('- reads standard input', () => {
  const r = runSift(['analyze', '-'], 'From stdin. Two sentences.');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.articles[0].id, 'stdin');
  assert.equal(doc.articles[0].sentences.length, 2);
});

test('the fixtures analyze with offsets that slice back to each text', () => {
  for (const name of fs.readdirSync(FIXTURES)) {
    const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    const r = runSift(['analyze', path.join(FIXTURES, name)]);
    assert.equal(r.status, 0, r.stderr);
    const article = JSON.parse(r.stdout).articles[0];
    for (const item of [...article.paragraphs, ...article.sentences]) {
      assert.equal(text.slice(item.start, item.end), item.text, name);
    }
  }
});
