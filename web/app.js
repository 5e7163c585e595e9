// The page: paste or load articles, analyze them in the worker, show the
// report, export it. Everything stays in this browser tab.
'use strict';
/* global SiftWorker, SIFT_EXAMPLE, el, renderArticle, renderSummary */

const ui = {
  input: document.getElementById('input'),
  analyze: document.getElementById('analyze'),
  example: document.getElementById('load-example'),
  cancel: document.getElementById('cancel'),
  status: document.getElementById('status'),
  results: document.getElementById('results'),
  summary: document.getElementById('summary-view'),
  articles: document.getElementById('articles-view'),
  exportJson: document.getElementById('export-json'),
};

const worker = new SiftWorker(document.getElementById('worker-src').textContent);
let lastJson = null;

function setStatus(text, isError) {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', Boolean(isError));
}

function setBusy(busy) {
  ui.analyze.disabled = busy;
  ui.cancel.hidden = !busy;
  ui.results.setAttribute('aria-busy', busy ? 'true' : 'false');
}

async function analyzeInput() {
  const text = ui.input.value;
  if (!text.trim()) { setStatus('Paste one or more articles first.', true); return; }
  setBusy(true);
  ui.results.dataset.state = 'running';
  setStatus('Analyzing\u2026');
  const started = performance.now();
  try {
    const articles = await worker.call('splitArticles', text, 'article');
    const { json, report } = await worker.call('analyze', { articles });
    lastJson = json;
    show(report);
    const ms = Math.round(performance.now() - started);
    setStatus(report.articles.length + ' article(s) analyzed in ' + ms + ' ms.');
    ui.results.dataset.state = 'done';
  } catch (err) {
    // The pasted text stays in the box whatever happened.
    ui.results.dataset.state = 'error';
    setStatus(err.message === 'cancelled' ? 'Cancelled.' : 'Analysis failed: ' + err.message, err.message !== 'cancelled');
  } finally {
    setBusy(false);
  }
}

function show(report) {
  ui.summary.replaceChildren(renderSummary(report));
  const frag = document.createDocumentFragment();
  for (const article of report.articles) frag.append(renderArticle(article));
  ui.articles.replaceChildren(frag);
  ui.exportJson.disabled = false;
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

ui.analyze.addEventListener('click', analyzeInput);
ui.cancel.addEventListener('click', () => worker.cancel());
ui.example.addEventListener('click', () => { ui.input.value = SIFT_EXAMPLE; ui.input.focus(); });
ui.exportJson.addEventListener('click', () => { if (lastJson) download('sift-report.json', 'application/json', lastJson); });
ui.input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyzeInput(); });

// Compile the module while the user is still pasting.
worker.start().then(() => {
  document.body.dataset.ready = 'true';
  setStatus('Ready (Sift ' + worker.version + '). Nothing you paste leaves this computer.');
}, (err) => setStatus('Could not start the analyzer: ' + err.message, true));
