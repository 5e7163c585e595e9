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

// Text with marks: `marks` are {start, end, className, label, title,
// attrs} in the same offsets as `text` starts at `base`. Overlapping marks
// are dropped after the first, so every character is shown exactly once.
function highlighted(text, base, marks) {
  const frag = document.createDocumentFragment();
  const sorted = marks
    .filter((m) => m.start >= base && m.end <= base + text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const m of sorted) {
    const start = m.start - base;
    const end = m.end - base;
    if (start < pos) continue;
    if (start > pos) frag.append(document.createTextNode(text.slice(pos, start)));
    const mark = el('mark', Object.assign({ className: m.className, title: m.title, tabindex: 0 }, m.attrs || {}),
      text.slice(start, end));
    if (m.label) mark.append(el('span', { className: 'mark-label', 'aria-hidden': 'true', text: m.label }));
    frag.append(mark);
    pos = end;
  }
  if (pos < text.length) frag.append(document.createTextNode(text.slice(pos)));
  return frag;
}

function articleMarks(article) {
  const marks = [];
  for (const e of article.entities) {
    marks.push({ start: e.start, end: e.end, className: 'entity entity-' + e.type.toLowerCase(), label: e.type,
      title: e.type + ': ' + e.canonical, attrs: { 'data-testid': 'entity', 'data-type': e.type } });
  }
  return marks;
}

function renderParagraph(article, p, marks) {
  const attrs = {
    className: 'paragraph kind-' + p.kind + (p.duplicate_of ? ' repeat' : ''),
    'data-testid': 'paragraph', 'data-kind': p.kind, 'data-index': p.index,
    'data-duplicate-of': p.duplicate_of,
  };
  const node = el('div', attrs);
  const tag = el('span', { className: 'kind-tag', title: p.reason || KIND_LABELS[p.kind],
    text: p.duplicate_of ? 'repeats \u00b6' + p.duplicate_of : (p.kind === 'body' ? '\u00b6' + p.index : KIND_LABELS[p.kind]) });
  node.append(tag);
  const body = el('span', { className: 'paragraph-text' });
  body.append(highlighted(p.text, p.start, marks));
  if (p.duplicate_of) {
    const details = el('details', { className: 'repeat-body' }, el('summary', { text: 'show repeated text' }), body);
    node.append(details);
  } else {
    node.append(body);
  }
  return node;
}

function renderArticle(article) {
  const marks = articleMarks(article);
  const section = el('article', { className: 'article', 'data-testid': 'article', 'data-id': article.id });
  const repeats = article.paragraphs.filter((p) => p.duplicate_of).length;
  const marked = article.paragraphs.filter((p) => p.kind !== 'body').length;
  section.append(el('header', { className: 'article-head' },
    el('h3', { text: article.id }),
    el('span', { className: 'meta', text:
      article.paragraphs.length + ' paragraphs \u00b7 ' + article.sentences.length + ' sentences \u00b7 ' +
      repeats + ' repeated \u00b7 ' + marked + ' marked' + (article.date ? ' \u00b7 ' + article.date : '') })));
  for (const p of article.paragraphs) section.append(renderParagraph(article, p, marks));
  return section;
}

function renderSummary(report) {
  const articles = report.articles;
  const count = (f) => articles.reduce((n, a) => n + f(a), 0);
  const items = [
    ['Articles', articles.length],
    ['Paragraphs', count((a) => a.paragraphs.length)],
    ['Sentences', count((a) => a.sentences.length)],
    ['Repeated paragraphs', count((a) => a.paragraphs.filter((p) => p.duplicate_of).length)],
    ['Boilerplate lines', count((a) => a.paragraphs.filter((p) => p.kind === 'boilerplate').length)],
    ['Entities', count((a) => a.entities.length)],
    ['Casualty reports', count((a) => a.casualties.length)],
    ['Incidents', report.incidents.length],
    ['Near-duplicate pairs', report.duplicates.length],
  ];
  const list = el('dl', { className: 'summary', 'data-testid': 'summary' });
  for (const [label, value] of items) list.append(el('div', null, el('dt', { text: label }), el('dd', { text: value })));
  return list;
}
