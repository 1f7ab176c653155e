//! Reading one cell as people type it: amounts, ages, dates (the rules of
//! `js/parse.js`, held together by `tests/fixtures/batch/typed-values.json`),
//! yes/no answers and the choices of a fact (Chinese or English).
//!
//! Each reader returns `Ok(None)` for a blank cell (an unknown fact), the
//! value, or a [`Problem`] that says what was wrong and what was understood.

use crate::engine::date::CivilDate;
use crate::engine::fact::{Choice, Fact, FactKind, GRADUATIONS, PROVINCES, TRANSFER_ROLES, ZONE_LEVELS};
use crate::engine::profile::MAX_AGE;
use crate::engine::zone::ZONES;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The largest amount in fen `js/parse.js` accepts: 2^53 − 1, the
/// largest integer JavaScript holds exactly.
const MAX_SAFE_FEN: u128 = (1 << 53) - 1;

/// Why a cell could not be read. The kinds are `parse.js`'s `problem.kind`s
/// (the test vectors compare them), plus those of yes/no and choice cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// "12三": `understood` was read, then `unknown` is a character that has
    /// no place in the answer.
    Unknown {
        understood: String,
        unknown: char,
    },
    Form,
    Negative,
    Commas,
    Fen,
    TooBig,
    DateOrder,
    DateForm,
    NotADate,
    AgeRange,
    WholeYears,
    /// Not a yes/no answer.
    YesNo,
    /// Not one of the fact's values: `value` as read; for a zone, `zones`
    /// are ids of the directory to give as examples (the file's province's).
    Choice {
        value: String,
        allowed: String,
        zones: Vec<&'static str>,
    },
}

impl Problem {
    /// The kind, as `parse.js` names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::Unknown { .. } => "unknown",
            Problem::Form => "form",
            Problem::Negative => "negative",
            Problem::Commas => "commas",
            Problem::Fen => "fen",
            Problem::TooBig => "tooBig",
            Problem::DateOrder => "dateOrder",
            Problem::DateForm => "dateForm",
            Problem::NotADate => "notADate",
            Problem::AgeRange => "ageRange",
            Problem::WholeYears => "wholeYears",
            Problem::YesNo => "yesNo",
            Problem::Choice { .. } => "choice",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unknown { understood, unknown } if understood.is_empty() => {
                write!(f, "cannot read \"{unknown}\" in an amount or number")
            }
            Problem::Unknown { understood, unknown } => {
                write!(f, "read \"{understood}\", then \"{unknown}\", which has no place in the answer")
            }
            Problem::Form => f.write_str("not an amount (e.g. 2000000, 200万, 1.5亿元, ￥2,000,000)"),
            Problem::Negative => f.write_str("must not be negative"),
            Problem::Commas => f.write_str("commas must separate thousands (2,000,000); a decimal point is a dot"),
            Problem::Fen => f.write_str("finer than one fen (at most two decimals of a yuan)"),
            Problem::TooBig => f.write_str("too large to be an amount of yuan"),
            Problem::DateOrder => f.write_str("the year must come first (1962-11-28 or 1962年11月28日)"),
            Problem::DateForm => f.write_str("not a date (e.g. 1962-11-28, 1962/11/28, 1962年11月28日)"),
            Problem::NotADate => f.write_str("no such date"),
            Problem::AgeRange => write!(f, "an age must be at most {MAX_AGE} years"),
            Problem::WholeYears => f.write_str("an age is a whole number of completed years (周岁)"),
            Problem::YesNo => f.write_str("not a yes/no answer (是/否, √/×, Y/N, yes/no, true/false, 1/0)"),
            Problem::Choice { value, allowed, .. } => write!(f, "\"{value}\" is not one of: {allowed}"),
        }
    }
}

/// Full-width digits, letters and punctuation as their ASCII forms, an
/// ideographic space as a space, ￥ as ¥ (the part of Unicode's NFKC that
/// typed answers meet), then trimmed, without Excel's text mark: a leading
/// apostrophe ('3560, '91520300MA…), which systems' exports and people
/// type to keep a number or a code as text, and which is never the value's.
pub fn normalise(text: &str) -> Cow<'_, str> {
    let unmarked = |s: &str| s.strip_prefix('\'').map_or(s, str::trim_start).len();
    if text.chars().any(|c| fold_char(c) != c) {
        let folded = text.chars().map(fold_char).collect::<String>();
        let trimmed = folded.trim();
        let keep = unmarked(trimmed);
        Cow::Owned(trimmed.get(trimmed.len() - keep..).unwrap_or(trimmed).to_owned())
    } else {
        let trimmed = text.trim();
        let keep = unmarked(trimmed);
        Cow::Borrowed(trimmed.get(trimmed.len() - keep..).unwrap_or(trimmed))
    }
}

fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FFE5}' => '¥',
        c => c,
    }
}

/// JavaScript's `\s`: Unicode white space and the byte-order mark.
fn is_js_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

fn without_spaces(text: &str) -> String {
    normalise(text).chars().filter(|c| !is_js_space(*c)).collect()
}

/// An amount of yuan, in fen: "2000000", "2,000,000", "200万", "1.5亿元",
/// "￥2,000,000", "人民币200万元". A number without 万, 亿 or 元 is in the
/// column's unit (yuan, or 万元 when the header says so).
pub fn read_fen(text: &str, unit: MoneyUnit) -> Result<Option<u64>, Problem> {
    let s = without_spaces(text);
    if s.is_empty() {
        return Ok(None);
    }
    let s = strip_prefix_ignore_ascii_case(&s, &["¥", "人民币", "RMB"]);
    let (s, yuan_suffix) = match s.strip_suffix('元') {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    if s.starts_with('-') {
        return Err(Problem::Negative);
    }
    // The unit as a power of ten of fen: 万 is 10^6 fen, 亿 10^10, 元 10^2.
    let (number, scale) = match s.char_indices().last() {
        Some((at, '万')) => (s.get(..at).unwrap_or_default(), 6),
        Some((at, '亿')) => (s.get(..at).unwrap_or_default(), 10),
        _ if yuan_suffix => (s, 2),
        _ => (s, unit.fen_exponent()),
    };
    let well_formed = {
        let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
        whole.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && whole.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && (!number.contains('.') || (!frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit())))
    };
    if !well_formed {
        return Err(match s.char_indices().find(|(_, c)| !matches!(c, '0'..='9' | '.' | ',' | '万' | '亿')) {
            Some((at, unknown)) => Problem::Unknown { understood: s.get(..at).unwrap_or_default().to_owned(), unknown },
            None => Problem::Form,
        });
    }
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    let whole = if whole.contains(',') {
        let mut groups = whole.split(',');
        let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
        if !first_ok || !groups.all(|g| g.len() == 3) {
            return Err(Problem::Commas);
        }
        whole.replace(',', "")
    } else {
        whole.to_owned()
    };
    // Trailing zeros of the fraction and leading zeros of the whole change
    // nothing. The rest is exact in fen when the fraction has no more digits
    // than the unit has powers of ten of fen.
    let frac = frac.trim_end_matches('0');
    let whole = whole.trim_start_matches('0');
    let Some(frac_shift) = usize::try_from(scale).ok().and_then(|scale| scale.checked_sub(frac.len())) else {
        return Err(Problem::Fen);
    };
    if whole.len() > 20 {
        return Err(Problem::TooBig);
    }
    let digits = |text: &str| text.bytes().fold(0u128, |n, b| n * 10 + u128::from(b - b'0'));
    let power = |exponent: usize| u32::try_from(exponent).map_or(0, |e| 10u128.pow(e));
    let fen = digits(whole) * power(usize::try_from(scale).unwrap_or(0)) + digits(frac) * power(frac_shift);
    if fen > MAX_SAFE_FEN {
        return Err(Problem::TooBig);
    }
    u64::try_from(fen).map(Some).map_err(|_| Problem::TooBig)
}

