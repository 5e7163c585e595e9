// The page in headless Chromium, opened from file:// as a user with no
// network would open it.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { FIXTURES, seedFiles } = require('./helpers');
const { launch, openPage, analyze } = require('./browser');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { if (browser) await browser.close(); });

const ALLOWED = /^(file|blob|data):/;

test('analyzes pasted articles from file:// with no outside request', async () => {
  const { page, context, requests, errors } = await openPage(browser);
  const text = fs.readFileSync(path.join(FIXTURES, 'broadsheet.txt'), 'utf8') + '\n---\n' +
    fs.readFileSync(path.join(FIXTURES, 'wire_reuters.txt'), 'utf8');
  await analyze(page, text);
  assert.equal(await page.locator('[data-testid=article]').count(), 2);
  const kinds = await page.locator('[data-testid=article]').first()
    .locator('[data-testid=paragraph]').evaluateAll((els) => els.map((e) => e.dataset.kind));
  assert.deepEqual(kinds.slice(0, 3), ['title', 'byline', 'dateline']);
  assert.ok(kinds.includes('boilerplate'));
  for (const url of requests) assert.match(url, ALLOWED, 'unexpected request ' + url);
  assert.deepEqual(errors, []);
  await context.close();
});

test('repeated paragraphs carry data-duplicate-of (seed 002)', async (t) => {
  const seeds = seedFiles();
  if (!seeds) { t.skip('../shared/seeds not present'); return; }
  const { page, context } = await openPage(browser);
  await analyze(page, fs.readFileSync(seeds.find((f) => path.basename(f).startsWith('002')), 'utf8'));
  const repeats = await page.locator('[data-testid=paragraph][data-duplicate-of]')
    .evaluateAll((els) => els.map((e) => [Number(e.dataset.index), Number(e.dataset.duplicateOf)]));
  assert.equal(repeats.length, 18);
  for (const [index, of] of repeats) assert.equal(of, index - 18);
  await context.close();
});

test('the example loads and analyzes', async () => {
  const { page, context } = await openPage(browser);
  await page.click('[data-testid=load-example]');
  assert.ok((await page.inputValue('[data-testid=input]')).includes('---'));
  await page.click('[data-testid=analyze]');
  await page.waitForSelector('[data-testid=results][data-state=done]');
  assert.equal(await page.locator('[data-testid=article]').count(), 3);
  assert.ok(await page.locator('[data-testid=paragraph][data-kind=boilerplate]').count() >= 2);
  assert.ok(await page.locator('[data-testid=paragraph][data-duplicate-of]').count() >= 2);
  await context.close();
});

test('the worker warms its module up on the example batch once it is ready', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.waitForFunction(() => worker.warmUp !== null, null, { timeout: 15000 });
  const warmUp = await page.evaluate(() => worker.warmUp);
  assert.equal(warmUp.runs, 10, 'every warm-up run of the example finished');
  assert.ok(warmUp.ms >= 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted markup is shown as text and never runs', async () => {
  const { page, context, requests } = await openPage(browser);
  await page.evaluate(() => { window.__pwned = false; });
  await analyze(page, '<img src=x onerror="window.__pwned=true"> <script>window.__pwned=true</script>\nSecond line <b>bold</b>.');
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.locator('[data-testid=results] img, [data-testid=results] script, [data-testid=results] b').count(), 0);
  const shown = await page.locator('[data-testid=paragraph]').first().innerText();
  assert.match(shown, /<img src=x onerror=/);
  for (const url of requests) assert.match(url, ALLOWED, 'unexpected request ' + url);
  await context.close();
});

test('the Content-Security-Policy forbids network connections', async () => {
  const { page, context } = await openPage(browser);
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /default-src 'none'/);
  const blocked = await page.evaluate(async () => {
    try { await fetch('https://example.com/'); return false; } catch (e) { return true; }
  });
  assert.equal(blocked, true);
  await context.close();
});

test('export JSON downloads the report', async () => {
  const { page, context } = await openPage(browser);
  await analyze(page, 'A short article. It has two sentences.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
  const doc = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0].sentences.length, 2);
  await context.close();
});
