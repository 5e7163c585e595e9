// CSV export of the report's tables. Cells that a spreadsheet would run as
// a formula (starting with = + - @, a tab or a carriage return) get a leading
// apostrophe, so an exported file can never execute anything.
'use strict';

function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function toCsv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// The four tables users export.
function reportCsv(report, kind) {
  if (kind === 'incidents') {
    return toCsv(['id', 'date', 'location', 'outcome', 'victim_class', 'count_min', 'count_max', 'conservative',
      'conflict', 'sources', 'reports', 'articles'],
    report.incidents.map((i) => [i.id, i.date, i.location, i.outcome, i.victim_class, i.count_min, i.count_max,
      i.conservative, i.conflict, i.sources.join('; '), i.mentions.length,
      [...new Set(i.mentions.map((m) => m.article))].join('; ')]));
  }
  if (kind === 'casualties') {
    const rows = [];
    for (const a of report.articles) {
      a.casualties.forEach((c, index) => rows.push([a.id, index, c.text, c.count_min, c.count_max, c.qualifier, c.vague,
        c.outcome, c.victims, c.victim_class, c.location, c.date, c.source, c.perpetrator, c.cause, c.scope,
        c.part_of, c.repeat, c.start, c.end]));
    }
    return toCsv(['article', 'index', 'text', 'count_min', 'count_max', 'qualifier', 'vague', 'outcome', 'victims',
      'victim_class', 'location', 'date', 'source', 'perpetrator', 'cause', 'scope', 'part_of', 'repeat', 'start', 'end'], rows);
  }
  if (kind === 'entities') {
    return toCsv(['canonical', 'type', 'variants', 'mentions', 'articles'],
      report.entities.map((e) => [e.canonical, e.type, e.variants.join('; '), e.mentions, e.articles.join('; ')]));
  }
  if (kind === 'quotes') {
    const rows = [];
    for (const a of report.articles) for (const q of a.quotes) rows.push([a.id, q.speaker, q.text, q.repeat, q.start, q.end]);
    return toCsv(['article', 'speaker', 'quote', 'repeat', 'start', 'end'], rows);
  }
  throw new Error('unknown table ' + kind);
}
