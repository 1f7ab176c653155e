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
    hints: {
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
    hints: {
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
          : // A draft says so, unless its title does already (the Chongqing draft's does).
            w.onlyIn(t.jurisdictions[m.jurisdiction], doc.title[lang], draft(doc, lang, t)),
        m.quote && h('span', { lang: 'zh-Hans' }, `“${m.quote}”`),
        m.note && ` ${m.note[lang]}`,
      ),
    ];
  });
}