/// The unit of a money column (from its header: 营业收入（万元）).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyUnit {
    Yuan,
    ThousandYuan,
    TenThousandYuan,
    MillionYuan,
    HundredMillionYuan,
}

impl MoneyUnit {
    /// The unit in fen, as a power of ten.
    pub const fn fen_exponent(self) -> u32 {
        match self {
            MoneyUnit::Yuan => 2,
            MoneyUnit::ThousandYuan => 5,
            MoneyUnit::TenThousandYuan => 6,
            MoneyUnit::MillionYuan => 8,
            MoneyUnit::HundredMillionYuan => 10,
        }
    }
}

fn strip_prefix_ignore_ascii_case<'a>(text: &'a str, prefixes: &[&str]) -> &'a str {
    for prefix in prefixes {
        if let Some(head) = text.get(..prefix.len()) {
            if head.eq_ignore_ascii_case(prefix) {
                return text.get(prefix.len()..).unwrap_or_default();
            }
        }
    }
    text
}

/// A date, year first: "1962-11-28", "1962-1-5", "1962/11/28",
/// "1962.11.28", "1962年11月28日".
pub fn read_date(text: &str) -> Result<Option<CivilDate>, Problem> {
    let s = without_spaces(text);
    if s.is_empty() {
        return Ok(None);
    }
    let parts = year_first(&s).ok_or_else(|| if day_first(&s) { Problem::DateOrder } else { Problem::DateForm })?;
    let (year, month, day) = parts;
    if year < 1 {
        return Err(Problem::NotADate);
    }
    CivilDate::new(year, month, day).map(Some).map_err(|_| Problem::NotADate)
}

/// A certificate's expiry as registries write it: a date in any form
/// [`read_date`] takes, or compact (20270312), or only a month (2027-03,
/// 2027年3月) or a year (2027年).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expiry {
    Day(CivilDate),
    Month(u16, u8),
    Year(u16),
}

impl Expiry {
    /// Whether the certificate is valid on `date` (through the day, month
    /// or year it names); `None` when a month or year cannot tell.
    pub fn valid_on(self, date: CivilDate) -> Option<bool> {
        match self {
            Expiry::Day(day) => Some(day >= date),
            Expiry::Month(year, month) => {
                let (given, on) = ((year, month), (date.year(), date.month()));
                (given != on).then_some(given > on)
            }
            Expiry::Year(year) => (year != date.year()).then_some(year > date.year()),
        }
    }
}

/// Reads an expiry date ([`Expiry`]); a validity period as registries
/// write it ("2024.02.16-2027.02.15", "2024年2月16日至2027年2月15日") is
/// read as its end, when its start is a date before it.
pub fn read_expiry(text: &str) -> Result<Option<Expiry>, Problem> {
    let text = without_time_of_day(text);
    match read_one_expiry(text) {
        Err(problem) => period_end(text).map_or(Err(problem), |end| Ok(Some(end))),
        read => read,
    }
}

/// The end of a period "START SEP END" whose start is a date, a month
/// ("2023年11月至2026年11月", "2023.11-2026.11") or a year, and whose end an
/// expiry not before the start's first day; `None` for anything else.
fn period_end(text: &str) -> Option<Expiry> {
    let s = without_spaces(text);
    s.char_indices().filter(|(_, c)| matches!(c, '-' | '~' | '～' | '—' | '至' | '到')).find_map(|(at, sep)| {
        let start = match read_one_expiry(s.get(..at)?).ok()?? {
            Expiry::Day(day) => day,
            Expiry::Month(year, month) => CivilDate::new(year, month, 1).ok()?,
            Expiry::Year(year) => CivilDate::new(year, 1, 1).ok()?,
        };
        let end = s.get(at + sep.len_utf8()..)?.trim_start_matches(['-', '—', '~', '～']);
        let end = read_one_expiry(end).ok()??;
        (end.valid_on(start) != Some(false)).then_some(end)
    })
}

fn read_one_expiry(text: &str) -> Result<Option<Expiry>, Problem> {
    let date = read_date(text);
    if let Ok(Some(day)) = date {
        return Ok(Some(Expiry::Day(day)));
    }
    if let Some(day) = excel_serial(text) {
        return Ok(Some(Expiry::Day(day)));
    }
    let s = without_spaces(text);
    let s = s.trim_end_matches('日');
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let year = |t: &str| t.parse::<u16>().ok().filter(|y| (1900..=9999).contains(y));
    // 20270312
    if s.len() == 8 && digits(s) {
        let (y, m, d) = (
            s.get(..4).and_then(year),
            s.get(4..6).and_then(|m| m.parse().ok()),
            s.get(6..).and_then(|d| d.parse().ok()),
        );
        if let (Some(y), Some(m), Some(d)) = (y, m, d) {
            return CivilDate::new(y, m, d).map(|day| Some(Expiry::Day(day))).map_err(|_| Problem::NotADate);
        }
    }
    // 2027-03, 2027/3, 2027.03, 2027年3月, 2027年
    let month_of = |y: &str, m: &str| -> Option<Expiry> {
        let m: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        Some(Expiry::Month(year(y)?, m))
    };
    let found = if let Some(rest) = s.strip_suffix('月') {
        rest.split_once('年').and_then(|(y, m)| if digits(m) && m.len() <= 2 { month_of(y, m) } else { None })
    } else if let Some(y) = s.strip_suffix('年') {
        year(y).filter(|_| digits(y)).map(Expiry::Year)
    } else {
        s.split_once(['-', '/', '.'])
            .filter(|(y, m)| y.len() == 4 && digits(y) && digits(m) && m.len() <= 2)
            .and_then(|(y, m)| month_of(y, m))
    };
    match (found, date) {
        (Some(expiry), _) => Ok(Some(expiry)),
        (None, date) => date.map(|day| day.map(Expiry::Day)),
    }
}

