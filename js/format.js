// Before either word table is in: the language an attribute names, the
// formatters, Beijing's date, and the words shown while the engine loads or
// when it cannot (both languages). No DOM: Node tests it.

/** The two interface languages; anything that is not English is Chinese. */
export const pickLang = (value) => (/^en\b/i.test(value || '') ? 'en' : 'zh-Hans');

/** The words shown before a language's table has arrived, or when the engine cannot load. */
export const BOOT_WORDS = {
  'zh-Hans': {
    loading: '正在加载政策目录……',
    loadFailed: '政策匹配工具加载失败：本页面配置有误，请联系网站管理员。',
    unsupported:
      '此浏览器无法运行政策匹配工具：需要支持 WebAssembly 的浏览器（iOS/Safari 15、Chrome 及国产浏览器内核 86、Firefox 91 或更新版本）。请更新或更换浏览器后重试。',
  },
  en: {
    loading: 'Loading the catalogue of measures…',
    loadFailed: "This page is misconfigured: please contact the site's administrator.",
    unsupported:
      'This browser cannot run the eligibility check: it needs a browser with WebAssembly (Safari/iOS 15, Chromium 86, Firefox 91 or later). Please update or switch browsers and try again.',
  },
};

/** The interface languages, as `lang` and share links name them: those with boot words, the one list of them. */
export const LANGS = Object.keys(BOOT_WORDS);

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
