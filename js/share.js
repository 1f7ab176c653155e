// The share link: what the widget writes into a link's fragment, and how it
// reads one back. No DOM here: tests/node/share.test.mjs runs it in Node.
//
// A link is read with exactly the rules of the widget's own inputs (the same
// parsers, the same choices); whatever they would refuse is dropped and
// reported, never coerced. The link is built from the page's origin and path
// only: a portal's query string may hold SSO tickets or session ids.

import { parseAge, parseDate, parseYuan } from './parse.js';
import { LANGS } from './format.js';
import { ENTRIES, LEVELS, MARKER, TOPICS, hasOwn, isShareLink } from './session.js';

// What the widget offers, for those who read links with it (and its tests).
export { AUDIENCES, ENTRIES, MARKER, PROVINCES, TOPICS, hasOwn, isShareLink, locationValues, placesIn } from './session.js';

/**
 * Fragments longer than this are not read at all. A link made by the widget
 * holds a few dozen short answers (well under 2,000 characters); reading a
 * hand-made megabyte would freeze the page.
 */
export const MAX_FRAGMENT = 8192;

/**
 * The page the link opens: `base` (a portal's `share-base` attribute,
 * resolved against the page) when it is an http(s) URL, else the page
 * itself; either way without a fragment, and the page's own address without
 * its query string. A base with no query of its own (blank, `#x`, `.`) never
 * takes the page's: a portal's query may hold SSO tickets.
 */
export function linkBase(pageHref, base) {
  // What the URL parser ignores: spaces and control characters around it,
  // tabs and line breaks within.
  const given = typeof base === 'string' ? base.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+|[\0- ]+$/g, '') : '';
  if (given) {
    try {
      const url = new URL(given, pageHref);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        if (!given.split('#')[0].includes('?')) url.search = '';
        url.hash = '';
        return url.href;
      }
    } catch {
      // Not a URL: the page's own address below.
    }
  }
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The link for a state `{ lang, audience, topic, loc, zoneLevel, asOf, answers }`:
 * every answer in the fragment, which browsers never send to a server.
 */
export function shareLink(base, { lang, audience, topic, loc, zoneLevel, asOf, answers }) {
  const params = new URLSearchParams({ [MARKER]: '1', lang });
  if (audience) params.set('audience', audience);
  if (topic) params.set('topic', topic);
  if (loc) params.set('loc', loc);
  if (zoneLevel) params.set('zoneLevel', zoneLevel);
  if (asOf) params.set('asOf', asOf);
  for (const [key, value] of Object.entries(answers)) params.set(key, String(value));
  return `${base}#${params}`;
}

/**
 * Reads an answer for `fact` exactly as the widget's own input would:
 * `{ key, value }` (an age answer may come back as a birth date and the
 * reverse), or `null` when the input would refuse it. `question` is the
 * engine's question for the fact ({ type, options }).
 */
export function readAnswer(key, raw, question) {
  switch (question.type) {
    case 'bool':
      return raw === 'true' ? { key, value: true } : raw === 'false' ? { key, value: false } : null;
    case 'choice':
      return question.options.some((o) => o.value === raw) ? { key, value: raw } : null;
    case 'number': {
      const value = parseYuan(raw);
      return typeof value === 'number' && !Number.isNaN(value) ? { key, value } : null;
    }
    case 'age': {
      // `age` holds whole years and `birthDate` a date; each only its own kind.
      const value = parseAge(raw);
      const [kind] = value ? Object.keys(value) : [];
      return kind === key ? { key, value: value[key] } : null;
    }
    default:
      return null;
  }
}

/**
 * Reads a share link's fragment (`location.hash`). Returns `null` when the
 * fragment is not one of ours, else `{ state, dropped, tooLong }`:
 * `state` as `shareLink` takes it (only what reads cleanly), `dropped` the
 * `[key, raw]` pairs that did not, in the link's order. A fragment longer
 * than MAX_FRAGMENT is not read (`tooLong`, empty state).
 *
 * `context`: `questionFor(fact)` — the question for a fact or null;
 * `locations` — the set of location values (locationValues); `levelOpen(loc)`
 * — whether a zoneLevel may be given for that location.
 */
export function readShareLink(hash, { questionFor, locations, levelOpen }) {
  const text = String(hash).replace(/^#/, '');
  if (!isShareLink(text)) return null;
  const state = { lang: '', audience: '', topic: '', loc: '', zoneLevel: '', asOf: '', answers: {} };
  if (text.length > MAX_FRAGMENT) return { state, dropped: [], tooLong: true };
  const params = new URLSearchParams(text);
  if (params.get(MARKER) !== '1') return null;
  const dropped = [];
  const seen = new Map();
  for (const [key] of params) seen.set(key, (seen.get(key) ?? 0) + 1);
  for (const [key, raw] of params) {
    if (key === MARKER) continue;
    // A key given twice is ambiguous: neither value is taken.
    const ok = seen.get(key) === 1 && take(state, key, raw, questionFor, locations);
    if (!ok) dropped.push([key, raw]);
  }
  if (state.zoneLevel && !levelOpen(state.loc)) {
    dropped.push(['zoneLevel', state.zoneLevel]);
    state.zoneLevel = '';
  }
  return { state, dropped, tooLong: false };
}

/**
 * Puts one link parameter into `state` if it reads cleanly; says whether it
 * did. A value refused leaves its field absent (as it was, ''), never
 * `false`: the widget reads every field as a string.
 */
function take(state, key, raw, questionFor, locations) {
  const set = (field, ok) => {
    if (ok) state[field] = raw;
    return ok;
  };
  switch (key) {
    case 'lang':
      return set('lang', LANGS.includes(raw));
    case 'audience':
      return set('audience', ENTRIES.includes(raw));
    case 'topic':
      return set('topic', TOPICS.includes(raw));
    case 'loc':
      return set('loc', locations.has(raw));
    case 'zoneLevel':
      return set('zoneLevel', LEVELS.includes(raw));
    case 'asOf': {
      const date = parseDate(raw);
      const ok = typeof date === 'string' && date !== '';
      if (ok) state.asOf = date;
      return ok;
    }
    case 'province':
    case 'zone':
      return false; // The place travels as `loc`.
    default: {
      if (!hasOwn(state.answers, key)) {
        const question = questionFor(key === 'birthDate' ? 'age' : key);
        const read = question && readAnswer(key, raw, question);
        if (read) {
          state.answers[read.key] = read.value;
          return true;
        }
      }
      return false;
    }
  }
}

/** The keys a link of ours may hold besides the facts' own. */
const STATE_KEYS = ['lang', 'audience', 'topic', 'loc', 'zoneLevel', 'asOf', 'province', 'zone'];

/** Bidirectional controls, which reorder the text around them as shown. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without bidirectional controls. */
export const withoutBidi = (text) => String(text).replace(BIDI, '');

/**
 * What the note above the form may say of the `[key, raw]` pairs a link
 * could not restore: the names of the keys the widget knows (each once, at
 * most `max`), and how many others there were — never a link's values, nor
 * keys it made up, which could be any text (a phishing sentence, a phone
 * number) shown inside the portal's widget. `isFact(key)`: whether the
 * engine asks about `key`.
 */
export function droppedNames(dropped, isFact, max = 10) {
  const names = [];
  let unknown = 0;
  for (const [key] of dropped) {
    const known = typeof key === 'string' && (STATE_KEYS.includes(key) || isFact(key));
    if (!known) unknown += 1;
    else if (!names.includes(key)) names.push(withoutBidi(key));
  }
  return { names: names.slice(0, max), more: Math.max(0, names.length - max), unknown };
}
