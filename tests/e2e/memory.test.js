// Running out of memory: the module (capped at 48 MB for this test) reports
// it as an error, and the page says so clearly, keeps the user's input and
// starts a fresh analyzer for the next batch.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { pathToFileURL } = require('url');
const { ROOT } = require('./helpers');
const { launch } = require('./browser');

// About 24 MB of distinct sentences: more than the capped module can hold.
function bigText() {
  const lines = [];
  for (let i = 0; i < 200000; i++) lines.push('At least ' + (i % 90 + 2) + ' people were killed in Homs on day ' + i + ', activists said.');
  return lines.join('\n');
}

test('the capped module throws instead of crashing the process', async () => {
  const create = require(path.join(ROOT, 'build', 'wasm', 'sift-small.js'));
  const m = await create();
  assert.throws(() => m.analyze(JSON.stringify({ articles: [{ id: 'big', text: bigText() }] })));
  // A fresh instance works.
  const fresh = await create();
  assert.equal(JSON.parse(fresh.analyze(JSON.stringify({ articles: [{ id: 'a', text: 'Small.' }] }))).articles.length, 1);
});

test('the page reports running out of memory, keeps the input and recovers', async () => {
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(pathToFileURL(path.join(ROOT, 'build', 'web-small', 'index.html')).href);
    await page.waitForSelector('body[data-ready=true]');
    const text = bigText();
    await page.evaluate((t) => {
      const input = document.querySelector('[data-testid=input]');
      input.value = t;
      input.dispatchEvent(new Event('input'));
    }, text);
    await page.click('[data-testid=analyze]');
    await page.waitForSelector('[data-testid=results][data-state=error]', { timeout: 120000 });
    assert.match(await page.locator('#status').innerText(), /ran out of memory.*kept/i);
    assert.equal((await page.inputValue('[data-testid=input]')).length, text.length);
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid=input]');
      input.value = 'A small article about Aleppo.';
      input.dispatchEvent(new Event('input'));
    });
    await page.click('[data-testid=analyze]');
    await page.waitForSelector('[data-testid=results][data-state=done]', { timeout: 30000 });
  } finally {
    await browser.close();
  }
});
