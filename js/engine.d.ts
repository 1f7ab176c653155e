
/** The same words in Simplified Chinese and in English, both written by hand. */
export interface Text {
  "zh-Hans": string;
  en: string;
}

export type Province = "sichuan" | "chongqing" | "guizhou" | "other";
export type ZoneLevel = "national" | "provincial" | "none";
/** A zone id from the built-in directory (see `zones()`). */
export type ZoneId =
  | "chengdu" | "mianyang" | "zigong" | "leshan" | "panzhihua" | "luzhou" | "deyang"
  | "chengdu-science-city" | "jingrong-town"
  | "chongqing" | "bishan" | "yongchuan" | "rongchang"
  | "guiyang" | "anshun" | "zunyi" | "qiannan" | "qianxinan" | "bijie" | "liupanshui"
  | "bijiang" | "tongren" | "qiandongnan";
export type Graduation = "chineseKeyUniversityBachelorPlus" | "renownedForeignUniversity" | "none";
export type AchievementTransferRole = "transferor" | "transferee" | "serviceAgency" | "none";
/** A date written `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * The facts about an enterprise, a person or an institution. Every field is
 * optional: an absent field (or `undefined`, or `null`) is an unknown fact,
 * never a default. Any other field is an error, as is a wrong type, a
 * negative or non-finite amount, an age over 150, a birth date after `asOf`,
 * or `zone` contradicting `province` / `zoneLevel`.
 */
export interface Profile {
  /**
   * The date of the act the measure governs, as a date in Beijing: for
   * work-permit, visa and residence measures the day the application is
   * submitted, otherwise the day of the check. Default: `options.today`,
   * else today's date in Beijing (the report then says `asOfDefaulted: true`).
   */
  asOf?: IsoDate | null;
  // FACTS: one field per fact, in the fact table's order (src/engine/fact.rs),
  // written here by scripts/build.sh (scripts/declarations.mjs); birthDate
  // comes just before age.
}

/** The name of a fact, as in `Profile`, `missing` and questions. */
export type FactName = Exclude<keyof Profile, "asOf" | "birthDate">;

export interface EvaluateOptions {
  /**
   * `YYYY-MM-DD`: the date used when the profile has no `asOf`. Default:
   * today's date in Beijing (UTC+8), whatever the machine's time zone; only
   * then is the report's `asOfDefaulted` true.
   */
  today?: IsoDate;
  /**
   * Whether each reason carries its words (default `true`). With `false` the
   * report is brief: `reasons` is a list of bare states, in the order of the
   * tests of the measure's `condition` in `measures()`.
   */
  explain?: boolean;
}

/**
 * - `eligible`: every condition holds and the sentence grants the benefit itself;
 * - `conditional`: every condition holds and someone still decides (see `Measure.approval`);
 * - `informational`: the sentence grants no claim (a direction, or restated national law): never a claim;
 * - `ineligible`: at least one condition fails;
 * - `unknown`: nothing fails yet, but facts are missing.
 *
 * Treat a status you do not know as no claim.
 */
export type Status = "eligible" | "conditional" | "informational" | "ineligible" | "unknown";
/**
 * What a measure's sentence does; it decides the status of a met measure:
 * `entitlement` → eligible, `discretionary` → conditional, `direction` and
 * `restated` → informational.
 */
export type Nature = "entitlement" | "discretionary" | "direction" | "restated";
export type Truth = "holds" | "fails" | "unknown";

/** One condition of a measure and whether it holds for the profile. */
export interface Reason extends Text {
  state: Truth;
}

export interface MeasureResult {
  /** `<jurisdiction>.<slug>`, e.g. `"chongqing.knowledge-value-loan"`. */
  id: string;
  status: Status;
  /** The measure's nature: whether the result can be a claim at all. */
  nature: Nature;
  /** True for every measure from a draft for comments: not law in force. */
  draft: boolean;
  /** Exactly the unknown facts that could still change `status`; empty for a definitive status. */
  missing: FactName[];
  /**
   * Each condition of the measure, in catalogue order: with its words, or —
   * when evaluated with `{ explain: false }` — the bare states.
   */
  reasons: Reason[] | Truth[];
  /**
   * For a benefit the text puts as a share of an amount (不低于50% of S&T
   * income), that share in yuan once the amount is known and the measure is
   * met: what the text encourages, never a sum owed to anyone.
   */
  encouragedShareYuan?: number;
  /**
   * A date within 90 days after `asOf` from which the result would change
   * (the 66th birthday for the 65-year work-permit rules): apply before it.
   */
  decidingDate?: IsoDate;
}

export interface Report {
  /** The report's contract version (SPEC.md §4); changes whenever a field's meaning does. */
  contract: 3;
  asOf: IsoDate;
  /** True only when `asOf` is today's Beijing date read from the clock, not a date given. */
  asOfDefaulted: boolean;
  /** One result per measure, in catalogue order. */
  results: MeasureResult[];
}

