#!/usr/bin/env node
// The benchmark corpus: seeded, COMPLETE profiles for the fifteen fixed
// measures of SPEC.md §3, with values clustered around every boundary those
// measures have.
//
// "Complete" means every fact the fifteen rules read is present, so that our
// three-valued engine gives a definitive status for each of them and can be
// compared with json-rules-engine and json-logic-js, which have no "unknown":
//   province × zoneLevel        every one of the 4 × 3 combinations
//   age                         64 / 65 / 66 (and a spread), as `age` or as
//                               `birthDate` around the 66th birthday, incl.
//                               29 February births and asOf on 28 Feb / 1 Mar
//   revenueYuan                 299,999,999.99 / 300,000,000 / 300,000,000.01 …
//   rdExpenseYuan               exactly 5 % of revenue, 1 fen above/below,
//                               15,000,000 / 15,000,000.01, 0, random
//   the yes/no facts            biased towards true (the rules are conjunctions:
//                               with fair coins few profiles would qualify)
//   techEnterprise              consistent with highTechEnterprise / techSme
//                               (our engine rejects a contradiction)
// `zone` is never used (it would need the zone directory on the JS side);
// province and zoneLevel are always given instead. Money has at most two
// decimals and stays below 10^11 yuan, so that fen × 100 is an exact double.
//
//   node bench/corpus.mjs [--count N] [--seed S]    prints JSON lines
//   import { generateCorpus } from './corpus.mjs'   [profile, …]

import { fileURLToPath } from 'node:url';
import { prng } from '../tests/prng.mjs';

export const DEFAULT_SEED = 20260101;
export const DEFAULT_COUNT = 3000;
/** The date the corpus is checked for; most profiles carry it as asOf. */
export const TODAY = '2026-01-01';

export { prng };

const PROVINCES = ['sichuan', 'chongqing', 'guizhou', 'other'];
const ZONE_LEVELS = ['national', 'provincial', 'none'];
const GRADUATIONS = ['chineseKeyUniversityBachelorPlus', 'renownedForeignUniversity', 'none'];

/** Yuan from a whole number of fen: the nearest double, as a caller would type it. */
const yuan = (fen) => fen / 100;

/** Revenue in fen: the 300,000,000-yuan boundary, amounts around it, and a spread. */
function revenueFen(r) {
  return r.pick([
    () => 0,
    () => 100_000_000, // 1,000,000 yuan
    () => 29_999_999_999, // 299,999,999.99
    () => 30_000_000_000, // exactly 300,000,000 (超过 is strict: fails)
    () => 30_000_000_001, // 300,000,000.01
    () => 30_000_000_020, // 300,000,000.20 (5 % of it is a whole number of fen)
    () => 45_000_000_000,
    () => 100_000_000_000,
    () => r.int(25_000_000, 60_000_000) * 1000, // 250–600 million, whole yuan × 10
    () => r.int(0, 2_000_000_000) * 100 + r.int(0, 99), // up to 2 billion, any fen
  ])();
}

/** R&D expenditure in fen, relative to the revenue: exactly 5 %, one fen either side, … */
function rdFen(r, revenue) {
  const fivePercent = (revenue * 5) / 100; // a whole number of fen only when revenue % 20 == 0
  return r.pick([
    () => (Number.isInteger(fivePercent) ? fivePercent : Math.floor(fivePercent)),
    () => Math.floor(fivePercent) + 1,
    () => Math.max(0, Math.ceil(fivePercent) - 1),
    () => 1_500_000_000, // exactly 15,000,000 yuan
    () => 1_500_000_001, // 15,000,000.01
    () => 0,
    () => Math.floor(revenue * (r.int(0, 200) / 1000)), // 0–20 % of revenue
    () => r.int(0, 100_000_000) * 100 + r.int(0, 99),
  ])();
}

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The date asOf: mostly TODAY; sometimes one around 29 February. */
function asOfDate(r) {
  return r.chance(0.8) ? TODAY : r.pick(['2024-02-29', '2025-02-28', '2025-03-01', '2026-02-28', '2026-03-01', '2027-12-31']);
}

/** Age as `age` (completed years) or as `birthDate` near the 65th/66th birthday. */
function ageFacts(r, asOf) {
  if (r.chance(0.55)) {
    return { age: r.pick([64, 65, 65, 66, 64, 65, 66, 67, 0, 18, 30, 45, 60, 80, 150]) };
  }
  const [y, m, d] = asOf.split('-').map(Number);
  const kind = r.int(0, 5);
  if (kind === 0) {
    // Born on 29 February 1960 or 1964: in common years the birthday is 1 March.
    return { birthDate: r.pick(['1960-02-29', '1964-02-29', '1956-02-29']) };
  }
  // The 66th birthday (or 65th, 67th) a few days before, on or after asOf.
  const years = r.pick([65, 66, 66, 67]);
  const anniversary = Date.UTC(y - years, m - 1, d);
  const offset = kind === 1 ? 0 : r.pick([-2, -1, 0, 1, 2, 30, -30]);
  let birth = iso(anniversary + offset * DAY);
  if (kind === 5) birth = iso(Date.UTC(r.int(1930, y - 1), r.int(0, 11), r.int(1, 28)));
  return birth > asOf ? { birthDate: asOf } : { birthDate: birth };
}

/** One complete profile. */
export function profile(r) {
  const bool = (p = 0.7) => r.chance(p);
  const asOf = asOfDate(r);
  const highTechEnterprise = bool(0.6);
  const techSme = bool(0.4);
  const revenue = revenueFen(r);
  const worksInZoneEnterprise = bool();
  return {
    asOf,
    province: r.pick(PROVINCES),
    zoneLevel: r.pick(ZONE_LEVELS),
    // Talent
    foreignNational: bool(),
    highEndTalent: bool(),
    worksInZoneEnterprise,
    // Working in a zone enterprise is working in China (the core derives it).
    worksInChina: worksInZoneEnterprise ? true : bool(0.5),
    invitedByZoneEnterprise: bool(),
    urgentlyNeededTalent: bool(),
    highLevelTalent: bool(),
    graduation: r.pick(GRADUATIONS),
    startupInZone: bool(),
    ...ageFacts(r, asOf),
    // Enterprise
    highTechEnterprise,
    techSme,
    techEnterprise: highTechEnterprise || techSme ? true : bool(0.5),
    aboveDesignatedSize: bool(),
    listedOnStarMarket: bool(0.5),
    majorAchievementProject: bool(0.5),
    revenueYuan: yuan(revenue),
    rdExpenseYuan: yuan(rdFen(r, revenue)),
    // Institution
    publicInstitutionServiceOrg: bool(0.5),
    techIncomeYuan: yuan(r.int(0, 50_000_000) * 100 + r.int(0, 99)),
  };
}

/** `count` complete profiles from `seed`. */
export function generateCorpus({ seed = DEFAULT_SEED, count = DEFAULT_COUNT } = {}) {
  const r = prng(seed);
  return Array.from({ length: count }, () => profile(r));
}

/** Reads `--name value` from argv. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(arg('count', DEFAULT_COUNT));
  const seed = Number(arg('seed', DEFAULT_SEED));
  process.stdout.write(
    generateCorpus({ seed, count })
      .map((p) => JSON.stringify(p))
      .join('\n') + '\n',
  );
}
