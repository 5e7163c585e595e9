// The report's views besides the articles: incidents with their evidence,
// duplicates (heatmap, clusters, side by side), entities and quotes. Tables
// sort by clicking a header and filter by typing.
'use strict';
/* global el, countText */

// A sortable, filterable table. `rows` are {cells: [...], attrs, onSelect}.
function dataTable({ caption, columns, rows, testid }) {
  const wrap = el('div', { className: 'table-wrap' });
  const filter = el('input', { type: 'search', className: 'filter', placeholder: 'Filter ' + caption.toLowerCase() + '\u2026',
    'aria-label': 'Filter ' + caption.toLowerCase() });
  const table = el('table', { className: 'table', 'data-testid': testid }, el('caption', { text: caption }));
  const head = el('tr');
  const body = el('tbody');
  let sortBy = -1;
  let ascending = true;
  columns.forEach((col, i) => {
    const button = el('button', { className: 'sort', type: 'button', text: col.label,
      onclick: () => { ascending = sortBy === i ? !ascending : true; sortBy = i; draw(); } });
    head.append(el('th', { scope: 'col', 'aria-sort': 'none' }, button));
  });
  table.append(el('thead', null, head), body);
  const draw = () => {
    const q = filter.value.trim().toLowerCase();
    let shown = rows.filter((r) => !q || r.cells.some((c) => String(c ?? '').toLowerCase().includes(q)));
    if (sortBy >= 0) {
      const numeric = columns[sortBy].numeric;
      shown = shown.slice().sort((a, b) => {
        const x = a.cells[sortBy] ?? '';
        const y = b.cells[sortBy] ?? '';
        const d = numeric ? Number(x) - Number(y) : String(x).localeCompare(String(y));
        return ascending ? d : -d;
      });
    }
    [...head.children].forEach((th, i) => th.setAttribute('aria-sort', i === sortBy ? (ascending ? 'ascending' : 'descending') : 'none'));
    body.replaceChildren(...shown.slice(0, 2000).map((r) => {
      const tr = el('tr', r.attrs || {});
      r.cells.forEach((c) => tr.append(el('td', { text: c === null || c === undefined ? '' : c })));
      if (r.onSelect) {
        tr.tabIndex = 0;
        tr.classList.add('selectable');
        tr.addEventListener('click', () => r.onSelect(tr));
        tr.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); r.onSelect(tr); } });
      }
      return tr;
    }));
  };
  filter.addEventListener('input', draw);
  draw();
  wrap.append(filter, el('div', { className: 'scroll' }, table));
  return wrap;
}

// The sentence of `article` that holds [start, end), for evidence.
function sentenceAround(article, start, end) {
  for (const s of article.sentences) if (s.start <= start && s.end >= end) return s.text;
  return null;
}

function renderIncidents(report) {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const evidence = el('div', { className: 'evidence', 'aria-live': 'polite', 'data-testid': 'incident-evidence' },
    el('p', { className: 'hint', text: 'Choose an incident to see the sentence from every report.' }));
  const show = (incident, row) => {
    for (const tr of row.parentNode.children) tr.classList.toggle('selected', tr === row);
    const list = el('ol');
    for (const m of [...incident.mentions, ...incident.parts]) {
      const a = byId.get(m.article);
      const c = a.casualties[m.casualty];
      list.append(el('li', null, el('strong', { text: m.article + ': ' }),
        el('span', { text: sentenceAround(a, c.start, c.end) || c.text }),
        el('span', { className: 'meta', text: ' (' + c.outcome + ' ' + countText(c.count_min, c.count_max) +
          (c.source ? ', ' + c.source : '') + (c.part_of !== null ? ', part of a larger toll' : '') + ')' })));
    }
    evidence.replaceChildren(el('h3', { text: 'Incident ' + incident.id + ': ' + incident.outcome + ' ' +
      countText(incident.count_min, incident.count_max) + (incident.location ? ' in ' + incident.location : '') }), list);
  };
  const rows = report.incidents.map((i) => ({
    cells: [i.id, i.date, i.location, i.outcome, i.count_min === i.count_max ? String(i.count_min) : countText(i.count_min, i.count_max),
      i.conservative, i.victim_class, i.sources.join('; '), i.mentions.length, i.conflict ? 'yes' : ''],
    attrs: { 'data-testid': 'incident', 'data-conflict': i.conflict ? 'true' : 'false' },
    onSelect: (tr) => show(i, tr),
  }));
  const table = dataTable({ caption: 'Incidents', testid: 'incidents-table', rows, columns: [
    { label: 'Id', numeric: true }, { label: 'Date' }, { label: 'Place' }, { label: 'Outcome' }, { label: 'Count range' },
    { label: 'Conservative', numeric: true }, { label: 'Victims' }, { label: 'Sources' }, { label: 'Reports', numeric: true },
    { label: 'Conflict' }] });
  return el('div', { className: 'incidents' }, table, evidence);
}