export type Jurisdiction = "national" | "sichuan" | "chengdu" | "chongqing" | "guizhou";
/**
 * Who a measure is for (SPEC §1a): enterprises, public institutions
 * (事业单位), and individuals, Chinese or foreign. Contract 2's `talent` is
 * still accepted wherever an audience is given and means `person`.
 */
export type Audience = "enterprise" | "institution" | "person";
export type DocumentStatus = "inForce" | "draft";
export type BenefitKind =
  | "loan" | "award" | "subsidy" | "taxRelief" | "procurement" | "financing" | "insurance"
  | "voucher" | "listingSupport" | "projectSupport" | "staffReward" | "entrepreneurship"
  | "workPermit" | "visa" | "residence" | "permanentResidence" | "housing";

/**
 * What a person says they are looking for; every benefit kind is in one:
 * funding (loans, awards, subsidies, financing, listing and project support),
 * tax, talent (work permits, visas, residence, talent housing), staffReward.
 */
export type Topic = "funding" | "tax" | "talent" | "staffReward";

export interface Benefit {
  kind: BenefitKind;
  text: Text;
  /** 最高 / 不超过 … 元: the cap in yuan. */
  maxYuan?: number;
  /** 不低于 …%: the share of `shareOf` the text encourages (not a sum owed). */
  minSharePercent?: number;
  shareOf?: FactName;
  /** …年以内: the longest term in years. */
  maxYears?: number;
  /** 放宽至 … 岁: the relaxed age limit. */
  ageLimit?: number;
  /** The limit without the relaxation (work-permit class B: 60, as the note says): at or under it, `ageLimit` changes nothing. */
  usualAgeLimit?: number;
}

/** A source document, as its text identifies itself. */
export interface Document {
  /** The vendored text under `sources/`. */
  file: string;
  /** Whose document it is. */
  jurisdiction: Jurisdiction;
  title: Text;
  issuer: Text;
  /** 文号, e.g. 国发〔2020〕7号. */
  number: string | null;
  /** The date the text says it was issued, `YYYY-MM-DD`; null when it gives none. */
  issued: IsoDate | null;
  /** The date the text says it was published; null when it gives none. */
  published: IsoDate | null;
  /** The year the text sets its targets for (到2025年…); null when it states none. */
  targetYear: number | null;
  /** A longer horizon the text also states (到2035年…), or null. */
  visionYear: number | null;
  status: DocumentStatus;
  note: Text;
}

/** A condition tree: `all` / `any` / `not` over tests on facts. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | {
      test: {
        /** This test's place in a result's `reasons`. */
        index: number;
        facts: FactName[];
        text: Text;
      };
    };

/** One support measure of the catalogue. */
export interface Measure {
  id: string;
  jurisdiction: Jurisdiction;
  /** Every party the sentence addresses or benefits, in the order enterprise, institution, person. */
  audiences: Audience[];
  title: Text;
  benefit: Benefit;
  document: Document;
  /** The clause number as the document writes it, e.g. （九）. */
  clause: string;
  /**
   * The sentence the measure encodes, verbatim from the document (from
   * details.json; empty in `measures({ details: false })`).
   */
  quote: string;
  condition: Condition;
  /** What its benefit is, as someone looking for it would say. */
  topic: Topic;
  /** What the sentence does; it decides the status when every condition holds. */
  nature: Nature;
  /** For a discretionary measure: who decides, and what is still needed. */
  approval?: Text;
  /** For a restated measure: the nationwide law or policy whose own conditions decide. */
  nationalRule?: Text;
  /**
   * The departments the document makes responsible (a list of several from
   * details.json: null in `measures({ details: false })`).
   */
  responsible?: Text | null;
  /**
   * A city's or province's programme the sentence tells the zones to apply:
   * whom the programme itself is open to (wider than the zone).
   */
  reach?: Text;
  /** What the engine simplifies or reads into the text (from details.json: null in `measures({ details: false })`). */
  note?: Text | null;
  /**
   * When other documents grant the same benefit (a national rule a province
   * restates, one direction in two plans): the group, to show as one card
   * under `title` that lists every document granting it.
   */
  benefitGroup?: { id: string; title: Text };
}

export type AnswerType = "bool" | "choice" | "number" | "age";

export interface Choice {
  value: string;
  label: Text;
}

/** A question for one unknown fact that could still change some result. */
export interface Question {
  /** The profile field the answer goes into. */
  fact: FactName;
  /** How many results the answer could change. */
  affects: number;
  /** The ids of those results. */
  measures: string[];
  text: Text;
  type: AnswerType;
  /** The allowed values, for `type: "choice"`. */
  options?: Choice[];
  /** The unit of a number or age answer. */
  unit?: Text;
  audiences: Audience[];
  /** The party can change the fact by acting (apply, register, list…): a result failing on it alone is a way to qualify. */
  actionable: boolean;
  /** The party's own standing (高企, 科技型中小企业, 规上…) or figures: a form asks it before questions that concern only some kinds of firm. */
  standing: boolean;
}

