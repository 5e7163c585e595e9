#!/usr/bin/env node
// Takes the screenshots in docs/ from the built page with the example batch.
//   node build-scripts/screenshots.js
'use strict';
const path = require('path');
const { launch, openPage } = require('../tests/e2e/browser');

const DOCS = path.join(__dirname, '..', 'docs');

(async () => {
  const browser = await launch();
  for (const [name, viewport] of [['page.png', { width: 1280, height: 1000 }], ['page-phone.png', { width: 390, height: 844 }]]) {
    const { page, context } = await openPage(browser, viewport);
    await page.click('[data-testid=load-example]');
    await page.click('[data-testid=analyze]');
    await page.waitForSelector('[data-testid=results][data-state=done]');
    await page.screenshot({ path: path.join(DOCS, name), fullPage: false });
    await context.close();
    console.log('wrote docs/' + name);
  }
  await browser.close();
})().catch((err) => { console.error(err); process.exit(1); });
