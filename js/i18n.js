// Every word the widget itself shows, written by hand in Simplified Chinese
// and in English, and the formatters for amounts, numbers and dates.
//
// The measures, questions and conditions bring their own words from the
// catalogue (the wasm package); this file holds only the interface. It has no
// DOM dependency, so Node can test the formatters directly.

/** 61st, 62nd, 63rd, 66th, 111th. */
const ordinal = (n) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** The two interface languages; anything that is not English is Chinese. */
export const pickLang = (value) => (/^en\b/i.test(value || '') ? 'en' : 'zh-Hans');

export const STRINGS = {
  'zh-Hans': {
    title: '高新区政策匹配',
    intro: '回答几个问题，即可看到哪些高新区支持政策适用于您、为什么适用，以及出自哪份文件的哪一条。',
    loading: '正在加载政策目录……',
    loadFailed: '政策匹配工具加载失败：本页面配置有误，请联系网站管理员。',
    unsupported:
      '此浏览器无法运行政策匹配工具：需要支持 WebAssembly 的浏览器（iOS/Safari 15、Chrome 及国产浏览器内核 86、Firefox 91 或更新版本）。请更新或更换浏览器后重试。',
    otherLang: 'English',
    otherLangCode: 'en',
    viewCheck: '检查适用政策',
    viewCatalogue: '浏览政策目录',
    notice:
      '本工具依据政策原文给出参考意见，不构成官方认定。能否享受某项政策，以各卡片所列责任部门的审核决定为准。“供参考”的条文本身不给予可以申请的待遇；标有“征求意见稿”的条文尚未生效。所有计算都在您的浏览器中完成，不会上传或保存您的回答。',
    aboutYou: '基本情况',
    audience: '您是？',
    audiences: {
      enterprise: '企业',
      institution: '事业单位（高校、科研院所、科技服务机构）',
      person: '个人（科研人员、科技人员、外籍人才等）',
    },
    talentPreset: '外籍人才入口已预设为“是”，可以修改。',
    topic: '您想了解哪方面的政策？',
    topics: {
      all: '全部',
      funding: '贷款、奖补与资金支持',
      tax: '税收优惠',
      talent: '工作许可、签证与居留',
      staffReward: '科技服务收入奖励',
    },
    location: '所在地区和高新区',
    locationHint: '高新区名称后注明级别。',
    chongqingNote: '重庆的市级高新区按省级计算。',
    locationPreset: '所在高新区：',
    notSure: '不确定',
    yes: '是',
    no: '否',
    zoneOption: (name, level) => `${name}（${level}）`,
    levels: { national: '国家级', provincial: '省级', municipal: '市级' },
    levelOpen: '级别需另行回答',
    zoneLevelHint: '所选园区属于成都国家自主创新示范区，其高新区级别不由园区目录确定，请在下面回答。',
    otherZone: (province, level) => `${province}其他${level}高新区`,
    elsewhereZone: (level) => `其他省份的${level}高新区`,
    notInZone: (province) => `${province}，不在高新区`,
    provinceOnly: (province) => `${province}，不确定所在高新区`,
    questions: '可能改变结果的问题',
    questionsHint: '只列出仍可能改变结果的问题，待遇大的先问。都可以选“不确定”，随时可改。',
    chooseAudience: '请先选择您是企业、事业单位还是个人。',
    noQuestions: '目前没有其他会改变结果的问题。',
    numberHint: '单位：元。可以写“200万”“1.5亿元”或“￥2,000,000”；不确定可留空。',
    ageHint: '填写周岁年龄（如 64 或 64岁）或出生日期（如 1962-05-01 或 1962年5月1日）；不确定可留空。',
    badNumber: '请填写一个不小于 0 的金额，最多两位小数，例如 2000000 或 200万。',
    badAge: '请填写 0 到 150 之间的整数年龄，或出生日期（如 1962-05-01）。',
    reads: (text) => `即 ${text}`,
    readsAge: (n) => `即 ${n} 周岁`,
    readsBirth: (date) => `即出生日期 ${date}`,
    /** What was wrong with a typed answer, before the general hint (parse.js's problems). */
    problem: (p) =>
      ({
        unknown: p.understood ? `读到“${p.understood}”，但无法识别“${p.unknown}”。` : `无法识别“${p.unknown}”。`,
        negative: '金额不能为负数。',
        commas: '逗号的位置不清楚：千位分隔符应每三位一个，例如 2,000,000；小数请用小数点。',
        fen: '金额最多两位小数（到分）。',
        tooBig: '金额过大。',
        ageRange: '年龄应在 0 到 150 周岁之间。',
        wholeYears: '请填写整数周岁，例如 64。',
        notADate: '没有这一天，请核对年、月、日。',
        dateOrder: '请把年份写在前面，例如 1962-11-28 或 1962年11月28日。',
        dateForm: '',
        form: '',
      })[p.kind] ?? '',
    results: '结果',
    asOf: (date) => `按 ${date}（北京时间）的情况判断`,
    asOfToday: (date) => `按今天（北京时间 ${date}）的情况判断`,
    asOfApplication: (date) => `按申请日期 ${date}（北京时间）判断`,
    applicationDate: '申请日期（北京时间）',
    applicationDateHint: '提交工作许可、签证或居留申请的日期，格式 YYYY-MM-DD；默认为今天（北京时间）。年龄按这一天的周岁计算。',
    badDate: '请填写一个真实的日期，年份在前，例如 2026-03-01 或 2026年3月1日。',
    groups: {
      eligible: '可以申请',
      conditional: '尚需他人决定',
      informational: '供参考',
      unknown: '还需要更多信息',
      reach: '还可以争取',
      ineligible: '不适用',
    },
    direct: '可以直接适用',
    showAll: (n) => `显示这 ${n} 项政策及其不满足的条件`,
    resultsAtAGlance: '结果一览',
    /**
     * One count of the summary line: its group and the number. The drafts
     * among them are counted in each group's heading, one tap away; on a
     * phone the line stays two rows high, clear of the next question.
     */
    barCount: (label, n) => `${label} ${n}`,
    groupHints: {
      eligible: '全部条件均已满足，文件直接给予这项待遇（仍须按规定办理申报手续）。',
      conditional: '条件均已满足，但是否给予还要由他人决定：审批、遴选、银行信贷审查等。每张卡片写明由谁决定。',
      informational: '政策方向不给予可以申请的待遇；重申的全国性规定由其自身条件决定，适用于您的，按其规定办理。',
      unknown: '没有不满足的条件，但还缺少信息。',
      reach: '只差您可以通过行动改变的条件。',
      ineligible: '至少有一项条件不满足。',
    },
    none: '暂无。',
    /** A group's heading: its count, and apart from it how many of those come from a draft. */
    counted: (label, n, drafts) => `${label}（${n} 项${drafts ? `，其中${drafts}项来自征求意见稿` : ''}）`,
    /** One sentence per group, each counted on its own: claims and non-claims are never added together. */
    /** What is worth acting on first; a zero is left out. */
    summary: (n, d) =>
      [
        n.eligible && `可以申请 ${n.eligible} 项${d.eligible ? `（其中${d.eligible}项来自征求意见稿）` : ''}`,
        n.conditional && `尚需他人决定 ${n.conditional} 项${d.conditional ? `（其中${d.conditional}项来自征求意见稿）` : ''}`,
        n.reach && `还可以争取 ${n.reach} 项`,
        n.informational && `供参考 ${n.informational} 项（不计入可以申请）`,
        n.unknown && `还需要更多信息 ${n.unknown} 项`,
        n.ineligible && `不适用 ${n.ineligible} 项`,
      ]
        .filter(Boolean)
        .join('；') + '。',
    state: { holds: '满足', fails: '不满足', unknown: '未知' },
    conditions: '条件',
    stillNeeds: '由谁决定：',
    nationalRule: '依据的全国性规定：',
    ruleApplies: (tax) => `国家规定本身适用于您，按其规定办理${tax ? '（例如企业自行判别、申报享受）' : ''}，不计入“可以申请”。`,
    administeredBy: '办理部门：',
    contact: '咨询办理：',
    responsibleList: '文件所列责任单位',
    reachesOnly: '这项放宽只适用于：',
    generalRule: '一般规定：',
    notNeeded: '无需回答',
    onlyOne: '只差一项：',
    stillMissing: '还差：',
    elsewhere: (n) => `其他地方的文件也有这项规定（${n} 份）`,
    directionNote: '这是政策方向，没有写明可以申请的具体待遇。',
    natures: {
      entitlement: '条件满足即可享受',
      discretionary: '须由他人决定',
      direction: '政策方向（不是可申请的待遇）',
      restated: '重申全国性规定（不是高新区另给的待遇）',
    },
    natureLabel: '性质：',
    applyBefore: (date, age) => `请在${date}（${age}周岁生日）之前提交申请。`,
    applyBeforeOther: (date) => `请在${date}之前提交申请：此后结果会改变。`,
    settleWith: '回答以下问题即可确定：',
    answer: '去回答',
    nearMiss: '只差一项条件：',
    nearMissTail: '如果这一项成立，本政策就可能适用。',
    encouragedShare: (amount, percent) =>
      `原文鼓励的比例：不低于${percent}%，即约${amount}；这是单位可以奖励的下限建议，不是应付给任何人的金额。`,
    upTo: (amount) => `最高${amount}`,
    atLeastShare: (percent, of) => `原文鼓励：不低于${of}的${percent}%`,
    upToYears: (years) => `最长${years}年`,
    ageLimit: (age) => `年龄放宽至${age}周岁`,
    shareOf: { techIncomeYuan: '科技收入', revenueYuan: '营业收入' },
    shareOfFallback: '相应金额',
    draft: '征求意见稿',
    draftHint: '本文件尚为征求意见稿，正式文件可能不同。',
    source: '出处',
    // These documents number their items （一）（二）…: "第（五）项", not "第（五）条".
    sourceLine: (s) =>
      `《${s.title}》${s.number ? `（${s.number}）` : ''}，${s.issuer}${s.date ? `，${s.date}` : ''}，第${s.clause}${s.clause.startsWith('（') ? '项' : '条'}`,
    quote: '原文',
    guidance: '仅供参考，以负责部门的决定为准。',
    share: '生成分享链接',
    shareLabel: '分享链接（包含您的回答，可复制）',
    shareCopied: '链接已复制到剪贴板。',
    shareReady: '链接已生成，可复制后发送。',
    shareNote: '回答只保存在链接的“#”之后，打开链接时不会发送到服务器。',
    linkDropped: (count, items) =>
      `分享链接中有 ${count} 项内容本页无法使用，已略去：${items.join('；')}。其余回答已恢复，请核对。`,
    linkUnknown: (count) => `${count} 项无法识别的内容`,
    linkTooLong: '分享链接过长，其中的回答未被读取。',
    print: '打印结果',
    catalogue: '政策目录',
    catalogueIntro: '按发文地区和对象浏览全部政策及其出处。',
    filterJurisdiction: '发文地区',
    filterAudience: '对象',
    all: '全部',
    /** A benefit group's card: which document gives the status shown, and how many grant the benefit. */
    givenBy: (name, n) => `这项待遇由${n}份文件规定，上面的结论按${name}文件。`,
    grantedBy: '规定这项待遇的文件',
    titleOf: (title, name) => `${title}（${name}）`,
    jurisdictions: {
      national: '国家',
      sichuan: '四川省',
      chengdu: '成都（示范区文件）',
      chongqing: '重庆市',
      guizhou: '贵州省',
    },
    forWhom: '适用对象：',
    listSeparator: '；',
    reach: '适用范围：',
    targetsTo: (year) => `本文件的目标年份为${year}年。`,
    forOthers: '按您的回答不适用于您：尚未确定的条件只涉及其他对象。',
    who: '谁可以享受：',
    all_of: '同时满足：',
    any_of: '满足其一：',
    not_: '不属于：',
    count: (n, drafts) => `共 ${n} 项政策条款${drafts ? `，其中 ${drafts} 项来自征求意见稿` : ''}`,
    error: '无法计算：',
  },
  en: {
    title: 'High-tech zone policy check',
    intro:
      'Answer a few questions to see which high-tech zone support measures apply to you, why, and where each one is written.',
    loading: 'Loading the catalogue of measures…',
    loadFailed: "This page is misconfigured: please contact the site's administrator.",
    unsupported:
      'This browser cannot run the eligibility check: it needs a browser with WebAssembly (Safari/iOS 15, Chromium 86, Firefox 91 or later). Please update or switch browsers and try again.',
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
    summary: (n, d) =>
      [
        n.eligible && `${n.eligible} you can claim${d.eligible ? ` (${d.eligible} of them from a draft for comments)` : ''}`,
        n.conditional &&
          `${n.conditional} that someone still decides${d.conditional ? ` (${d.conditional} of them from a draft for comments)` : ''}`,
        n.reach && `${n.reach} within reach`,
        n.informational && `${n.informational} for your information (not counted as claims)`,
        n.unknown && `${n.unknown} that ${n.unknown === 1 ? 'needs' : 'need'} more information`,
        n.ineligible && `${n.ineligible} not applicable`,
      ]
        .filter(Boolean)
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
    notNeeded: 'not needed',
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
    shareOf: { techIncomeYuan: 'S&T income', revenueYuan: 'operating revenue' },
    shareOfFallback: 'amount',
    draft: 'Draft for comments',
    draftHint: 'This document is still a draft for comments; the final text may differ.',
    source: 'Source',
    sourceLine: (s) =>
      `${s.title}${s.number ? ` (${s.number})` : ''}, ${s.issuer}${s.date ? `, ${s.date}` : ''}, item ${s.clause}`,
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
  },
};

