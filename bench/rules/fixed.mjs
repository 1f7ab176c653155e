// The fifteen fixed measures of SPEC.md §3: their ids and the status our
// engine must give when every condition holds (SPEC's last column, contract
// 3: the measure's nature decides it — conditional when someone still
// decides, informational for restated national law), plus the
// two helpers both JS encodings use so that they compute exactly what the
// Rust core computes:
//   fen(yuan)            money as whole fen, as src/engine/profile.rs (round(yuan × 100))
//   completedYears(b, d) age in completed years (周岁) on d, as src/engine/date.rs:
//                        N on the Nth birthday; a 29 February birthday falls
//                        on 1 March in common years.

export const FIXED = [
  ['national.work-permit-age-65', 'conditional'],
  ['sichuan.work-permit-age-65', 'conditional'],
  ['guizhou.work-permit-age-65', 'conditional'],
  ['national.multi-entry-visa', 'conditional'],
  ['national.residence-permit-5y', 'informational'],
  ['national.graduate-residence-facilitation', 'conditional'],
  ['sichuan.multi-entry-visa', 'conditional'],
  ['sichuan.residence-permit-5y', 'informational'],
  ['chongqing.foreign-talent-relaxed-limits', 'conditional'],
  ['chongqing.permanent-residence', 'informational'],
  ['chongqing.knowledge-value-loan', 'conditional'],
  ['chongqing.star-listing-award', 'eligible'],
  ['chongqing.service-income-reward', 'eligible'],
  ['guizhou.star-listing-cultivation', 'eligible'],
  ['guizhou.major-achievement-transfer', 'conditional'],
];
export const FIXED_IDS = FIXED.map(([id]) => id);
export const STATUS_WHEN_MET = Object.fromEntries(FIXED);
/**
 * The statuses of a met measure, whatever its nature: a rule that fires is
 * one of these in our engine. Only eligible and conditional are claims;
 * informational is met but never a claim (SPEC §2).
 */
export const MET_STATUSES = new Set(['eligible', 'conditional', 'informational']);

/** Money in whole fen (exact for amounts below 2^53 fen). */
export const fen = (yuan) => Math.round(yuan * 100);

/** Completed years from birth to asOf, both "YYYY-MM-DD"; compares month-day as text. */
export function completedYears(birthDate, asOf) {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
