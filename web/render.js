// Rendering from the report JSON alone. User text only ever enters the DOM
// as text nodes (textContent), never as markup.
'use strict';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const KIND_LABELS = {
  body: 'Body', title: 'Title', heading: 'Heading', byline: 'Byline',
  dateline: 'Dateline', signoff: 'Sign-off', boilerplate: 'Boilerplate',
};

const TYPE_NAMES = { PERSON: 'person', ORG: 'organisation', LOC: 'place', DATE: 'date', NORP: 'nationality or group' };

function countText(min, max) {
  if (max === null || max === undefined) return 'at least ' + min.toLocaleString('en');
  return min === max ? min.toLocaleString('en') : min.toLocaleString('en') + '\u2013' + max.toLocaleString('en');
}

// Marks of one article: entities, casualty facts, quotes. Each has what the
// page shows on hover or focus: what it is and why.
function articleMarks(article) {
  const marks = [];
  for (const e of article.entities) {
    const why = e.type + ' (' + TYPE_NAMES[e.type] + ')' + (e.canonical !== e.text ? ', same as ' + e.canonical : '') +
      (e.title ? ', title ' + e.title : '') + (e.value ? ', date ' + e.value : '');
    marks.push({ start: e.start, end: e.end, className: 'entity entity-' + e.type.toLowerCase(), label: e.type,
      info: why, attrs: { 'data-testid': 'entity', 'data-type': e.type } });
  }
  article.casualties.forEach((c, i) => {
    const parts = [c.outcome + ': ' + countText(c.count_min, c.count_max)];
    if (c.victims) parts.push(c.victims + ' (' + c.victim_class + ')');
    if (c.location) parts.push('in ' + c.location);
    if (c.date) parts.push('on ' + c.date);
    if (c.source) parts.push('source: ' + c.source);
    if (c.cause) parts.push('cause: ' + c.cause);
    if (c.scope !== 'incident') parts.push(c.scope + ' toll');
    if (c.part_of !== null) parts.push('part of fact ' + (c.part_of + 1));
    if (c.repeat) parts.push('in a repeated paragraph, not counted');
    marks.push({ start: c.start, end: c.end, className: 'casualty' + (c.scope !== 'incident' ? ' background' : ''),
      info: 'Casualty fact ' + (i + 1) + ': ' + parts.join(', '), attrs: { 'data-testid': 'casualty', 'data-outcome': c.outcome } });
  });
  for (const q of article.quotes) {
    marks.push({ start: q.start, end: q.end, className: 'quote',
      info: 'Quote' + (q.speaker ? ' from ' + q.speaker +
        (q.speaker_mention && q.speaker_mention.text !== q.speaker ? ' ("' + q.speaker_mention.text + '")' : '')
        : ', speaker unknown'), attrs: { 'data-testid': 'quote' } });
  }
  return marks;
}

