// The batch page's side of its worker (batch-worker.js): one promise per
// request, progress to a callback, and the worker's own files named here,
// beside it, where a bundler sees (and renames) them.

/** Talks to the worker: one promise per request, progress to a callback. */
export class WorkerClient {
  #worker;
  #next = 1;
  #pending = new Map();
  onProgress = null;

  constructor(url) {
    this.ready = new Promise((resolve, reject) => {
      this.#worker = new Worker(url);
      this.#worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'worker error'));
      };
      this.#worker.onmessage = ({ data }) => {
        if (data.type === 'ready') return resolve(data);
        if (data.type === 'fatal') return reject(new Error(data.message));
        if (data.type === 'progress') return this.onProgress?.(data);
        const pending = this.#pending.get(data.id);
        if (!pending) return;
        this.#pending.delete(data.id);
        if (data.type === 'failed') {
          const { trapped, limit, row, column, max, read } = data;
          pending.reject(Object.assign(new Error(data.message), { trapped: !!trapped, limit, row, column, max, read }));
        } else pending.resolve(data);
      };
    });
  }

  request(message, transfer) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...message, id }, transfer || []);
    });
  }

  cancel() {
    this.#worker.postMessage({ type: 'cancel' });
  }

  terminate() {
    this.#worker.terminate();
    for (const { reject } of this.#pending.values()) reject(new Error('worker replaced'));
    this.#pending.clear();
  }
}

/**
 * A new worker with the engine's files, progress reported to `onProgress`.
 * `workerSrc` (the element's `worker-src`) is a portal's own copy of
 * batch-worker.js, relative to the page; by default the one beside this file.
 */
export function newClient(onProgress, workerSrc) {
  // The worker's own files, named here where a bundler sees (and renames) them, passed in its URL's hash.
  const files = new URLSearchParams({
    js: new URL('./batch.js', import.meta.url).href,
    wasm: new URL('./batch_bg.wasm', import.meta.url).href,
  });
  const worker = workerSrc || new URL('./batch-worker.js', import.meta.url).href;
  const client = new WorkerClient(`${new URL(worker, document.baseURI).href}#${files}`);
  client.onProgress = onProgress;
  return client;
}
