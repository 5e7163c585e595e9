#!/usr/bin/env node
// Bundles the page into one self-contained file: styles, scripts and the
// WASM module (already a single JS file with the binary inlined) all go
// inside build/web/index.html, so it works from file:// with no network.
//   node build-scripts/bundle-page.js build/wasm/sift.js build/web
'use strict';
const fs = require('fs');
const path = require('path');

const [modulePath, outDir] = process.argv.slice(2);
if (!modulePath || !outDir) {
  console.error('usage: bundle-page.js SIFT_JS OUT_DIR');
  process.exit(2);
}
const web = path.join(__dirname, '..', 'web');
const read = (name) => fs.readFileSync(path.join(web, name), 'utf8');

// Inline script text must not close its <script> element early.
const scriptSafe = (text) => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

// The worker warms its module up on the example batch (see worker.js).
const workerSource = fs.readFileSync(modulePath, 'utf8') + '\n' + read('example.js') + '\n' + read('worker.js');
const appSource = ['example.js', 'render.js', 'views.js', 'input.js', 'csv.js', 'store.js', 'worker_client.js', 'app.js']
  .map(read).join('\n');

const parts = {
  'style.css': read('style.css'),
  worker: scriptSafe(workerSource),
  app: scriptSafe(appSource),
};
// A function replacer: the inlined text may contain "$&" and the like.
const html = read('index.html').replace(/\/\*@inline ([\w.]+)\*\//g, (_, name) => {
  if (!(name in parts)) throw new Error('unknown inline part ' + name);
  return parts[name];
});
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'index.html'), html);
// The service worker has to be its own file; it is used only when served over http.
fs.copyFileSync(path.join(web, 'sw.js'), path.join(outDir, 'sw.js'));
console.log('sift: wrote ' + path.join(outDir, 'index.html') + ' (' + Math.round(html.length / 1024) + ' KB)');
