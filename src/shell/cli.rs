//! The `hitech-eligibility` command line: the same engine as the WebAssembly
//! package, for files and batches. See `--help` and `SPEC.md` §4.

use hitech_eligibility::engine::profile::Today;
use hitech_eligibility::output::encode::write_report_json;
use hitech_eligibility::{CivilDate, Profile};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const HELP: &str = "\
hitech-eligibility — which high-tech-zone support measures apply to a profile

USAGE:
    hitech-eligibility check FILE            evaluate one profile (JSON object); FILE may be - for stdin
    hitech-eligibility check --jsonl FILE    evaluate one profile per line; one report per line
    hitech-eligibility check --csv FILE      evaluate one enterprise per row of a CSV (or an Excel .xlsx
                                             or old .xls workbook, its registry's sheet) with headers
                                             such as 企业名称, 营业收入（万元）,
                                             是否高新技术企业; writes CSV (UTF-8 with BOM, CRLF): the
                                             columns as read, then \"error\", then per measure
                                             \"<id> status\" and \"<id> missing\"; rows in = rows out
        --encoding auto|utf-8|gb18030        with --csv: the CSV's encoding (auto: UTF-8 with or
                                             without BOM if the first MiB is UTF-8, else GB18030/GBK;
                                             UTF-16 after its BOM, Excel's \"Unicode 文本\", always)
        --brief                              with FILE or --jsonl: reasons without their words (the
                                             catalogue has them, in order); a report a fifth the size
        --as-of YYYY-MM-DD                   with any: the date for every profile or row that states
                                             no \"asOf\" (a reproducible batch run)
        --zone ID                            with --csv: the zone of every row that states none (an id
                                             or name of the directory: chongqing, 重庆高新区); a
                                             location cell that names a park inside it (西永微电子
                                             产业园) is read as this zone, not as an error
        --province P, --zone-level L         with --csv: the province (sichuan, 重庆…) and zone level
                                             (national, provincial, none) of every row that states
                                             neither (nor a zone)
        --mapping FILE                       with --csv: a saved mapping (JSON, as the batch page
                                             saves it): {\"columns\": {header: target or null},
                                             \"values\": {header: {cell: value or null}}, \"zone\",
                                             \"province\", \"zoneLevel\"}; --zone etc. override its
                                             settings
        --header-row N                       with --csv: the header is row N (1 to 10; the rows above
                                             are not read) instead of the row found (the first
                                             naming two known columns); a saved mapping may say it
        --notify MEASURE_ID                  with --csv: instead of the whole table, the measure's
                                             notification list, as the batch page exports it: each
                                             enterprise to tell (可以申请 first, then 尚需他人决定,
                                             还需更多信息), its row, the registry's name, code and
                                             contact columns, the status, who decides, what is
                                             missing and the draft mark; each credit code once.
                                             Refused (exit 2) for another province's measure when
                                             every row is in one province. Reads the file whole
                                             (at most 256 MiB)
        --notify-format csv|xlsx             with --notify: CSV (UTF-8 with BOM, CRLF; the default)
                                             or an .xlsx workbook, on stdout
        --lang zh|en                         with --notify: the list's headers and words (default zh)
        --jobs N                             with --jsonl or --csv: threads (default: the environment
                                             variable HITECH_JOBS, else every core); output keeps
                                             the input's order
    hitech-eligibility measures              print the catalogue of measures as JSON
    hitech-eligibility engine-data           print what the JavaScript glue reads from the build
                                             (its tables, the catalogue, questions, zones, versions)
    hitech-eligibility --help | --version

A profile is a JSON object of facts, every one optional, e.g.
    {\"zone\": \"chongqing\", \"highTechEnterprise\": true, \"aboveDesignatedSize\": true}
\"asOf\" is the date of the act in Beijing (for permits and visas, the day the
application is submitted). Without it, and without --as-of, the check is made
for today's date in Beijing and the report says \"asOfDefaulted\": true.

Input: check FILE reads at most 1 MiB (1048576 bytes); --jsonl at most 1 MiB a line.
--csv reads cells as people type them: 是/否, √/×, Y/N, 1/0; 200万, 1.5亿元, ￥2,000,000;
1962年11月28日; 四川/重庆/贵州, 国家级/省级, zone names (成都高新区); 已入库 (yes);
上市情况 (科创板: listed on the STAR Market; 创业板, 主板, 北交所, 新三板, 未上市: not). An
empty cell, 暂无, 未填报, or one still pending (申报中, 在审, 待定), is an unknown fact, and so is
an amount given only roughly (约745, 500余万). 2025年入库 and 入库编号… are yes. A header's unit
in brackets scales its column (营业收入（万元） × 10,000). A certificate-expiry column
(高企证书有效期至, or a period 2024.02.16-2027.02.15: its end) makes highTechEnterprise
true only if valid on the check date; its dates may be Excel serial numbers (45796) or
carry a time (2027-01-03 00:00:00). A 企业资质 column may name several qualifications in a
cell (高新技术企业、科技型中小企业): each named is yes, one lapsed (已过期) no, any other
fact unknown. A total or note row (合计, 填表说明：…) or a heading between groups (一、璧泉片区)
is not checked, and says so. The header
is found below title rows (the first of the first 10 rows that names two known columns);
a second header row under it (高企证书 over 证书编号, 有效期至) is merged into it.
The output's \"code check\" column flags an invalid unified social credit code and a row
that repeats an earlier row's code. Counts of these go to stderr.

EXIT STATUS:
    0  all profiles evaluated
    1  the output could not be written (e.g. stdout closed early)
    2  bad input or bad arguments: the field and the problem are on stderr (for
       --jsonl, in that line's output record {\"line\": N, \"error\": \"...\"}; for --csv,
       in that row's \"error\" column and on stderr with its row number, column and
       header; the other lines and rows are still checked)
";

/// Longest accepted line in `--jsonl` mode. A longer line becomes an error
/// record without being held in memory.
const MAX_LINE_BYTES: usize = 1 << 20;
/// Longest accepted input of `check FILE`: the same limit as a line.
const MAX_PROFILE_BYTES: usize = MAX_LINE_BYTES;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["--help" | "-h" | "help"] => print(HELP),
        ["--version" | "-V"] => print(&version_text()),
        ["measures"] => print_json(&hitech_eligibility::catalogue::listing()),
        ["engine-data"] => print_json(&hitech_eligibility::shell::tables::engine_data()),
        ["check", rest @ ..] => match check_arguments(rest) {
            Ok(check) => match check.mode {
                Mode::One => check_one(check.path, check.explain, check.today),
                Mode::Jsonl => check_lines(check.path, check.explain, check.today, check.jobs),
                #[cfg(feature = "batch")]
                Mode::Csv(encoding) => match check.notify {
                    Some(notify) => csv_check::notify_list(check.path, encoding, check.today, check.file(), notify),
                    None => csv_check::check_csv(check.path, encoding, check.today, check.jobs, check.file()),
                },
            },
            Err(ArgumentError::AsOf(message)) => {
                complain(&format!("--as-of: {message}"));
                ExitCode::from(2)
            }
            Err(ArgumentError::Value(message)) => {
                complain(&message);
                ExitCode::from(2)
            }
            Err(ArgumentError::Usage) => usage_error(&args),
        },
        _ => usage_error(&args),
    }
}

