// The page: bring articles in (paste, HTML from the clipboard, files), keep
// a list to rename, date or remove them, analyze in the worker, show the
// report in views, export it, and keep everything across reloads. Nothing
// leaves this browser tab.
'use strict';
/* global SiftWorker, SiftStore, SIFT_EXAMPLE, el, htmlToText, readFileArticles, renderArticle, renderSummary,
   renderIncidents, renderDuplicates, renderEntities, renderQuotes, reportCsv */

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'), analyze: $('analyze'), example: $('load-example'), cancel: $('cancel'), clear: $('clear'),
  status: $('status'), results: $('results'), files: $('file-input'), drop: $('input-panel'), list: $('article-list'),
  exportJson: $('export-json'), exportCsv: $('export-csv'), csvKind: $('export-csv-kind'), copy: $('copy-json'),
  info: $('mark-info'),
};
const views = {
  summary: $('summary-view'), articles: $('articles-view'), incidents: $('incidents-view'),
  duplicates: $('duplicates-view'), entities: $('entities-view'), quotes: $('quotes-view'),
};

const worker = new SiftWorker($('worker-src').textContent);
const state = { files: [], overrides: {}, pasted: [], pastedText: '', json: null, report: null };

function setStatus(text, isError) {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', Boolean(isError));
}

const showInfo = (text) => { ui.info.textContent = text; };

// ---- the article list -------------------------------------------------

// Splits the box's text into articles, unless it is what was split last.
async function refreshPasted() {
  const text = ui.input.value;
  if (text === state.pastedText) return;
  state.pasted = text.trim() ? await worker.call('splitArticles', text, 'article') : [];
  state.pastedText = text;
  renderList();
}

function currentArticles() {
  const out = [];
  const add = (key, a) => {
    const o = state.overrides[key] || {};
    if (o.removed) return;
    out.push({ key, id: o.id || a.id, text: a.text, date: o.date !== undefined ? o.date : a.date || null });
  };
  state.pasted.forEach((a, i) => add('paste:' + i, a));
  state.files.forEach((a, i) => add('file:' + i + ':' + a.id, a));
  return out;
}

function renderList() {
  const articles = currentArticles();
  ui.list.replaceChildren(...articles.map((a) => {
    const name = el('input', { type: 'text', value: a.id, 'aria-label': 'Name of article ' + a.id, className: 'name' });
    name.addEventListener('change', () => { override(a.key, { id: name.value.trim() || a.id }); });
    const date = el('input', { type: 'date', value: a.date || '', 'aria-label': 'Date of article ' + a.id });
    date.addEventListener('change', () => { override(a.key, { date: date.value || null }); });
    const remove = el('button', { type: 'button', className: 'small', text: 'Remove', 'aria-label': 'Remove article ' + a.id,
      onclick: () => { override(a.key, { removed: true }); } });
    return el('li', { 'data-testid': 'article-item' }, name, date,
      el('span', { className: 'meta', text: Math.round(a.text.length / 100) / 10 + ' k chars' }), remove);
  }));
  $('article-count').textContent = articles.length ? articles.length + ' article(s) ready' : '';
  persistInput();
}

function override(key, change) {
  state.overrides[key] = Object.assign({}, state.overrides[key], change);
  renderList();
}

// ---- bringing text in --------------------------------------------------

let pasteTimer = 0;
ui.input.addEventListener('input', () => {
  clearTimeout(pasteTimer);
  pasteTimer = setTimeout(() => refreshPasted().catch((err) => setStatus(failureMessage(err), true)), 250);
});

// HTML from a browser: take the article's text, not its menus or markup.
ui.input.addEventListener('paste', (e) => {
  const html = e.clipboardData && e.clipboardData.getData('text/html');
  if (!html) return;
  const text = htmlToText(html);
  if (!text) return;
  e.preventDefault();
  const { selectionStart: s, selectionEnd: t, value } = ui.input;
  ui.input.value = value.slice(0, s) + text + value.slice(t);
  ui.input.selectionStart = ui.input.selectionEnd = s + text.length;
  ui.input.dispatchEvent(new Event('input'));
});

