// Every word the widget itself shows in Simplified Chinese, written by hand.
// The page's language is loaded first (tables.js); the English table
// (i18n-en.js) only when the user switches. Same keys in both tables:
// tests/browser/format.test.mjs holds them equal.
// The words needed before either table arrives (loading, the messages when
// the engine cannot load) are in format.js, in both languages.

/**
 * The summary line's parts, [group, words], in the order read; the line is their join.
 * `direct`: the claims are all an institution's own freedom (its group is 可以直接适用), not applications.
 */
const summaryParts = (n, d, direct = false) =>
  [
    [
      'eligible',
      n.eligible &&
        `${direct ? '可以直接适用' : '可以申请'} ${n.eligible} 项${d.eligible ? `（其中${d.eligible}项来自征求意见稿）` : ''}`,
    ],
    [
      'conditional',
      n.conditional && `尚需他人决定 ${n.conditional} 项${d.conditional ? `（其中${d.conditional}项来自征求意见稿）` : ''}`,
    ],
    ['reach', n.reach && `还可以争取 ${n.reach} 项`],
    ['informational', n.informational && `供参考 ${n.informational} 项（不计入可以申请）`],
    ['unknown', n.unknown && `还需要更多信息 ${n.unknown} 项`],
    ['ineligible', n.ineligible && `不适用 ${n.ineligible} 项`],
  ].filter(([, words]) => words);

export default {
  title: '高新区政策匹配',
  intro: '回答几个问题，即可看到哪些高新区支持政策适用于您、为什么适用，以及出自哪份文件的哪一条。',
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
  directHint: '全部条件均已满足：文件允许本单位自行这样做，无需向其他部门申请。',
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
  summaryParts,
  /** What comes between the summary's parts, and after the last. */
  summarySeparator: '；',
  summaryEnd: '。',
  summary: (n, d, direct) =>
    summaryParts(n, d, direct)
      .map(([, words]) => words)
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
  routeNote: '说明：',
  measureNote: '说明：',
  routeNotes: '工作许可和签证：一般规定',
  notNeeded: '无需回答',
  conditionsAway: (n) => (n === 1 ? '差一项条件' : `差 ${n} 项条件`),
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
  ageMoot: (age, usual, limit) =>
    `您${age}周岁，在工作许可一般的年龄上限（${usual}周岁）以内：放宽至${limit}周岁对您不起作用，按一般规定申请工作许可即可，由外国人来华工作管理部门审批。`,
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
  nothingAppliesLink: '没有适用的措施：请看说明',
  misconfigured: '本页的政策匹配工具设置有误，暂时不能给出结果。请通过本页的其他渠道（咨询电话或服务窗口）咨询办理。',
  measureId: '编号（供网站接入使用）：',
  documentNote: (title, number, note) => `关于《${title}》${number ? `（${number}）` : ''}：${note}`,
  /** Only 不适用 left: what the documents held here do not cover, and who usually handles it (no rule invented). */
  nothingApplies: ({ documents, place, topic }) =>
    `本工具收录的 ${documents} 份政策文件里，没有${place ? `在${place}` : ''}适用于您的${topic ? `“${topic}”方面的` : ''}措施（下面列出的都不适用）。这不等于没有相关政策：这类事项通常由省（市）科技厅（局）或您的主管部门负责，请向他们咨询。`,
  /** Who can answer a question the user may not know himself, by fact (the measure's own text cited). */
  factHints: {
    highEndTalent:
      '不确定时请问用人单位：由它决定是否以境外高端人才身份为您申请；是否属于境外高端人才，由审批部门认定（原文：“经市级以上人民政府科技行政部门（外国人来华工作管理部门）批准”）。',
    aboveDesignatedSize: '不确定时请问本企业财务或统计人员：企业是否作为规模以上企业向统计部门报送统计报表。',
  },
  /** An answer button's name for screen readers: the verb, then the question. */
  answerQuestion: (q) => `回答：${q}`,
  /** The widget's footer and print: the program's version, and the catalogue's when the engine says it. */
  about: (pkg, catalogue, date) => `程序版本 ${pkg}${catalogue ? `；政策目录版本 ${catalogue}（${date}）` : ''}`,
};