/** A high-tech zone of the built-in directory. */
export interface Zone {
  id: ZoneId;
  name: Text;
  province: Exclude<Province, "other">;
  /**
   * `null` for a park of the Chengdu demonstration zone whose level the
   * directory does not decide: `zoneLevel` is then the profile's to state.
   */
  level: Exclude<ZoneLevel, "none"> | null;
}

/**
 * Why a call was refused: one stable code per kind of mistake (the core's
 * `ProfileError` variants, src/engine/profile.rs, and the bindings' own,
 * src/shell/call_error.rs), less those JavaScript cannot meet (a key given
 * twice, text that is not JSON). Key on this, never on the words.
 */
export type ProfileErrorCode =
  | "not-an-object"
  | "unknown-field"
  | "retired-field"
  | "wrong-type"
  | "not-finite"
  | "negative"
  | "too-large"
  | "finer-than-fen"
  | "too-old"
  | "bad-date"
  | "born-after-as-of"
  | "age-disagrees"
  | "unknown-value"
  | "zone-contradiction"
  | "implied-fact-denied"
  | "options-not-an-object"
  | "unknown-option"
  | "clock-out-of-range"
  | "unreadable"
  | "internal";

/**
 * What `evaluate` and `nextQuestions` throw on bad input (exported by the
 * package's entry point): the message starts with the field it is about.
 */
export class ProfileError extends Error {
  /** The English message, as the command line prints it (`messages.en`). */
  readonly message: string;
  /** The profile field or option (`"options.today"`) the error is about; null when the input as a whole is wrong. */
  readonly field: string | null;
  /** What kind of mistake it is: stable across releases. */
  readonly code: ProfileErrorCode;
  /** The message in both languages, written by hand: show the one of the page's language. */
  readonly messages: Text;
}

/** What `about()` returns: what this release is made of. */
export interface About {
  /** The package's version (the crate's), e.g. `"0.1.0"`. */
  package: string;
  /** The report contract (SPEC.md §4). */
  contract: 3;
  /**
   * The catalogue of measures: its version (`YYYY.MM.DD`) and the date its
   * measures were last changed (`YYYY-MM-DD`). CHANGELOG.md lists the
   * measures each release changed.
   */
  catalogue: { version: string; date: IsoDate };
}

/**
 * The package's version, the report contract and the catalogue's version
 * and date.
 */
export function about(): About;

/**
 * Evaluates every measure for a profile: one result per measure, in
 * catalogue order. Throws a `ProfileError` naming the field on bad input.
 */
export function evaluate(profile: Profile, options?: EvaluateOptions): Report;

/**
 * The catalogue: every measure with its conditions, benefit and citation.
 * Without `{ details: false }`, throws until details.json is in (init(),
 * initSync, loadDetails()).
 */
export function measures(options?: { details?: boolean }): Measure[];

/**
 * Fetches details.json (the quotes, notes and lists of departments measures()
 * gives) once, by default from beside index.js; init() does unless given
 * `details: false`.
 */
export function loadDetails(url?: string | URL): Promise<void>;

/**
 * Fetches and instantiates the engine's reader (hitech_eligibility_reader_bg.wasm), once, by
 * default from beside index.js: the core's own reading of any object, which gives the
 * ProfileError of a profile the engine refuses. init() does unless given `reader: false`;
 * until it is in, such a call throws an Error with `code` "reader-not-loaded".
 */
export function loadReader(module_or_path?: { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/** Whether the engine's reader is in (init(), initSync, loadReader()). */
export function readerLoaded(): boolean;

/** The content of details.json: for each measure id, its quote, responsible list and note. */
export type Details = Record<string, { quote: string; responsible: Text | null; note: Text | null }>;

/** A language the catalogue's words come in. */
export type Language = "zh-Hans" | "en";

/**
 * Fetches the words of one more language (words-<language>.json beside
 * index.js), for a page that called `init({ languages: [...] })` with one
 * and switches to the other. Until then that language's words are
 * `undefined` in what `measures()`, `questions()`, `zones()` and the reports'
 * reasons give.
 */
export function loadWords(language: Language): Promise<void>;

/** Whether the catalogue and the words of `language` (or, without it, of both languages) are in. */
export function dataLoaded(language?: Language): boolean;

/**
 * The unknown facts that could still change some result, most at stake
 * first.
 */
export function nextQuestions(profile: Profile, options?: EvaluateOptions): Question[];

/**
 * Every fact's question, in the fact table's order, whatever a profile
 * says (`affects` 0, `measures` empty): for a page that builds its own
 * form, or asks for an amount no condition reads but a benefit is sized by
 * (`shareOf` in a measure's benefit).
 */
export function questions(): Question[];

/**
 * The directory of high-tech zones a profile's `zone` can name.
 */
export function zones(): Zone[];

/** The content of catalogue.json, which `initSync` takes as `catalogue` (where it cannot read the file itself). */
export type CatalogueData = { key: number } & Record<string, unknown>;
