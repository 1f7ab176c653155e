// The share link's wiring: the box that shows a link made for the user, a
// link read back into the Session, and the note above the form that says
// what a link could not restore. How a link is written and read is
// share.js's (no DOM); this module applies it to a check.
import { MARKER, locationValues } from './session.js';
import { droppedNames, readShareLink } from './share.js';

export { linkBase, shareLink } from './share.js';
import { h } from './dom.js';

/** Fills `out` with a share link, selected and (where the browser lets it) copied. */
export function showShareLink(t, out, url) {
  const message = h('p', { role: 'status' }, t.shareReady);
  const input = h('input', { type: 'text', id: 'share-url', readonly: true, value: url });
  out.replaceChildren(
    h('label', { class: 'block', for: 'share-url' }, t.shareLabel),
    input,
    message,
    h('p', { class: 'muted' }, t.shareNote),
  );
  out.hidden = false;
  input.focus();
  input.select();
  navigator.clipboard?.writeText(url).then(
    () => (message.textContent = t.shareCopied),
    () => {},
  );
}

/**
 * Reads a share link (`hash`) into the Session `s`, with the rules of the
 * widget's own inputs (share.js); what they refuse, what this portal does not
 * offer and what the engine refuses (`engineTakes(profile)`) is left out.
 * Returns null when the fragment is no link of ours, else `{ lang, note }`:
 * the link's language ('' for none) and what it could not restore (null
 * when it all came back). `questionFor(fact)`, `zones`: the engine's.
 */
export function restoreLink(hash, s, { questionFor, zones, engineTakes }) {
  const link = readShareLink(hash, {
    questionFor,
    locations: locationValues(zones),
    levelOpen: (loc) => loc.startsWith('zone:') && s.levelOpen(loc.slice(5)),
  });
  if (!link) return null;
  const { state } = link;
  const dropped = [...link.dropped];
  s.chosenAudience = state.audience;
  s.chosenTopic = state.topic;
  s.loc = state.loc;
  if (s.loc && !s.offers(s.loc)) {
    dropped.push(['loc', s.loc]);
    s.loc = '';
  }
  s.zoneLevel = s.loc ? state.zoneLevel : '';
  s.asOf = state.asOf;
  s.answers = {};
  s.entered = null;
  // What the engine refuses (a date or place it does not take, an answer
  // that contradicts another) is dropped: the date first, then the place.
  const drops = [
    ['asOf', () => s.asOf, () => (s.asOf = '')],
    ['zoneLevel', () => s.zoneLevel, () => (s.zoneLevel = '')],
    ['loc', () => s.loc, () => ((s.loc = ''), (s.zoneLevel = ''))],
  ];
  for (const [key, get, drop] of drops) {
    if (engineTakes(s.profile)) break;
    if (get()) dropped.push([key, get()]);
    drop();
  }
  for (const [key, value] of Object.entries(state.answers)) {
    if (engineTakes({ ...s.profile, [key]: value })) s.answers[key] = value;
    else dropped.push([key, String(value)]);
  }
  return { lang: state.lang, note: link.tooLong ? { tooLong: true } : dropped.length ? { dropped } : null };
}

/** After a link that could not be read at all: nothing of it kept, and what it held counted. */
export function forgetLink(hash, s) {
  s.chosenAudience = s.chosenTopic = s.loc = s.zoneLevel = s.asOf = '';
  s.answers = {};
  const dropped = [...new URLSearchParams(String(hash).replace(/^#/, ''))].filter(([key]) => key !== MARKER);
  return dropped.length ? { dropped } : null;
}

/**
 * What a share link could not restore: the names of the keys the widget
 * knows, and how many others — never the link's values or made-up keys,
 * which would let a link write its own text into the portal's page.
 */
export function linkNoteView(t, note, questionFor) {
  if (!note) return null;
  let text = t.linkTooLong;
  if (!note.tooLong) {
    const { names, more, unknown } = droppedNames(note.dropped, (key) => Boolean(questionFor(key === 'birthDate' ? 'age' : key)));
    const items = [...names, ...(more ? ['…'] : []), ...(unknown ? [t.linkUnknown(unknown)] : [])];
    text = t.linkDropped(note.dropped.length, items);
  }
  return h('p', { class: 'notice link-note', role: 'status' }, text);
}