/// A date cell as a system or Excel's CSV writes a date-and-time
/// ("2027-12-31 00:00:00", "2027/12/31 0:00", "2027-12-31T00:00:00"): the
/// date, without the time of day; any other text as it is.
pub fn without_time_of_day(text: &str) -> &str {
    let trimmed = text.trim();
    let Some(at) = trimmed.rfind([' ', 'T']) else { return text };
    let (date, time) = (trimmed.get(..at).unwrap_or_default().trim_end(), trimmed.get(at + 1..).unwrap_or_default());
    let time = time.split_once('.').map_or(time, |(whole, fraction)| {
        if !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()) {
            whole
        } else {
            time
        }
    });
    let fields: Vec<&str> = time.split(':').collect();
    let clock = matches!(fields.as_slice(), [h, m] | [h, m, _] if (1..=2).contains(&h.len()) && m.len() == 2)
        && fields.iter().all(|f| !f.is_empty() && f.len() <= 2 && f.bytes().all(|b| b.is_ascii_digit()))
        && fields.first().and_then(|h| h.parse::<u8>().ok()).is_some_and(|h| h < 24)
        && fields.iter().skip(1).all(|f| f.parse::<u8>().is_ok_and(|v| v < 60));
    if clock && !date.is_empty() {
        date
    } else {
        text
    }
}

/// An Excel date serial written as a number ("45657", "45657.0"): what a
/// date column formatted as General holds, and what Excel's text export of
/// it writes. Five digits only (1927-05-18 to 2173-10-13): no other way of
/// writing a date has five digits (a year has four, 20251231 eight), and
/// an amount or an age is never read as a date. The batch's readers only:
/// a person typing a date in the widget does not type a serial.
pub fn excel_serial(text: &str) -> Option<CivilDate> {
    let s = without_spaces(text);
    let whole = match s.split_once('.') {
        Some((whole, zeros)) if !zeros.is_empty() && zeros.bytes().all(|b| b == b'0') => whole,
        Some(_) => return None,
        None => s.as_str(),
    };
    if whole.len() != 5 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Days since 1899-12-30 (the 1900 date system), as days since 1970-01-01.
    CivilDate::from_unix_days(whole.parse::<i64>().ok()? - 25_569)
}

/// `YYYY-M-D` with one separator of `-`, `/`, `.` used twice, or `YYYY年M月D日`
/// (the 日 optional).
fn year_first(s: &str) -> Option<(u16, u8, u8)> {
    let chars: Vec<char> = s.chars().collect();
    let year: String = chars.get(..4)?.iter().collect();
    if !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest: String = chars.get(4..)?.iter().collect();
    let fields: Vec<&str> = match chars.get(4)? {
        sep @ ('-' | '/' | '.') => {
            let body = rest.get(sep.len_utf8()..)?;
            let (month, day) = body.split_once(*sep)?;
            vec![month, day]
        }
        '年' => {
            let body = rest.get('年'.len_utf8()..)?;
            let (month, day) = body.split_once('月')?;
            vec![month, day.strip_suffix('日').unwrap_or(day)]
        }
        _ => return None,
    };
    let [month, day] = fields.as_slice() else { return None };
    let small = |text: &str| {
        ((1..=2).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse::<u8>().ok())?
    };
    Some((year.parse().ok()?, small(month)?, small(day)?))
}

/// "11/28/1962": a date with the year last, which is refused rather than guessed.
fn day_first(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    matches!(parts.as_slice(), [a, b, year]
        if (1..=2).contains(&a.len()) && (1..=2).contains(&b.len()) && year.len() == 4
            && [a, b, year].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())))
}

/// What an age cell holds: completed years or a birth date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeValue {
    Years(u16),
    BirthDate(CivilDate),
}

/// An age: whole years ("64", "64岁", "64周岁", "６４") or a birth date in
/// any form [`read_date`] takes.
pub fn read_age(text: &str) -> Result<Option<AgeValue>, Problem> {
    let normal = normalise(text);
    let s = ["周岁", "岁"]
        .iter()
        .find_map(|unit| normal.strip_suffix(unit).map(|rest| rest.trim_end_matches(is_js_space)))
        .unwrap_or(normal.as_ref());
    if s.is_empty() {
        return Ok(None);
    }
    let all_digits = s.bytes().all(|b| b.is_ascii_digit());
    if all_digits && s.len() <= 3 {
        let years: u16 = s.parse().map_err(|_| Problem::AgeRange)?;
        return if years <= MAX_AGE { Ok(Some(AgeValue::Years(years))) } else { Err(Problem::AgeRange) };
    }
    if all_digits {
        return Err(Problem::AgeRange);
    }
    if let Some((whole, frac)) = s.split_once('.') {
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if digits(whole) && digits(frac) {
            return Err(Problem::WholeYears);
        }
    }
    let date = read_date(s);
    if let Ok(Some(date)) = date {
        return Ok(Some(AgeValue::BirthDate(date)));
    }
    let lead = s.bytes().take_while(u8::is_ascii_digit).count();
    let looks_like_years = (1..=3).contains(&lead) && !s.contains(['-', '/', '.', '年']);
    if looks_like_years {
        let unknown = s.get(lead..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
        return Err(Problem::Unknown { understood: s.get(..lead).unwrap_or_default().to_owned(), unknown });
    }
    date.map(|_| None)
}

/// A cell without a closed bracketed aside at its end ("是（2023年认定）"
/// → "是", "已上市（主板）" → "已上市"), and the aside; the cell as it is
/// when it has none, or nothing outside it.
fn split_aside(s: &str) -> (&str, &str) {
    let Some(stripped) = s.strip_suffix([')', ']', '】', '〕']) else {
        return (s, "");
    };
    let Some((open, bracket)) = stripped.char_indices().rev().find(|(_, c)| matches!(c, '(' | '[' | '【' | '〔'))
    else {
        return (s, "");
    };
    let before = stripped.get(..open).unwrap_or_default().trim_end();
    let aside = stripped.get(open + bracket.len_utf8()..).unwrap_or_default();
    if before.is_empty() || aside.contains([')', ']', '】', '〕']) {
        (s, "")
    } else {
        (before, aside)
    }
}

/// A yes/no answer: 是/否, √/×, Y/N, yes/no, true/false, 1/0, 有/无, and
/// the words of registers (已入库, 入库, 已入选, 已登记, 已认定 / 未入库…),
/// with or without an aside in brackets ("是（2023年认定）", "否(已注销)").
/// An answer still pending (申报中, 在审, 待定) is unknown, not an error.
pub fn read_bool(text: &str) -> Result<Option<bool>, Problem> {
    let normalised = normalise(text);
    let (s, _aside) = split_aside(&normalised);
    if s.is_empty() {
        return Ok(None);
    }
    // ● marks "has it" in registers' tables; ○ is left out on purpose: in
    // Chinese tables it says "no" in some, "optional" or "in part" in
    // others (国标's ●必选/○可选), so it stays an error naming the value,
    // for staff to map in the column's values.
    const YES: &[&str] = &[
        "是",
        "√",
        "✓",
        "✔",
        "●",
        "y",
        "yes",
        "true",
        "1",
        "有",
        "是的",
        "t",
        "已入库",
        "入库",
        "已入选",
        "入选",
        "已登记",
        "已认定",
        "认定",
        "有效",
        "规上",
        "规模以上",
    ];
    const NO: &[&str] = &[
        "否",
        "×",
        "✗",
        "✘",
        "x",
        "n",
        "no",
        "false",
        "0",
        "无",
        "不是",
        "f",
        "未入库",
        "未入选",
        "未登记",
        "未认定",
        "已过期",
        "过期",
        "失效",
        "已失效",
        "规下",
        "规模以下",
    ];
    // "2025年入库", "2023年认定": a register's word with the year it was
    // given; "入库编号2025510107A0001234": the register's number itself.
    let s = registered_in_year(s).unwrap_or(s);
    if REGISTRATION_NUMBER.iter().any(|label| {
        s.strip_prefix(label)
            .is_some_and(|rest| rest.trim_start_matches([':', '：']).chars().any(|c| c.is_ascii_alphanumeric()))
    }) {
        return Ok(Some(true));
    }
    let is = |words: &[&str]| words.iter().any(|word| s.eq_ignore_ascii_case(word));
    if is(YES) {
        Ok(Some(true))
    } else if is(NO) {
        Ok(Some(false))
    } else if is(PENDING) {
        Ok(None)
    } else {
        Err(Problem::YesNo)
    }
}

/// What a cell naming several qualifications says ("高新技术企业、科技型中小企业"):
/// each qualification it names that is a fact here, yes (or no, for one
/// marked as lapsed: "高新技术企业（已过期）"); a fact it does not name stays
/// unknown (a list is what staff knew, not what the firm lacks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Qualifications {
    /// Each fact named, once: `None` when the cell names it both ways, or
    /// as still pending ("高新技术企业（申报中）").
    pub facts: Vec<(Fact, Option<bool>)>,
    /// The cell names something that is not a fact here (专精特新中小企业,
    /// 高企培育库, a typo): left aside, and counted.
    pub unread: bool,
}

