// A report's results grouped for the reader, as a pure function (no DOM:
// tests/node/grouping.test.mjs): one entry per benefit, in the group of the
// best status its documents give the user; what is at stake first.
import { resultFor } from './session.js';

/**
 * The results groups, in the order they are shown: what can be claimed, what
 * someone still decides, what is within reach (one condition the user can
 * change: worth acting on, so before what is no claim), then information,
 * open results, and not applicable — the order the summary line reads (third
 * trial: a firm in 德阳 read "还可以争取 1 项" first in the line, and found the
 * card below twelve open ones). Each is counted on its own; no count adds
 * them up. (No result has the status `reach`: the best status of a benefit's
 * documents, `rank`, keeps eligible, conditional, informational, unknown,
 * ineligible.)
 */
export const GROUPS = ['eligible', 'conditional', 'reach', 'informational', 'unknown', 'ineligible'];
/** A status this widget does not know is no claim (SPEC §2): it is shown for information. */
export const groupFor = (status) => (GROUPS.includes(status) ? status : 'informational');
/** How good a result is for the user, best first: the order of the groups. */
const rank = (r) => GROUPS.indexOf(groupFor(r.status));

/** Each test of a condition tree, at its place in a result's `reasons` (the core's `index`). */
const collectTests = (c, into) => {
  if (c.test) into[c.test.index] = c.test;
  else for (const child of c.not ? [c.not] : (c.all ?? c.any)) collectTests(child, into);
  return into;
};
const TESTS = new WeakMap();
/** A measure's tests ({ facts, texts }, in `reasons` order), worked out once. */
export const testsOf = (m) => {
  let tests = TESTS.get(m);
  if (!tests) {
    const all = collectTests(m.condition, []);
    TESTS.set(m, (tests = { facts: all.map((x) => x.facts), texts: all.map((x) => x.text) }));
  }
  return tests;
};

const FAILING = new WeakMap();
/**
 * A not-applicable result's failing tests, as [text, facts]; worked out once
 * per result (moot, away, withinReach and nearMiss all ask, ~4 times a result
 * an answer).
 */
const failing = (r, m) => {
  if (r.status !== 'ineligible') return [];
  let fails = FAILING.get(r);
  if (!fails) {
    const { facts, texts } = testsOf(m);
    FAILING.set(r, (fails = r.reasons.flatMap((state, i) => (state === 'fails' ? [[texts[i], facts[i] ?? []]] : []))));
  }
  return fails;
};

/**
 * The single failing condition of a not-applicable result, if there is just
 * one and it is something the user could change: being in another province
 * is not worth suggesting.
 */
export function nearMiss(r, m) {
  const fails = failing(r, m);
  return fails.length === 1 && !fails[0][1].every((f) => f === 'province') ? fails[0][0] : null;
}

/** Within reach: failing only on what the party can change by acting (`actionable`); the failing texts. */
export function withinReach(r, m, questions) {
  const fails = failing(r, m);
  return fails.length && fails.every(([, facts]) => facts.length && facts.every((f) => questions.get(f)?.actionable))
    ? fails.map(([text]) => text)
    : null;
}

/** Completed years at `asOf` (YYYY-MM-DD) from the profile's age or birth date; null when it gives neither. */
export function ageOf(profile, asOf) {
  if (profile.age != null) return +profile.age;
  if (!profile.birthDate || !asOf) return null;
  const [[by, bm, bd], [y, m, d]] = [profile.birthDate, asOf].map((x) => x.split('-').map(Number));
  return y - by - +(m < bm || (m === bm && d < bd));
}

/**
 * A relaxed age limit that changes nothing for a person of `age`: at or
 * under the usual limit (work-permit class B: 60; the catalogue's
 * `usualAgeLimit`, cited in the note), a 34-year-old gains nothing from the
 * 65-year rule, whatever its status. Not said to someone it fails as no
 * foreign national.
 */
export const moot = (m, r, age) =>
  m.benefit.usualAgeLimit != null &&
  age != null &&
  age <= m.benefit.usualAgeLimit &&
  !failing(r, m).some(([, facts]) => facts.includes('foreignNational'));

/** Whether a result fails on the province: the measure is another place's. */
export const elsewhere = (r, m) => failing(r, m).some(([, facts]) => facts.includes('province'));

