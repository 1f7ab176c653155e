//! The report in the two forms the hot paths need, written straight from
//! each measure's [`Verdict`] without building a [`crate::Report`]:
//!
//! - JSON text, byte for byte what `serde_json` writes for the `Report`
//!   (tests/encode.rs checks this), for the batch command line: the words of
//!   every reason are escaped once per process, not once per line;
//! - a packed array of numbers for the WebAssembly glue, which rebuilds the
//!   report objects in JavaScript from the catalogue it reads once
//!   (`js/glue.js`).

use crate::catalogue::compiled;
use crate::engine::compiled::CompiledMeasure;
use crate::engine::condition::Truth;
use crate::engine::date::CivilDate;
use crate::engine::fact::Fact;
use crate::engine::profile::Profile;
use crate::engine::verdict::Verdict;
use crate::output::question::{next_questions, QuestionOrder};
use crate::output::report::{MeasureResult, Report, Status, TestResult, Yuan, CONTRACT};
use std::io::{self, Write};

/// The JSON name of a status, as `serde` writes it.
pub const fn status_name(status: Status) -> &'static str {
    match status {
        Status::Eligible => "eligible",
        Status::Conditional => "conditional",
        Status::Informational => "informational",
        Status::Ineligible => "ineligible",
        Status::Unknown => "unknown",
    }
}

/// Every status, in the order of its code in the packed form.
pub const STATUSES: [Status; 5] =
    [Status::Eligible, Status::Conditional, Status::Informational, Status::Ineligible, Status::Unknown];

/// Every test state, in the order of its code in the packed form.
pub const STATES: [Truth; 3] = [Truth::Holds, Truth::Fails, Truth::Unknown];

/// The JSON name of a test's state, as `serde` writes it.
pub const fn state_name(state: Truth) -> &'static str {
    match state {
        Truth::Holds => "holds",
        Truth::Fails => "fails",
        Truth::Unknown => "unknown",
    }
}

/// [`state_name`] as a JSON string.
const fn quoted_state_name(state: Truth) -> &'static str {
    match state {
        Truth::Holds => "\"holds\"",
        Truth::Fails => "\"fails\"",
        Truth::Unknown => "\"unknown\"",
    }
}

/// A state's code in the packed form (two bits).
const fn state_code(state: Truth) -> u32 {
    match state {
        Truth::Holds => 0,
        Truth::Fails => 1,
        Truth::Unknown => 2,
    }
}

/// A status's code in the packed form (three bits): its place in [`STATUSES`].
const fn status_code(status: Status) -> u32 {
    match status {
        Status::Eligible => 0,
        Status::Conditional => 1,
        Status::Informational => 2,
        Status::Ineligible => 3,
        Status::Unknown => 4,
    }
}

/// Appends `text` as a JSON string, escaped as `serde_json` escapes it.
pub(crate) fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A measure's fixed JSON: its opening up to the status, what follows the
/// status up to `missing`, and each reason written out in each of the three
/// states.
#[derive(Clone)]
pub(crate) struct MeasureJson {
    head: String,
    after_status: String,
    reasons: Vec<[String; 3]>,
}

/// The measure's fixed JSON, written when a JSON report first needs it and
/// kept beside the compiled catalogue, by the measure's index.
fn fixed_json(measure: &CompiledMeasure) -> std::borrow::Cow<'static, MeasureJson> {
    static JSON: std::sync::OnceLock<Vec<std::sync::OnceLock<MeasureJson>>> = std::sync::OnceLock::new();
    let table = JSON.get_or_init(|| compiled().measures().iter().map(|_| std::sync::OnceLock::new()).collect());
    match table.get(measure.index) {
        Some(cell) => std::borrow::Cow::Borrowed(cell.get_or_init(|| measure_json(measure))),
        // Only a measure of another program than the catalogue's.
        None => std::borrow::Cow::Owned(measure_json(measure)),
    }
}

fn measure_json(compiled: &CompiledMeasure) -> MeasureJson {
    let measure = compiled.measure;
    let mut head = String::from("{\"id\":");
    push_json_string(&mut head, measure.id);
    head.push_str(",\"status\":\"");
    let after_status =
        format!("\",\"nature\":\"{}\",\"draft\":{},\"missing\":[", measure.nature.name(), measure.draft());
    let reasons = compiled
        .tests
        .iter()
        .map(|test| {
            [Truth::Holds, Truth::Fails, Truth::Unknown].map(|state| {
                let mut reason = format!("{{\"state\":\"{}\",\"zh-Hans\":", state_name(state));
                push_json_string(&mut reason, test.text.zh);
                reason.push_str(",\"en\":");
                push_json_string(&mut reason, test.text.en);
                reason.push('}');
                reason
            })
        })
        .collect();
    MeasureJson { head, after_status, reasons }
}