/// The separators of a list in one cell.
const LIST_SEPARATORS: &[char] = &['、', ',', ';', '/', '|', '\n', '\r', ' ', '\t', '；', '，', '＼'];

/// Asides that make a qualification a plan or a candidacy, not a fact.
const PLANNED: &[&str] =
    &["拟", "申报", "申请", "培育", "储备", "待", "预", "入围", "公示", "评审", "到期", "届满", "复审中"];

/// Asides that say a qualification has lapsed. (A date "到期" is not one:
/// "2027年到期" is still valid; such an aside is read as [`PLANNED`] is.)
const LAPSED: &[&str] = &["过期", "失效", "注销", "撤销", "取消", "不再"];

/// Reads a cell that lists qualifications ([`Qualifications`]). Words that
/// say "none" (无, 暂无) name nothing.
pub fn read_qualifications(text: &str) -> Qualifications {
    let normalised = normalise(text);
    let mut read = Qualifications::default();
    let mut add = |fact: Fact, value: Option<bool>| match read.facts.iter_mut().find(|(f, _)| *f == fact) {
        Some((_, given)) => {
            if *given != value {
                *given = None;
            }
        }
        None => read.facts.push((fact, value)),
    };
    let mut unread = false;
    for item in normalised.split(LIST_SEPARATORS) {
        let item = item.trim();
        if item.is_empty() || ["无", "暂无", "没有", "否", "-", "—", "——"].contains(&item) {
            continue;
        }
        let (name, aside) = split_aside(item);
        let Some(fact) = super::columns::qualification_fact(name) else {
            unread = true;
            continue;
        };
        let value = if aside.is_empty() {
            Some(true)
        } else if LAPSED.iter().any(|word| aside.contains(word)) {
            Some(false)
        } else if PLANNED.iter().any(|word| aside.contains(word)) {
            None
        } else {
            // "（已过期）": no; "（2023年认定）", "（已入库）": yes; "（待定）": unknown.
            match read_bool(aside) {
                Ok(Some(false)) => Some(false),
                Ok(None) => None,
                Ok(Some(true)) | Err(_) => Some(true),
            }
        };
        add(fact, value);
    }
    read.unread = unread;
    read
}

/// The labels before a register's own number ("入库编号2025…"): a cell
/// that gives the number says the enterprise is registered.
const REGISTRATION_NUMBER: &[&str] = &["入库编号", "入库登记编号", "登记编号", "评价编号"];

/// "2025年入库" → "入库": a year (four digits and 年) before one of the
/// registers' words; `None` when the cell is not that.
fn registered_in_year(s: &str) -> Option<&str> {
    let rest = s.get(4..).filter(|_| s.bytes().take(4).all(|b| b.is_ascii_digit()))?.strip_prefix('年')?;
    ["入库", "认定", "入选", "登记", "已入库", "已认定", "已入选", "已登记"].contains(&rest).then_some(rest)
}

/// An amount given only roughly ("约745", "500余万", "近1亿", "300万左右",
/// "超过500万"): a number a threshold cannot be tested against, so the
/// fact is unknown rather than the number taken as exact. `true` when,
/// without those words, the rest reads as an amount.
pub fn approximate_amount(text: &str, unit: MoneyUnit) -> bool {
    const BEFORE: &[&str] = &["大约", "约为", "约", "将近", "接近", "近", "超过", "逾", "不到", "不足"];
    const AFTER: &[&str] = &["左右", "上下", "以上", "以下", "多", "余"];
    let s = without_spaces(text);
    let mut rest = s.as_str();
    let mut rough = false;
    if let Some(tail) = BEFORE.iter().find_map(|word| rest.strip_prefix(word)) {
        rest = tail;
        rough = true;
    }
    if let Some(head) = AFTER.iter().find_map(|word| rest.strip_suffix(word)) {
        rest = head;
        rough = true;
    }
    // "500余万", "3多亿": the rough word before the unit.
    let mut owned = String::new();
    for unit_word in ["万元", "亿元", "万", "亿", "元"] {
        for word in ["余", "多"] {
            if let Some(head) = rest.strip_suffix(unit_word).and_then(|head| head.strip_suffix(word)) {
                owned = format!("{head}{unit_word}");
                rough = true;
            }
        }
    }
    let rest = if owned.is_empty() { rest } else { owned.as_str() };
    rough && matches!(read_fen(rest, unit), Ok(Some(_)))
}

/// Answers still pending: unknown, not an error.
pub const PENDING: &[&str] =
    &["申报中", "在审", "待定", "审核中", "申请中", "待审", "评审中", "不详", "未知", "待核实", "待确认"];

/// The STAR Market's names, as [`name_key`]s.
const STAR: &[&str] = &["科创板", "上交所科创板", "上海证券交易所科创板", "star", "starmarket"];
/// Boards other than the STAR Market, and not listed, as [`name_key`]s.
const OTHER: &[&str] = &[
    "创业板",
    "主板",
    "沪市主板",
    "深市主板",
    "上交所主板",
    "深交所主板",
    "北交所",
    "北京证券交易所",
    "新三板",
    "四板",
    "区域股权市场",
    "区域性股权市场",
    "未上市",
    "非上市",
    "不上市",
    "港股",
    "港交所",
    "境外上市",
    "美股",
    "chinext",
    "mainboard",
    "unlisted",
    "notlisted",
];

