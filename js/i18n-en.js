// Every word the widget itself shows in English, written by hand.
// The page's language is loaded first (tables.js); the Chinese table
// (i18n-zh-Hans.js) only when the user switches. Same keys in both tables:
// tests/browser/format.test.mjs holds them equal.
// The words needed before either table arrives (loading, the messages when
// the engine cannot load) are in format.js, in both languages.

/** 61st, 62nd, 63rd, 66th, 111th. */
const ordinal = (n) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/**
 * The summary line's parts, [group, words], in the order read; the line is their join.
 * `direct`: the claims are all an institution's own freedom (its group applies directly), not applications.
 */
const summaryParts = (n, d, direct = false) =>
  [
    [
      'eligible',
      n.eligible &&
        `${n.eligible} ${direct ? `that ${n.eligible === 1 ? 'applies' : 'apply'} directly` : 'you can claim'}${d.eligible ? ` (${d.eligible} of them from a draft for comments)` : ''}`,
    ],
    [
      'conditional',
      n.conditional &&
        `${n.conditional} that someone still decides${d.conditional ? ` (${d.conditional} of them from a draft for comments)` : ''}`,
    ],
    ['reach', n.reach && `${n.reach} within reach`],
    ['informational', n.informational && `${n.informational} for your information (not counted as claims)`],
    ['unknown', n.unknown && `${n.unknown} that ${n.unknown === 1 ? 'needs' : 'need'} more information`],
    ['ineligible', n.ineligible && `${n.ineligible} not applicable`],
  ].filter(([, words]) => words);