// Whole amounts are written out here: in a fresh page the first
// Intl.NumberFormat loads ICU's number data, ~17 ms of the first answer in a
// CPU profile. Both languages group by thousands with "," (12,345). Amounts
// with fen keep Intl's rounding, with each formatter built once.
const FORMATS = new Map();
const numberFormat = (lang) => {
  let format = FORMATS.get(lang);
  if (!format) FORMATS.set(lang, (format = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return format;
};
/** Up to 4 decimals, no grouping: 1.5, 1000, 1.2345. */
const plain = (value) => String(Math.round(value * 1e4) / 1e4);
const grouped = (value, lang) =>
  Number.isSafeInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : numberFormat(lang).format(value);
// Use a large unit only when it stays short: 1.5亿, 150万, 1.5 million, but
// 12,345元 rather than 1.2345万元.
const fits = (yuan, unit, step) => yuan >= unit && Number.isInteger(yuan / step);

/**
 * An amount of yuan written the way people read it: 10,000,000 is "1000万元"
 * in Chinese (so 最高1000万元) and "10 million yuan" in English.
 */
export function formatYuan(yuan, lang) {
  if (lang === 'en') {
    if (fits(yuan, 1e9, 1e6)) return `${plain(yuan / 1e9)} billion yuan`;
    if (fits(yuan, 1e6, 1e3)) return `${plain(yuan / 1e6)} million yuan`;
    return `${grouped(yuan, 'en')} yuan`;
  }
  if (fits(yuan, 1e8, 1e4)) return `${plain(yuan / 1e8)}亿元`;
  if (fits(yuan, 1e4, 100)) return `${plain(yuan / 1e4)}万元`;
  return `${grouped(yuan, 'zh-Hans')}元`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A `YYYY-MM-DD` date in the language's long form (2020年7月13日; 13 July
 * 2020), as Intl.DateTimeFormat's `dateStyle: 'long'` writes it for zh-Hans
 * and en-GB. Written out here: the first DateTimeFormat of a fresh page took
 * ~20 ms of its start-up, for two fixed patterns.
 */
export function formatDate(iso, lang) {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** Today's date in Beijing (UTC+8, no daylight saving), whatever the browser's time zone. */
export const beijingToday = (now = Date.now()) => new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
