// Questions that no document held here answers for the user's place, each
// with the one measure elsewhere that speaks of it (second trial, 2026-12-06:
// a Chongqing institution asking about 离岗创业, a foreign employee asking
// about his family): said so, with that measure's own words (the source's
// sentence, once details.json is in) and note (whom they name), never as a
// rule of the user's place. Loaded in idle time, its words with it: a first
// answer needs none of it. Also the hint of a question a user may not know
// how to answer (a hospital: is it a 事业单位服务机构?), filled in when it
// comes (FormView.fillHints).
import { h } from './dom.js';

const WORDS = {
  'zh-Hans': {
    leave: '离岗创业：',
    family: '家属随行：',
    onlyIn: (place, doc, draft) => `本工具收录的文件中只有${place}的《${doc}》${draft ? `（${draft}）` : ''}说到此事：`,
    techSme: '科技型中小企业：',
    /** A Guizhou provincial zone (黔科领发〔2021〕1号 （五）: an aim, no measure); then the national zones' one measure. */
    noTechSme: (place, doc, title, id, national) =>
      `本工具收录的文件中没有专门给${place}省级高新区内科技型中小企业的措施（《${doc}》第（五）条只把培育它们列为目标）。国家高新区有《${national}》的“${title}”（${id}）：`,
    reward: '单位给您的科技服务收入奖励：',
    /** A person in Chongqing asking about the staff reward, which his institution gives (draft, clause (十一)). */
    byUnit: (doc, draft, clause) =>
      `这由您所在的事业单位决定，不是个人向政府部门申请的待遇。本工具收录的文件中只有《${doc}》${draft ? `（${draft}）` : ''}第${clause}项说到此事：`,
    byUnitAfter:
      '本目录的解读：只适用于重庆市或区县管理的事业单位，中央在渝单位（部属高校、中国科学院所属院所等）不适用。单位是否这样奖励，请问本单位。',
    hints: {
      // Third trial: a Hong Kong scientist joining a Chongqing institute; no document held here names 港澳台.
      foreignNational:
        '港澳台居民：本工具收录的文件没有专门写到你们，其中的工作许可、签证和居留措施按本目录的解读只给外国国籍的人。持中国国籍的请选“否”，来内地工作、居住的手续请问用人单位。',
      publicInstitutionServiceOrg:
        '原文（重庆市征求意见稿第（十一）条）只说“事业单位服务机构”，未列出哪些单位属于，未提医院或高校，也未指定认定部门。不确定请选“不确定”，并问本单位主管部门。',
    },
  },
  en: {
    leave: 'Leaving a post to start a business: ',
    family: 'Family: ',
    onlyIn: (place, doc, draft) =>
      `of the documents this tool holds, only ${place}’s “${doc}”${draft ? ` (${draft})` : ''} speaks of it: `,
    techSme: 'Technology-based SMEs: ',
    noTechSme: (place, doc, title, id, national) =>
      `no document held here has a measure meant for them in a provincial zone in ${place} (clause (五) of “${doc}” makes them only an aim). In national zones, “${national}” has “${title}” (${id}): `,
    reward: 'Rewards from your institution for S&T service income: ',
    byUnit: (doc, draft, clause) =>
      `your institution decides this; it is not something a person applies to a government department for. Of the documents this tool holds, only “${doc}”${draft ? ` (${draft})` : ''} speaks of it, in clause ${clause}: `,
    byUnitAfter:
      ' This catalogue reads it as covering only institutions run by Chongqing or its districts, not central-government ones in Chongqing (ministry-run universities, institutes of the Chinese Academy of Sciences…). Ask your institution whether it rewards its staff this way.',
    hints: {
      foreignNational:
        'Residents of Hong Kong, Macao or Taiwan: no document this tool holds speaks of you, and this catalogue reads the work-permit, visa and residence measures of those documents as for foreign nationals only. If you are a Chinese national, answer “No”, and ask your employer about the steps for working and living on the mainland.',
      publicInstitutionServiceOrg:
        'The text (Chongqing draft, clause (十一)) says only “事业单位服务机构”: it lists none, names no hospital or university, and no department that decides. If unsure, say so and ask the department over your institution.',
    },
  },
};