async function addFiles(fileList) {
  const problems = [];
  let added = 0;
  for (const file of fileList) {
    try {
      const r = await readFileArticles(file, {
        split: (text, name) => worker.call('splitArticles', text, name),
        jsonl: (text, name) => worker.call('readJsonl', text, name),
        csv: (text, name) => worker.call('readCsv', text, name),
      });
      state.files.push(...r.articles);
      added += r.articles.length;
      problems.push(...r.problems);
    } catch (err) {
      problems.push(file.name + ': ' + err.message);
    }
  }
  renderList();
  if (added) ui.list.closest('details').open = true;
  setStatus(added + ' article(s) added from ' + fileList.length + ' file(s).' + (problems.length ? ' ' + problems.join('; ') : ''),
    problems.length > 0 && added === 0);
}

ui.files.addEventListener('change', () => { addFiles([...ui.files.files]); ui.files.value = ''; });
ui.drop.addEventListener('dragover', (e) => { e.preventDefault(); ui.drop.classList.add('dragging'); });
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('dragging'));
ui.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.drop.classList.remove('dragging');
  if (e.dataTransfer && e.dataTransfer.files.length) addFiles([...e.dataTransfer.files]);
});

// ---- analysis ----------------------------------------------------------

async function analyzeInput() {
  ui.analyze.disabled = true;
  ui.cancel.hidden = false;
  ui.results.setAttribute('aria-busy', 'true');
  ui.results.dataset.state = 'running';
  try {
    await refreshPasted();
    // The input is in storage before the analysis can run out of memory;
    // it was saved as it changed, so only a save still waiting is flushed.
    if (saveTimer) await flushInput();
    const articles = currentArticles();
    if (!articles.length) {
      ui.results.dataset.state = 'empty';
      setStatus('Paste or drop one or more articles first.', true);
      return;
    }
    const bytes = articles.reduce((n, a) => n + a.text.length, 0);
    setStatus('Analyzing ' + articles.length.toLocaleString('en') + ' article(s), ' + (bytes / 1e6).toFixed(1) + ' MB\u2026');
    const started = performance.now();
    const json = await worker.call('analyze', { articles: articles.map(({ id, text, date }) => ({ id, text, date })) });
    const report = JSON.parse(json);
    const analyzedMs = Math.round(performance.now() - started);
    state.json = json;
    state.report = report;
    show(report);
    SiftStore.save('report', json);
    setStatus(report.articles.length.toLocaleString('en') + ' article(s) analyzed in ' + analyzedMs + ' ms.');
  } catch (err) {
    // The input stays in the box and in storage whatever happened.
    ui.results.dataset.state = 'error';
    setStatus(failureMessage(err), err.message !== 'cancelled');
  } finally {
    ui.analyze.disabled = false;
    ui.cancel.hidden = true;
    ui.results.setAttribute('aria-busy', 'false');
  }
}

function failureMessage(err) {
  if (err.message === 'cancelled') return 'Cancelled.';
  if (/memory|restarted/i.test(err.message)) {
    return 'The browser ran out of memory for this batch. Your articles are kept; try fewer at a time.';
  }
  return 'Analysis failed: ' + err.message;
}

// Renders all views: small batches whole, large ones as placeholders filled on view.
function show(report) {
  views.summary.replaceChildren(renderSummary(report));
  views.incidents.replaceChildren(renderIncidents(report));
  views.duplicates.replaceChildren(renderDuplicates(report));
  views.entities.replaceChildren(renderEntities(report));
  views.quotes.replaceChildren(renderQuotes(report));
  views.articles.replaceChildren();
  // Small batches render at once; large ones get a light placeholder per
  // article, filled in when it scrolls into view, so 10,000 articles cost
  // little until they are read. The observer watches blocks of placeholders,
  // not each one: it measures every target on every frame.
  const lazy = report.articles.length > 300;
  const observer = lazy ? new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      observer.unobserve(e.target);
      for (const holder of [...e.target.children]) {
        holder.replaceWith(renderArticle(report.articles[Number(holder.dataset.position)], showInfo));
      }
    }
  }, { rootMargin: '800px' }) : null;
  // Placeholders go in at once: each pause to let the page paint costs a
  // frame of the whole document, far more than the placeholders themselves.
  const BLOCK = 25;
  const frag = document.createDocumentFragment();
  if (!lazy) report.articles.forEach((a) => frag.append(renderArticle(a, showInfo)));
  for (let b = 0; lazy && b < report.articles.length; b += BLOCK) {
    const block = el('div', { className: 'article-block' });
    report.articles.slice(b, b + BLOCK).forEach((a, k) => block.append(el('article', {
      className: 'article placeholder', 'data-testid': 'article', 'data-id': a.id, 'data-position': b + k,
      'aria-label': 'Article ' + a.id,
    }, el('header', { className: 'article-head' }, el('h3', { text: a.id }),
      el('span', { className: 'meta', text: a.paragraphs.length + ' paragraphs \u00b7 ' + a.casualties.length + ' casualty facts' })))));
    frag.append(block);
    observer.observe(block);
  }
  views.articles.append(frag);
  for (const b of [ui.exportJson, ui.exportCsv, ui.copy]) b.disabled = false;
  ui.results.dataset.state = 'done';
}

