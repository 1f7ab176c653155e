// JSX types for React (18.3 and 19) of the package's two elements: with
//   import type {} from 'hitech-eligibility/react';
// in any .d.ts or .ts file of the app, `<hitech-eligibility zone="guiyang">`
// type-checks, a misspelt attribute value does not compile, and the
// events are typed (`onhitech-eligibility-change`, which React 19 attaches
// as a listener). Needs @types/react; nothing here runs.
import type { HTMLAttributes, RefAttributes } from 'react';
import type {
  HitechEligibility,
  HitechEligibilityAttributes,
  HitechEligibilityChangeDetail,
  HitechEligibilityErrorDetail,
} from './hitech-eligibility.js';
import type { HitechBatch, HitechBatchAttributes, HitechBatchDoneDetail } from './batch/hitech-batch.js';

/** The props of `<hitech-eligibility>` in JSX: its attributes, its events, and an element's usual props. */
export type HitechEligibilityJsxProps = Omit<HTMLAttributes<HitechEligibility>, keyof HitechEligibilityAttributes> &
  HitechEligibilityAttributes &
  RefAttributes<HitechEligibility> & {
    'onhitech-eligibility-change'?: (event: CustomEvent<HitechEligibilityChangeDetail>) => void;
    'onhitech-eligibility-ready'?: (event: CustomEvent<null>) => void;
    'onhitech-eligibility-error'?: (event: CustomEvent<HitechEligibilityErrorDetail>) => void;
  };

/** The props of `<hitech-batch>` in JSX. */
export type HitechBatchJsxProps = Omit<HTMLAttributes<HitechBatch>, keyof HitechBatchAttributes> &
  HitechBatchAttributes &
  RefAttributes<HitechBatch> & {
    'onhitech-batch-ready'?: (event: CustomEvent<null>) => void;
    'onhitech-batch-done'?: (event: CustomEvent<HitechBatchDoneDetail>) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'hitech-eligibility': HitechEligibilityJsxProps;
      'hitech-batch': HitechBatchJsxProps;
    }
  }
}
