#!/usr/bin/env node
// Sift beside its peers on the same texts, in one Node process, one thread:
//   - Sift WASM: the whole analyze pipeline (sentences, entities, facts,
//     dedup), and its native build through the CLI on the same file;
//   - compromise and wink-nlp: sentences and named entities;
//   - the npm `minhash` package: 128-permutation MinHash of word 5-shingles,
//     against Sift's own fingerprints (part of its native near-duplicate stage).
//
//   build/native/sift_bench 20 --write-corpus /tmp/corpus.jsonl
//   node bench/peers.js /tmp/corpus.jsonl
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('usage: node bench/peers.js CORPUS.jsonl (write one with sift_bench MB --write-corpus FILE)');
  process.exit(2);
}
const ROOT = path.join(__dirname, '..');
const articles = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const mb = bytes / 1e6;
const rows = [];

function time(name, fn) {
  const t = process.hrtime.bigint();
  const detail = fn();
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  rows.push({ name, seconds: s, mbps: mb / s, detail });
  console.log(name.padEnd(44) + (mb / s).toFixed(2).padStart(8) + ' MB/s  ' + s.toFixed(2) + ' s  ' + (detail || ''));
}

(async () => {
  console.log('corpus: ' + articles.length + ' articles, ' + mb.toFixed(1) + ' MB');

  time('sift native CLI (analyze + JSON, incl. process)', () => {
    const out = execFileSync(path.join(ROOT, 'build', 'native', 'sift'), ['analyze', file], { maxBuffer: 2 ** 31 });
    return (out.length / 1e6).toFixed(0) + ' MB JSON';
  });

  const create = require(path.join(ROOT, 'build', 'wasm', 'sift.js'));
  const m = await create();
  const input = JSON.stringify({ articles });
  time('sift WASM analyze (+ JSON out)', () => {
    const json = m.analyze(input);
    return (json.length / 1e6).toFixed(0) + ' MB JSON';
  });

  const nlp = require('compromise');
  time('compromise: sentences + people/places/orgs', () => {
    let ents = 0;
    let sents = 0;
    for (const a of articles) {
      const doc = nlp(a.text);
      sents += doc.sentences().length;
      ents += doc.people().length + doc.places().length + doc.organizations().length;
    }
    return sents + ' sentences, ' + ents + ' entities';
  });

  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  time('wink-nlp: sentences + entities', () => {
    let ents = 0;
    let sents = 0;
    for (const a of articles) {
      const doc = wink.readDoc(a.text);
      sents += doc.sentences().length();
      ents += doc.entities().length();
    }
    return sents + ' sentences, ' + ents + ' entities';
  });

  const { Minhash } = require('minhash');
  time('npm minhash: 128 permutations of 5-word shingles', () => {
    let shingles = 0;
    for (const a of articles) {
      const words = a.text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      const mh = new Minhash();
      for (let i = 0; i + 5 <= words.length; i++) {
        mh.update(words.slice(i, i + 5).join(' '));
        shingles++;
      }
    }
    return shingles + ' shingles';
  });

  fs.writeFileSync(path.join(ROOT, 'build', 'peers.json'), JSON.stringify({ articles: articles.length, mb, rows }, null, 2));
})().catch((err) => { console.error(err); process.exit(1); });