export default {
  title: 'High-tech zone policy check',
  intro: 'Answer a few questions to see which high-tech zone support measures apply to you, why, and where each one is written.',
  otherLang: '中文',
  otherLangCode: 'zh-Hans',
  viewCheck: 'Check which measures apply',
  viewCatalogue: 'Browse all measures',
  notice:
    'This tool gives guidance based on the policy texts; it is not an official determination. Whether you receive a measure is decided by the department named on its card. Measures “for your information” grant nothing to claim, and those marked “Draft for comments” are not in force. Everything is worked out in your browser: your answers are not sent anywhere or stored.',
  aboutYou: 'About you',
  audience: 'Who are you?',
  audiences: {
    enterprise: 'Enterprise',
    institution: 'Public institution (university, institute, S&T service body)',
    person: 'Individual (researcher, S&T staff, foreign talent…)',
  },
  talentPreset: 'Preset to “Yes” by the foreign-talent entry; you can change it.',
  topic: 'What are you looking for?',
  topics: {
    all: 'Everything',
    funding: 'Loans, awards and funding',
    tax: 'Tax relief',
    talent: 'Work permits, visas and residence',
    staffReward: 'Rewards from S&T service income',
  },
  location: 'Region and high-tech zone',
  locationHint: 'Each zone shows its level.',
  chongqingNote: ' Chongqing’s municipal zones count as provincial.',
  locationPreset: 'High-tech zone: ',
  notSure: 'Not sure',
  yes: 'Yes',
  no: 'No',
  zoneOption: (name, level) => `${name} (${level})`,
  levels: { national: 'national', provincial: 'provincial', municipal: 'municipal' },
  levelOpen: 'level asked below',
  zoneLevelHint:
    'This park belongs to the Chengdu demonstration zone; the directory does not give its level as a high-tech zone, so please answer below.',
  otherZone: (province, level) => `${province}: another ${level} zone`,
  elsewhereZone: (level) => `Another province: a ${level} zone`,
  notInZone: (province) => `${province}: not in a high-tech zone`,
  provinceOnly: (province) => `${province}: not sure which zone`,
  questions: 'Questions that can change the result',
  questionsHint:
    'Only questions that can still change a result, the most at stake first (claims and larger amounts first). Any can be answered “Not sure” and changed later.',
  chooseAudience: 'First choose whether you are an enterprise, a public institution or an individual.',
  noQuestions: 'No other question would change the results now.',
  numberHint: 'In yuan. “2000000”, “200万”, “1.5亿元” and “¥2,000,000” all work; leave blank if not sure.',
  ageHint: 'Your age in completed years (e.g. 64) or your birth date (e.g. 1962-05-01 or 1962/5/1); leave blank if not sure.',
  badNumber: 'Please enter an amount of 0 or more with at most two decimals, e.g. 2000000 or 200万.',
  badAge: 'Please enter a whole age from 0 to 150, or a birth date (e.g. 1962-05-01).',
  reads: (text) => `that is ${text}`,
  readsAge: (n) => `that is ${n} years`,
  readsBirth: (date) => `that is a birth date of ${date}`,
  problem: (p) =>
    ({
      unknown: p.understood
        ? `Read “${p.understood}”, but “${p.unknown}” is not understood.`
        : `“${p.unknown}” is not understood.`,
      negative: 'An amount cannot be negative.',
      commas: 'The commas are unclear: thousands separators go every three digits, e.g. 2,000,000; decimals take a point.',
      fen: 'At most two decimals (fen).',
      tooBig: 'The amount is too large.',
      ageRange: 'An age is between 0 and 150 years.',
      wholeYears: 'Please give whole years, e.g. 64.',
      notADate: 'There is no such day: please check the year, month and day.',
      dateOrder: 'Please put the year first, e.g. 1962-11-28.',
      dateForm: '',
      form: '',
    })[p.kind] ?? '',
  results: 'Results',
  asOf: (date) => `As of ${date} (Beijing time)`,
  asOfToday: (date) => `As of today (${date}, Beijing time)`,
  asOfApplication: (date) => `For an application submitted on ${date} (Beijing time)`,
  applicationDate: 'Application date (Beijing time)',
  applicationDateHint:
    'The day the work-permit, visa or residence application is submitted, as YYYY-MM-DD; today in Beijing if left as it is. Ages are counted on that day.',
  badDate: 'Please enter a real date, year first, e.g. 2026-03-01 or 2026/3/1.',
  groups: {
    eligible: 'What you can claim',
    conditional: 'Someone still decides',
    informational: 'For your information',
    unknown: 'More information needed',
    reach: 'Within reach',
    ineligible: 'Not applicable',
  },
  direct: 'Applies to you directly',
  directHint: 'Every condition is met: the document lets the institution do this itself, with nothing to apply for.',
  showAll: (n) => `Show these ${n} measures and the conditions they miss`,
  resultsAtAGlance: 'Results at a glance',
  barCount: (label, n) => `${label}: ${n}`,
  groupHints: {
    eligible: 'Every condition is met and the document grants this itself (you still apply through the usual procedure).',
    conditional:
      'Every condition is met, but someone else still decides: an approval, a selection, a bank’s credit decision… Each card names who.',
    informational:
      'A policy direction grants nothing to claim; a restated national rule is decided by its own conditions and, where it applies to you, claimed as it provides.',
    unknown: 'No condition fails, but some information is missing.',
    reach: 'Only what you can change by acting is missing.',
    ineligible: 'At least one condition is not met.',
  },
  none: 'None yet.',
  counted: (label, n, drafts) => `${label} (${n}${drafts ? `, ${drafts} of them from a draft for comments` : ''})`,
  summaryParts,
  /** What comes between the summary's parts, and after the last. */
  summarySeparator: '; ',
  summaryEnd: '.',
  summary: (n, d, direct) =>
    summaryParts(n, d, direct)
      .map(([, words]) => words)
      .join('; ') + '.',
  state: { holds: 'met', fails: 'not met', unknown: 'unknown' },
  conditions: 'Conditions',
  stillNeeds: 'Who decides: ',
  nationalRule: 'The national rule that decides: ',
  ruleApplies: (tax) =>
    `The national rule applies to you on its own terms; claim it as it provides${tax ? ' (e.g. by your own tax declaration)' : ''}. Not counted among claims.`,
  administeredBy: 'Administered by: ',
  contact: 'Contact: ',
  responsibleList: 'Units the document makes responsible',
  reachesOnly: 'This relaxation reaches only: ',
  generalRule: 'The general rule: ',
  routeNote: 'About this route: ',
  measureNote: 'About this measure: ',
  routeNotes: 'Work permits and visas: the general rules',
  notNeeded: 'not needed',
  conditionsAway: (n) => (n === 1 ? 'One condition away' : `${n} conditions away`),
  onlyOne: 'Only one thing missing: ',
  stillMissing: 'Still missing: ',
  elsewhere: (n) => `Other places’ documents grant this too (${n})`,
  directionNote: 'A policy direction: it names nothing concrete you can apply for.',
  natures: {
    entitlement: 'Granted when the conditions are met',
    discretionary: 'Someone else decides',
    direction: 'Policy direction (nothing to claim)',
    restated: 'Restates a nationwide rule (nothing extra from the zone)',
  },
  natureLabel: 'Kind: ',
  applyBefore: (date, age) => `Apply before ${date} (your ${ordinal(age)} birthday).`,
  applyBeforeOther: (date) => `Apply before ${date}: the result changes from that day.`,
  settleWith: 'Answering these would settle it:',
  answer: 'Answer',
  nearMiss: 'Only one condition is not met: ',
  nearMissTail: 'If that changed, this measure could apply.',
  encouragedShare: (amount, percent) =>
    `The share the text encourages: at least ${percent}%, that is about ${amount}. This is a suggested floor for what the institution may award, not a sum owed to anyone.`,
  upTo: (amount) => `up to ${amount}`,
  atLeastShare: (percent, of) => `encouraged: at least ${percent}% of the ${of}`,
  upToYears: (years) => `up to ${years} years`,
  ageLimit: (age) => `age limit raised to ${age}`,
  ageMoot: (age, usual, limit) =>
    `You are ${age}, within the usual work-permit age limit (${usual}): raising it to ${limit} changes nothing for you. The ordinary rules apply; the foreigners' work administration decides.`,
  shareOf: { techIncomeYuan: 'S&T income', revenueYuan: 'operating revenue' },
  shareOfFallback: 'amount',
  draft: 'Draft for comments',
  draftHint: 'This document is still a draft for comments; the final text may differ.',
  source: 'Source',
  sourceLine: (s) => `${s.title}${s.number ? ` (${s.number})` : ''}, ${s.issuer}${s.date ? `, ${s.date}` : ''}, item ${s.clause}`,
  quote: 'Original text (Chinese)',
  guidance: 'Guidance only; the responsible department decides.',
  share: 'Make a share link',
  shareLabel: 'Share link (contains your answers; copy it)',
  shareCopied: 'The link has been copied to the clipboard.',
  shareReady: 'The link is ready to copy.',
  shareNote: 'Your answers live only after the “#” of the link, which browsers never send to a server.',
  linkDropped: (count, items) =>
    `The share link held ${count === 1 ? 'one value' : `${count} values`} this page cannot use; left out: ${items.join('; ')}. The other answers were restored: please check them.`,
  linkUnknown: (count) => (count === 1 ? 'one unrecognised item' : `${count} unrecognised items`),
  linkTooLong: 'The share link is too long; its answers were not read.',
  print: 'Print results',
  catalogue: 'Catalogue of measures',
  catalogueIntro: 'Browse every measure by issuing jurisdiction and audience, with its source.',
  filterJurisdiction: 'Jurisdiction',
  filterAudience: 'Audience',
  all: 'All',
  givenBy: (name, n) => `${n} documents grant this; the answer above is the ${name} document’s.`,
  grantedBy: 'Documents that grant this benefit',
  titleOf: (title, name) => `${title} (${name})`,
  jurisdictions: {
    national: 'National',
    sichuan: 'Sichuan',
    chengdu: 'Chengdu (demonstration zone)',
    chongqing: 'Chongqing',
    guizhou: 'Guizhou',
  },
  forWhom: 'For: ',
  listSeparator: '; ',
  reach: 'Open to: ',
  targetsTo: (year) => `This document's targets were set to ${year}.`,
  forOthers: 'Not for you on your answers: what is still open concerns other parties only.',
  who: 'Who qualifies:',
  all_of: 'All of:',
  any_of: 'Any one of:',
  not_: 'None of:',
  count: (n, drafts) => `${n} measures${drafts ? `, ${drafts} of them from a draft for comments` : ''}`,
  error: 'Could not check: ',
  nothingAppliesLink: 'Nothing here applies: read why',
  misconfigured:
    'The policy check on this page is set up wrongly and cannot give results for now. Please use the page’s other channels (its phone line or service window) to ask.',
  measureId: 'Id (for portals): ',
  documentNote: (title, number, note) => `About “${title}”${number ? ` (${number})` : ''}: ${note}`,
  /** Only 不适用 left: what the documents held here do not cover, and who usually handles it (no rule invented). */
  nothingApplies: ({ documents, place, topic }) =>
    `None of the ${documents} policy documents this tool holds has a measure${topic ? ` on “${topic}”` : ''} that applies to you${place ? ` in ${place}` : ''} (those listed below do not apply). That does not mean there is none: such matters are usually handled by the provincial or municipal science and technology department (科技厅 or 科技局) or by the body you report to (主管部门); please ask them.`,
  /** Who can answer a question the user may not know himself, by fact (the measure's own text cited). */
  factHints: {
    highEndTalent:
      'Not sure? Ask your employer: it decides whether to put you forward as overseas high-end talent; whether you count as one is decided by the approving science and technology department (foreigners’ work administration) of a city-level or higher government (the text: “经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准”, approved by that department).',
    aboveDesignatedSize:
      'Not sure? Ask your finance or statistics staff whether the firm reports to the statistics bureau as an above-designated-size (规模以上) enterprise.',
  },
  /** An answer button's name for screen readers: the verb, then the question. */
  answerQuestion: (q) => `Answer: ${q}`,
  /** The widget's footer and print: the program's version, and the catalogue's when the engine says it. */
  about: (pkg, catalogue, date) =>
    `Software version ${pkg}${catalogue ? `; catalogue of measures version ${catalogue} (${date})` : ''}`,
};
