#!/usr/bin/env node
// The page in headless Chromium: time until it is ready to analyze (worker
// started, WASM compiled), and the time to analyze and show a batch from a
// corpus file (jsonl, as written by sift_bench --write-corpus).
//   node bench/page.js /tmp/corpus.jsonl [ARTICLES]
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { launch } = require('../tests/e2e/browser');

const ROOT = path.join(__dirname, '..');
const PAGE = path.join(ROOT, 'build', 'web', 'index.html');

(async () => {
  const file = process.argv[2];
  const limit = Number(process.argv[3] || 10000);
  const articles = file ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l)) : [];
  const text = articles.map((a) => a.text).join('\n---\n');
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  const t0 = Date.now();
  await page.goto(pathToFileURL(PAGE).href);
  await page.waitForSelector('body[data-ready=true]');
  const ready = Date.now() - t0;
  console.log('page size ' + (fs.statSync(PAGE).size / 1e6).toFixed(2) + ' MB; ready to analyze in ' + ready + ' ms');
  if (articles.length) {
    // Paste: the text box takes the text and the page lists its articles.
    const pasted = Date.now();
    await page.evaluate((t) => {
      const input = document.querySelector('[data-testid=input]');
      input.value = t;
      input.dispatchEvent(new Event('input'));
    }, text);
    await page.waitForFunction((n) => document.getElementById('article-count').textContent.startsWith(n + ' '),
      articles.length, { timeout: 600000 });
    console.log('pasted and listed in ' + (Date.now() - pasted) + ' ms');
    const t1 = Date.now();
    await page.click('[data-testid=analyze]');
    await page.waitForFunction(() => document.querySelector('[data-testid=results]').dataset.state === 'done', null, { polling: 'raf', timeout: 600000 });
    const total = Date.now() - t1;
    const status = await page.locator('#status').innerText();
    console.log(articles.length + ' articles (' + (Buffer.byteLength(text) / 1e6).toFixed(1) + ' MB): ' + status +
      ' From the click to everything shown: ' + total + ' ms.');
  }
  await browser.close();
})().catch((err) => { console.error(err); process.exit(1); });
