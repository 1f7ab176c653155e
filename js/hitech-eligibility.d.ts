// Declarations of the <hitech-eligibility> element (hitech-eligibility.js):
// its reflected properties, its events, and the tag's place in the DOM's maps,
// so that `document.querySelector('hitech-eligibility')` is typed.
import type { Profile, Province, Report, ZoneId } from './index.js';

/** Who a measure is for (SPEC §1a): enterprises, public institutions, individuals (Chinese or foreign). */
export type Audience = 'enterprise' | 'institution' | 'person';
/** What the `audience` attribute may say: an audience, or `talent`, the foreign-talent entry (`person`, foreign national preset). */
export type AudienceEntry = Audience | 'talent';
/** What the user is looking for: the `topic` of a measure in `measures()`. */
export type Topic = 'funding' | 'tax' | 'talent' | 'staffReward';

/**
 * The interface language: `zh-Hans` (the default) or `en`; any `en-…` tag is
 * English and any `zh-…` tag Simplified Chinese.
 */
export type Lang = 'zh-Hans' | 'zh' | 'en' | `en-${string}` | `zh-${string}`;

/**
 * The element's attributes, as a page or a framework writes them
 * (`react.d.ts` types JSX with these; `vue.d.ts` types Vue templates with
 * their camelCase properties, `HitechEligibilityProps`). Every value a
 * union names is checked: a misspelt `zone` or `audience` does not compile.
 */
export interface HitechEligibilityAttributes {
  lang?: Lang;
  audience?: AudienceEntry | '';
  topic?: Topic | '';
  province?: Province | '';
  zone?: ZoneId | '';
  /** Jurisdictions separated by spaces, e.g. 'national guizhou'. */
  measures?: string;
  /** `YYYY-MM-DD`. */
  'as-of'?: string;
  'share-base'?: string;
  'no-header'?: boolean | '';
  /** JSON; see WIDGET.md. */
  contacts?: string;
}

/** The element's properties, with its events as `on…` handlers, as a Vue template binds them. */
export interface HitechEligibilityProps {
  lang?: Lang;
  audience?: AudienceEntry | '';
  topic?: Topic | '';
  province?: Province | '';
  zone?: ZoneId | '';
  measures?: string;
  asOf?: string;
  shareBase?: string;
  noHeader?: boolean | '';
  contacts?: string | PortalContacts;
  onHitechEligibilityChange?: (event: CustomEvent<HitechEligibilityChangeDetail>) => void;
  onHitechEligibilityReady?: (event: CustomEvent<null>) => void;
  onHitechEligibilityError?: (event: CustomEvent<HitechEligibilityErrorDetail>) => void;
}

/** The detail of `hitech-eligibility-change`, dispatched after every answer and on start. */
export interface HitechEligibilityChangeDetail {
  /** The facts exactly as given to `evaluate()`. */
  profile: Profile;
  /** `evaluate(profile, { explain: false })`: each reason is its state. */
  report: Report;
  /** The audience chosen or preset; '' before one is chosen. */
  audience: Audience | '';
}

/** The detail of `hitech-eligibility-error`: why the engine did not load (js/WIDGET.md, Events). */
export interface HitechEligibilityErrorDetail {
  reason: 'network' | 'mime' | 'csp' | 'compile' | 'timeout' | 'unsupported';
}

/** The detail of `hitech-eligibility-usage`: sent once the results settle, never the profile (js/WIDGET.md, Events). */
export interface HitechEligibilityUsageDetail {
  audience: Audience;
  /** The topic looked for; '' for everything. */
  topic: Topic | '';
  /** How many cards each results group holds. */
  counts: Record<'eligible' | 'conditional' | 'informational' | 'unknown' | 'reach' | 'ineligible', number>;
}

export class HitechEligibility extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  /** The events it dispatches (js/WIDGET.md, Events). */
  static readonly events: readonly string[];
  /** Its parts, for `::part()` (js/WIDGET.md, Theming). */
  static readonly parts: readonly string[];
  /** The current profile, exactly as it is given to the engine. */
  readonly profile: Profile;
  /** Reflects `audience`: '' lets the user choose. */
  audience: AudienceEntry | '';
  /** Reflects `topic`: '' lets the user choose. */
  topic: Topic | '';
  /** Reflects `province`: a provincial portal ('sichuan', 'chongqing', 'guizhou', 'other'). */
  province: Province | '';
  /** Reflects `zone`: a zone id from `zones()`; the location is then fixed. */
  zone: ZoneId | '';
  /** Reflects `measures`: jurisdictions separated by spaces, e.g. 'national guizhou'. */
  measures: string;
  /** Reflects `as-of`: `YYYY-MM-DD`, the date to evaluate for. */
  asOf: string;
  /** Reflects `share-base`: the page a share link opens. */
  shareBase: string;
  /** Reflects the boolean `no-header`. */
  noHeader: boolean;
  /** Reflects `contacts` (JSON); an object given is kept as its JSON. See WIDGET.md. */
  get contacts(): string;
  set contacts(value: string | PortalContacts | null);
}

/** A portal's service window for a measure or a jurisdiction (all text; `url` http(s) only). */
export interface PortalContact {
  label?: string;
  phone?: string;
  url?: string;
  address?: string;
}
/** The `contacts` map: keyed by measure id or jurisdiction; a measure's own wins. */
export type PortalContacts = Record<string, PortalContact>;

declare global {
  interface HTMLElementTagNameMap {
    'hitech-eligibility': HitechEligibility;
  }
  interface HTMLElementEventMap {
    'hitech-eligibility-change': CustomEvent<HitechEligibilityChangeDetail>;
    'hitech-eligibility-ready': CustomEvent<null>;
    'hitech-eligibility-error': CustomEvent<HitechEligibilityErrorDetail>;
    'hitech-eligibility-usage': CustomEvent<HitechEligibilityUsageDetail>;
  }
  // It bubbles and is composed: a listener on the document sees it too.
  interface DocumentEventMap {
    'hitech-eligibility-change': CustomEvent<HitechEligibilityChangeDetail>;
    'hitech-eligibility-ready': CustomEvent<null>;
    'hitech-eligibility-error': CustomEvent<HitechEligibilityErrorDetail>;
    'hitech-eligibility-usage': CustomEvent<HitechEligibilityUsageDetail>;
  }
}