// Marks nest when one holds another (an entity inside a quote); a mark that
// overlaps another partly is dropped, so every character shows exactly once.
function nestMarks(marks) {
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const roots = [];
  const stack = [];
  for (const m of sorted) {
    while (stack.length && stack[stack.length - 1].end <= m.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && m.end > parent.end) continue;
    const node = Object.assign({ children: [] }, m);
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function renderMarked(text, base, nodes, from, to, onInfo) {
  const frag = document.createDocumentFragment();
  let pos = from;
  for (const n of nodes) {
    const start = Math.max(n.start, from);
    const end = Math.min(n.end, to);
    if (end <= start) continue;
    if (start > pos) frag.append(document.createTextNode(text.slice(pos - base, start - base)));
    const mark = el('mark', Object.assign({ className: n.className, tabindex: 0, title: n.info, 'aria-label': null }, n.attrs));
    mark.append(renderMarked(text, base, n.children, start, end, onInfo));
    if (n.label) mark.append(el('span', { className: 'mark-label', 'aria-hidden': 'true', text: n.label }));
    mark.addEventListener('mouseenter', () => onInfo(n.info));
    mark.addEventListener('focus', () => onInfo(n.info));
    frag.append(mark);
    pos = end;
  }
  if (pos < to) frag.append(document.createTextNode(text.slice(pos - base, to - base)));
  return frag;
}

function renderParagraph(p, marks, onInfo) {
  const node = el('div', {
    className: 'paragraph kind-' + p.kind + (p.duplicate_of ? ' repeat' : ''),
    'data-testid': 'paragraph', 'data-kind': p.kind, 'data-index': p.index, 'data-duplicate-of': p.duplicate_of,
  });
  const tagText = p.duplicate_of ? 'repeats \u00b6' + p.duplicate_of : (p.kind === 'body' ? '\u00b6' + p.index : KIND_LABELS[p.kind]);
  const why = p.duplicate_of
    ? 'Repeats paragraph ' + p.duplicate_of + (p.similarity < 1 ? ' with small edits (similarity ' + p.similarity + ')' : '') + '; not counted again'
    : (p.reason ? KIND_LABELS[p.kind] + ': ' + p.reason : 'Body text');
  node.append(el('span', { className: 'kind-tag', title: why, tabindex: p.kind === 'body' && !p.duplicate_of ? null : 0, text: tagText }));
  const inside = nestMarks(marks.filter((m) => m.start >= p.start && m.end <= p.end));
  const body = el('span', { className: 'paragraph-text' });
  body.append(renderMarked(p.text, p.start, inside, p.start, p.end, onInfo));
  if (p.duplicate_of) {
    node.append(el('details', { className: 'repeat-body' }, el('summary', { text: 'show repeated text' }), body));
  } else {
    node.append(body);
  }
  return node;
}

function renderArticle(article, onInfo) {
  const marks = articleMarks(article);
  const section = el('article', { className: 'article', 'data-testid': 'article', 'data-id': article.id,
    'aria-label': 'Article ' + article.id });
  const repeats = article.paragraphs.filter((p) => p.duplicate_of).length;
  const marked = article.paragraphs.filter((p) => p.kind !== 'body').length;
  section.append(el('header', { className: 'article-head' },
    el('h3', { text: article.id }),
    el('span', { className: 'meta', text:
      article.paragraphs.length + ' paragraphs \u00b7 ' + article.sentences.length + ' sentences \u00b7 ' +
      repeats + ' repeated \u00b7 ' + marked + ' marked \u00b7 ' + article.casualties.length + ' casualty facts' +
      (article.date ? ' \u00b7 ' + article.date : '') })));
  for (const p of article.paragraphs) section.append(renderParagraph(p, marks, onInfo));
  return section;
}

// Totals counted once per incident, with ranges where reports disagree.
function casualtyTotals(report) {
  const totals = new Map();
  for (const i of report.incidents) {
    const t = totals.get(i.outcome) || { conservative: 0, high: 0, incidents: 0, conflicts: 0 };
    t.conservative += i.conservative;
    t.high += i.count_max;
    t.incidents += 1;
    t.conflicts += i.conflict ? 1 : 0;
    totals.set(i.outcome, t);
  }
  return totals;
}

function renderSummary(report) {
  const articles = report.articles;
  const count = (f) => articles.reduce((n, a) => n + f(a), 0);
  const inClusters = report.clusters.reduce((n, c) => n + c.members.length, 0);
  const items = [
    ['Articles', articles.length],
    ['Unique articles', articles.length - inClusters + report.clusters.length],
    ['Repeated paragraphs marked', count((a) => a.paragraphs.filter((p) => p.duplicate_of).length)],
    ['Boilerplate lines', count((a) => a.paragraphs.filter((p) => p.kind === 'boilerplate').length)],
    ['Entities', report.entities.length],
    ['Casualty facts', count((a) => a.casualties.length)],
    ['Incidents', report.incidents.length],
    ['Near-duplicate pairs', report.duplicates.length],
  ];
  const wrap = el('div', { className: 'summary-wrap' });
  const list = el('dl', { className: 'summary', 'data-testid': 'summary' });
  for (const [label, value] of items) list.append(el('div', null, el('dt', { text: label }), el('dd', { text: value })));
  wrap.append(list);
  const totals = casualtyTotals(report);
  if (totals.size) {
    const table = el('table', { className: 'table totals', 'data-testid': 'totals' },
      el('caption', { text: 'Casualty totals, each incident counted once' }),
      el('thead', null, el('tr', null, el('th', { text: 'Outcome' }), el('th', { text: 'Conservative' }),
        el('th', { text: 'Range' }), el('th', { text: 'Incidents' }), el('th', { text: 'With conflicting reports' }))));
    const body = el('tbody');
    for (const [outcome, t] of totals) {
      body.append(el('tr', null, el('td', { text: outcome }), el('td', { text: t.conservative.toLocaleString('en') }),
        el('td', { text: t.conservative === t.high ? t.conservative.toLocaleString('en') : countText(t.conservative, t.high) }),
        el('td', { text: t.incidents }), el('td', { text: t.conflicts })));
    }
    table.append(body);
    wrap.append(table);
  }
  return wrap;
}