/// `--version`: what the JavaScript API's `about()` says, one fact a line,
/// the first line as every command line tool writes it.
fn version_text() -> String {
    let about = hitech_eligibility::about();
    format!(
        "hitech-eligibility {}\ncontract {}\ncatalogue {} (measures as of {})\n",
        about.package, about.contract, about.catalogue.version, about.catalogue.date
    )
}

/// What `check` reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// One JSON profile.
    One,
    /// One JSON profile per line.
    Jsonl,
    /// A CSV, .xlsx or .xls of enterprises, in this encoding (of a CSV).
    #[cfg(feature = "batch")]
    Csv(hitech_eligibility::shell::batch::input::EncodingChoice),
}

/// What `check` was asked to do.
struct Check<'a> {
    path: &'a str,
    mode: Mode,
    explain: bool,
    /// The `asOf` of a profile that states none.
    today: Today,
    /// Threads for `--jsonl` and `--csv`.
    jobs: usize,
    /// `--zone`, `--province`, `--zone-level` for `--csv`.
    #[cfg(feature = "batch")]
    settings: hitech_eligibility::shell::batch::registry::Settings,
    /// `--mapping FILE` for `--csv`.
    #[cfg(feature = "batch")]
    mapping: Option<&'a str>,
    /// `--notify ID` (with `--notify-format`, `--lang`) for `--csv`.
    #[cfg(feature = "batch")]
    notify: Option<Notify<'a>>,
    /// `--header-row N` for `--csv`.
    #[cfg(feature = "batch")]
    header_row: Option<u64>,
}

/// What `--csv` is told about the whole file: its place, a saved mapping,
/// the header's row.
#[cfg(feature = "batch")]
#[derive(Clone, Copy)]
struct FileFlags<'a> {
    settings: hitech_eligibility::shell::batch::registry::Settings,
    mapping: Option<&'a str>,
    header_row: Option<u64>,
}

#[cfg(feature = "batch")]
impl<'a> Check<'a> {
    fn file(&self) -> FileFlags<'a> {
        FileFlags { settings: self.settings, mapping: self.mapping, header_row: self.header_row }
    }
}

/// `check --csv --notify`: one measure's notification list.
#[cfg(feature = "batch")]
#[derive(Clone, Copy)]
struct Notify<'a> {
    measure: &'a str,
    /// `csv` or `xlsx`.
    format: &'static str,
    english: bool,
}

/// Why `check`'s arguments were refused.
enum ArgumentError {
    /// Not the shape of a `check` command: print the usage.
    Usage,
    /// `--as-of` was given a value that is not a date.
    AsOf(String),
    /// Another flag was given a value it does not take.
    Value(String),
}

/// The threads to use: `--jobs`, else `HITECH_JOBS`, else every core.
fn default_jobs() -> Result<usize, ArgumentError> {
    match std::env::var("HITECH_JOBS") {
        Ok(text) => jobs(&text).map_err(|message| ArgumentError::Value(format!("HITECH_JOBS: {message}"))),
        Err(_) => Ok(std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)),
    }
}

fn jobs(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=1024).contains(&n) => Ok(n),
        _ => Err(format!("{text:?}: must be a number of threads from 1 to 1024")),
    }
}

/// `--zone`, `--province`, `--zone-level`: the file's place, for `--csv`.
const PLACE_FLAGS: [&str; 3] = ["--zone", "--province", "--zone-level"];
/// `--notify`, `--notify-format`, `--lang`: a notification list, for `--csv`.
const NOTIFY_FLAGS: [&str; 3] = ["--notify", "--notify-format", "--lang"];

/// Whether `flag` is one of `names`, as `--name` or `--name=VALUE`.
fn named(flag: &str, names: &[&str]) -> bool {
    names.iter().any(|name| flag == *name || flag.strip_prefix(name).is_some_and(|rest| rest.starts_with('=')))
}

/// A flag of `names` and its value (after `=`, or the next argument) into
/// its slot of `slots`; a flag given twice is a usage error.
fn given_once<'a, const N: usize>(
    flag: &'a str,
    names: &[&str; N],
    slots: &mut [Option<&'a str>; N],
    args: &mut impl Iterator<Item = &'a str>,
) -> Result<(), ArgumentError> {
    let (name, value) = match flag.split_once('=') {
        Some((name, value)) => (name, value),
        None => (flag, args.next().ok_or(ArgumentError::Usage)?),
    };
    match names.iter().position(|n| *n == name).and_then(|at| slots.get_mut(at)) {
        Some(slot @ None) => {
            *slot = Some(value);
            Ok(())
        }
        _ => Err(ArgumentError::Usage),
    }
}

