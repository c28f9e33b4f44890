// `briefly/worker`: summarise off the main thread. The client below starts a module Web Worker
// (the package's web/worker.js) that owns the wasm module, and keeps it healthy.
import type { LanguageInfo, Summary, SummaryOptions } from './pkg/briefly.js';

export type { LanguageInfo, Summary, SummaryOptions } from './pkg/briefly.js';

/** What a request was doing when `onProgress` is called. */
export type SummariserStage = 'analysing' | 'selecting';

/**
 * Why a request failed: `'cancelled'` (superseded by a newer `summarise`, or `cancel()` /
 * `terminate()`), `'trap'` (the module hit an internal error; the worker was replaced),
 * `'timeout'` (the worker went silent; it was replaced), `'load'` (the module could not start)
 * or `'invalid'` (an invalid option or request; the message names the option).
 */
export type SummariserErrorKind = 'cancelled' | 'trap' | 'timeout' | 'load' | 'invalid';

/** The error every failed request rejects with. */
export class SummariserError extends Error {
  constructor(message: string, kind: SummariserErrorKind);
  readonly name: 'SummariserError';
  readonly kind: SummariserErrorKind;
}

/** A summary from the worker, with the length of the longest summary possible. */
export interface SummariserResult {
  summary: Summary;
  /** How many sentences the article has. */
  sentenceCount: number;
}

/** How a request reports its progress. */
export interface RequestOptions {
  onProgress?: (stage: SummariserStage) => void;
}

/** How the client starts and watches its worker. */
export interface SummariserConfig {
  /** The worker script; the default is the package's own `web/worker.js`. */
  workerUrl?: URL | string;
  /** The watchdog's deadline in milliseconds for a text of `length` UTF-16 units. */
  deadline?: (length: number) => number;
  /** Told when the worker fails while no request waits (the module could not load). */
  onFailure?: (error: SummariserError) => void;
}

/** The default watchdog deadline, in milliseconds, for a text of `length` UTF-16 units. */
export function deadlineFor(length: number): number;

/** A summariser running in a Web Worker. Requests queue in order; a newer `summarise` cancels an older one. */
export class Summariser {
  constructor(config?: SummariserConfig);
  /** True while the worker holds an analysis that `select` can re-use. */
  readonly hasAnalysis: boolean;
  /** Starts the worker now (it loads the module), so the first request does not wait for it. */
  warm(): void;
  /** Analyses `text` and summarises it with `options`. A running `summarise` is cancelled first. */
  summarise(text: string, options?: SummaryOptions, request?: RequestOptions): Promise<SummariserResult>;
  /** Re-selects from the last analysis at a new length, without analysing again. */
  select(options?: SummaryOptions, request?: RequestOptions): Promise<SummariserResult>;
  /** The languages the core knows, as `{ code, name }`. */
  languages(): Promise<LanguageInfo[]>;
  /** Stops whatever is running; its promises reject with kind `'cancelled'`. */
  cancel(): void;
  /** Stops the worker (a later request starts a new one). */
  terminate(): void;
}
