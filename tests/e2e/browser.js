// Headless Chromium from Debian, driven by playwright-core (no browser
// download). Flags keep Chromium from reaching for the network.
'use strict';
const { chromium } = require('playwright-core');
const { pathToFileURL } = require('url');
const { PAGE } = require('./helpers');

const CHROMIUM = process.env.SIFT_CHROMIUM || '/usr/bin/chromium';

async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// Opens the single-file page from file:// and records every request it makes.
async function openPage(browser, viewport) {
  const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(PAGE).href);
  await page.waitForSelector('body[data-ready=true]', { timeout: 15000 });
  return { page, context, requests, errors };
}

async function analyze(page, text) {
  await page.fill('[data-testid=input]', text);
  await page.click('[data-testid=analyze]');
  await page.waitForSelector('[data-testid=results][data-state=done]', { timeout: 30000 });
}

module.exports = { launch, openPage, analyze };