/// Reads `check`'s arguments: one path (or `-`) and the flags, in any order.
fn check_arguments<'a>(args: &[&'a str]) -> Result<Check<'a>, ArgumentError> {
    let mut check = Check {
        path: "",
        mode: Mode::One,
        explain: true,
        today: Today::Clock(beijing_today()),
        jobs: 0,
        #[cfg(feature = "batch")]
        settings: Default::default(),
        #[cfg(feature = "batch")]
        mapping: None,
        #[cfg(feature = "batch")]
        notify: None,
        #[cfg(feature = "batch")]
        header_row: None,
    };
    let mut header_row: Option<&str> = None;
    let mut mapping: Option<&str> = None;
    // --notify, --notify-format, --lang.
    let mut notify: [Option<&str>; 3] = [None; 3];
    // --zone, --province, --zone-level.
    let mut place: [Option<&str>; 3] = [None; 3];
    let mut as_of_given = false;
    let mut encoding: Option<&str> = None;
    let mut jobs_given: Option<&str> = None;
    let mut paths = 0;
    let mut args = args.iter().copied();
    while let Some(arg) = args.next() {
        let as_of = |text: &str| {
            CivilDate::parse(text).map(Today::Given).map_err(|error| ArgumentError::AsOf(format!("{text:?}: {error}")))
        };
        match arg {
            "--jsonl" if check.mode == Mode::One => check.mode = Mode::Jsonl,
            #[cfg(feature = "batch")]
            "--csv" if check.mode == Mode::One => {
                check.mode = Mode::Csv(hitech_eligibility::shell::batch::input::EncodingChoice::Auto);
            }
            "--brief" if check.explain => check.explain = false,
            "--encoding" if encoding.is_none() => encoding = Some(args.next().ok_or(ArgumentError::Usage)?),
            flag if flag.starts_with("--encoding=") && encoding.is_none() => {
                encoding = Some(flag.trim_start_matches("--encoding="));
            }
            "--jobs" if jobs_given.is_none() => jobs_given = Some(args.next().ok_or(ArgumentError::Usage)?),
            flag if flag.starts_with("--jobs=") && jobs_given.is_none() => {
                jobs_given = Some(flag.trim_start_matches("--jobs="));
            }
            flag if named(flag, &PLACE_FLAGS) => given_once(flag, &PLACE_FLAGS, &mut place, &mut args)?,
            flag if named(flag, &NOTIFY_FLAGS) => given_once(flag, &NOTIFY_FLAGS, &mut notify, &mut args)?,
            "--header-row" if header_row.is_none() => header_row = Some(args.next().ok_or(ArgumentError::Usage)?),
            flag if flag.starts_with("--header-row=") && header_row.is_none() => {
                header_row = Some(flag.trim_start_matches("--header-row="));
            }
            "--mapping" if mapping.is_none() => mapping = Some(args.next().ok_or(ArgumentError::Usage)?),
            flag if flag.starts_with("--mapping=") && mapping.is_none() => {
                mapping = Some(flag.trim_start_matches("--mapping="));
            }
            "--as-of" if !as_of_given => {
                check.today = as_of(args.next().ok_or(ArgumentError::AsOf("needs a date YYYY-MM-DD".to_owned()))?)?;
                as_of_given = true;
            }
            flag if flag.starts_with("--as-of=") && !as_of_given => {
                check.today = as_of(flag.trim_start_matches("--as-of="))?;
                as_of_given = true;
            }
            path if path == "-" || !path.starts_with('-') => {
                check.path = path;
                paths += 1;
            }
            _ => return Err(ArgumentError::Usage),
        }
    }
    if paths != 1 {
        return Err(ArgumentError::Usage);
    }
    check.jobs = match jobs_given {
        Some(text) => jobs(text).map_err(|message| ArgumentError::Value(format!("--jobs: {message}")))?,
        None => default_jobs()?,
    };
    match (check.mode, encoding) {
        (_, None) => {}
        #[cfg(feature = "batch")]
        (Mode::Csv(_), Some(name)) => {
            let choice = hitech_eligibility::shell::batch::input::EncodingChoice::from_name(name)
                .ok_or_else(|| ArgumentError::Value(format!("--encoding: {name:?}: must be auto, utf-8 or gb18030")))?;
            check.mode = Mode::Csv(choice);
        }
        (_, Some(_)) => return Err(ArgumentError::Usage),
    }
    #[cfg(feature = "batch")]
    if matches!(check.mode, Mode::Csv(_)) && !check.explain {
        // A CSV carries statuses and missing facts, never the reasons.
        return Err(ArgumentError::Usage);
    }
    if jobs_given.is_some() && check.mode == Mode::One {
        return Err(ArgumentError::Usage);
    }
    // A saved mapping, the header's row, a notification list and the file's
    // place are for --csv only.
    #[cfg(feature = "batch")]
    let csv = matches!(check.mode, Mode::Csv(_));
    #[cfg(not(feature = "batch"))]
    let csv = false;
    let for_csv = mapping.is_some()
        || header_row.is_some()
        || notify.iter().any(Option::is_some)
        || place.iter().any(Option::is_some);
    if for_csv && !csv {
        return Err(ArgumentError::Usage);
    }
    #[cfg(feature = "batch")]
    if csv {
        check.mapping = mapping;
        if let Some(text) = header_row {
            let row = text.trim().parse::<u64>().ok().filter(|row| (1..=10).contains(row));
            check.header_row = Some(row.ok_or_else(|| {
                ArgumentError::Value(format!("--header-row: {text:?}: must be a row number from 1 to 10"))
            })?);
        }
        match notify {
            [None, None, None] => {}
            [Some(measure), format, lang] => {
                let format = match format.unwrap_or("csv") {
                    "csv" => "csv",
                    "xlsx" => "xlsx",
                    other => {
                        return Err(ArgumentError::Value(format!("--notify-format: {other:?}: must be csv or xlsx")))
                    }
                };
                let english = match lang.unwrap_or("zh") {
                    "zh" | "zh-Hans" => false,
                    "en" => true,
                    other => return Err(ArgumentError::Value(format!("--lang: {other:?}: must be zh or en"))),
                };
                check.notify = Some(Notify { measure, format, english });
            }
            // --notify-format or --lang without --notify.
            [None, ..] => return Err(ArgumentError::Usage),
        }
        if place.iter().any(Option::is_some) {
            let [zone, province, level] = place;
            check.settings = hitech_eligibility::shell::batch::registry::Settings::new(zone, province, level)
                .map_err(|error| ArgumentError::Value(format!("--{error}")))?;
        }
    }
    Ok(check)
}

