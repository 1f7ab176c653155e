// One check's state, without the DOM: who and where the user is, what they
// are looking for, the application date and their answers — and what
// follows from it: the profile given to the engine, the measures they can
// see, the topics they can choose from, the places this portal offers. The
// element (hitech-eligibility.js) keeps one Session and hands it its
// attributes as presets; Node tests it directly (tests/node/session.test.mjs).
// Here too the choices the widget offers and a share link may name
// (audiences, provinces, topics, places, the link's marker), so that the link
// reader (share.js) is loaded only when a link is read or made.

/** `Object.hasOwn`, which the browser floor lacks (Chromium 93, Safari 15.4, Firefox 92). */
export const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/** The marker that says a fragment is one of ours. */
export const MARKER = 'hitech';

/** The audiences (SPEC §1a); an `audience` attribute or link may also say `talent`, the foreign-talent entry. */
export const AUDIENCES = ['enterprise', 'institution', 'person'];
export const ENTRIES = [...AUDIENCES, 'talent'];
export const PROVINCES = ['sichuan', 'chongqing', 'guizhou'];
/** What a person can say they are looking for: the `topic` of measures(), in the order offered. */
export const TOPICS = ['funding', 'tax', 'talent', 'staffReward'];
/** The levels a place may be given at. */
export const LEVELS = ['national', 'provincial', 'none'];

/**
 * The places the location picker offers in one province (`other`: another
 * province), in the order offered: `{ value, zone }` for a zone of the
 * directory, `{ value, level }` for another zone of a level (`national`,
 * `provincial`), not in a zone (`none`) or not sure which (`''`, not offered
 * for another province). The picker's options and the values a share link
 * may hold both come from here.
 */
export function placesIn(province, zones) {
  const levels = province === 'other' ? LEVELS : [...LEVELS, ''];
  return [
    ...zones.filter((z) => z.province === province).map((zone) => ({ value: `zone:${zone.id}`, zone })),
    ...levels.map((level) => ({ value: `${province}:${level}`, level })),
  ];
}

/** The location values the widget's picker offers, given the zone directory. */
export function locationValues(zones) {
  return new Set([...PROVINCES, 'other'].flatMap((province) => placesIn(province, zones).map((p) => p.value)));
}