/// A 上市情况 cell for "listed on the STAR Market": 科创板 is yes; another
/// board or not listed (创业板, 主板, 北交所, 新三板, 未上市) is no, and so
/// is a listing still planned (拟上市, 拟科创板上市, 辅导期: not listed on
/// the check date); "已上市（主板）" names its board in the brackets; a
/// yes/no answer as [`read_bool`] reads it.
pub fn read_listing(text: &str) -> Result<Option<bool>, Problem> {
    const PLANNED: &[&str] = &["拟", "计划", "筹备", "准备", "辅导"];
    let normalised = normalise(text);
    let (main, aside) = split_aside(&normalised);
    if !aside.is_empty() && matches!(name_key(main).as_str(), "已上市" | "上市") {
        if let Ok(Some(listed)) = read_listing(aside) {
            return Ok(Some(listed));
        }
    }
    let key = name_key(text);
    if PLANNED.iter().any(|word| key.starts_with(word)) {
        return Ok(Some(false));
    }
    let board = key.strip_suffix("上市").filter(|rest| !rest.is_empty()).unwrap_or(&key);
    // "新三板挂牌": quoted on a board other than an exchange. ("科创板挂牌" may
    // be a regional equity centre's 科技创新板, not the STAR Market: refused.)
    let board = key.strip_suffix("挂牌").filter(|rest| OTHER.contains(rest)).unwrap_or(board);
    let board = board.strip_prefix("已在").unwrap_or(board);
    // The words are written as their own keys (a test holds it), so that a
    // cell is compared without keying them again.
    if STAR.contains(&board) {
        return Ok(Some(true));
    }
    if OTHER.contains(&board) || key == "未上市" {
        return Ok(Some(false));
    }
    read_bool(text).map_err(|_| Problem::Choice {
        value: text.trim().to_owned(),
        allowed: "科创板; 创业板, 主板, 北交所, 新三板, 未上市; 是/否".to_owned(),
        zones: Vec::new(),
    })
}

/// A 企业规模 cell for "a small or medium enterprise (按国家中小企业划型标准)":
/// the national 划型's words, 大型 no, 中型, 小型 and 微型 (and their
/// groups, 中小型, 小微) yes, with or without 企业; a yes/no answer as
/// [`read_bool`] reads it.
pub fn read_enterprise_size(text: &str) -> Result<Option<bool>, Problem> {
    let key = name_key(text);
    let size = key.strip_suffix("企业").filter(|rest| !rest.is_empty()).unwrap_or(&key);
    match size {
        "大型" | "大" => return Ok(Some(false)),
        "中型" | "小型" | "微型" | "中小型" | "小微型" | "小微" | "中小微" | "中小微型" | "中" | "小" | "微" => {
            return Ok(Some(true))
        }
        _ => {}
    }
    read_bool(text).map_err(|_| Problem::Choice {
        value: text.trim().to_owned(),
        allowed: "大型, 中型, 小型, 微型; 是/否".to_owned(),
        zones: Vec::new(),
    })
}

/// Whether a cell holds a spreadsheet's error value (a formula's result
/// that is no value: #N/A, #DIV/0!, #REF!, #VALUE!…), as Excel, WPS and a
/// workbook's cached value write it.
pub fn is_formula_error(text: &str) -> bool {
    const ERRORS: &[&str] =
        &["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
    let s = normalise(text);
    ERRORS.iter().any(|error| s.eq_ignore_ascii_case(error))
}

/// Other words for the values of the choice facts, besides their value and
/// label: (fact, word, value).
const CHOICE_WORDS: &[(Fact, &str, &str)] = &[
    (Fact::Province, "四川", "sichuan"),
    (Fact::Province, "川", "sichuan"),
    (Fact::Province, "重庆", "chongqing"),
    (Fact::Province, "渝", "chongqing"),
    (Fact::Province, "贵州", "guizhou"),
    (Fact::Province, "黔", "guizhou"),
    (Fact::Province, "其他", "other"),
    (Fact::Province, "其它", "other"),
    (Fact::ZoneLevel, "国家级", "national"),
    (Fact::ZoneLevel, "国家", "national"),
    (Fact::ZoneLevel, "国家级高新区", "national"),
    (Fact::ZoneLevel, "省级", "provincial"),
    (Fact::ZoneLevel, "市级", "provincial"),
    (Fact::ZoneLevel, "省级高新区", "provincial"),
    (Fact::ZoneLevel, "市级高新区", "provincial"),
    (Fact::ZoneLevel, "省市级", "provincial"),
    (Fact::ZoneLevel, "无", "none"),
    (Fact::ZoneLevel, "否", "none"),
    (Fact::ZoneLevel, "不在高新区", "none"),
    (Fact::ZoneLevel, "非高新区", "none"),
    (Fact::Graduation, "国内重点高校本科以上", "chineseKeyUniversityBachelorPlus"),
    (Fact::Graduation, "国内重点高校", "chineseKeyUniversityBachelorPlus"),
    (Fact::Graduation, "国际知名高校", "renownedForeignUniversity"),
    (Fact::Graduation, "国际知名高校毕业", "renownedForeignUniversity"),
    (Fact::Graduation, "无", "none"),
    (Fact::Graduation, "否", "none"),
    (Fact::AchievementTransferRole, "无", "none"),
    (Fact::AchievementTransferRole, "否", "none"),
    (Fact::AchievementTransferRole, "服务机构", "serviceAgency"),
];

/// The other provinces of China (short names): an enterprise located there
/// is `province: "other"`.
const OTHER_PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "台湾",
    "香港",
    "澳门",
];

/// A choice or zone cell's value: the index of the value in
/// [`Fact::choices`], or, for a zone column that says the enterprise is in
/// no zone, [`ChoiceValue::NoZone`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceValue {
    Index(usize),
    NoZone,
}

/// A key for comparing names: folded, lower case, without spaces,
/// punctuation and bracketed asides.
pub fn name_key(text: &str) -> String {
    let mut depth = 0u32;
    let mut key = String::with_capacity(text.len());
    for c in normalise(text).chars() {
        match c {
            '(' | '[' | '（' | '【' | '〔' => depth += 1,
            ')' | ']' | '）' | '】' | '〕' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            // The common cases first: ASCII, and the CJK ideographs (letters
            // without case), before the Unicode tables (a registry's cells are
            // mostly these, and this runs for every choice cell).
            c if c.is_ascii_alphanumeric() => key.push(c.to_ascii_lowercase()),
            c if c.is_ascii() => {}
            '\u{4E00}'..='\u{9FFF}' => key.push(c),
            c if c.is_alphanumeric() => key.extend(c.to_lowercase()),
            _ => {}
        }
    }
    key
}

/// A zone's name without "高新技术产业开发区", "高新区", "High-tech Zone"…:
/// what people write in a zone column ("绵阳高新区" → "绵阳").
fn zone_stem(key: &str) -> &str {
    const SUFFIXES: &[&str] = &[
        "国家高新技术产业开发区",
        "高新技术产业开发区",
        "国家高新区",
        "高新区",
        "nationalhightechzone",
        "hightechzone",
        "hightechindustrialdevelopmentzone",
    ];
    SUFFIXES.iter().find_map(|suffix| key.strip_suffix(suffix)).filter(|stem| !stem.is_empty()).unwrap_or(key)
}