/** What is at stake: an amount (largest first), a decision, a national rule, a direction. */
export const stake = (m) =>
  m.benefit.maxYuan != null ? -m.benefit.maxYuan : m.nature === 'direction' ? 3 : m.nature === 'restated' ? 2 : 1;

/** An institution's own freedom to reward its staff: it applies directly, nobody is applied to. */
export const direct = (m) => m.benefit.kind === 'staffReward' && m.nature === 'entitlement';

/** The province the profile places the user in ('' when none): the zone's, else the one answered. */
export const provinceOf = (profile, zones) => profile.province ?? zones.find((z) => z.id === profile.zone)?.province ?? '';

/**
 * Whether a document is another place's for a user in province `mine`: its
 * location test fails, or it is another province's (Chengdu's is Sichuan's).
 */
export function away(m, r, mine) {
  const theirs = m.jurisdiction === 'chengdu' ? 'sichuan' : m.jurisdiction;
  return elsewhere(r, m) || (!!mine && theirs !== 'national' && theirs !== mine);
}

/**
 * The results grouped for the reader.
 *
 * `report`: a brief report (evaluate); `visible`: the measures shown, by id
 * (a Map); `audience`: the user's ('' groups nothing); `questions`: the
 * engine's, by fact; `zones`: zones(); `profile`: as evaluated.
 *
 * Returns `{ groups, counts, drafts, allDirect, mine }`: `groups[g]` the
 * entries `{ key, benefitGroup, members: [{ m, r }], lead }` of group `g`
 * (GROUPS) in the order shown; `counts[g]` and `drafts[g]` (cards whose lead
 * is a draft's) counted apart; `allDirect` when every claim applies directly;
 * `mine` the user's province.
 */
export function groupResults({ report, visible, audience, questions, zones, profile }) {
  const mine = provinceOf(profile, zones);
  const age = ageOf(profile, report.asOf);
  const entries = new Map();
  if (audience) {
    for (const result of report.results) {
      const m = visible.get(result.id);
      if (!m) continue;
      // Open only on another party's facts: not this user's, never an open question.
      let r = resultFor(result, audience, questions) ? result : { ...result, status: 'ineligible', forOthers: true };
      // A relaxation that changes nothing for this person: said so, for information, never a decision to wait for.
      if (moot(m, r, age)) r = { ...r, moot: age };
      const key = m.benefitGroup?.id ?? m.id;
      if (!entries.has(key)) entries.set(key, { key, benefitGroup: m.benefitGroup, members: [] });
      entries.get(key).members.push({ m, r });
    }
  }
  const groups = Object.fromEntries(GROUPS.map((g) => [g, []]));
  for (const entry of entries.values()) {
    // The lead: not another place's; the best status, national, in force; else catalogue order.
    // (Each member's sort keys worked out once, not once per comparison; none for a measure alone, most of them.)
    if (entry.members.length > 1) {
      const keys = new Map(
        entry.members.map((x) => [x, [+away(x.m, x.r, mine), rank(x.r), +(x.m.jurisdiction !== 'national'), +x.r.draft]]),
      );
      entry.members.sort((a, b) => {
        const [ka, kb] = [keys.get(a), keys.get(b)];
        return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || ka[3] - kb[3];
      });
    }
    entry.lead = entry.members[0];
    const group = entry.lead.r.moot != null ? 'informational' : groupFor(entry.lead.r.status);
    const reach = group === 'ineligible' && withinReach(entry.lead.r, entry.lead.m, questions);
    groups[reach ? 'reach' : group].push(entry);
  }
  for (const g of GROUPS) {
    const at = new Map(groups[g].map((e) => [e, stake(e.lead.m)]));
    groups[g].sort((a, b) => at.get(a) - at.get(b));
  }
  // Near misses first: they are the not-applicable results worth reading.
  const near = new Map(groups.ineligible.map((e) => [e, e.members.some(({ m, r }) => nearMiss(r, m))]));
  groups.ineligible.sort((a, b) => near.get(b) - near.get(a));
  const counts = Object.fromEntries(GROUPS.map((g) => [g, groups[g].length]));
  // A card counts as a draft when the document giving its status is one.
  const drafts = Object.fromEntries(GROUPS.map((g) => [g, groups[g].filter((e) => e.lead.r.draft).length]));
  const allDirect = counts.eligible > 0 && groups.eligible.every((e) => direct(e.lead.m));
  return { groups, counts, drafts, allDirect, mine };
}