/** Whether a fragment (`location.hash`, with or without `#`) is one of ours. */
export function isShareLink(hash) {
  const text = String(hash).replace(/^#/, '');
  return text.startsWith(`${MARKER}=`) || text.includes(`&${MARKER}=`);
}

export class Session {
  /** Who the user said they are: an audience, 'talent' (a link's foreign-talent entry) or ''. */
  chosenAudience = '';
  /** What they said they are looking for (a `topic` of measures()), or '' for everything. */
  chosenTopic = '';
  /** The place picked: `zone:<id>`, `<province>:<level>`, `<province>:` or ''. */
  loc = '';
  /** The zone level answered for a zone whose level the directory leaves open. */
  zoneLevel = '';
  /** The application date typed (`YYYY-MM-DD`), or '' for the default. */
  asOf = '';
  /** The answers to the engine's questions, by fact. */
  answers = {};

  /**
   * `tables`: `{ catalogue, zones, questions }` as measures() and zones()
   * return them, and questions() by fact (a Map).
   * `presets()`: what the portal fixed, read when needed — `{ audience,
   * topic, province, zone, measures, asOf }`, each a string or absent.
   */
  constructor(tables, presets = () => ({})) {
    this.catalogue = tables.catalogue;
    this.zones = tables.zones;
    this.questions = tables.questions;
    this.presets = presets;
  }

  /** The portal's audience, else the user's choice; `talent`: the foreign-talent entry. */
  get entry() {
    const preset = this.presets().audience;
    return ENTRIES.includes(preset) ? preset : this.chosenAudience;
  }

  /** The audience (SPEC §1a): `person` for the foreign-talent entry. */
  get audience() {
    const entry = this.entry;
    return entry === 'talent' ? 'person' : entry;
  }

  /** The foreign-talent entry's preset answer (foreignNational), given once per entry; the user may change it. */
  enter() {
    const entry = this.entry;
    if (entry === this.entered) return;
    this.entered = entry;
    if (entry === 'talent' && !hasOwn(this.answers, 'foreignNational')) this.answers.foreignNational = true;
  }

  entered = null;

  /** Whether the application date is asked: of individuals who see a work-permit, visa or residence measure. */
  get asksApplicationDate() {
    return this.audience === 'person' && this.visible().some((m) => m.topic === 'talent');
  }

  /** The portal's jurisdictions (`measures`), or null for all. */
  get jurisdictions() {
    const list = (this.presets().measures || '').split(/[\s,]+/).filter(Boolean);
    return list.length ? new Set(list) : null;
  }

  /** The measures this user can see: their audience, what they are looking for, the portal's jurisdictions. */
  visible(audience = this.audience, topic = this.topic) {
    const only = this.jurisdictions;
    return this.catalogue.filter(
      (m) => (!audience || isFor(m, audience)) && (!topic || m.topic === topic) && (!only || only.has(m.jurisdiction)),
    );
  }

  /** The topics of the measures this audience can see, in TOPICS order: what there is to look for. */
  topics(audience = this.audience) {
    const present = new Set(this.visible(audience, '').map((m) => m.topic));
    return TOPICS.filter((topic) => present.has(topic));
  }

  /** Whether the portal fixed the topic. */
  get topicPreset() {
    return TOPICS.includes(this.presets().topic);
  }

  /**
   * What the user is looking for: the portal's `topic`, else their choice;
   * '' (everything) when this audience has no measure of that topic, so a
   * choice made for another audience never hides everything.
   */
  get topic() {
    const preset = this.presets().topic;
    const topic = TOPICS.includes(preset) ? preset : this.chosenTopic;
    return topic && this.audience && this.topics().includes(topic) ? topic : '';
  }

  /** Whether the directory leaves this zone's level open (成都科学城, 菁蓉镇): then it is asked. */
  levelOpen(zone) {
    return this.zones.find((z) => z.id === zone)?.level === null;
  }

  /** The location facts: the portal's zone, else the place picked (with an open zone's level), and the portal's province. */
  location() {
    const preset = this.presets();
    const zone = preset.zone || (this.loc.startsWith('zone:') ? this.loc.slice(5) : '');
    if (zone) return this.zoneLevel && this.levelOpen(zone) ? { zone, zoneLevel: this.zoneLevel } : { zone };
    const out = {};
    if (preset.province) out.province = preset.province;
    const [province, level] = this.loc.split(':');
    if (province) out.province = province;
    if (level) out.zoneLevel = level;
    return out;
  }

  /**
   * The date the profile states: the application date the user
   * typed, else the portal's `as-of`; '' leaves it to the engine (today's
   * date in Beijing, and the report says so).
   */
  get applicationDate() {
    return (this.asksApplicationDate && this.asOf) || this.presets().asOf || '';
  }

  /** The answers to questions asked of this audience: another party's are kept, not used. */
  get ownAnswers() {
    const audience = this.audience;
    const mine = ([fact]) => this.questions.get(fact === 'birthDate' ? 'age' : fact)?.audiences.includes(audience) ?? true;
    return audience ? Object.fromEntries(Object.entries(this.answers).filter(mine)) : this.answers;
  }

  /** The profile, exactly as it is given to the engine. */
  get profile() {
    const profile = { ...this.location(), ...this.ownAnswers };
    const asOf = this.applicationDate;
    if (asOf) profile.asOf = asOf;
    return profile;
  }

  /** Whether this portal's picker offers a place (`loc`): none when the zone is fixed, only its province's when that is. */
  offers(loc) {
    const preset = this.presets();
    if (preset.zone) return false;
    if (!preset.province) return true;
    const zone = loc.startsWith('zone:') && this.zones.find((z) => z.id === loc.slice(5));
    return zone ? zone.province === preset.province : loc.startsWith(`${preset.province}:`);
  }

  /** What a share link carries (share.js's shareLink), in the language given. */
  linkState(lang) {
    return {
      lang,
      audience: this.chosenAudience,
      topic: this.chosenTopic,
      loc: this.loc,
      zoneLevel: this.zoneLevel,
      asOf: this.asOf,
      answers: this.answers,
    };
  }
}

/** Whether a measure is for this audience: one of the parties it names (`audiences`). */
export const isFor = (m, audience) => m.audiences.includes(audience);

/** Whether a result is this audience's: not an `unknown` one open only on facts asked of others (`questions`: by fact). */
export const resultFor = (r, audience, questions) =>
  r.status !== 'unknown' || r.missing.some((fact) => questions.get(fact)?.audiences.includes(audience) ?? true);
