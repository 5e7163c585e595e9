// The analysis worker. Its script text is the WASM module (createSiftModule,
// inlined as one file) followed by this file, started from a Blob so that it
// works from file:// too. Protocol: {id, method, args} in; {id, ok, result}
// or {id, ok: false, error} out; {type: 'ready'} once the module is compiled,
// then {type: 'warmed', runs, ms}. The example batch (example.js) is part of
// the script too: see warmUp.
'use strict';
/* global createSiftModule, SIFT_EXAMPLE */
let siftModule = null;

// The engine compiles each WASM function quickly at its first call and
// optimises it only once it has run for a while, which a single large call
// never waits for: one 20 MB batch ran 15% slower in a fresh module than
// after a few small calls. So while the user is still pasting, the worker
// analyzes the example batch ten times (about 50 ms) and says so with
// {type: 'warmed', runs, ms}. A failure here costs nothing but the head start.
const kWarmUpRuns = 10;
function warmUp(m) {
  const started = Date.now();
  let runs = 0;
  try {
    const input = JSON.stringify({ articles: JSON.parse(m.splitArticles(SIFT_EXAMPLE, 'warm-up')) });
    for (; runs < kWarmUpRuns; runs++) m.analyze(input);
  } catch (err) {
    // Only speed is lost.
  }
  self.postMessage({ type: 'warmed', runs, ms: Date.now() - started });
}

const modulePromise = createSiftModule().then((m) => {
  siftModule = m;
  self.postMessage({ type: 'ready', version: m.version() });
  warmUp(m);
  return m;
}, (err) => {
  self.postMessage({ type: 'failed', error: String(err && err.message || err) });
  throw err;
});

const methods = {
  // Pasted text with --- lines between articles -> [{id, text}].
  splitArticles(m, text, name) {
    return JSON.parse(m.splitArticles(text, name));
  },
  // .jsonl and .csv files -> {articles, problems}.
  readJsonl(m, text, name) {
    return JSON.parse(m.readJsonl(text, name));
  },
  readCsv(m, text, name) {
    return JSON.parse(m.readCsv(text, name));
  },
  // {articles: [...]} -> the report's JSON text. The page parses it: a
  // string crosses to the page as one copy, where a parsed report would be
  // cloned object by object (seconds for 10,000 articles).
  analyze(m, input) {
    return m.analyze(JSON.stringify(input));
  },
};

self.onmessage = async (event) => {
  const { id, method, args } = event.data || {};
  try {
    const m = siftModule || await modulePromise;
    if (!Object.prototype.hasOwnProperty.call(methods, method)) throw new Error('unknown method ' + method);
    const result = methods[method](m, ...(args || []));
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    const message = err && err.message ? err.message : String(err);
    // An abort (out of memory) leaves the module unusable: say so, and let
    // the page start a fresh worker for the next call.
    const fatal = err instanceof WebAssembly.RuntimeError || /memory|Aborted/i.test(message);
    self.postMessage({ id, ok: false, fatal, error: fatal ? 'Out of memory: ' + message : message });
  }
};
