// The fifteen fixed measures of SPEC.md §3 in json-logic-js: one rule per
// measure, applied one by one (jsonLogic.apply(rule, profile) → true/false).
// The tests and boundaries are those of src/catalogue/*.rs and of
// bench/rules/json-rules-engine.mjs (see its header):
//   - strict "===" on booleans, "in" for the zone level / province sets;
//   - R&D intensity over 5 % as fen(rd) × 100 > fen(revenue) × 5 (no division);
//   - revenue > 300,000,000 and rd > 15,000,000 yuan (strict);
//   - age ≤ 65 from `age`, or from `birthDate` and `asOf` in completed years;
//   - the two residence-permit sentences restate national law: a foreign
//     national working in China, with no test of location (SPEC contract 2).
// json-logic has no money or date operations, so two small custom operations
// are registered, the same helpers the other encoding uses: `fen` and
// `completed_years` (bench/rules/fixed.mjs).

import jsonLogic from 'json-logic-js';
import { completedYears, fen, FIXED_IDS } from './fixed.mjs';

jsonLogic.add_operation('fen', fen);
jsonLogic.add_operation('completed_years', completedYears);

const v = (name) => ({ var: name });
const is = (fact) => ({ '===': [v(fact), true] });
const oneOf = (fact, values) => ({ in: [v(fact), values] });

const NATIONAL_ZONE = { '===': [v('zoneLevel'), 'national'] };
const ANY_ZONE = oneOf('zoneLevel', ['national', 'provincial']);
const IN = (province) => ({ '===': [v('province'), province] });
const AGE = { if: [{ '!==': [v('age'), null] }, v('age'), { completed_years: [v('birthDate'), v('asOf')] }] };
const AGE_AT_MOST_65 = { '<=': [AGE, 65] };
const TECH_ENTERPRISE = { or: [is('techEnterprise'), is('highTechEnterprise'), is('techSme')] };
const and = (...tests) => ({ and: tests });

/** Measure id → json-logic rule. */
export const RULES = {
  'national.work-permit-age-65': and(is('foreignNational'), is('highEndTalent'), is('worksInZoneEnterprise'), NATIONAL_ZONE, AGE_AT_MOST_65),
  'sichuan.work-permit-age-65': and(is('foreignNational'), is('highEndTalent'), is('worksInZoneEnterprise'), IN('sichuan'), ANY_ZONE, AGE_AT_MOST_65),
  'guizhou.work-permit-age-65': and(is('foreignNational'), is('highEndTalent'), is('worksInZoneEnterprise'), IN('guizhou'), NATIONAL_ZONE, AGE_AT_MOST_65),
  'national.multi-entry-visa': and(is('foreignNational'), is('invitedByZoneEnterprise'), NATIONAL_ZONE),
  // Restated national law (出境入境管理法 art. 30): a foreign national, wherever.
  'national.residence-permit-5y': and(is('foreignNational'), is('worksInChina')),
  'national.graduate-residence-facilitation': and(
    is('foreignNational'),
    oneOf('graduation', ['chineseKeyUniversityBachelorPlus', 'renownedForeignUniversity']),
    is('startupInZone'),
    NATIONAL_ZONE,
  ),
  'sichuan.multi-entry-visa': and(is('foreignNational'), is('invitedByZoneEnterprise'), IN('sichuan'), ANY_ZONE),
  'sichuan.residence-permit-5y': and(is('foreignNational'), is('worksInChina')),
  'chongqing.foreign-talent-relaxed-limits': and(is('foreignNational'), is('urgentlyNeededTalent'), IN('chongqing'), ANY_ZONE),
  // Restated national law (出境入境管理法 art. 47, contract 3): no test of location.
  'chongqing.permanent-residence': and(is('foreignNational'), is('highLevelTalent')),
  'chongqing.knowledge-value-loan': and(is('aboveDesignatedSize'), is('highTechEnterprise'), IN('chongqing'), ANY_ZONE),
  'chongqing.star-listing-award': and(is('aboveDesignatedSize'), is('highTechEnterprise'), is('listedOnStarMarket'), IN('chongqing'), ANY_ZONE),
  'chongqing.service-income-reward': and(is('publicInstitutionServiceOrg'), IN('chongqing')),
  'guizhou.star-listing-cultivation': and(
    TECH_ENTERPRISE,
    { '>': [{ '*': [{ fen: v('rdExpenseYuan') }, 100] }, { '*': [{ fen: v('revenueYuan') }, 5] }] },
    { '>': [v('revenueYuan'), 300_000_000] },
    { '>': [v('rdExpenseYuan'), 15_000_000] },
    IN('guizhou'),
    ANY_ZONE,
  ),
  'guizhou.major-achievement-transfer': and(is('majorAchievementProject'), IN('guizhou'), ANY_ZONE),
};

const ENTRIES = FIXED_IDS.map((id) => [id, RULES[id]]);

/** The ids of the measures whose conditions all hold for the profile (met, whatever the status). */
export function eligibleIds(profile) {
  const out = new Set();
  for (const [id, rule] of ENTRIES) if (jsonLogic.apply(rule, profile) === true) out.add(id);
  return out;
}

/** The fifteen answers, as the timed loop runs them (no Set). */
export function applyAll(profile) {
  let count = 0;
  for (const [, rule] of ENTRIES) if (jsonLogic.apply(rule, profile) === true) count++;
  return count;
}
