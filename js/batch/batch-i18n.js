// Every word the batch page itself shows, written by hand in Simplified
// Chinese (batch-i18n-zh.js) and in English (batch-i18n-en.js), with the same
// keys. Measure titles come from the catalogue and column targets from
// batchFacts() (both in the wasm, in both languages); the problems in bad
// cells come as data and are worded here, or by the widget's i18n.js for the
// readers the two share.

import { EN } from './batch-i18n-en.js';
import { ZH } from './batch-i18n-zh.js';

export { count } from './batch-format.js';

export const BATCH_STRINGS = { 'zh-Hans': ZH, en: EN };