/// The words a choice or zone column takes, as [`name_key`]s, built once:
/// each value, its labels, the usual short forms, and for zones each name's
/// stem ("绵阳高新区" and "绵阳" both name Mianyang).
struct ChoiceWords {
    exact: HashMap<String, ChoiceValue>,
    /// Zones by the stem of their names.
    stems: HashMap<String, ChoiceValue>,
}

fn choice_words(fact: Fact) -> Option<&'static ChoiceWords> {
    static TABLES: OnceLock<Vec<(Fact, ChoiceWords)>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        let mut tables: Vec<(Fact, ChoiceWords)> = CHOICE_FACTS
            .iter()
            .map(|(fact, choices)| {
                let mut exact = HashMap::new();
                for (index, choice) in choices.iter().enumerate() {
                    for word in [choice.value, choice.label.zh, choice.label.en] {
                        exact.entry(name_key(word)).or_insert(ChoiceValue::Index(index));
                    }
                }
                for (_, word, value) in CHOICE_WORDS.iter().filter(|(f, _, _)| f == fact) {
                    if let Some(index) = choices.iter().position(|choice| choice.value == *value) {
                        exact.entry(name_key(word)).or_insert(ChoiceValue::Index(index));
                    }
                }
                (*fact, ChoiceWords { exact, stems: HashMap::new() })
            })
            .collect();
        let mut exact = HashMap::new();
        let mut stems = HashMap::new();
        for word in ["无", "否", "none", "不在高新区", "非高新区"] {
            exact.insert(name_key(word), ChoiceValue::NoZone);
        }
        for (index, zone) in ZONES.iter().enumerate() {
            exact.entry(zone.id.to_owned()).or_insert(ChoiceValue::Index(index));
            exact.entry(zone.id.replace('-', "")).or_insert(ChoiceValue::Index(index));
            for name in [zone.name.zh, zone.name.en] {
                let key = name_key(name);
                stems.entry(zone_stem(&key).to_owned()).or_insert(ChoiceValue::Index(index));
                exact.entry(key).or_insert(ChoiceValue::Index(index));
            }
        }
        tables.push((Fact::Zone, ChoiceWords { exact, stems }));
        tables
    });
    tables.iter().find(|(f, _)| *f == fact).map(|(_, words)| words)
}

/// A choice or zone cell: the value, its label (Chinese or English), or a
/// usual short form (四川, 国家级, 绵阳高新区).
pub fn read_choice(fact: Fact, text: &str) -> Result<Option<ChoiceValue>, Problem> {
    let key = name_key(text);
    if key.is_empty() {
        return if normalise(text).is_empty() { Ok(None) } else { Err(choice_problem(fact, text)) };
    }
    let words = choice_words(fact).ok_or_else(|| choice_problem(fact, text))?;
    let found = words.exact.get(&key).or_else(|| words.stems.get(zone_stem(&key))).copied().or_else(|| {
        // "四川省成都市", "广东省": a province by its first characters.
        (fact == Fact::Province).then_some(())?;
        let index_of = |value: &str| PROVINCES.iter().position(|choice| choice.value == value).map(ChoiceValue::Index);
        let named = |short: &&str| key.starts_with(*short);
        if let Some((_, _, value)) = CHOICE_WORDS
            .iter()
            .filter(|(f, word, _)| *f == Fact::Province && word.chars().count() > 1)
            .find(|(_, word, _)| named(word))
        {
            return index_of(value);
        }
        OTHER_PROVINCES.iter().any(named).then(|| index_of("other")).flatten()
    });
    found.map(Some).ok_or_else(|| choice_problem(fact, text))
}

fn choice_problem(fact: Fact, text: &str) -> Problem {
    match fact.kind() {
        FactKind::Zone => zone_problem(text, None),
        _ => Problem::Choice {
            value: text.trim().to_owned(),
            allowed: fact
                .choices()
                .iter()
                .map(|choice| format!("{} ({})", choice.label.zh, choice.value))
                .collect::<Vec<_>>()
                .join(", "),
            zones: Vec::new(),
        },
    }
}

/// A location cell that names no zone of the directory, with zones of
/// `province` (the file's) as examples.
pub fn zone_problem(text: &str, province: Option<&str>) -> Problem {
    let zones: Vec<&'static str> = zone_examples(province).iter().map(|zone| zone.id).collect();
    let examples: Vec<String> =
        zone_examples(province).iter().map(|zone| format!("{} ({})", zone.name.zh, zone.id)).collect();
    Problem::Choice {
        value: text.trim().to_owned(),
        allowed: format!(
            "a zone of the directory (e.g. {}), or 无; for a park inside one zone, give the file's zone",
            examples.join(", ")
        ),
        zones,
    }
}

/// Zones to give as examples in a message about a location cell: those of
/// `province` (the file's), else the first of each province's.
pub fn zone_examples(province: Option<&str>) -> Vec<&'static crate::engine::zone::Zone> {
    match province {
        Some(province) if ZONES.iter().any(|zone| zone.province == province && zone.level.is_some()) => {
            ZONES.iter().filter(|zone| zone.province == province && zone.level.is_some()).take(3).collect()
        }
        _ => ["chengdu", "chongqing", "guiyang"].iter().filter_map(|id| ZONES.iter().find(|z| z.id == *id)).collect(),
    }
}

