// Served over http, the page installs a service worker and keeps working
// when the server is gone. The server listens on 127.0.0.1 only.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('http');
const fs = require('fs');
const path = require('path');
const { launch } = require('./browser');

const WEB = path.join(__dirname, '..', '..', 'build', 'web');

function serve() {
  const server = http.createServer((req, res) => {
    const name = req.url === '/' ? 'index.html' : path.basename(req.url.split('?')[0]);
    const file = path.join(WEB, name);
    if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': name.endsWith('.js') ? 'text/javascript' : 'text/html' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('a service worker keeps the served page available offline', async () => {
  const server = await serve();
  const url = 'http://127.0.0.1:' + server.address().port + '/';
  const browser = await launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]');
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Reload once so the worker controls the page and has cached it.
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)));
    await new Promise((resolve) => server.close(resolve));
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]', { timeout: 15000 });
    await page.fill('[data-testid=input]', 'Offline article about Homs. At least 3 people were killed on Monday.');
    await page.click('[data-testid=analyze]');
    await page.waitForSelector('[data-testid=results][data-state=done]');
    assert.equal(await page.locator('[data-testid=article]').count(), 1);
  } finally {
    await browser.close();
    server.close();
  }
});
