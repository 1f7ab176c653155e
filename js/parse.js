// Reading amounts, ages and dates as people type them: full-width digits from
// a Chinese input method, 万/亿/元, ￥ and thousands separators, 岁/周岁,
// 年月日 and slashed dates. One reader for every input of the widget and for
// share links (share.js); no DOM and no language, so Node tests it directly.
//
// Each `read…` returns `{ value }`, `{ empty: true }` for a blank answer, or
// `{ problem }`: what was wrong, with what was understood, for a message
// (STRINGS[lang].problem). Nothing ambiguous is guessed: "1,5亿" (a decimal
// comma, or a slip?) and "11/28/1962" (which is the day?) are problems.

/**
 * Full-width digits, letters and punctuation as their ASCII forms, an
 * ideographic space as a space, ￥ as ¥ (Unicode's compatibility mapping,
 * NFKC); then trimmed.
 */
export const normalise = (text) => String(text).normalize('NFKC').trim();

const EMPTY = Object.freeze({ empty: true });

/** The part of `s` read before `at`, and the character there: for "12三", 12 and 三. */
const stuck = (s, at) => ({ kind: 'unknown', understood: s.slice(0, at), unknown: s.slice(at, at + 1) });

/**
 * An amount of yuan: "2000000", "2,000,000", "2 000 000", "200万", "1.5亿元",
 * "￥2,000,000", "人民币200万元", in full-width digits too. The value is a
 * number ≥ 0 with at most two decimals (exact arithmetic in fen).
 */
export function readYuan(text) {
  let s = normalise(text).replace(/\s+/g, '');
  if (s === '') return EMPTY;
  s = s.replace(/^(¥|人民币|RMB)/i, '').replace(/元$/, '');
  if (s.startsWith('-')) return { problem: { kind: 'negative' } };
  const m = /^([0-9][0-9,]*(?:\.[0-9]+)?)(万|亿)?$/.exec(s);
  if (!m) {
    const at = s.search(/[^0-9.,万亿]/);
    return { problem: at >= 0 ? stuck(s, at) : { kind: 'form' } };
  }
  let [whole, frac = ''] = m[1].split('.');
  if (whole.includes(',')) {
    // Thousands separators every three digits, or it is not clear what was meant.
    if (!/^[0-9]{1,3}(,[0-9]{3})+$/.test(whole)) return { problem: { kind: 'commas' } };
    whole = whole.replaceAll(',', '');
  }
  const scale = m[2] === '亿' ? 10n ** 10n : m[2] === '万' ? 10n ** 6n : 100n;
  const scaled = BigInt(whole + frac) * scale;
  const divisor = 10n ** BigInt(frac.length);
  if (scaled % divisor !== 0n) return { problem: { kind: 'fen' } };
  const fen = scaled / divisor;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: { kind: 'tooBig' } };
  return { value: Number(fen) / 100 };
}

/**
 * A date, year first: "1962-11-28", "1962-1-5", "1962/11/28", "1962.11.28",
 * "1962年11月28日"; the value is `YYYY-MM-DD` for a real date from year 1.
 */
export function readDate(text) {
  const s = normalise(text).replace(/\s+/g, '');
  if (s === '') return EMPTY;
  const m = /^([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})$/.exec(s) ?? /^([0-9]{4})(年)([0-9]{1,2})月([0-9]{1,2})日?$/.exec(s);
  if (!m) {
    if (/^[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}$/.test(s)) return { problem: { kind: 'dateOrder' } };
    return { problem: { kind: 'dateForm' } };
  }
  const [y, mo, d] = [m[1], m[3], m[4]].map(Number);
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return { problem: { kind: 'notADate' } };
  }
  return { value: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * An age: whole years ("64", "64岁", "64周岁", "６４") or a birth date in any
 * form readDate takes. The value is `{ age }` or `{ birthDate }`.
 */
export function readAge(text) {
  const s = normalise(text).replace(/\s*(周岁|岁)$/, '');
  if (s === '') return EMPTY;
  if (/^[0-9]{1,3}$/.test(s)) return Number(s) <= 150 ? { value: { age: Number(s) } } : { problem: { kind: 'ageRange' } };
  if (/^[0-9]+$/.test(s)) return { problem: { kind: 'ageRange' } };
  if (/^[0-9]+\.[0-9]+$/.test(s)) return { problem: { kind: 'wholeYears' } };
  const date = readDate(s);
  if (date.value) return { value: { birthDate: date.value } };
  if (/^[0-9]{1,3}[^0-9]/.test(s) && !/[-/.年]/.test(s)) return { problem: stuck(s, s.search(/[^0-9]/)) };
  return date;
}

// The forms the widget used before these readers, kept for its callers.

/** An amount: a number, `null` when blank, `NaN` when it cannot be read. */
export const parseYuan = (text) => {
  const read = readYuan(text);
  return read.empty ? null : read.problem ? NaN : read.value;
};

/** A date: `YYYY-MM-DD`, `null` when blank, `undefined` when it cannot be read. */
export const parseDate = (text) => {
  const read = readDate(text);
  return read.empty ? null : read.value;
};

/** An age: `{ age }` or `{ birthDate }`, `null` when blank, `undefined` when it cannot be read. */
export const parseAge = (text) => {
  const read = readAge(text);
  return read.empty ? null : read.value;
};

const FIELDS = ['label', 'phone', 'url', 'address'];

/**
 * The `contacts` attribute (WIDGET.md): JSON keyed by measure id (in
 * `known`) or jurisdiction, each { label, phone, url, address } as text, the
 * url http(s). What is wrong is refused with a warning naming it; the rest
 * is kept, as a Map.
 */
export function readContacts(raw, known) {
  const out = new Map();
  const warn = (what) => console.warn(`<hitech-eligibility> contacts: ${what} refused`);
  let map;
  let notJson = '';
  try {
    map = raw && JSON.parse(raw);
  } catch (error) {
    // The parser's own words say where (a trailing comma: "… at position 37").
    notJson = `the value (not JSON: ${error.message})`;
  }
  const isObject = (v) => v && typeof v === 'object' && !Array.isArray(v);
  if (!raw) return out;
  if (notJson) return (warn(notJson), out);
  if (!isObject(map)) return (warn('the value (not a JSON object)'), out);
  for (const [key, value] of Object.entries(map)) {
    if (!/^(national|sichuan|chengdu|chongqing|guizhou)$/.test(key) && !known?.has(key))
      warn(`"${key}" (no such measure or jurisdiction; WIDGET.md lists the ids under “Measure and zone ids”)`);
    else if (!isObject(value)) warn(`"${key}" (not an object)`);
    else {
      const c = {};
      for (const [field, text] of Object.entries(value)) {
        const bad = !FIELDS.includes(field)
          ? 'unknown'
          : typeof text !== 'string' || !text.trim()
            ? 'not text'
            : field === 'url' && !/^https?:\/\/[^\s/]/i.test(text) && 'not http(s)';
        if (bad) warn(`"${key}.${field}" (${bad})`);
        else c[field] = text.trim();
      }
      if (Object.keys(c).length) out.set(key, c);
    }
  }
  return out;
}
