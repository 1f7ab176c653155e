// As WIDGET.md tells a Vue 3 app to write it (e.g. in src/env.d.ts).
import type {} from 'hitech-eligibility/vue';
