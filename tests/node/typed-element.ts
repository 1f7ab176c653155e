// Type-checked with `tsc -p tests/node` (tests/node/types.test.mjs): the
// element's declarations (pkg/hitech-eligibility.d.ts) type the tag, its
// reflected properties and its event, with no casts.
import type { HitechEligibility, HitechEligibilityChangeDetail, HitechEligibilityErrorDetail } from '../../pkg/hitech-eligibility.js';
import type { Status } from '../../pkg/index.js';

export function embed(): HitechEligibility {
  const el = document.createElement('hitech-eligibility');
  el.audience = 'enterprise';
  // The foreign-talent entry: an individual, foreign national preset.
  el.audience = 'talent';
  el.audience = 'person';
  el.topic = 'tax';
  el.measures = 'national chongqing';
  el.asOf = '2026-11-29';
  el.noHeader = true;
  document.body.append(el);
  return el;
}

export function listen(): void {
  const el = document.querySelector('hitech-eligibility');
  el?.addEventListener('hitech-eligibility-change', (event) => {
    const detail: HitechEligibilityChangeDetail = event.detail;
    const statuses: Status[] = detail.report.results.map((r) => r.status);
    // The change event names the audience, never the entry: 'person' for the foreign-talent entry.
    const audience: 'enterprise' | 'institution' | 'person' | '' = detail.audience;
    console.log(audience, detail.profile.zone, statuses);
  });
  document.addEventListener('hitech-eligibility-change', (event) => console.log(event.detail.report.asOf));
}

// @ts-expect-error: not an audience.
export const wrongAudience = (el: HitechEligibility) => (el.audience = 'citizen');
// @ts-expect-error: not a topic.
export const wrongTopic = (el: HitechEligibility) => (el.topic = 'visas');
// @ts-expect-error: the profile is read-only.
export const writeProfile = (el: HitechEligibility) => (el.profile = {});

// The load events: the error's reason is one of six.
document.addEventListener('hitech-eligibility-error', (event) => {
  const reason: 'network' | 'mime' | 'csp' | 'compile' | 'timeout' | 'unsupported' = event.detail.reason;
  console.log(reason);
});
document.addEventListener('hitech-eligibility-ready', (event) => console.log(event.type));
// @ts-expect-error: not a reason.
export const wrongReason = (detail: HitechEligibilityErrorDetail) => (detail.reason = 'cors');