/// Writes the report for `facts` as compact JSON: the bytes
/// `serde_json::to_writer(out, &evaluate_with(facts, explain))` writes.
pub fn write_report_json<W: Write>(out: &mut W, facts: &Profile, explain: bool) -> io::Result<()> {
    write!(
        out,
        "{{\"contract\":{CONTRACT},\"asOf\":\"{}\",\"asOfDefaulted\":{},\"results\":[",
        facts.as_of(),
        facts.as_of_defaulted()
    )?;
    let mut written = Ok(());
    let mut first = true;
    compiled().evaluate(facts, |compiled, verdict, states| {
        let json = fixed_json(compiled);
        let json = json.as_ref();
        if written.is_ok() {
            written = write_result(out, json, verdict, states, explain, first);
        }
        first = false;
    });
    written?;
    out.write_all(b"]}")
}

fn write_result<W: Write>(
    out: &mut W,
    json: &MeasureJson,
    verdict: Verdict,
    states: &[Truth],
    explain: bool,
    first: bool,
) -> io::Result<()> {
    if !first {
        out.write_all(b",")?;
    }
    out.write_all(json.head.as_bytes())?;
    out.write_all(status_name(verdict.status).as_bytes())?;
    out.write_all(json.after_status.as_bytes())?;
    for (position, fact) in verdict.missing.iter().enumerate() {
        if position > 0 {
            out.write_all(b",")?;
        }
        // Fact names are ASCII letters: nothing to escape.
        out.write_all(b"\"")?;
        out.write_all(fact.name().as_bytes())?;
        out.write_all(b"\"")?;
    }
    out.write_all(b"],\"reasons\":[")?;
    for (position, state) in states.iter().enumerate() {
        if position > 0 {
            out.write_all(b",")?;
        }
        if explain {
            let text = json.reasons.get(position).and_then(|states| states.get(state_code(*state) as usize));
            out.write_all(text.map_or(b"" as &[u8], |text| text.as_bytes()))?;
        } else {
            out.write_all(quoted_state_name(*state).as_bytes())?;
        }
    }
    out.write_all(b"]")?;
    if let Some(share) = verdict.encouraged_share_yuan {
        out.write_all(b",\"encouragedShareYuan\":")?;
        serde_json::to_writer(&mut *out, &share).map_err(io::Error::from)?;
    }
    if let Some(date) = verdict.deciding_date {
        write!(out, ",\"decidingDate\":\"{date}\"")?;
    }
    out.write_all(b"}")
}

/// The bits of a packed head word that hold the status code.
pub const STATUS_BITS: u32 = 7;
/// Flag in a packed head word: an encouraged share in fen follows.
pub const HAS_SHARE: u32 = 1 << 3;
/// Flag in a packed head word: a deciding date follows.
pub const HAS_DECIDING_DATE: u32 = 1 << 4;

/// How many 32-bit words a packed `missing` takes.
pub const MISSING_WORDS: usize = Fact::ALL.len().div_ceil(32);

