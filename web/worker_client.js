// The page's side of the worker protocol: named calls that return promises,
// answered by id. Terminating the worker cancels everything in flight; the
// next call starts a fresh one.
'use strict';
class SiftWorker {
  constructor(source) {
    this.source = source;
    this.worker = null;
    this.pending = new Map();
    this.nextId = 1;
    this.ready = null;
    this.version = '';
    this.warmUp = null;  // {runs, ms} once the worker has warmed its module up
  }

  start() {
    if (this.worker) return this.ready;
    const url = URL.createObjectURL(new Blob([this.source], { type: 'text/javascript' }));
    this.worker = new Worker(url);
    URL.revokeObjectURL(url);
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === 'ready') { this.version = msg.version; resolve(); return; }
        if (msg.type === 'warmed') { this.warmUp = { runs: msg.runs, ms: msg.ms }; return; }
        if (msg.type === 'failed') { reject(new Error(msg.error)); return; }
        const call = this.pending.get(msg.id);
        if (!call) return;
        this.pending.delete(msg.id);
        if (msg.ok) call.resolve(msg.result); else call.reject(new Error(msg.error));
        if (msg.fatal) this.restart();
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        const error = new Error(event.message || 'the analysis worker stopped');
        this.failAll(error);
        reject(error);
        this.worker.terminate();
        this.worker = null;
      };
    });
    return this.ready;
  }

  call(method, ...args) {
    this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, method, args });
    });
  }

  failAll(error) {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }

  // Drops a worker whose module aborted; the next call starts a new one.
  restart() {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.failAll(new Error('the analyzer was restarted'));
  }

  // Stops the work in flight; its callers see a cancellation error.
  cancel() {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.failAll(new Error('cancelled'));
  }
}
