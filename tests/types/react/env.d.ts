// As WIDGET.md tells a React app to write it (e.g. in src/vite-env.d.ts).
import type {} from 'hitech-eligibility/react';
