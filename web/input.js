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

// A dropped or chosen file -> {articles, problems}. Text, .jsonl and .csv
// go through the worker, to the very readers the CLI uses (`readers` has
// split, jsonl and csv); HTML is read here, where a DOM parser is at hand.
async function readFileArticles(file, readers) {
  const name = file.name;
  const lower = name.toLowerCase();
  const text = await file.text();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return readers.jsonl(text, name);
  if (lower.endsWith('.csv')) return readers.csv(text, name);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    return { articles: [{ id: name, text: htmlToText(text), date: null }], problems: [] };
  }
  if (lower.endsWith('.txt') || lower.endsWith('.md') || lower.endsWith('.text') || file.type.startsWith('text/')) {
    return { articles: (await readers.split(text, name)).map((a) => Object.assign(a, { date: null })), problems: [] };
  }
  return { articles: [], problems: [name + ': not a supported file type (.txt, .md, .html, .jsonl, .csv)'] };
}