/// The choice lists the readers know, for the tests.
pub const CHOICE_FACTS: [(Fact, &[Choice]); 4] = [
    (Fact::Province, PROVINCES),
    (Fact::ZoneLevel, ZONE_LEVELS),
    (Fact::Graduation, GRADUATIONS),
    (Fact::AchievementTransferRole, TRANSFER_ROLES),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_board_words_are_their_own_keys() {
        for word in STAR.iter().chain(OTHER) {
            assert_eq!(name_key(word), *word);
        }
        assert_eq!(read_listing("已在科创板上市"), Ok(Some(true)));
        assert_eq!(read_listing(" 创业板 "), Ok(Some(false)));
        assert_eq!(read_listing("STAR Market"), Ok(Some(true)));
    }

    #[test]
    fn name_keys_fold_as_the_unicode_tables_do() {
        // The keys as before the ASCII and CJK shortcuts: every alphanumeric
        // character lower-cased by the Unicode tables.
        let reference = |text: &str| -> String {
            let mut depth = 0u32;
            let mut key = String::new();
            for c in normalise(text).chars() {
                match c {
                    '(' | '[' | '（' | '【' | '〔' => depth += 1,
                    ')' | ']' | '）' | '】' | '〕' => depth = depth.saturating_sub(1),
                    _ if depth > 0 => {}
                    c if c.is_alphanumeric() => key.extend(c.to_lowercase()),
                    _ => {}
                }
            }
            key
        };
        let texts = [
            "重庆高新技术产业开发区",
            "Chengdu High-tech Zone (CDHT)",
            "ＡＢＣ１２３ 西永微电子产业园",
            "Ｑ\u{3000}Éclair ΣΑΣ İstanbul",
            "㐀𠀀〇々ー・,.;-_ 鿿一",
            "",
        ];
        for text in texts {
            assert_eq!(name_key(text), reference(text), "{text}");
        }
        for code in 0u32..0x3_0000 {
            if let Some(c) = char::from_u32(code) {
                let text = c.to_string();
                assert_eq!(name_key(&text), reference(&text), "U+{code:04X}");
            }
        }
    }

    #[test]
    fn amounts_scale_by_the_column_unit_unless_the_cell_has_its_own() {
        let wan = MoneyUnit::TenThousandYuan;
        assert_eq!(read_fen("200", wan), Ok(Some(200_000_000)));
        assert_eq!(read_fen("200元", wan), Ok(Some(20_000)));
        assert_eq!(read_fen("1.5亿", wan), Ok(Some(15_000_000_000)));
        assert_eq!(read_fen("1.234567", wan), Ok(Some(1_234_567)));
        assert_eq!(read_fen("1.2345678", wan), Err(Problem::Fen));
    }

    #[test]
    fn expiry_dates_as_registries_write_them() {
        let day = |y, m, d| CivilDate::new(y, m, d).ok().map(Expiry::Day);
        assert_eq!(read_expiry("2027-03-12"), Ok(day(2027, 3, 12)));
        assert_eq!(read_expiry("20270312"), Ok(day(2027, 3, 12)));
        assert_eq!(read_expiry("2027年3月12日"), Ok(day(2027, 3, 12)));
        assert_eq!(read_expiry("2027-03"), Ok(Some(Expiry::Month(2027, 3))));
        assert_eq!(read_expiry("2027年3月"), Ok(Some(Expiry::Month(2027, 3))));
        assert_eq!(read_expiry("2027年"), Ok(Some(Expiry::Year(2027))));
        assert_eq!(read_expiry(""), Ok(None));
        assert_eq!(read_expiry("20271312"), Err(Problem::NotADate));
        assert_eq!(read_expiry("2026-13-01"), Err(Problem::NotADate));
        assert!(read_expiry("长期").is_err());
        // A period of months (遵义's registry), its end read.
        assert_eq!(read_expiry("2023年11月至2026年11月"), Ok(Some(Expiry::Month(2026, 11))));
        assert_eq!(read_expiry("2023.11-2026.11"), Ok(Some(Expiry::Month(2026, 11))));
        assert_eq!(read_expiry("2023年至2026年"), Ok(Some(Expiry::Year(2026))));
        assert_eq!(read_expiry("2024-02-16-2027-02-15"), Ok(day(2027, 2, 15)));
        assert!(read_expiry("2026年11月至2023年11月").is_err(), "an end before its start");
        let on = CivilDate::new(2026, 12, 6).unwrap_or_else(|_| unreachable!());
        assert_eq!(Expiry::Month(2026, 12).valid_on(on), None, "December cannot tell");
        assert_eq!(Expiry::Month(2026, 11).valid_on(on), Some(false));
        assert_eq!(Expiry::Year(2027).valid_on(on), Some(true));
        assert_eq!(day(2026, 12, 6).and_then(|d| d.valid_on(on)), Some(true), "valid through the day");
    }

    #[test]
    fn enterprise_sizes_and_formula_errors() {
        for (text, read) in
            [("大型", Some(false)), ("中型", Some(true)), ("小型企业", Some(true)), ("微型", Some(true))]
        {
            assert_eq!(read_enterprise_size(text), Ok(read), "{text}");
        }
        assert_eq!(read_enterprise_size("否"), Ok(Some(false)));
        assert!(matches!(read_enterprise_size("特大"), Err(Problem::Choice { .. })));
        assert!(is_formula_error("#DIV/0!") && is_formula_error(" #n/a") && is_formula_error("#REF!"));
        assert!(!is_formula_error("#") && !is_formula_error("N/A"));
    }

    #[test]
    fn excels_text_mark_is_not_the_value() {
        assert_eq!(normalise("'3560"), "3560");
        assert_eq!(normalise(" '91520300MA6YH8GXAP "), "91520300MA6YH8GXAP");
        assert_eq!(normalise("＇１２"), "12", "full width too");
        assert_eq!(normalise("'"), "");
        assert_eq!(read_fen("'15440.3", MoneyUnit::TenThousandYuan), Ok(Some(15_440_300_000)));
        assert_eq!(read_bool("'是"), Ok(Some(true)));
        assert_eq!(normalise("it's"), "it's", "only a leading one");
    }

    #[test]
    fn registers_words_and_pending_answers() {
        for (text, read) in [
            ("已入库", Some(true)),
            ("已认定", Some(true)),
            ("规上", Some(true)),
            ("未入库", Some(false)),
            ("已过期", Some(false)),
            ("规下", Some(false)),
            ("申报中", None),
            ("待定", None),
            ("不详", None),
        ] {
            assert_eq!(read_bool(text), Ok(read), "{text}");
        }
        assert_eq!(read_bool("也许"), Err(Problem::YesNo));
        assert_eq!(read_bool("●"), Ok(Some(true)));
        assert_eq!(read_bool(" ● "), Ok(Some(true)));
        // ○ is "no" in some tables and "optional" or "in part" in others: not guessed.
        assert_eq!(read_bool("○"), Err(Problem::YesNo));
        assert_eq!(read_listing("科创板"), Ok(Some(true)));
        assert_eq!(read_listing("创业板上市"), Ok(Some(false)));
        assert_eq!(read_listing("未上市"), Ok(Some(false)));
        assert_eq!(read_listing("新三板挂牌"), Ok(Some(false)));
        assert_eq!(read_listing("区域股权市场挂牌"), Ok(Some(false)));
        assert!(read_listing("科创板挂牌").is_err(), "a regional centre's 科技创新板, or the STAR Market: asked");
        assert_eq!(read_listing("申报中"), Ok(None));
        assert!(matches!(read_listing("科创版"), Err(Problem::Choice { .. })));
    }

    /// A registry not seen before (a Bishan export, 2026-12-06): a date
    /// column formatted as General gives its serial numbers.
    #[test]
    fn excel_serials_in_date_columns() {
        let day = |y, m, d| CivilDate::new(y, m, d).ok();
        assert_eq!(excel_serial("45657"), day(2024, 12, 31));
        assert_eq!(excel_serial(" 45657.0 "), day(2024, 12, 31));
        assert_eq!(excel_serial("４５６５７"), day(2024, 12, 31), "full width");
        for text in ["2025", "20251231", "45657.5", "4565", "456570", "-45657", "45,657"] {
            assert_eq!(excel_serial(text), None, "{text}");
        }
        assert_eq!(read_expiry("46022"), Ok(Some(Expiry::Day(CivilDate::new(2025, 12, 31).unwrap()))));
        // A date-and-time as systems and Excel's CSV write one: its date.
        for text in ["2025-12-31 00:00:00", "2025/12/31 0:00", "2025-12-31T00:00:00", "2025-12-31 00:00:00.000"] {
            assert_eq!(read_expiry(text), Ok(Some(Expiry::Day(CivilDate::new(2025, 12, 31).unwrap()))), "{text}");
        }
        assert_eq!(without_time_of_day("2025-12-31 25:00"), "2025-12-31 25:00", "no such time: as it is");
        assert_eq!(without_time_of_day("2025 12"), "2025 12");
    }

    /// One cell naming several qualifications: each one named is yes, a lapsed
    /// one no, a pending one (or one named both ways) unknown, and a name that
    /// is not a fact here is left aside and said.
    #[test]
    fn qualifications_in_one_cell() {
        let read = |text: &str| {
            let read = read_qualifications(text);
            (read.facts, read.unread)
        };
        let (hte, sme, gazelle) = (Fact::HighTechEnterprise, Fact::TechSme, Fact::HighGrowthEnterprise);
        assert_eq!(read("高新技术企业、科技型中小企业"), (vec![(hte, Some(true)), (sme, Some(true))], false));
        assert_eq!(read("国高/科小"), (vec![(hte, Some(true)), (sme, Some(true))], false));
        assert_eq!(
            read("国家高新技术企业\n科技型中小企业（已入库）"),
            (vec![(hte, Some(true)), (sme, Some(true))], false)
        );
        assert_eq!(read("高新技术企业（已过期）；瞪羚企业"), (vec![(hte, Some(false)), (gazelle, Some(true))], false));
        assert_eq!(read("高新技术企业（2023年认定）"), (vec![(hte, Some(true))], false));
        assert_eq!(read("高新技术企业（申报中）"), (vec![(hte, None)], false));
        assert_eq!(read("高新技术企业(2027年到期)"), (vec![(hte, None)], false), "a date, not a lapse: unknown");
        assert_eq!(read("高新技术企业、高新技术企业（已过期）"), (vec![(hte, None)], false));
        assert_eq!(read("专精特新中小企业、科技型中小企业"), (vec![(sme, Some(true))], true));
        assert_eq!(read("高企培育库"), (vec![], true), "a plan is not the qualification");
        assert_eq!(read("拟申报高新技术企业"), (vec![], true));
        assert_eq!(read("高薪技术企业"), (vec![], true), "a typo is not guessed");
        assert_eq!(read("无"), (vec![], false));
    }

    /// A registry not seen before (a Guiyang export, 2026-12-06): answers
    /// with an aside in brackets, the register's word without 已, a board
    /// named in brackets, a listing still planned.
    #[test]
    fn answers_with_asides_and_planned_listings() {
        for (text, read) in [
            ("是（2023年认定）", Some(true)),
            ("是(2023年认定)", Some(true)),
            ("否【已注销】", Some(false)),
            ("入库", Some(true)),
            ("认定", Some(true)),
            ("（是）", None),
        ] {
            assert_eq!(read_bool(text).ok().flatten(), read, "{text}");
        }
        assert_eq!(read_bool("（是）"), Err(Problem::YesNo), "nothing outside the brackets: not guessed");
        assert_eq!(read_bool("是（2023年认定"), Err(Problem::YesNo), "an unclosed bracket is not an aside");
        assert_eq!(read_listing("已上市（主板）"), Ok(Some(false)));
        assert_eq!(read_listing("已上市(科创板)"), Ok(Some(true)));
        assert_eq!(read_listing("拟上市"), Ok(Some(false)));
        assert_eq!(read_listing("拟科创板上市"), Ok(Some(false)));
        assert_eq!(read_listing("辅导期"), Ok(Some(false)));
        assert!(read_listing("已上市").is_err(), "which board is not said: asked, not guessed");
        assert!(read_listing("已上市（待定）").is_err());
    }

    #[test]
    fn register_years_numbers_periods_and_rough_amounts() {
        for (text, read) in [
            ("2025年入库", Some(true)),
            ("2023年认定", Some(true)),
            ("入库编号2025510107A0001234", Some(true)),
            ("入库编号：2025510107A0001234", Some(true)),
            ("是（入库编号2025510107A0001234）", Some(true)),
        ] {
            assert_eq!(read_bool(text), Ok(read), "{text}");
        }
        assert_eq!(read_bool("入库编号"), Err(Problem::YesNo), "a label without its number says nothing");
        assert_eq!(read_bool("2025年"), Err(Problem::YesNo));
        assert_eq!(read_bool("2025年否"), Err(Problem::YesNo), "only a register's words take a year");

        let day = |y, m, d| CivilDate::new(y, m, d).map(Expiry::Day).ok();
        for (text, end) in [
            ("2024.02.16-2027.02.15", day(2027, 2, 15)),
            ("2024-02-16-2027-02-15", day(2027, 2, 15)),
            ("2024年2月16日至2027年2月15日", day(2027, 2, 15)),
            ("2024/02/16 ~ 2027/02/15", day(2027, 2, 15)),
            ("2024.02.16—2027.02", Some(Expiry::Month(2027, 2))),
        ] {
            assert_eq!(read_expiry(text), Ok(end), "{text}");
        }
        assert!(read_expiry("2027.02.15-2024.02.16").is_err(), "an end before its start is not guessed");
        assert!(read_expiry("2024.02.16-").is_err());

        for rough in ["约745", "大约 745", "500余万", "500多万元", "近1亿", "300万左右", "超过500万", "800余"]
        {
            assert!(read_fen(rough, MoneyUnit::TenThousandYuan).is_err(), "{rough} is not an exact amount");
            assert!(approximate_amount(rough, MoneyUnit::TenThousandYuan), "{rough}");
        }
        for not_rough in ["745", "约", "约三百万", "暂无", "余额", "745万"] {
            assert!(!approximate_amount(not_rough, MoneyUnit::TenThousandYuan), "{not_rough}");
        }
    }

    #[test]
    fn zones_by_short_name() {
        let mianyang = ZONES.iter().position(|z| z.id == "mianyang").map(ChoiceValue::Index);
        assert_eq!(read_choice(Fact::Zone, "绵阳高新区").ok().flatten(), mianyang);
        assert_eq!(read_choice(Fact::Zone, "Mianyang High-tech Zone").ok().flatten(), mianyang);
        assert_eq!(read_choice(Fact::Zone, "mianyang").ok().flatten(), mianyang);
        assert_eq!(read_choice(Fact::Zone, "无"), Ok(Some(ChoiceValue::NoZone)));
    }

    #[test]
    fn provinces_by_prefix() {
        let index = |v: &str| PROVINCES.iter().position(|c| c.value == v).map(ChoiceValue::Index);
        assert_eq!(read_choice(Fact::Province, "四川省成都市").ok().flatten(), index("sichuan"));
        assert_eq!(read_choice(Fact::Province, "广东省").ok().flatten(), index("other"));
        assert_eq!(read_choice(Fact::Province, "Chongqing").ok().flatten(), index("chongqing"));
        assert!(read_choice(Fact::Province, "火星").is_err());
    }
}
