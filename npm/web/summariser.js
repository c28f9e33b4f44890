// `briefly/worker`: a summariser running in a module Web Worker (worker.js beside this file).
//
//   const summariser = new Summariser();
//   const { summary, sentenceCount } = await summariser.summarise(text, { sentences: 3 }, { onProgress });
//   const longer = await summariser.select({ sentences: 5 }); // no re-analysis
//
// wasm cannot be interrupted, so cancelling means stopping the worker: a newer `summarise`, or
// `cancel()`, terminates the one running (its promise rejects with kind 'cancelled') and the
// next request starts a fresh worker. A trap in the module or a worker that falls silent
// (killed for memory: browsers then send no event) also replaces the worker.

/** Why a request failed: 'cancelled', 'trap', 'timeout', 'load' (the module did not start) or 'invalid'. */
export class SummariserError extends Error {
  constructor(message, kind) {
    super(message);
    this.name = 'SummariserError';
    this.kind = kind;
  }
}

/** The time the module may take to load and answer anything, in milliseconds. */
const BASE_MS = 20_000;
/** More time per million UTF-16 units: the core reads about 10 MB/s, so this is ample on a slow phone. */
const PER_MILLION_MS = 3_000;

/** The default watchdog deadline, in milliseconds, for a text of `length` UTF-16 units. */
export function deadlineFor(length) {
  return BASE_MS + Math.ceil((Math.max(0, length) / 1e6) * PER_MILLION_MS);
}

export class Summariser {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  #textLength = 0;
  #languages = null;
  #analysed = false;

  constructor({ workerUrl = new URL('./worker.js', import.meta.url), deadline = deadlineFor, onFailure = () => {} } = {}) {
    this.workerUrl = workerUrl;
    this.deadline = deadline;
    this.onFailure = onFailure;
  }

  /** True while the worker holds an analysis that `select` can re-use. */
  get hasAnalysis() {
    return this.#analysed;
  }

  /** Starts the worker now, so the first request does not wait for the module to load. */
  warm() {
    this.#start();
  }

  /** Analyses `text` and summarises it with `options`; a `summarise` still running is cancelled. */
  summarise(text, options = {}, { onProgress } = {}) {
    const value = String(text ?? '');
    if ([...this.#pending.values()].some((p) => p.type === 'summarise')) {
      this.#stop(new SummariserError('superseded by a newer text', 'cancelled'));
    }
    this.#analysed = false;
    this.#textLength = value.length;
    return this.#ask({ type: 'summarise', text: value, options }, value.length, onProgress).then((reply) => {
      this.#analysed = true;
      return reply;
    });
  }

  /** Re-selects from the last analysis at a new length. */
  select(options = {}, { onProgress } = {}) {
    if (!this.#analysed) return Promise.reject(new SummariserError('There is nothing to re-select from yet.', 'invalid'));
    return this.#ask({ type: 'select', options }, this.#textLength, onProgress);
  }

  /** The languages the core knows, `[{ code, name }]`, asked once. */
  languages() {
    this.#languages ??= this.#ask({ type: 'languages' }, 0).then(
      (reply) => reply.languages,
      (err) => {
        this.#languages = null;
        throw err;
      },
    );
    return this.#languages;
  }

  /** Stops whatever is running; its promises reject with kind 'cancelled'. */
  cancel() {
    if (this.#pending.size > 0) this.#stop(new SummariserError('cancelled', 'cancelled'));
  }

  /** Stops the worker (a later request starts a new one). */
  terminate() {
    this.#stop(new SummariserError('cancelled', 'cancelled'));
  }

  #ask(message, length, onProgress) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const request = { type: message.type, resolve, reject, onProgress, length, timer: 0 };
      this.#pending.set(id, request);
      this.#watch(id, request);
      this.#start().postMessage({ ...message, id });
    });
  }

  /** (Re)arms the watchdog of a request: every message about it from the worker resets it. */
  #watch(id, request) {
    clearTimeout(request.timer);
    request.timer = setTimeout(() => {
      if (this.#pending.get(id) !== request) return;
      this.#stop(new SummariserError('The summariser stopped responding and has been restarted', 'timeout'));
      this.#start();
    }, this.deadline(request.length));
  }

  #start() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.workerUrl, { type: 'module', name: 'summariser' });
    worker.onmessage = ({ data }) => worker === this.#worker && this.#receive(data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (worker !== this.#worker) return;
      const error = new SummariserError(`The summariser failed to start${event.message ? `: ${event.message}` : ''}`, 'load');
      const waiting = this.#pending.size > 0;
      this.#stop(error);
      if (!waiting) this.onFailure(error);
    };
    this.#worker = worker;
    return worker;
  }

  #receive(data) {
    if (!data || data.type === 'ready') return;
    const request = data.id === undefined ? undefined : this.#pending.get(data.id);
    if (data.type === 'progress') {
      if (!request) return;
      this.#watch(data.id, request);
      request.onProgress?.(data.stage);
      return;
    }
    if (data.type === 'error' && data.fatal) {
      // The module trapped or did not load: this instance cannot be trusted any more.
      const error = request
        ? new SummariserError(`the summariser hit an internal error (${data.message}) and has been restarted`, 'trap')
        : new SummariserError(data.message, 'load');
      this.#stop(error);
      if (request) this.#start();
      else this.onFailure(error);
      return;
    }
    if (!request) return;
    this.#pending.delete(data.id);
    clearTimeout(request.timer);
    if (data.type === 'result') request.resolve(data);
    else request.reject(new SummariserError(data.message, 'invalid'));
  }

  /** Stops the worker and rejects every request waiting on it with `error`. */
  #stop(error) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#analysed = false;
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    for (const request of waiting) {
      clearTimeout(request.timer);
      request.reject(error);
    }
  }
}
