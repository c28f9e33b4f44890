// The client of the summariser's worker (worker.js), shared by the page, the extension's panel
// and the npm package. It knows nothing of any page: it sends texts, receives summaries, and
// keeps the worker healthy.
//
//   const summariser = new Summariser();
//   const { summary } = await summariser.summarise(text, { sentences: 3 }, { onProgress });
//   const longer = await summariser.select({ sentences: 5 }); // re-selects, no re-scoring
//
// - A newer `summarise` supersedes an older one still running: the old worker is stopped (the
//   only way to interrupt wasm) and the old promise rejects with kind 'cancelled'. `cancel()`
//   does the same on demand.
// - A trap in the module (its memory can no longer be trusted) rejects with kind 'trap' and the
//   worker is replaced by a fresh one at once, so the next request just works.
// - A worker that goes silent (killed, out of memory: browsers send no error event then) is
//   caught by a watchdog whose deadline grows with the text; the request rejects with kind
//   'timeout' and the worker is replaced.

/** Why a request failed: 'cancelled', 'trap', 'timeout', 'load' (the module could not start) or 'invalid'. */
export class SummariserError extends Error {
  /**
   * @param {string} message what the reader is told
   * @param {'cancelled'|'trap'|'timeout'|'load'|'invalid'} kind
   */
  constructor(message, kind) {
    super(message);
    this.name = 'SummariserError';
    this.kind = kind;
  }
}

/** Time allowed for the module to load and answer anything, in milliseconds. */
const BASE_DEADLINE_MS = 20_000;
/**
 * Extra time allowed per million UTF-16 units of text. The core reads about 11 MB/s in a
 * worker (README, "Speed"); 3 s per million leaves more than 30 times that for a slow phone.
 */
const PER_MILLION_MS = 3_000;

/** The watchdog's deadline for a request about a text of `length` UTF-16 units. */
export function deadlineFor(length) {
  return BASE_DEADLINE_MS + Math.ceil((Math.max(0, length) / 1_000_000) * PER_MILLION_MS);
}

export class Summariser {
  /**
   * @param {object} [config]
   * @param {URL|string} [config.workerUrl] the worker script (default: worker.js next to this file)
   * @param {(length: number) => number} [config.deadline] watchdog deadline in ms for a text length
   * @param {(error: SummariserError) => void} [config.onFailure] told when the worker fails while
   *   no request is waiting (the module could not load): the caller decides what to show
   */
  constructor({ workerUrl = new URL('./worker.js', import.meta.url), deadline = deadlineFor, onFailure = () => {} } = {}) {
    this.workerUrl = workerUrl;
    this.deadline = deadline;
    this.onFailure = onFailure;
    this.worker = null;
    this.pending = new Map();
    this.nextId = 1;
    this.textLength = 0;
    this.languageList = null;
    /** True while the worker holds an analysis that `select` can re-use. */
    this.hasAnalysis = false;
  }

  /** Starts the worker now (it loads the module), so the first request does not wait for it. */
  warm() {
    this.#worker();
  }

  /**
   * Analyses `text` and selects a summary with `options` (`sentences`, `ratio`, `words`,
   * `language`, ...). Resolves to `{ summary, sentenceCount }`. `onProgress(stage)` hears
   * 'analysing' and 'selecting'.
   */
  summarise(text, options = {}, { onProgress } = {}) {
    const value = String(text ?? '');
    if (this.#busyWith('summarise')) this.#drop(new SummariserError('superseded by a newer text', 'cancelled'));
    this.textLength = value.length;
    this.hasAnalysis = false;
    return this.#ask({ type: 'summarise', text: value, options }, value.length, onProgress).then((reply) => {
      this.hasAnalysis = true;
      return reply;
    });
  }

  /** Re-selects from the last analysis at new `options`; resolves like `summarise`. */
  select(options = {}, { onProgress } = {}) {
    if (!this.hasAnalysis) return Promise.reject(new SummariserError('There is nothing to re-select from yet.', 'invalid'));
    return this.#ask({ type: 'select', options }, this.textLength, onProgress);
  }

  /** The languages the core knows, `[{ code, name }]` (asked once, then remembered). */
  languages() {
    this.languageList ??= this.#ask({ type: 'languages' }, 0).then(
      (reply) => reply.languages,
      (err) => {
        this.languageList = null;
        throw err;
      },
    );
    return this.languageList;
  }

  /** Stops whatever is running; its promises reject with kind 'cancelled'. */
  cancel() {
    if (this.pending.size > 0) this.#drop(new SummariserError('cancelled', 'cancelled'));
  }

  /** Stops the worker for good (a later request starts a new one). */
  terminate() {
    this.#drop(new SummariserError('cancelled', 'cancelled'));
  }

  #busyWith(type) {
    for (const entry of this.pending.values()) if (entry.type === type) return true;
    return false;
  }

  #ask(message, length, onProgress) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const entry = { type: message.type, resolve, reject, onProgress, length, timer: 0 };
      this.pending.set(id, entry);
      this.#arm(id, entry);
      this.#worker().postMessage({ ...message, id });
    });
  }

  /** (Re)starts the watchdog of request `id`: any word from the worker about it resets it. */
  #arm(id, entry) {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      if (this.pending.get(id) !== entry) return;
      this.#drop(
        new SummariserError(
          'The summariser stopped responding (the browser may have run out of memory for it) and has been restarted',
          'timeout',
        ),
      );
      this.#worker();
    }, this.deadline(entry.length));
  }

  #worker() {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl, { type: 'module', name: 'summariser' });
    worker.onmessage = ({ data }) => this.#receive(worker, data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (worker !== this.worker) return;
      const error = new SummariserError(
        `The summariser failed to start${event.message ? `: ${event.message}` : ''}`,
        'load',
      );
      const waiting = this.pending.size > 0;
      this.#drop(error);
      if (!waiting) this.onFailure(error);
    };
    this.worker = worker;
    return worker;
  }

  #receive(worker, data) {
    if (worker !== this.worker || !data) return;
    const entry = data.id === undefined ? undefined : this.pending.get(data.id);
    if (data.type === 'ready') return;
    if (data.type === 'progress') {
      if (!entry) return;
      this.#arm(data.id, entry);
      entry.onProgress?.(data.stage);
      return;
    }
    if (data.type === 'error' && data.fatal) {
      // The module trapped or failed to load: its memory cannot be trusted any more.
      if (entry) {
        this.pending.delete(data.id);
        clearTimeout(entry.timer);
      }
      const kind = entry ? 'trap' : 'load';
      const message = entry
        ? `the summariser hit an internal error (${data.message}) and has been restarted`
        : data.message;
      this.#drop(new SummariserError(message, kind));
      if (entry) {
        entry.reject(new SummariserError(message, kind));
        this.#worker(); // a fresh instance, loaded before the reader tries again
      } else {
        this.onFailure(new SummariserError(message, kind));
      }
      return;
    }
    if (!entry) return;
    this.pending.delete(data.id);
    clearTimeout(entry.timer);
    if (data.type === 'result') entry.resolve(data);
    else entry.reject(new SummariserError(data.message, 'invalid'));
  }

  /** Stops the worker and rejects everything waiting on it with `error`. */
  #drop(error) {
    this.worker?.terminate();
    this.worker = null;
    this.hasAnalysis = false;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const entry of waiting) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
  }
}