fn usage_error(args: &[&str]) -> ExitCode {
    let shown = args.join(" ");
    complain(&format!("unrecognised arguments: {shown}"));
    eprintln!("\n{HELP}");
    ExitCode::from(2)
}

/// Writes a message to stderr, with every control character from the input
/// (ESC, BEL, newlines…), the bidirectional controls and the line and
/// paragraph separators written as an escape: a profile's keys and values
/// must not drive the terminal, reorder a line as shown (Trojan Source) or
/// forge log lines.
fn complain(message: &str) {
    let mut shown = String::with_capacity(message.len());
    for c in message.chars() {
        if c.is_control() || reorders_or_breaks(c) {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    eprintln!("hitech-eligibility: {shown}");
}

/// The characters that change the order text is shown in (LRM, RLM, the
/// embeddings, overrides and isolates, the byte-order mark as a zero-width
/// no-break space) or break a line without being control characters
/// (U+2028, U+2029).
fn reorders_or_breaks(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}')
}

fn print(text: &str) -> ExitCode {
    match io::stdout().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(text) => print(&(text + "\n")),
        Err(error) => {
            complain(&error.to_string());
            ExitCode::FAILURE
        }
    }
}

/// Today's date in Beijing: the CLI's default `asOf` (SPEC §1), whatever
/// the machine's time zone.
fn beijing_today() -> CivilDate {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    CivilDate::beijing_today(i64::try_from(seconds).unwrap_or(0))
        .or_else(|| CivilDate::from_unix_days(0))
        .unwrap_or_else(|| unreachable!("1970-01-01 is a valid date"))
}

fn open(path: &str) -> io::Result<Box<dyn Read>> {
    if path == "-" {
        Ok(Box::new(io::stdin().lock()))
    } else {
        Ok(Box::new(std::fs::File::open(path)?))
    }
}

fn check_one(path: &str, explain: bool, today: Today) -> ExitCode {
    let mut bytes = Vec::new();
    // One byte past the limit tells a long input from one of exactly the limit.
    let read = open(path).and_then(|input| input.take(MAX_PROFILE_BYTES as u64 + 1).read_to_end(&mut bytes));
    if bytes.len() > MAX_PROFILE_BYTES {
        complain(&format!("{path}: input is longer than {MAX_PROFILE_BYTES} bytes (a profile is a few hundred bytes)"));
        return ExitCode::from(2);
    }
    if let Err(error) = read {
        complain(&format!("cannot read {path}: {error}"));
        return ExitCode::from(2);
    }
    let Ok(text) = String::from_utf8(bytes) else {
        complain(&format!("{path}: input is not valid UTF-8"));
        return ExitCode::from(2);
    };
    match Profile::from_json(&text, today) {
        Ok(facts) => print_report(&facts, explain),
        Err(error) => {
            complain(&error.to_string());
            ExitCode::from(2)
        }
    }
}