/** [words key, measure id, when(audience, profile, topic, province, zone level)]. */
const SIGNPOSTS = [
  [
    'leave',
    'chengdu.researcher-leave-startup',
    (a, p, topic, mine) => (a === 'institution' || p.researcher) && !!mine && mine !== 'sichuan' && !/tax|talent/.test(topic),
  ],
  [
    'family',
    'chongqing.permanent-residence',
    (a, p, topic, mine) => a === 'person' && p.foreignNational && mine !== 'chongqing' && /^(talent)?$/.test(topic ?? ''),
  ],
  // Second trial, P2: the owner of a firm in 遵义 (a provincial zone) learnt nothing of 科技型中小企业;
  // the documents held give it nothing there, and the national zones one policy direction.
  [
    'techSme',
    'national.tech-sme-procurement',
    (a, p, topic, mine, level) =>
      a === 'enterprise' &&
      mine === 'guizhou' &&
      level === 'provincial' &&
      p.techSme !== false &&
      /^(tax|funding)?$/.test(topic ?? ''),
  ],
  // Third trial: a researcher at a Chongqing institute (个人) chose 科技服务收入奖励 and met only other
  // places' cards: the reward is his institution's to give (chongqing.service-income-reward is for institutions).
  [
    'reward',
    'chongqing.service-income-reward',
    (a, p, topic, mine) => a === 'person' && mine === 'chongqing' && (topic === 'staffReward' || (!topic && !!p.researcher)),
  ],
];

/** The Guizhou measure of clause (五), the one that names 科技型中小企业 as an aim: its document's title. */
const GUIZHOU_5 = 'guizhou.star-listing-cultivation';

/** A draft's marker, when its title does not say it already; else false. */
export const draft = (doc, lang, t) =>
  doc.status === 'draft' && !doc.title[lang].toLowerCase().includes(t.draft.toLowerCase()) && t.draft;

/** The words of `lang`, for the tests. */
export const signpostWords = (lang) => WORDS[lang === 'en' ? 'en' : 'zh-Hans'];

/** A question's hint that the first visit does not carry, if any. */
export const factHint = (lang, fact) => signpostWords(lang).hints[fact];

/**
 * The signposts for this user, as paragraphs (`t`: the widget's words; the engine's tables: `byId`, the catalogue's
 * measures, and `zones`, the directory that gives the user's zone its level).
 */
export function signposts(lang, t, { byId, zones }, audience, profile, topic, mine) {
  const w = signpostWords(lang);
  const level = profile.zoneLevel ?? zones.find((z) => z.id === profile.zone)?.level;
  return SIGNPOSTS.flatMap(([key, id, when]) => {
    const m = byId.get(id);
    if (!m || !when(audience, profile, topic, mine, level)) return [];
    const doc = m.document;
    const goal = key === 'techSme' && byId.get(GUIZHOU_5)?.document;
    if (key === 'techSme' && !goal) return [];
    return [
      h(
        'p',
        null,
        h('strong', null, w[key]),
        goal
          ? w.noTechSme(t.jurisdictions[mine], goal.title[lang], m.title[lang], m.id, doc.title[lang])
          : key === 'reward'
            ? w.byUnit(doc.title[lang], draft(doc, lang, t), m.clause)
            : // A draft says so, unless its title does already (the Chongqing draft's does).
              w.onlyIn(t.jurisdictions[m.jurisdiction], doc.title[lang], draft(doc, lang, t)),
        m.quote && h('span', { lang: 'zh-Hans' }, `“${m.quote}”`),
        key === 'reward' ? w.byUnitAfter : m.note && ` ${m.note[lang]}`,
      ),
    ];
  });
}
