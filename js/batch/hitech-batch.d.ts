// Declarations of the <hitech-batch> element (hitech-batch.js, the
// package's `./batch` export): its attributes, its events, and the tag's
// place in the DOM's maps.
import type { Audience, Lang } from '../hitech-eligibility.js';

/** Whose measures the tables show: an audience, `talent` (= `person`) or `all`. */
export type HitechBatchAudience = Audience | 'talent' | 'all';

/** The engine's summary of a run (the exports hold every row). */
export interface HitechBatchSummary {
  rows: number;
  checked: number;
  failed: number;
  [more: string]: unknown;
}

/** The detail of `hitech-batch-done`, dispatched after a run. */
export interface HitechBatchDoneDetail {
  summary: HitechBatchSummary;
  /** The run's milliseconds. */
  elapsed: number;
}

/** The element's attributes, as a page or JSX writes them. */
export interface HitechBatchAttributes {
  lang?: Lang;
  audience?: HitechBatchAudience;
  'no-header'?: boolean | '';
  /** A URL of the portal's own copy of `batch-worker.js` (a worker must be same-origin); by default the package's. */
  'worker-src'?: string;
}

/** The same for a Vue template, with the events as `on…` handlers. */
export interface HitechBatchProps {
  lang?: Lang;
  audience?: HitechBatchAudience;
  noHeader?: boolean | '';
  workerSrc?: string;
  onHitechBatchReady?: (event: CustomEvent<null>) => void;
  onHitechBatchDone?: (event: CustomEvent<HitechBatchDoneDetail>) => void;
}

export class HitechBatch extends HTMLElement {
  static readonly observedAttributes: readonly string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'hitech-batch': HitechBatch;
  }
  interface HTMLElementEventMap {
    'hitech-batch-ready': CustomEvent<null>;
    'hitech-batch-done': CustomEvent<HitechBatchDoneDetail>;
  }
  interface DocumentEventMap {
    'hitech-batch-ready': CustomEvent<null>;
    'hitech-batch-done': CustomEvent<HitechBatchDoneDetail>;
  }
}