/// The report for `facts`, packed into numbers for the WebAssembly glue:
///
/// - word 0: `asOf` as `year × 10000 + month × 100 + day`;
/// - word 1: 1 when `asOf` was defaulted from the clock, else 0;
/// - then for each measure, in catalogue order:
///   - a head word: bits 0–2 the status (its place in [`STATUSES`]), bit 3
///     set when an encouraged share follows, bit 4 when a deciding date does;
///   - `missing` as a bitset over [`Fact::ALL`], [`MISSING_WORDS`] words,
///     low word first;
///   - the state of each test, two bits each (its place in [`STATES`]),
///     sixteen to a word, as many words as the measure has tests ÷ 16
///     rounded up;
///   - when bit 3 is set, the share in fen as two words, low then high
///     (below 2^53, see [`crate::engine::profile::MAX_YUAN`]);
///   - when bit 4 is set, the deciding date as one word, like `asOf`;
/// - then the order of the next questions ([`QuestionOrder`]): their count,
///   then each question's fact as its place in [`Fact::ALL`], most at stake
///   first. The glue builds `nextQuestions` from it and the results, without
///   ordering anything itself.
///
/// A measure's nature and draft mark are constant: the glue has them from
/// the tables it reads once.
pub fn pack_report(out: &mut Vec<u32>, facts: &Profile) {
    out.clear();
    // About four words per measure: one allocation for the whole report.
    out.reserve(320);
    out.push(facts.as_of().to_number());
    out.push(u32::from(facts.as_of_defaulted()));
    let mut order = QuestionOrder::new();
    compiled().evaluate(facts, |compiled, verdict, states| {
        order.add(compiled.measure, verdict.status, verdict.missing.iter());
        let mut head = status_code(verdict.status);
        if verdict.encouraged_share_yuan.is_some() {
            head |= HAS_SHARE;
        }
        if verdict.deciding_date.is_some() {
            head |= HAS_DECIDING_DATE;
        }
        out.push(head);
        out.extend(verdict.missing.words32());
        for chunk in states.chunks(16) {
            let word = chunk
                .iter()
                .enumerate()
                .fold(0u32, |word, (position, state)| word | state_code(*state) << (2 * position));
            out.push(word);
        }
        if let Some(Yuan(fen)) = verdict.encouraged_share_yuan {
            // Truncations on purpose: the low and the high 32 bits.
            #[allow(clippy::cast_possible_truncation)]
            out.extend([fen as u32, (fen >> 32) as u32]);
        }
        if let Some(date) = verdict.deciding_date {
            out.push(date.to_number());
        }
    });
    let questions = order.facts();
    // At most Fact::ALL.len() facts: the casts cannot truncate.
    #[allow(clippy::cast_possible_truncation)]
    out.push(questions.len() as u32);
    #[allow(clippy::cast_possible_truncation)]
    out.extend(questions.into_iter().map(|fact| fact.index() as u32));
}

/// The names of the facts, in the order of the bits of a packed `missing`.
pub fn fact_names() -> impl Iterator<Item = &'static str> {
    Fact::ALL.into_iter().map(Fact::name)
}

/// Reads a packed report back into a brief [`Report`]: the decoding the
/// JavaScript glue does, written in Rust so that tests can hold the two
/// forms against each other. `None` if `packed` is not a packed report.
pub fn unpack(packed: &[u32]) -> Option<Report> {
    let mut words = packed.iter().copied();
    let as_of = CivilDate::from_number(f64::from(words.next()?))?;
    let as_of_defaulted = match words.next()? {
        0 => false,
        1 => true,
        _ => return None,
    };
    let mut results = Vec::new();
    for compiled in compiled().measures() {
        let measure = compiled.measure;
        let head = words.next()?;
        let status = *STATUSES.get(usize::try_from(head & STATUS_BITS).ok()?)?;
        let mut missing = Vec::new();
        for word_index in 0..MISSING_WORDS {
            let bits = words.next()?;
            for bit in 0..32 {
                if bits & 1 << bit != 0 {
                    missing.push(*Fact::ALL.get(word_index * 32 + bit)?);
                }
            }
        }
        let count = compiled.tests.len();
        let mut reasons = Vec::with_capacity(count);
        let mut word = 0;
        for position in 0..count {
            if position % 16 == 0 {
                word = words.next()?;
            }
            let state = *STATES.get(usize::try_from(word >> (2 * (position % 16)) & 3).ok()?)?;
            reasons.push(TestResult { state, text: None });
        }
        let encouraged_share_yuan = if head & HAS_SHARE != 0 {
            let (low, high) = (words.next()?, words.next()?);
            Some(Yuan(u64::from(high) << 32 | u64::from(low)))
        } else {
            None
        };
        let deciding_date =
            if head & HAS_DECIDING_DATE != 0 { Some(CivilDate::from_number(f64::from(words.next()?))?) } else { None };
        results.push(MeasureResult {
            id: measure.id,
            status,
            nature: measure.nature,
            draft: measure.draft(),
            missing,
            reasons,
            encouraged_share_yuan,
            deciding_date,
        });
    }
    let report = Report { contract: CONTRACT, as_of, as_of_defaulted, results };
    // The question order must be the one the results give.
    let count = usize::try_from(words.next()?).ok()?;
    let order: Vec<&'static str> = words
        .by_ref()
        .take(count)
        .map(|index| Fact::ALL.get(usize::try_from(index).ok()?).map(|fact| fact.name()))
        .collect::<Option<_>>()?;
    let expected: Vec<&'static str> = next_questions(&report).into_iter().map(|question| question.fact).collect();
    (order == expected && words.next().is_none()).then_some(report)
}
