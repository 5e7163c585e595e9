// The WASM module in Node: same JSON as the native CLI, byte for byte.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { runSift, seedFiles, loadWasm, FIXTURES } = require('./helpers');

// The CLI's articles for these .txt files, as WASM input.
function wasmInput(files) {
  const articles = [];
  return loadWasm().then((m) => {
    for (const file of files) {
      const parts = JSON.parse(m.splitArticles(fs.readFileSync(file, 'utf8'), path.basename(file)));
      articles.push(...parts);
    }
    return { articles };
  });
}

async function assertSameAsNative(files) {
  const m = await loadWasm();
  const native = runSift(['analyze', ...files]);
  assert.equal(native.status, 0, native.stderr);
  const wasm = m.analyze(JSON.stringify(await wasmInput(files)));
  assert.equal(wasm, native.stdout);
}

test('native and WASM output are byte-identical on the seeds', async (t) => {
  const seeds = seedFiles();
  if (!seeds) { t.skip('../shared/seeds not present'); return; }
  await assertSameAsNative(seeds);
});

test('native and WASM output are byte-identical on the fixtures', async () => {
  const files = fs.readdirSync(FIXTURES).sort().map((f) => path.join(FIXTURES, f));
  await assertSameAsNative(files);
});

test('the module reports bad input as a JavaScript Error', async () => {
  const m = await loadWasm();
  assert.throws(() => m.analyze('{"articles": 5}'), (err) => err instanceof Error && /articles/.test(err.message));
  assert.throws(() => m.analyze('not json'), /not valid JSON/);
  const ok = JSON.parse(m.analyze('{"articles": []}'));
  assert.deepEqual(ok.articles, []);
});

test('offsets are UTF-16 units: emoji and Arabic slice back exactly', async () => {
  const m = await loadWasm();
  const text = '\u{1F525} \u062d\u0645\u0635 Homs.\r\nShelling resumed \u2014 "again".\u2026 Then calm.';
  const doc = JSON.parse(m.analyze(JSON.stringify({ articles: [{ id: 'u', text }] })));
  const a = doc.articles[0];
  for (const item of [...a.paragraphs, ...a.sentences]) assert.equal(text.slice(item.start, item.end), item.text);
  assert.equal(a.paragraphs.length, 2);
});

test("1,000 analyses in one module leave its memory flat", async () => {
  const m = await loadWasm();
  const input = JSON.stringify({ articles: [{ id: 'x', text: fs.readFileSync(path.join(FIXTURES, 'broadsheet.txt'), 'utf8') }] });
  for (let i = 0; i < 50; i++) m.analyze(input);
  const before = m.HEAPU8.length;
  for (let i = 0; i < 1000; i++) m.analyze(input);
  assert.equal(m.HEAPU8.length, before);
});
