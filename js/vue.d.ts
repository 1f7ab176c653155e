// Template types for Vue 3 (vue-tsc / Vue - Official) of the package's two
// elements: with
//   import type {} from 'hitech-eligibility/vue';
// in any .d.ts or .ts file of the app, `<hitech-eligibility zone="guiyang">`
// in a template type-checks, a misspelt attribute value is an error, and
// `@hitech-eligibility-change` gets its event's type. Tell Vue's compiler
// they are custom elements too (WIDGET.md, "Vue and React"). Needs vue;
// nothing here runs.
import type { DefineComponent } from 'vue';
import type { HitechEligibilityProps } from './hitech-eligibility.js';
import type { HitechBatchProps } from './batch/hitech-batch.js';

declare module 'vue' {
  interface GlobalComponents {
    'hitech-eligibility': DefineComponent<HitechEligibilityProps>;
    'hitech-batch': DefineComponent<HitechBatchProps>;
  }
}
