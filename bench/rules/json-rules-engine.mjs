// The fifteen fixed measures of SPEC.md §3 in json-rules-engine, written as a
// web developer would: one rule per measure, its event type the measure id.
// The conditions follow src/catalogue/*.rs exactly (same tests, same
// boundaries):
//   - national measures: a national zone in any province;
//   - the two residence-permits-up-to-5-years measures restate national law
//     (出境入境管理法 art. 30): a foreign national working in China, with no
//     test of location;
//   - Sichuan and Chongqing measures: that province, a zone of either level;
//   - guizhou.work-permit-age-65: Guizhou and a NATIONAL zone only;
//   - guizhou.star-listing-cultivation: tech enterprise, R&D intensity over 5 %
//     (rd × 100 > revenue × 5, in fen, no division), revenue over 300,000,000
//     and R&D over 15,000,000 yuan (implied by the two, stated in the Rust too),
//     Guizhou, a zone of either level; 超过 is strict;
//   - age ≤ 65 in completed years (from `age`, or `birthDate` and `asOf`);
//   - techEnterprise counts as true when highTechEnterprise or techSme is.
// Derived values (age from birthDate, the R&D-intensity comparison) are
// json-rules-engine "dynamic facts", computed on demand inside engine.run().
//
// The engine has no "unknown": profiles must be complete (bench/corpus.mjs);
// allowUndefinedFacts stays false so a missing fact throws rather than
// silently failing.

import { Engine } from 'json-rules-engine';
import { completedYears, fen, FIXED_IDS } from './fixed.mjs';

const is = (fact) => ({ fact, operator: 'equal', value: true });
const oneOf = (fact, values) => ({ fact, operator: 'in', value: values });

const NATIONAL_ZONE = oneOf('zoneLevel', ['national']);
const ANY_ZONE = oneOf('zoneLevel', ['national', 'provincial']);
const IN = (province) => oneOf('province', [province]);
const AGE_AT_MOST_65 = { fact: 'age', operator: 'lessThanInclusive', value: 65 };
const TECH_ENTERPRISE = { any: [is('techEnterprise'), is('highTechEnterprise'), is('techSme')] };

/** Measure id → condition tree. */
export const CONDITIONS = {
  'national.work-permit-age-65': {
    all: [is('foreignNational'), is('highEndTalent'), is('worksInZoneEnterprise'), NATIONAL_ZONE, AGE_AT_MOST_65],
  },
  'sichuan.work-permit-age-65': {
    all: [is('foreignNational'), is('highEndTalent'), is('worksInZoneEnterprise'), IN('sichuan'), ANY_ZONE, AGE_AT_MOST_65],
  },
  'guizhou.work-permit-age-65': {
    all: [is('foreignNational'), is('highEndTalent'), is('worksInZoneEnterprise'), IN('guizhou'), NATIONAL_ZONE, AGE_AT_MOST_65],
  },
  'national.multi-entry-visa': { all: [is('foreignNational'), is('invitedByZoneEnterprise'), NATIONAL_ZONE] },
  'national.residence-permit-5y': { all: [is('foreignNational'), is('worksInChina')] },
  'national.graduate-residence-facilitation': {
    all: [
      is('foreignNational'),
      oneOf('graduation', ['chineseKeyUniversityBachelorPlus', 'renownedForeignUniversity']),
      is('startupInZone'),
      NATIONAL_ZONE,
    ],
  },
  'sichuan.multi-entry-visa': { all: [is('foreignNational'), is('invitedByZoneEnterprise'), IN('sichuan'), ANY_ZONE] },
  'sichuan.residence-permit-5y': { all: [is('foreignNational'), is('worksInChina')] },
  'chongqing.foreign-talent-relaxed-limits': {
    all: [is('foreignNational'), is('urgentlyNeededTalent'), IN('chongqing'), ANY_ZONE],
  },
  // Restated national law (出境入境管理法 art. 47, contract 3): no test of location.
  'chongqing.permanent-residence': { all: [is('foreignNational'), is('highLevelTalent')] },
  'chongqing.knowledge-value-loan': {
    all: [is('aboveDesignatedSize'), is('highTechEnterprise'), IN('chongqing'), ANY_ZONE],
  },
  'chongqing.star-listing-award': {
    all: [is('aboveDesignatedSize'), is('highTechEnterprise'), is('listedOnStarMarket'), IN('chongqing'), ANY_ZONE],
  },
  'chongqing.service-income-reward': { all: [is('publicInstitutionServiceOrg'), IN('chongqing')] },
  'guizhou.star-listing-cultivation': {
    all: [
      TECH_ENTERPRISE,
      is('rdIntensityAbove5Percent'),
      { fact: 'revenueYuan', operator: 'greaterThan', value: 300_000_000 },
      { fact: 'rdExpenseYuan', operator: 'greaterThan', value: 15_000_000 },
      IN('guizhou'),
      ANY_ZONE,
    ],
  },
  'guizhou.major-achievement-transfer': { all: [is('majorAchievementProject'), IN('guizhou'), ANY_ZONE] },
};

/** A new engine holding the fifteen rules and the two dynamic facts. */
export function createEngine() {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const id of FIXED_IDS) {
    engine.addRule({ name: id, conditions: CONDITIONS[id], event: { type: id } });
  }
  // Used only when the profile gives birthDate rather than age: a runtime
  // fact passed to run() replaces an engine fact of the same id.
  engine.addFact('age', async (params, almanac) =>
    completedYears(await almanac.factValue('birthDate'), await almanac.factValue('asOf')),
  );
  engine.addFact('rdIntensityAbove5Percent', async (params, almanac) => {
    const [rd, revenue] = await Promise.all([almanac.factValue('rdExpenseYuan'), almanac.factValue('revenueYuan')]);
    return fen(rd) * 100 > fen(revenue) * 5;
  });
  return engine;
}

/** The ids of the measures whose conditions all hold for the profile (met, whatever the status). */
export async function eligibleIds(engine, profile) {
  const { events } = await engine.run(profile);
  return new Set(events.map((event) => event.type));
}