// ---- sections -----------------------------------------------------------

// The report is one page of sections; the navigation links scroll to them
// and move keyboard focus there.
for (const link of document.querySelectorAll('nav.sections a')) {
  link.addEventListener('click', (e) => {
    e.preventDefault();
    const target = document.querySelector(link.getAttribute('href'));
    const section = target.closest('section');
    section.scrollIntoView({ block: 'start' });
    section.tabIndex = -1;
    section.focus({ preventScroll: true });
  });
}

// ---- export -------------------------------------------------------------

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

ui.exportJson.addEventListener('click', () => { if (state.json) download('sift-report.json', 'application/json', state.json); });
ui.exportCsv.addEventListener('click', () => {
  if (!state.report) return;
  const kind = ui.csvKind.value;
  download('sift-' + kind + '.csv', 'text/csv', reportCsv(state.report, kind));
});
ui.copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(state.json || '');
    setStatus('The JSON report is on the clipboard.');
  } catch (err) {
    setStatus('Copying failed: ' + err.message, true);
  }
});

// ---- persistence ----------------------------------------------------------

let saveTimer = 0;  // set while a save waits
const saveInput = () => SiftStore.save('input', { text: ui.input.value, files: state.files, overrides: state.overrides });
function flushInput() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  return saveInput();
}
function persistInput() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(flushInput, 200);
}

async function restore() {
  const input = await SiftStore.load('input');
  if (input) {
    ui.input.value = input.text || '';
    state.files = input.files || [];
    state.overrides = input.overrides || {};
    await refreshPasted();
  }
  const json = await SiftStore.load('report');
  if (json) {
    state.json = json;
    state.report = JSON.parse(json);
    show(state.report);
    setStatus('Restored your last session (' + state.report.articles.length + ' article(s)).');
  }
}

ui.clear.addEventListener('click', async () => {
  worker.cancel();
  ui.input.value = '';
  Object.assign(state, { files: [], overrides: {}, pasted: [], pastedText: '', json: null, report: null });
  for (const v of Object.values(views)) v.replaceChildren();
  for (const b of [ui.exportJson, ui.exportCsv, ui.copy]) b.disabled = true;
  renderList();
  // A save still waiting on its timer would write the old input back after
  // the store is emptied, so pending saves are dropped before clearing.
  clearTimeout(pasteTimer);
  clearTimeout(saveTimer);
  saveTimer = 0;
  await SiftStore.clear();
  ui.results.dataset.state = 'empty';
  setStatus('Cleared: nothing of this session is stored any more.');
});

ui.analyze.addEventListener('click', analyzeInput);
ui.cancel.addEventListener('click', () => worker.cancel());
ui.example.addEventListener('click', () => { ui.input.value = SIFT_EXAMPLE; ui.input.dispatchEvent(new Event('input')); ui.input.focus(); });
ui.input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyzeInput(); });

// Served over http(s), a service worker keeps the page available offline.
if (location.protocol.startsWith('http') && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => undefined);
}

// Compile the module while the user is still pasting.
worker.start().then(async () => {
  await restore().catch(() => undefined);
  document.body.dataset.ready = 'true';
  if (!state.report) setStatus('Ready (Sift ' + worker.version + '). Nothing you paste leaves this computer.');
}, (err) => setStatus('Could not start the analyzer: ' + err.message, true));