/// Prints one report, indented for people: written by the compiled path
/// every interface uses (as a `--jsonl` line is), then indented with its keys
/// in their order. The tree walk is only the tests' reference.
fn print_report(facts: &Profile, explain: bool) -> ExitCode {
    let mut compact = Vec::with_capacity(1 << 14);
    if write_report_json(&mut compact, facts, explain).is_err() {
        return ExitCode::FAILURE;
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut reader = serde_json::Deserializer::from_slice(&compact);
    let mut writer = serde_json::Serializer::pretty(&mut out);
    let written = serde_transcode::transcode(&mut reader, &mut writer)
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

/// One profile per line in, one report (or error record) per line out;
/// with `jobs` > 1, chunks of lines are checked in that many threads and
/// written in their order.
fn check_lines(path: &str, explain: bool, today: Today, jobs: usize) -> ExitCode {
    let input = match open(path) {
        Ok(input) => input,
        Err(error) => {
            complain(&format!("cannot read {path}: {error}"));
            return ExitCode::from(2);
        }
    };
    let mut reader = BufReader::with_capacity(1 << 16, input);
    // Not locked: the writing thread of `in_parallel` takes it.
    let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout());
    let mut failed = 0usize;
    let mut line_number = 0usize;
    let mut read_error = None;
    // Reads the next chunk of lines: `None` at the end of the input (or at
    // an error, kept in `read_error`).
    let mut next_chunk = |size: usize| -> Option<Lines> {
        let mut chunk = Lines { first: line_number + 1, bytes: Vec::new(), ends: Vec::with_capacity(size) };
        let mut line = Vec::new();
        while chunk.ends.len() < size {
            match read_bounded_line(&mut reader, &mut line) {
                Ok(Some(too_long)) => {
                    line_number += 1;
                    chunk.bytes.extend_from_slice(&line);
                    chunk.ends.push((chunk.bytes.len(), too_long));
                }
                Ok(None) => break,
                Err(error) => {
                    read_error = Some(format!("cannot read {path} after line {line_number}: {error}"));
                    break;
                }
            }
        }
        (!chunk.ends.is_empty()).then_some(chunk)
    };
    let written = if jobs <= 1 {
        let mut written = true;
        // Straight into the output buffer, as before threads: a buffer per
        // line grew and copied each ~26 kB report again, and one per chunk
        // left the cache (0.70 → 0.91–1.03 s for 100,000 lines on one core).
        while let Some(chunk) = next_chunk(64) {
            match chunk.check(&mut out, explain, today) {
                Ok(bad) => failed += bad,
                Err(_) => {
                    written = false;
                    break;
                }
            }
        }
        written
    } else {
        in_parallel(
            jobs,
            || next_chunk(LINES_PER_CHUNK),
            |chunk: Lines| {
                let mut buffer = Vec::with_capacity(chunk.ends.len() * 1024);
                // Writing into a Vec cannot fail.
                let bad = chunk.check(&mut buffer, explain, today).unwrap_or(0);
                (buffer, bad)
            },
            |(buffer, bad): (Vec<u8>, usize)| {
                failed += bad;
                out.write_all(&buffer).is_ok()
            },
        )
    };
    if !written || out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if let Some(message) = read_error {
        complain(&message);
        return ExitCode::from(2);
    }
    if failed > 0 {
        complain(&format!("{failed} of {line_number} lines could not be checked"));
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Lines of `--jsonl` per chunk handed to a thread: a full report is ~26 kB,
/// so 64 lines keep a chunk's output in the cache; with 1,024 two threads
/// were slower than one (1.26 vs 0.71 s for 100,000 lines; 0.56 s now).
const LINES_PER_CHUNK: usize = 64;

/// A chunk of `--jsonl` input: the lines' bytes one after the other, where
/// each ends and whether it was too long, and the first one's number.
struct Lines {
    first: usize,
    bytes: Vec<u8>,
    ends: Vec<(usize, bool)>,
}

impl Lines {
    /// Writes each line's report or error record; returns how many failed.
    fn check(&self, out: &mut impl Write, explain: bool, today: Today) -> io::Result<usize> {
        let mut failed = 0;
        let mut start = 0;
        for (offset, &(end, too_long)) in self.ends.iter().enumerate() {
            let line = self.bytes.get(start..end).unwrap_or_default();
            start = end;
            let record = if too_long {
                Err(format!("line is longer than {MAX_LINE_BYTES} bytes"))
            } else {
                match std::str::from_utf8(line) {
                    Err(_) => Err("line is not valid UTF-8".to_owned()),
                    Ok(text) if text.trim().is_empty() => Err("empty line: expected a JSON profile".to_owned()),
                    Ok(text) => Profile::from_json(text, today).map_err(|error| error.to_string()),
                }
            };
            // Reports are written straight into the output buffer, from the
            // verdicts, with the reasons' words escaped once per process.
            match record {
                Ok(facts) => write_report_json(out, &facts, explain)?,
                Err(message) => {
                    failed += 1;
                    serde_json::to_writer(&mut *out, &ErrorRecord { line: self.first + offset, error: &message })
                        .map_err(io::Error::from)?;
                }
            }
            out.write_all(b"\n")?;
        }
        Ok(failed)
    }
}

/// Runs `work` on each chunk `read` gives, in `jobs` threads, and hands the
/// results to `write` in the order the chunks were read. Memory stays
/// bounded: the reader waits while `2 × jobs` chunks are queued. Returns
/// `false` as soon as `write` does (stdout closed), having stopped reading.
fn in_parallel<C: Send, R: Send>(
    jobs: usize,
    mut read: impl FnMut() -> Option<C>,
    work: impl Fn(C) -> R + Sync,
    mut write: impl FnMut(R) -> bool + Send,
) -> bool {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{mpsc, Mutex};

    let stopped = AtomicBool::new(false);
    let (to_workers, from_reader) = mpsc::sync_channel::<(u64, C)>(2 * jobs);
    let from_reader = Mutex::new(from_reader);
    let (to_writer, from_workers) = mpsc::sync_channel::<(u64, R)>(2 * jobs);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let to_writer = to_writer.clone();
            let (from_reader, work) = (&from_reader, &work);
            let stopped = &stopped;
            // A worker runs until the reader is done; once the output is
            // closed it only drains the queue, so that the reader is never
            // left waiting on a full one.
            scope.spawn(move || loop {
                let next = match from_reader.lock() {
                    Ok(receiver) => receiver.recv(),
                    Err(_) => break,
                };
                let Ok((sequence, chunk)) = next else { break };
                if !stopped.load(Ordering::Relaxed) {
                    let _ = to_writer.send((sequence, work(chunk)));
                }
            });
        }
        drop(to_writer);
        let stopped = &stopped;
        let writer = scope.spawn(move || {
            let mut waiting = BTreeMap::new();
            let mut next = 0u64;
            for (sequence, result) in from_workers {
                waiting.insert(sequence, result);
                while let Some(result) = waiting.remove(&next) {
                    if !write(result) {
                        stopped.store(true, Ordering::Relaxed);
                        return false;
                    }
                    next += 1;
                }
            }
            true
        });
        let mut sequence = 0u64;
        while !stopped.load(Ordering::Relaxed) {
            let Some(chunk) = read() else { break };
            if to_workers.send((sequence, chunk)).is_err() {
                break;
            }
            sequence += 1;
        }
        drop(to_workers);
        writer.join().unwrap_or(false)
    })
}

/// The output line for an input line that could not be checked.
#[derive(serde::Serialize)]
struct ErrorRecord<'a> {
    line: usize,
    error: &'a str,
}

