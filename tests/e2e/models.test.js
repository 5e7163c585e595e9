// The committed entity data must be what its generators produce: the
// gazetteer from the npm packages, the model weights from the training
// corpora in ../shared (skipped, with a message, when ../shared is absent).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const NER = path.join(ROOT, '..', 'shared', 'data', 'ner');
const TRAINER = path.join(ROOT, 'build', 'native-cmake', 'tools', 'sift_train_entities');

test('gazetteer_data.inc is what make-gazetteer.js writes from the npm data', () => {
  const generated = execFileSync('node', [path.join(ROOT, 'build-scripts', 'make-gazetteer.js')], {
    maxBuffer: 64 << 20,
  });
  const committed = fs.readFileSync(path.join(ROOT, 'core', 'extract', 'gazetteer_data.inc'));
  assert.ok(generated.equals(committed), 'regenerate with: node build-scripts/make-gazetteer.js > core/extract/gazetteer_data.inc');
});

test('entity_model_weights.inc is what sift_train_entities trains', (t) => {
  if (!fs.existsSync(path.join(NER, 'gmb_subset.jsonl'))) {
    t.skip(`training data absent (${NER}); nothing to compare`);
    return;
  }
  const generated = execFileSync(TRAINER, [NER], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const committed = fs.readFileSync(path.join(ROOT, 'core', 'extract', 'entity_model_weights.inc'));
  assert.ok(generated.equals(committed), `retrain with: ${path.relative(ROOT, TRAINER)} ../shared/data/ner > core/extract/entity_model_weights.inc`);
});
