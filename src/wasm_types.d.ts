
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
  /** Date the check is made for. Default: `options.today`, else today. */
  asOf?: IsoDate | null;
  province?: Province | null;
  zoneLevel?: ZoneLevel | null;
  /** Implies `province` and `zoneLevel`. */
  zone?: ZoneId | null;
  highTechEnterprise?: boolean | null;
  aboveDesignatedSize?: boolean | null;
  techSme?: boolean | null;
  /** True when `highTechEnterprise` or `techSme` is true. */
  techEnterprise?: boolean | null;
  smallMicroEnterprise?: boolean | null;
  highGrowthEnterprise?: boolean | null;
  /** Operating revenue of the last fiscal year, yuan, ≥ 0, at most two decimals. */
  revenueYuan?: number | null;
  /** Internal R&D expenditure of the same year, yuan. */
  rdExpenseYuan?: number | null;
  listedOnStarMarket?: boolean | null;
  majorAchievementProject?: boolean | null;
  achievementTransferRole?: AchievementTransferRole | null;
  ownsIntellectualProperty?: boolean | null;
  firstSetEquipment?: boolean | null;
  registersTechContracts?: boolean | null;
  angelInvestor?: boolean | null;
  foreignNational?: boolean | null;
  birthDate?: IsoDate | null;
  /** Completed years at `asOf`, 0..=150. */
  age?: number | null;
  highEndTalent?: boolean | null;
  worksInZoneEnterprise?: boolean | null;
  invitedByZoneEnterprise?: boolean | null;
  urgentlyNeededTalent?: boolean | null;
  highLevelTalent?: boolean | null;
  graduation?: Graduation | null;
  startupInZone?: boolean | null;
  researcher?: boolean | null;
  publicInstitutionServiceOrg?: boolean | null;
  /** The institution's S&T income for the period, yuan. */
  techIncomeYuan?: number | null;
}

/** The name of a fact, as in `Profile`, `missing` and questions. */
export type FactName = Exclude<keyof Profile, "asOf" | "birthDate">;

export interface EvaluateOptions {
  /** `YYYY-MM-DD`: the date used when the profile has no `asOf`. Default: today in the local clock. */
  today?: IsoDate;
  /**
   * Whether each reason carries its words (default `true`). With `false` the
   * report is brief: `reasons` is a list of bare states, in the order of the
   * tests of the measure's `condition` in `measures()`.
   */
  explain?: boolean;
}

export type Status = "eligible" | "conditional" | "ineligible" | "unknown";
export type Truth = "holds" | "fails" | "unknown";

/** One condition of a measure and whether it holds for the profile. */
export interface Reason extends Text {
  state: Truth;
}

export interface MeasureResult {
  /** `<jurisdiction>.<slug>`, e.g. `"chongqing.knowledge-value-loan"`. */
  id: string;
  status: Status;
  /** Exactly the unknown facts that could still change `status`; empty for a definitive status. */
  missing: FactName[];
  /**
   * Each condition of the measure, in catalogue order: with its words, or —
   * when evaluated with `{ explain: false }` — the bare states.
   */
  reasons: Reason[] | Truth[];
  /** For a benefit of at least a share of an amount, that minimum in yuan, once the amount is known. */
  minimumYuan?: number;
}

export interface Report {
  asOf: IsoDate;
  /** One result per measure, in catalogue order. */
  results: MeasureResult[];
}

export type Jurisdiction = "national" | "sichuan" | "chengdu" | "chongqing" | "guizhou";
export type Audience = "enterprise" | "talent" | "institution";
export type DocumentStatus = "inForce" | "draft";
export type BenefitKind =
  | "loan" | "award" | "subsidy" | "taxRelief" | "procurement" | "financing" | "insurance"
  | "voucher" | "listingSupport" | "projectSupport" | "staffReward" | "entrepreneurship"
  | "workPermit" | "visa" | "residence" | "permanentResidence";

export interface Benefit {
  kind: BenefitKind;
  text: Text;
  /** 最高 / 不超过 … 元: the cap in yuan. */
  maxYuan?: number;
  /** 不低于 …%: the minimum share of `shareOf` that goes to the beneficiary. */
  minSharePercent?: number;
  shareOf?: FactName;
  /** …年以内: the longest term in years. */
  maxYears?: number;
  /** 放宽至 … 岁: the relaxed age limit. */
  ageLimit?: number;
}

/** A source document, as its text identifies itself. */
export interface Document {
  /** The vendored text under `sources/`. */
  file: string;
  title: Text;
  issuer: Text;
  /** 文号, e.g. 国发〔2020〕7号. */
  number: string | null;
  /** Date of issue, `YYYY-MM-DD`, if the text gives one. */
  date: IsoDate | null;
  status: DocumentStatus;
  note: Text;
}

/** A condition tree: `all` / `any` / `not` over tests on facts. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { test: { facts: FactName[]; text: Text } };

/** One support measure of the catalogue. */
export interface Measure {
  id: string;
  jurisdiction: Jurisdiction;
  audience: Audience;
  title: Text;
  benefit: Benefit;
  document: Document;
  /** The clause number as the document writes it, e.g. （九）. */
  clause: string;
  /** The sentence the measure encodes, verbatim from the document. */
  quote: string;
  condition: Condition;
  /** What is still needed when the benefit is subject to an approval or a case-by-case decision. */
  approval?: Text;
  /** The departments the document makes responsible. */
  responsible?: Text;
  /** What the engine simplifies or reads into the text. */
  note?: Text;
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
}

/** A high-tech zone of the built-in directory. */
export interface Zone {
  id: ZoneId;
  name: Text;
  province: Exclude<Province, "other">;
  level: Exclude<ZoneLevel, "none">;
}
