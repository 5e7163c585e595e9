#!/usr/bin/env node
// Takes the screenshots in docs/ from the built page with the example batch.
//   node build-scripts/screenshots.js
'use strict';
const path = require('path');
const { launch, openPage } = require('../tests/e2e/browser');

const DOCS = path.join(__dirname, '..', 'docs');
const SHOTS = [
  ['page.png', { width: 1280, height: 1000 }, 'summary'],
  ['articles.png', { width: 1280, height: 1000 }, 'articles'],
  ['incidents.png', { width: 1280, height: 900 }, 'incidents'],
  ['duplicates.png', { width: 1280, height: 1000 }, 'duplicates'],
  ['entities.png', { width: 1280, height: 900 }, 'entities'],
  ['page-phone.png', { width: 390, height: 844 }, 'articles'],
];

(async () => {
  const browser = await launch();
  for (const [name, viewport, tab] of SHOTS) {
    const { page, context } = await openPage(browser, viewport);
    await page.click('[data-testid=load-example]');
    await page.click('[data-testid=analyze]');
    await page.waitForSelector('[data-testid=results][data-state=done]');
    await page.click('[data-testid=tab-' + tab + ']');
    if (tab === 'incidents') await page.click('[data-testid=incident]');
    if (tab === 'duplicates' && await page.locator('[data-testid=duplicate-pair]').count()) await page.click('[data-testid=duplicate-pair]');
    await page.locator('#' + tab + '-view').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOCS, name), fullPage: false });
    await context.close();
    console.log('wrote docs/' + name);
  }
  await browser.close();
})().catch((err) => { console.error(err); process.exit(1); });
