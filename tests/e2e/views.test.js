// The page's views, input paths, export, persistence and safety, in
// headless Chromium from file://.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launch, openPage, analyze } = require('./browser');

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { if (browser) await browser.close(); });

const ALLOWED = /^(file|blob|data):/;

async function runExample(page) {
  await page.click('[data-testid=load-example]');
  await page.click('[data-testid=analyze]');
  await page.waitForSelector('[data-testid=results][data-state=done]');
}

test('every view renders from the example batch', async () => {
  const { page, context, requests, errors } = await openPage(browser);
  await runExample(page);
  assert.ok(await page.locator('[data-testid=summary]').isVisible());
  assert.match(await page.locator('[data-testid=totals]').innerText(), /killed/);

  await page.click('[data-testid=tab-articles]');
  assert.ok(await page.locator('[data-testid=entity][data-type=LOC]').count() > 3);
  assert.ok(await page.locator('[data-testid=entity][data-type=PERSON]').count() > 0);
  assert.ok(await page.locator('[data-testid=casualty]').count() > 0);
  // Focusing a mark says what it is and why.
  await page.locator('[data-testid=casualty]').first().focus();
  assert.match(await page.locator('[data-testid=mark-info]').innerText(), /Casualty fact 1: killed/);

  await page.click('[data-testid=tab-incidents]');
  const incidents = page.locator('[data-testid=incident]');
  assert.ok(await incidents.count() >= 2);
  assert.ok(await page.locator('[data-testid=incident][data-conflict=true]').count() >= 1);
  await page.locator('[data-testid=incident][data-conflict=true]').first().click();
  assert.ok(await page.locator('[data-testid=incident-evidence] li').count() >= 2);

  await page.click('[data-testid=tab-duplicates]');
  assert.ok(await page.locator('[data-testid=heatmap]').isVisible());

  await page.click('[data-testid=tab-entities]');
  await page.fill('[data-testid=entities-table] >> xpath=../.. >> input[type=search]', 'Saraqeb');
  const rows = await page.locator('[data-testid=entities-table] tbody tr').allInnerTexts();
  assert.ok(rows.length >= 1 && rows.every((r) => r.includes('Saraqeb')));

  await page.click('[data-testid=tab-quotes]');
  assert.ok(await page.locator('[data-testid=quote-row]').count() >= 1);
  for (const url of requests) assert.match(url, ALLOWED);
  assert.deepEqual(errors, []);
  await context.close();
});

test('duplicates: a syndicated copy pairs and shows side by side', async () => {
  const { page, context } = await openPage(browser);
  const story = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'wire_reuters.txt'), 'utf8');
  const copy = 'Monitor: Idlib shelled\n' + story.split('\n').slice(1, 5).join('\n') + '\nShare this article\n';
  await analyze(page, story + '\n---\n' + copy);
  await page.click('[data-testid=tab-duplicates]');
  assert.equal(await page.locator('[data-testid=duplicate-pair]').count(), 1);
  await page.click('[data-testid=duplicate-pair]');
  assert.ok(await page.locator('[data-testid=side-by-side] .cell.shared').count() >= 4);
  await context.close();
});

test('CSV export neutralizes formulas', async () => {
  const { page, context } = await openPage(browser);
  await analyze(page, '=HYPERLINK("http://evil") said at least 12 people were killed in Homs on Monday.\n+Second line.');
  await page.selectOption('[data-testid=export-csv-kind]', 'casualties');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^article,index,text/);
  assert.doesNotMatch(csv, /(^|,)"?=HYPERLINK/m);
  await page.selectOption('[data-testid=export-csv-kind]', 'incidents');
  const [d2] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
  assert.match(fs.readFileSync(await d2.path(), 'utf8'), /^id,date,location,outcome/);
  await context.close();
});