// Similarity heatmap of the batch: one cell per pair, darker = more alike.
function heatmap(report, onPair) {
  const n = report.articles.length;
  const index = new Map(report.articles.map((a, i) => [a.id, i]));
  const cell = Math.max(4, Math.min(24, Math.floor(480 / Math.max(1, n))));
  const canvas = el('canvas', { width: n * cell, height: n * cell, className: 'heatmap', 'data-testid': 'heatmap',
    role: 'img', 'aria-label': 'Similarity heatmap of ' + n + ' articles; ' + report.duplicates.length + ' near-duplicate pairs' });
  const ctx = canvas.getContext('2d');
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  ctx.fillStyle = dark ? '#1f2227' : '#f1f3f6';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const pairs = new Map();
  for (const d of report.duplicates) {
    const a = index.get(d.a);
    const b = index.get(d.b);
    pairs.set(a + ':' + b, d);
    pairs.set(b + ':' + a, d);
    // A single blue hue, from light to dark: readable with any colour vision.
    const light = Math.round(85 - 55 * d.similarity);
    ctx.fillStyle = 'hsl(210, 80%, ' + light + '%)';
    ctx.fillRect(a * cell, b * cell, cell, cell);
    ctx.fillRect(b * cell, a * cell, cell, cell);
  }
  ctx.fillStyle = dark ? '#555' : '#9aa3ad';
  for (let i = 0; i < n; i++) ctx.fillRect(i * cell, i * cell, cell, cell);
  canvas.addEventListener('click', (e) => {
    const r = canvas.getBoundingClientRect();
    const x = Math.floor((e.clientX - r.left) / (r.width / n));
    const y = Math.floor((e.clientY - r.top) / (r.height / n));
    const d = pairs.get(x + ':' + y);
    if (d) onPair(d);
  });
  return canvas;
}

// Two versions side by side, shared paragraphs aligned on one row.
function sideBySide(report, pair) {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const a = byId.get(pair.a);
  const b = byId.get(pair.b);
  const sharedA = new Set(pair.shared.a);
  const sharedB = new Set(pair.shared.b);
  const grid = el('div', { className: 'side-by-side', 'data-testid': 'side-by-side' },
    el('h4', { text: pair.a }), el('h4', { text: pair.b }));
  const pa = a.paragraphs.filter((p) => !p.duplicate_of);
  const pb = b.paragraphs.filter((p) => !p.duplicate_of);
  const cellOf = (p, shared) => el('div', { className: 'cell' + (shared ? ' shared' : '') + ' kind-' + p.kind,
    title: shared ? 'Shared passage' : 'Only in this version' }, el('span', { text: p.text }));
  // Walk both lists; a shared paragraph waits for its partner so the two line up.
  let i = 0;
  let j = 0;
  while (i < pa.length || j < pb.length) {
    const x = pa[i];
    const y = pb[j];
    const xs = x && sharedA.has(x.index);
    const ys = y && sharedB.has(y.index);
    if (x && y && xs === ys) { grid.append(cellOf(x, xs), cellOf(y, ys)); i++; j++; }
    else if (x && (!xs || !y)) { grid.append(cellOf(x, xs), el('div', { className: 'cell empty' })); i++; }
    else { grid.append(el('div', { className: 'cell empty' }), cellOf(y, ys)); j++; }
  }
  return grid;
}

function renderDuplicates(report) {
  const detail = el('div', { className: 'pair-detail', 'aria-live': 'polite' },
    el('p', { className: 'hint', text: report.duplicates.length ? 'Choose a pair (table or heatmap) to compare the two versions.'
      : 'No near-duplicate articles in this batch.' }));
  const show = (d) => detail.replaceChildren(el('p', { text: d.a + ' and ' + d.b + ': similarity ' + d.similarity +
    ', containment ' + d.containment }), sideBySide(report, d));
  const pairs = dataTable({ caption: 'Near-duplicate pairs', testid: 'duplicates-table', columns: [
    { label: 'Article A' }, { label: 'Article B' }, { label: 'Similarity', numeric: true }, { label: 'Containment', numeric: true },
    { label: 'Shared paragraphs', numeric: true }],
  rows: report.duplicates.map((d) => ({ cells: [d.a, d.b, d.similarity, d.containment, d.shared.a.length],
    attrs: { 'data-testid': 'duplicate-pair' }, onSelect: () => show(d) })) });
  const clusters = el('ul', { className: 'clusters', 'data-testid': 'clusters' });
  for (const c of report.clusters) {
    clusters.append(el('li', null, el('strong', { text: 'Cluster ' + c.id + ': ' }),
      el('span', { text: c.members.join(', ') }), el('span', { className: 'meta', text: ' (most complete: ' + c.representative + ')' })));
  }
  const parts = [el('h3', { text: 'Similarity across the batch' })];
  if (report.articles.length <= 300) parts.push(heatmap(report, show));
  else parts.push(el('p', { className: 'hint', text: 'The heatmap is drawn for batches of up to 300 articles.' }));
  parts.push(el('h3', { text: 'Clusters' }), report.clusters.length ? clusters : el('p', { className: 'hint', text: 'None.' }), pairs, detail);
  return el('div', { className: 'duplicates' }, ...parts);
}

function renderEntities(report) {
  return dataTable({ caption: 'Entities', testid: 'entities-table', columns: [
    { label: 'Name' }, { label: 'Type' }, { label: 'Variants' }, { label: 'Mentions', numeric: true }, { label: 'Articles', numeric: true }],
  rows: report.entities.map((e) => ({ cells: [e.canonical, e.type, e.variants.join('; '), e.mentions, e.articles.length],
    attrs: { 'data-testid': 'entity-row', 'data-type': e.type } })) });
}

function renderQuotes(report) {
  const rows = [];
  for (const a of report.articles) {
    for (const q of a.quotes) {
      if (q.repeat) continue;
      rows.push({ cells: [q.speaker, q.text, a.id], attrs: { 'data-testid': 'quote-row' } });
    }
  }
  return dataTable({ caption: 'Quotes', testid: 'quotes-table', rows,
    columns: [{ label: 'Speaker' }, { label: 'Quote' }, { label: 'Article' }] });
}