/// Reads the next line (without its `\n` or `\r\n`) into `line`, keeping at
/// most [`MAX_LINE_BYTES`]. Returns `None` at end of input, otherwise
/// whether the line was too long (its bytes past the limit are skipped).
fn read_bounded_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<Option<bool>> {
    line.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            break;
        }
        any = true;
        let (chunk, found_newline) = match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => (buffer.split_at(end).0, true),
            None => (buffer, false),
        };
        let used = chunk.len() + usize::from(found_newline);
        if !too_long {
            if line.len() + chunk.len() > MAX_LINE_BYTES {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        reader.consume(used);
        if found_newline {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(too_long))
}

/// `check --csv`: a CSV streamed in chunks (or an .xlsx read whole), each
/// row checked by the batch module, the export CSV on stdout.
#[cfg(feature = "batch")]
mod csv_check {
    use super::{complain, in_parallel, open};
    use hitech_eligibility::shell::batch::columns::{Columns, Target};
    use hitech_eligibility::shell::batch::input::{self, EncodingChoice, Kind};
    use hitech_eligibility::shell::batch::notify::Words;
    use hitech_eligibility::shell::batch::registry::{Codes, MappingFile, NoteCounts, Settings, ValueMaps};
    use hitech_eligibility::shell::batch::stream::{ChunkChecker, ChunkError, ChunkRow, CsvStream};
    use hitech_eligibility::shell::batch::{csv_export_headers, export, limits, Batch};
    use hitech_eligibility::Today;
    use std::io::{self, Read, Write};
    use std::process::ExitCode;

    /// Rows per chunk handed to a thread.
    const ROWS_PER_CHUNK: usize = 2048;
    /// Error rows listed on stderr one by one; the rest are counted.
    const ERRORS_LISTED: usize = 100;

    /// A saved mapping's largest size.
    const MAX_MAPPING_BYTES: u64 = 1 << 20;

    /// Reads `--mapping FILE`.
    fn read_mapping(path: &str) -> Result<MappingFile, String> {
        let mut text = String::new();
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_MAPPING_BYTES).read_to_string(&mut text))
            .map_err(|error| format!("--mapping: cannot read {path}: {error}"))?;
        MappingFile::from_json(&text).map_err(|error| format!("--mapping {path}: {error}"))
    }

    /// Applies the mapping to the columns: the settings to use (the flags'
    /// when any was given, else the mapping's) and the value maps.
    fn apply(
        mapping: Option<&MappingFile>,
        columns: &mut Columns,
        flags: Settings,
    ) -> Result<(Settings, ValueMaps), String> {
        let Some(mapping) = mapping else { return Ok((flags, ValueMaps::new())) };
        let (settings, values) = mapping.apply(columns).map_err(|error| format!("--{error}"))?;
        Ok((if flags.is_empty() { settings } else { flags }, values))
    }

    pub fn check_csv(
        path: &str,
        encoding: EncodingChoice,
        today: Today,
        jobs: usize,
        super::FileFlags { settings, mapping, header_row }: super::FileFlags<'_>,
    ) -> ExitCode {
        let mapping = match mapping.map(read_mapping).transpose() {
            Ok(mapping) => mapping,
            Err(message) => {
                complain(&message);
                return ExitCode::from(2);
            }
        };
        let mut input = match open(path) {
            Ok(input) => input,
            Err(error) => {
                complain(&format!("cannot read {path}: {error}"));
                return ExitCode::from(2);
            }
        };
        // An .xlsx starts with a zip signature, an .xls with an OLE one; a workbook is read whole.
        let mut signature = Vec::with_capacity(4);
        if let Err(error) = (&mut input).take(4).read_to_end(&mut signature) {
            complain(&format!("cannot read {path}: {error}"));
            return ExitCode::from(2);
        }
        let input = io::Cursor::new(signature.clone()).chain(input);
        // The flag's header row, else the saved mapping's, else the one found.
        let header_row = header_row.or_else(|| mapping.as_ref().and_then(|m| m.header_row));
        let mut report = Report { settings, ..Report::default() };
        let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout());
        let kind = Kind::detect(&signature);
        let result = if kind == Kind::Xlsx || kind == Kind::Xls {
            let reading = Reading { today, settings, mapping: mapping.as_ref(), header_row };
            let read = if kind == Kind::Xls { input::read_xls_at } else { input::read_xlsx_at };
            check_xlsx(input, read, reading, jobs, &mut out, &mut report)
        } else {
            let reading = Reading { today, settings, mapping: mapping.as_ref(), header_row };
            check_stream(input, encoding, reading, jobs, &mut out, &mut report)
        };
        let written = match result {
            Ok(written) => written,
            Err(message) => {
                complain(&format!("{path}: {message}"));
                return ExitCode::from(2);
            }
        };
        if !written || out.flush().is_err() {
            return ExitCode::FAILURE;
        }
        report.finish()
    }

    /// What every row is read with besides its cells.
    #[derive(Clone, Copy)]
    struct Reading<'m> {
        today: Today,
        /// `--zone`, `--province`, `--zone-level`.
        settings: Settings,
        mapping: Option<&'m MappingFile>,
        /// `--header-row`, or the saved mapping's.
        header_row: Option<u64>,
    }

    /// `check --csv --notify`: the file read whole into the page's
    /// [`Batch`], mapped, checked, and one measure's notification list
    /// written by the page's own code, in the words it uses.
    pub fn notify_list(
        path: &str,
        encoding: EncodingChoice,
        today: Today,
        super::FileFlags { settings, mapping, header_row }: super::FileFlags<'_>,
        notify: super::Notify<'_>,
    ) -> ExitCode {
        let fail = |message: String| {
            complain(&message);
            ExitCode::from(2)
        };
        let Some(measure) = hitech_eligibility::catalogue::measures().find(|m| m.id == notify.measure) else {
            return fail(format!("--notify: unknown measure id {:?}", notify.measure));
        };
        let mapping = match mapping {
            None => None,
            Some(path) => {
                let mut text = String::new();
                if let Err(error) =
                    std::fs::File::open(path).and_then(|file| file.take(MAX_MAPPING_BYTES).read_to_string(&mut text))
                {
                    return fail(format!("--mapping: cannot read {path}: {error}"));
                }
                Some((path, text))
            }
        };
        let mut bytes = Vec::new();
        let read = open(path).and_then(|input| input.take(limits::MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
        if let Err(error) = read {
            return fail(format!("cannot read {path}: {error}"));
        }
        let encoding = match encoding {
            EncodingChoice::Auto => "auto",
            EncodingChoice::Utf8 => "utf-8",
            EncodingChoice::Gb18030 => "gb18030",
        };
        // The flag's header row, else the saved mapping's.
        let saved = mapping.as_ref().and_then(|(_, json)| MappingFile::from_json(json).ok());
        let header_row = header_row.or_else(|| saved.and_then(|m| m.header_row));
        let mut batch = match Batch::read_at(&bytes, "auto", encoding, header_row) {
            Ok(batch) => batch,
            Err(error) => return fail(format!("{path}: {error}")),
        };
        if let Some((mapping_path, json)) = &mapping {
            if let Err(error) = batch.set_mapping_file(json) {
                return fail(format!("--mapping {mapping_path}: {error}"));
            }
        }
        if !settings.is_empty() {
            batch.set_settings_value(settings);
        }
        let as_of = today.date().to_string();
        if let Err(error) = batch.run(0, usize::MAX, &as_of) {
            return fail(error.to_string());
        }
        let words = Words::builtin(measure, notify.english);
        let list = match batch.export_notification_in(measure.id, &words, notify.format) {
            Ok(list) => list,
            Err(error) => return fail(format!("--notify: {error}")),
        };
        let summary = batch.summary();
        if summary.failed > 0 {
            eprintln!(
                "{} of {} rows could not be checked and are not in the list (check --csv lists why)",
                summary.failed, summary.rows
            );
        }
        let mut out = io::stdout().lock();
        if out.write_all(&list).and_then(|()| out.flush()).is_err() {
            return ExitCode::FAILURE;
        }
        if summary.failed > 0 {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        }
    }

    /// Error rows, for stderr.
    #[derive(Default)]
    struct Report {
        rows: u64,
        failed: u64,
        notes: NoteCounts,
        settings: Settings,
    }

    impl Report {
        fn errors(&mut self, errors: &[ChunkError]) {
            for error in errors {
                self.failed += 1;
                if self.failed <= ERRORS_LISTED as u64 {
                    for cell in &error.errors {
                        match export::place(cell) {
                            place if place.is_empty() => complain(&format!("row {}: {}", error.row, cell.problem)),
                            place => complain(&format!("row {}, {place}: {}", error.row, cell.problem)),
                        }
                    }
                }
            }
        }

        /// Says that title rows above the header were not read.
        fn header(&self, header_row: u64, skipped: usize) {
            if skipped > 0 {
                complain(&format!(
                    "the header is row {header_row}: the {skipped} row{} above it (a title) {} not read",
                    if skipped == 1 { "" } else { "s" },
                    if skipped == 1 { "is" } else { "are" }
                ));
            }
        }

        fn finish(&self) -> ExitCode {
            let notes = &self.notes;
            let rows = |n: usize| if n == 1 { "1 row".to_owned() } else { format!("{n} rows") };
            if let Some(zone) = self.settings.zone_entry() {
                complain(&format!(
                    "{} took the file's zone ({}, --zone): the location cell was blank or named a place inside it",
                    rows(notes.zone_from_file),
                    zone.id
                ));
            }
            // Each count the rows' readings left, with what it means (after "N rows").
            for (count, meaning) in [
                (
                    notes.expired_certificates,
                    " said high-tech enterprise but the certificate had expired on the check date: read as no",
                ),
                (
                    notes.approximate_amounts,
                    " gave an amount only roughly (约…, …余万, …左右): read as unknown, not as the number",
                ),
                (
                    notes.unsure_qualifications,
                    " named a qualification as pending, both ways, or against another column: read as unknown",
                ),
                (
                    notes.formula_errors,
                    " held a formula's error value (#N/A, #DIV/0!, #REF!…) in a column read: read as unknown",
                ),
                (
                    notes.unread_qualifications,
                    " named a qualification that is not a fact here (专精特新…, a plan, a typo): left aside",
                ),
                (
                    notes.duplicates,
                    ": the same unified social credit code as an earlier row (see the \"code check\" column)",
                ),
                (
                    notes.invalid_codes,
                    ": an invalid unified social credit code (check digit; see the \"code check\" column)",
                ),
            ] {
                if count > 0 {
                    complain(&format!("{}{meaning}", rows(count)));
                }
            }
            if self.failed > ERRORS_LISTED as u64 {
                complain(&format!("… and {} more rows with errors", self.failed - ERRORS_LISTED as u64));
            }
            if self.failed > 0 {
                complain(&format!("{} of {} rows could not be checked", self.failed, self.rows));
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
    }

    fn header<W: Write>(out: &mut W, columns: &Columns) -> io::Result<()> {
        out.write_all(export::BOM)?;
        let mut writer = export::csv_writer(&mut *out);
        writer.write_record(csv_export_headers(columns)).map_err(io::Error::from)?;
        writer.flush()
    }

    /// Checks chunks in `jobs` threads (in this one when `jobs` is 1) and
    /// writes them in order. `false` if the output could not be written.
    fn check_chunks<W: Write + Send>(
        jobs: usize,
        mut next: impl FnMut() -> Option<Vec<ChunkRow>>,
        checker: &ChunkChecker,
        out: &mut W,
        report: &mut Report,
    ) -> bool {
        let work = |chunk: Vec<ChunkRow>| {
            let mut buffer = Vec::with_capacity(chunk.len() * 1536);
            let mut errors = Vec::new();
            let notes = checker.check(&chunk, &mut buffer, &mut errors);
            (buffer, errors, chunk.len(), notes)
        };
        let mut write = |(buffer, errors, rows, notes): (Vec<u8>, Vec<ChunkError>, usize, NoteCounts)| {
            report.rows += rows as u64;
            report.notes.merge(notes);
            report.errors(&errors);
            out.write_all(&buffer).is_ok()
        };
        if jobs <= 1 {
            while let Some(chunk) = next() {
                if !write(work(chunk)) {
                    return false;
                }
            }
            true
        } else {
            in_parallel(jobs, next, work, write)
        }
    }

    fn check_stream<R: Read, W: Write + Send>(
        input: R,
        encoding: EncodingChoice,
        Reading { today, settings, mapping, header_row }: Reading<'_>,
        jobs: usize,
        out: &mut W,
        report: &mut Report,
    ) -> Result<bool, String> {
        let mut stream = CsvStream::open_at(input, encoding, header_row).map_err(|error| error.to_string())?;
        let mut columns = stream.columns().clone();
        let (settings, values) = apply(mapping, &mut columns, settings)?;
        stream.set_columns(columns);
        report.settings = settings;
        report.header(stream.header_row(), stream.skipped());
        if header(out, stream.columns()).is_err() {
            return Ok(false);
        }
        let checker = ChunkChecker::with_settings(stream.columns(), today, settings).with_values(values);
        let mut read_error = None;
        let written = check_chunks(
            jobs,
            || {
                let mut chunk = Vec::with_capacity(ROWS_PER_CHUNK);
                match stream.next_chunk(&mut chunk, ROWS_PER_CHUNK) {
                    Ok(true) => Some(chunk),
                    Ok(false) => None,
                    Err(error) => {
                        read_error = Some(error.to_string());
                        None
                    }
                }
            },
            &checker,
            out,
            report,
        );
        match read_error {
            Some(message) => Err(format!("after row {}: {message}", stream.rows() + 1)),
            None => Ok(written),
        }
    }

    /// A workbook (.xlsx or .xls, `read` by its reader), read whole.
    /// A workbook read by calamine, with a panic of its own turned into an
    /// error: the .xls pre-check (`biff::check`) stops the damaged files
    /// found so far, but calamine 0.38 panicked on 44 of 3,000 random
    /// corruptions before it, and a crafted file must not crash a nightly
    /// job. The CLI's release build unwinds (Cargo.toml); panic's own
    /// message is kept off stderr while the reader runs.
    fn read_guarded(
        read: fn(&[u8], Option<u64>) -> Result<input::Sheet, input::ReadError>,
        bytes: &[u8],
        header_row: Option<u64>,
    ) -> Result<input::Sheet, String> {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let read = std::panic::catch_unwind(|| read(bytes, header_row));
        std::panic::set_hook(hook);
        match read {
            Ok(sheet) => sheet.map_err(|error| error.to_string()),
            Err(_) => Err(DAMAGED.to_owned()),
        }
    }

    /// What a workbook whose reader stopped on it is told.
    const DAMAGED: &str =
        "the workbook is damaged: its reader stopped on bytes it could not make sense of; open it in Excel or WPS and save it again as .xlsx or CSV";

    fn check_xlsx<R: Read, W: Write + Send>(
        mut input: R,
        read: fn(&[u8], Option<u64>) -> Result<input::Sheet, input::ReadError>,
        Reading { today, settings, mapping, header_row }: Reading<'_>,
        jobs: usize,
        out: &mut W,
        report: &mut Report,
    ) -> Result<bool, String> {
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes).map_err(|error| error.to_string())?;
        let sheet = read_guarded(read, &bytes, header_row)?;
        drop(bytes);
        let mut columns = Columns::guess(&sheet.headers);
        let (settings, values) = apply(mapping, &mut columns, settings)?;
        report.settings = settings;
        if !sheet.worksheets.is_empty() {
            complain(&worksheets_read(&sheet.worksheets));
        } else if let Some((number, name)) = &sheet.worksheet {
            complain(&format!(
                "reading worksheet {number} ({name}): the sheets before it have no header row (企业名称, 统一社会信用代码 …)"
            ));
        }
        report.header(sheet.header_row, sheet.skipped);
        if header(out, &columns).is_err() {
            return Ok(false);
        }
        // Several sheets read: a repeated credit code names its first row's sheet, as the page does.
        let sheets = hitech_eligibility::shell::batch::input::sheets_read(&sheet.worksheets);
        let checker =
            ChunkChecker::with_settings(&columns, today, settings).with_values(values).with_sheets(sheets.clone());
        let mut codes = Codes::new(columns.position(Target::Code)).with_sheets(columns.len(), sheets);
        let mut rows = sheet.rows.into_iter();
        Ok(check_chunks(
            jobs,
            || {
                let chunk: Vec<ChunkRow> = rows
                    .by_ref()
                    .take(ROWS_PER_CHUNK)
                    .map(|row| {
                        if row.is_blank() {
                            ChunkRow::Blank(row.number)
                        } else {
                            let code = codes.check(row.number, |i| row.cells.get(i).unwrap_or(""));
                            ChunkRow::Record(row.number, row.cells.iter().collect::<csv::ByteRecord>(), code)
                        }
                    })
                    .collect();
                (!chunk.is_empty()).then_some(chunk)
            },
            &checker,
            out,
            report,
        ))
    }

    /// What the CLI says of a workbook with several sheets that have a header
    /// row: those read, one after another, with their rows, and those not.
    fn worksheets_read(sheets: &[hitech_eligibility::shell::batch::input::WorksheetRead]) -> String {
        let (read, unread): (Vec<_>, Vec<_>) = sheets.iter().partition(|sheet| sheet.rows.is_some());
        let list = |sheets: &[&hitech_eligibility::shell::batch::input::WorksheetRead]| {
            sheets
                .iter()
                .map(|sheet| match sheet.rows {
                    Some(rows) => format!("{} {} ({rows} rows)", sheet.number, sheet.name),
                    None => format!("{} {}", sheet.number, sheet.name),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut said = if read.len() > 1 {
            format!(
            "reading {} worksheets with the same header, one after another (each row's sheet in the last column, \"{}\"): {}",
            read.len(),
            hitech_eligibility::shell::batch::input::SHEET_COLUMN,
            list(&read)
        )
        } else {
            format!("reading worksheet {}", list(&read))
        };
        if !unread.is_empty() {
            said.push_str(&format!("; not read (another header): {}", list(&unread)));
        }
        said.push_str("; sheets without a header row are not read");
        said
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn stops(_: &[u8], _: Option<u64>) -> Result<input::Sheet, input::ReadError> {
            panic!("a reader that stops on bytes it did not expect")
        }

        #[test]
        fn a_reader_that_panics_is_an_error_naming_the_damage_not_a_crash() {
            let read = read_guarded(stops, b"\xD0\xCF\x11\xE0", None);
            assert_eq!(read.err().as_deref(), Some(DAMAGED));
        }

        #[test]
        fn a_reader_that_fails_keeps_its_own_error() {
            let read = read_guarded(input::read_xls_at, b"\xD0\xCF\x11\xE0 not an xls", None);
            let message = read.err().unwrap_or_default();
            assert!(!message.is_empty() && message != DAMAGED, "{message}");
        }
    }
}
