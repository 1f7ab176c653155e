// Questions that no document held here answers for the user's place, each
// with the one measure elsewhere that speaks of it (second trial, 2026-12-06:
// a Chongqing institution asking about 离岗创业, a foreign employee asking
// about his family): said so, with that measure's own words (the source's
// sentence, once details.json is in) and note (whom they name), never as a
// rule of the user's place. Loaded in idle time, its words with it: a first
// answer needs none of it.
import { h } from './dom.js';

const WORDS = {
  'zh-Hans': {
    leave: '离岗创业：',
    family: '家属随行：',
    onlyIn: (place, doc, draft) => `本工具收录的文件中只有${place}的《${doc}》${draft ? `（${draft}）` : ''}说到此事：`,
  },
  en: {
    leave: 'Leaving a post to start a business: ',
    family: 'Family: ',
    onlyIn: (place, doc, draft) =>
      `of the documents this tool holds, only ${place}’s “${doc}”${draft ? ` (${draft})` : ''} speaks of it: `,
  },
};

/** [words key, measure id, when(audience, profile, topic, province)]. */
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
];

/** A draft's marker, when its title does not say it already; else false. */
export const draft = (doc, lang, t) =>
  doc.status === 'draft' && !doc.title[lang].toLowerCase().includes(t.draft.toLowerCase()) && t.draft;

/** The words of `lang`, for the tests. */
export const signpostWords = (lang) => WORDS[lang === 'en' ? 'en' : 'zh-Hans'];

/** The signposts for this user, as paragraphs (`t`: the widget's words; `byId`: the catalogue's measures). */
export function signposts(lang, t, byId, audience, profile, topic, mine) {
  const w = signpostWords(lang);
  return SIGNPOSTS.flatMap(([key, id, when]) => {
    const m = byId.get(id);
    if (!m || !when(audience, profile, topic, mine)) return [];
    const doc = m.document;
    return [
      h(
        'p',
        null,
        h('strong', null, w[key]),
        // A draft says so, unless its title does already (the Chongqing draft's does).
        w.onlyIn(t.jurisdictions[m.jurisdiction], doc.title[lang], draft(doc, lang, t)),
        m.quote && h('span', { lang: 'zh-Hans' }, `“${m.quote}”`),
        m.note && ` ${m.note[lang]}`,
      ),
    ];
  });
}
