// The analysis worker. Its script text is the WASM module (createSiftModule,
// inlined as one file) followed by this file, started from a Blob so that it
// works from file:// too. Protocol: {id, method, args} in; {id, ok, result}
// or {id, ok: false, error} out; {type: 'ready'} once the module is compiled.
'use strict';
/* global createSiftModule */
let siftModule = null;
const modulePromise = createSiftModule().then((m) => {
  siftModule = m;
  self.postMessage({ type: 'ready', version: m.version() });
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