test('work survives a reload', async () => {
  const { page, context } = await openPage(browser);
  await analyze(page, 'Persistent article about Homs. At least 3 people were killed there on Monday.');
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await page.waitForSelector('[data-testid=results][data-state=done]');
  assert.match(await page.inputValue('[data-testid=input]'), /Persistent article/);
  assert.equal(await page.locator('[data-testid=article]').count(), 1);
  // An edit just before clearing leaves saves waiting on timers; clearing must drop them.
  await page.type('[data-testid=input]', ' More.');
  await page.click('[data-testid=clear]');
  // Clearing the store is asynchronous; the page says when it is done.
  await page.waitForSelector('[data-testid=results][data-state=empty]');
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('[data-testid=input]'), '');
  await context.close();
});

test('dropped and picked files become articles; markup in names stays text', async () => {
  const { page, context } = await openPage(browser);
  await page.evaluate(() => { window.__pwned = false; });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-files-'));
  const evil = path.join(dir, '<img src=x onerror="window.__pwned=true">.txt');
  fs.writeFileSync(evil, 'Picked file article. It mentions Aleppo.');
  await page.setInputFiles('[data-testid=file-input]', evil);
  await page.waitForSelector('[data-testid=article-item]', { state: 'attached' });
  // Drop a .jsonl and a .csv onto the input panel.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{"id":"j1","text":"From jsonl about Hama.","date":"2012-02-08"}\n'], 'b.jsonl'));
    dt.items.add(new File(['id,text\nc1,"From csv, about Idlib."\n'], 'c.csv'));
    document.getElementById('input-panel').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=article-item]').length === 3);
  await page.click('[data-testid=analyze]');
  await page.waitForSelector('[data-testid=results][data-state=done]');
  const ids = await page.locator('[data-testid=article]').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.deepEqual(ids.slice(1), ['j1', 'c1']);
  assert.match(ids[0], /^<img src=x/);
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.locator('img').count(), 0);
  await context.close();
});

test('HTML pasted from a browser gives its article text and never runs', async () => {
  const { page, context } = await openPage(browser);
  await page.evaluate(() => { window.__pwned = false; });
  await page.focus('[data-testid=input]');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<nav>Home | World | Sport</nav><article><h1>Shelling in Homs</h1>' +
      '<p>At least 5 people were killed, activists said.</p><img src=x onerror="window.__pwned=true"></article>' +
      '<div class="comments"><p>First!</p></div><script>window.__pwned=true</script>');
    dt.setData('text/plain', 'plain');
    document.getElementById('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  const value = await page.inputValue('[data-testid=input]');
  assert.equal(value, 'Shelling in Homs\nAt least 5 people were killed, activists said.');
  assert.equal(await page.evaluate(() => window.__pwned), false);
  await context.close();
});

test('the page is usable on a 390 px phone', async () => {
  const { page, context } = await openPage(browser, { width: 390, height: 844 });
  await runExample(page);
  await page.click('[data-testid=tab-articles]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, 'horizontal overflow of ' + overflow + ' px');
  await context.close();
});

test('1,000 articles keep the page responsive and all render', async () => {
  const { page, context } = await openPage(browser);
  const one = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'wire_reuters.txt'), 'utf8');
  const parts = [];
  for (let i = 0; i < 1000; i++) parts.push(one.replace('12 civilians', (i + 3) + ' civilians').replace('Idlib', 'Idlib' + (i % 7 ? '' : ' city')));
  // Set the text directly: typing a megabyte through the test driver is slow, not the page.
  await page.evaluate((text) => {
    const input = document.querySelector('[data-testid=input]');
    input.value = text;
    input.dispatchEvent(new Event('input'));
  }, parts.join('\n---\n'));
  await page.click('[data-testid=analyze]');
  // While it works, the page answers: a timer keeps firing.
  const gaps = await page.evaluate(() => new Promise((resolve) => {
    let last = performance.now();
    let worst = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
      if (document.querySelector('[data-testid=results]').dataset.state === 'done') { clearInterval(timer); resolve(worst); }
    }, 20);
  }));
  assert.equal(await page.locator('[data-testid=article]').count(), 1000);
  // Articles fill in as they scroll into view.
  await page.click('[data-testid=tab-articles]');
  await page.locator('[data-testid=article]').nth(500).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=article]')[500].querySelector('[data-testid=paragraph]'));
  assert.ok(gaps < 1500, 'the page froze for ' + Math.round(gaps) + ' ms');
  await context.close();
});
