// Reading what users bring: pasted text, HTML copied from a browser, and
// files (.txt, .md, .html, .jsonl, .csv). Everything becomes {id, text, date}
// articles; nothing here ever inserts user markup into the page.
'use strict';

// Main text of an HTML document: the <article> or <main> element when there
// is one, else the block with the most paragraph text; menus, headers,
// footers, asides, forms, scripts and comments are left out. DOMParser
// documents run no scripts and load nothing.
function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, object, embed, svg, canvas, ' +
      'nav, header, footer, aside, form, button, select, [role=navigation], [role=banner], [role=contentinfo], ' +
      '[aria-hidden=true], .comments, #comments, .comment, .share, .social, .related, .advert, .ad')) {
    el.remove();
  }
  let root = doc.querySelector('article') || doc.querySelector('main') || doc.querySelector('[role=main]');
  if (!root) {
    let best = doc.body;
    let bestScore = 0;
    for (const el of doc.body ? doc.body.querySelectorAll('div, section, td') : []) {
      let score = 0;
      for (const p of el.children) if (p.tagName === 'P') score += p.textContent.length;
      if (score > bestScore) { bestScore = score; best = el; }
    }
    root = best;
  }
  if (!root) return '';
  const blocks = [];
  const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TR']);
  const walk = (node) => {
    for (const child of node.children) {
      if (blockTags.has(child.tagName)) {
        const text = child.textContent.replace(/\s+/g, ' ').trim();
        if (text) blocks.push(text);
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  if (blocks.length === 0) return root.textContent.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
  return blocks.join('\n');
}

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field); field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

// Articles from a CSV: the text column is named text/content/body/article,
// else it is the column with the longest cells.
function csvToArticles(text, name) {
  const rows = parseCsv(text);
  if (rows.length < 2) return { articles: [], problems: [name + ': no rows'] };
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const find = (...names) => header.findIndex((h) => names.includes(h));
  let textCol = find('text', 'content', 'body', 'article', 'article_content', 'story');
  if (textCol < 0) {
    const lengths = header.map((_, c) => rows.slice(1).reduce((n, r) => n + (r[c] || '').length, 0));
    textCol = lengths.indexOf(Math.max(...lengths));
  }
  const idCol = find('id', 'title', 'headline', 'name', 'unit_id');
  const dateCol = find('date', 'published', 'publication_date');
  const articles = [];
  rows.slice(1).forEach((r, i) => {
    const body = (r[textCol] || '').trim();
    if (!body) return;
    const date = dateCol >= 0 ? normalizeDate(r[dateCol]) : null;
    articles.push({ id: idCol >= 0 && r[idCol] ? String(r[idCol]).slice(0, 200) : name + '#' + (i + 2), text: body, date });
  });
  return { articles, problems: [] };
}

// YYYY-MM-DD or null.
function normalizeDate(value) {
  if (!value) return null;
  const m = String(value).trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? m[1] + '-' + m[2] + '-' + m[3] : null;
}

function jsonlToArticles(text, name) {
  const articles = [];
  const problems = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const obj = JSON.parse(line);
      if (typeof obj.text !== 'string') throw new Error('missing "text"');
      articles.push({ id: obj.id !== undefined && obj.id !== null ? String(obj.id) : name + '#' + (i + 1),
        text: obj.text, date: normalizeDate(obj.date) });
    } catch (err) {
      problems.push(name + ':' + (i + 1) + ': ' + err.message);
    }
  });
  return { articles, problems };
}

// A dropped or chosen file -> {articles, problems}. Plain-text kinds go
// through the worker's splitter (`split`), the same one the CLI uses.
async function readFileArticles(file, split) {
  const name = file.name;
  const lower = name.toLowerCase();
  const text = await file.text();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return jsonlToArticles(text, name);
  if (lower.endsWith('.csv')) return csvToArticles(text, name);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    return { articles: [{ id: name, text: htmlToText(text), date: null }], problems: [] };
  }
  if (lower.endsWith('.txt') || lower.endsWith('.md') || lower.endsWith('.text') || file.type.startsWith('text/')) {
    return { articles: (await split(text, name)).map((a) => Object.assign(a, { date: null })), problems: [] };
  }
  return { articles: [], problems: [name + ': not a supported file type (.txt, .md, .html, .jsonl, .csv)'] };
}
