//! The `hitech-eligibility` command line: the same engine as the WebAssembly
//! package, for files and batches. See `--help` and `SPEC.md` §4.

use hitech_eligibility::encode::write_report_json;
use hitech_eligibility::profile::Today;
use hitech_eligibility::{CivilDate, Facts};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const HELP: &str = "\
hitech-eligibility — which high-tech-zone support measures apply to a profile

USAGE:
    hitech-eligibility check FILE            evaluate one profile (JSON object); FILE may be - for stdin
    hitech-eligibility check --jsonl FILE    evaluate one profile per line; one report per line
        --brief                              with either: reasons without their words (the catalogue
                                             has them, in order); a report a fifth the size
        --as-of YYYY-MM-DD                   with either: the date for every profile that states no
                                             \"asOf\" (a reproducible batch run)
    hitech-eligibility measures              print the catalogue of measures as JSON
    hitech-eligibility --help | --version

A profile is a JSON object of facts, every one optional, e.g.
    {\"zone\": \"chongqing\", \"highTechEnterprise\": true, \"aboveDesignatedSize\": true}
\"asOf\" is the date of the act in Beijing (for permits and visas, the day the
application is submitted). Without it, and without --as-of, the check is made
for today's date in Beijing and the report says \"asOfDefaulted\": true.

Input: check FILE reads at most 1 MiB (1048576 bytes); --jsonl at most 1 MiB a line.

EXIT STATUS:
    0  all profiles evaluated
    1  the output could not be written (e.g. stdout closed early)
    2  bad input or bad arguments: the field and the problem are on stderr (for
       --jsonl, in that line's output record {\"line\": N, \"error\": \"...\"};
       the other lines are still checked)
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
        ["--version" | "-V"] => print(&format!("hitech-eligibility {}\n", hitech_eligibility::VERSION)),
        ["measures"] => print_json(&hitech_eligibility::catalogue::listing()),
        ["check", rest @ ..] => match check_arguments(rest) {
            Ok(Check { path, jsonl: true, explain, today }) => check_lines(path, explain, today),
            Ok(Check { path, jsonl: false, explain, today }) => check_one(path, explain, today),
            Err(ArgumentError::AsOf(message)) => {
                complain(&format!("--as-of: {message}"));
                ExitCode::from(2)
            }
            Err(ArgumentError::Usage) => usage_error(&args),
        },
        _ => usage_error(&args),
    }
}

/// What `check` was asked to do.
struct Check<'a> {
    path: &'a str,
    jsonl: bool,
    explain: bool,
    /// The `asOf` of a profile that states none.
    today: Today,
}

/// Why `check`'s arguments were refused.
enum ArgumentError {
    /// Not the shape of a `check` command: print the usage.
    Usage,
    /// `--as-of` was given a value that is not a date.
    AsOf(String),
}

/// Reads `check`'s arguments: one path (or `-`) and the flags, in any order.
fn check_arguments<'a>(args: &[&'a str]) -> Result<Check<'a>, ArgumentError> {
    let mut check = Check { path: "", jsonl: false, explain: true, today: Today::Clock(beijing_today()) };
    let mut as_of_given = false;
    let mut paths = 0;
    let mut args = args.iter().copied();
    while let Some(arg) = args.next() {
        let as_of = |text: &str| {
            CivilDate::parse(text).map(Today::Given).map_err(|error| ArgumentError::AsOf(format!("{text:?}: {error}")))
        };
        match arg {
            "--jsonl" if !check.jsonl => check.jsonl = true,
            "--brief" if check.explain => check.explain = false,
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
    if paths == 1 {
        Ok(check)
    } else {
        Err(ArgumentError::Usage)
    }
}

fn usage_error(args: &[&str]) -> ExitCode {
    let shown = args.join(" ");
    complain(&format!("unrecognised arguments: {shown}"));
    eprintln!("\n{HELP}");
    ExitCode::from(2)
}

/// Writes a message to stderr, with every control character from the input
/// (ESC, BEL, newlines…) written as an escape: a profile's keys and values
/// must not drive the terminal or forge log lines.
fn complain(message: &str) {
    let mut shown = String::with_capacity(message.len());
    for c in message.chars() {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    eprintln!("hitech-eligibility: {shown}");
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
    match Facts::from_json(&text, today) {
        Ok(facts) => print_json(&hitech_eligibility::evaluate_with(&facts, explain)),
        Err(error) => {
            complain(&error.to_string());
            ExitCode::from(2)
        }
    }
}

/// One profile per line in, one report (or error record) per line out.
fn check_lines(path: &str, explain: bool, today: Today) -> ExitCode {
    let input = match open(path) {
        Ok(input) => input,
        Err(error) => {
            complain(&format!("cannot read {path}: {error}"));
            return ExitCode::from(2);
        }
    };
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut failed = 0usize;
    let mut line_number = 0usize;
    let mut line = Vec::new();
    loop {
        let read = match read_bounded_line(&mut reader, &mut line) {
            Ok(read) => read,
            Err(error) => {
                complain(&format!("cannot read {path} after line {line_number}: {error}"));
                return ExitCode::from(2);
            }
        };
        let Some(too_long) = read else { break };
        line_number += 1;
        let record = if too_long {
            Err(format!("line is longer than {MAX_LINE_BYTES} bytes"))
        } else {
            match std::str::from_utf8(&line) {
                Err(_) => Err("line is not valid UTF-8".to_owned()),
                Ok(text) if text.trim().is_empty() => Err("empty line: expected a JSON profile".to_owned()),
                Ok(text) => Facts::from_json(text, today).map_err(|error| error.to_string()),
            }
        };
        // Reports are written straight into the output buffer, from the
        // verdicts, with the reasons' words escaped once per process.
        let written = match record {
            Ok(facts) => write_report_json(&mut out, &facts, explain),
            Err(message) => {
                failed += 1;
                serde_json::to_writer(&mut out, &ErrorRecord { line: line_number, error: &message })
                    .map_err(io::Error::from)
            }
        }
        .and_then(|()| out.write_all(b"\n"));
        if written.is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed > 0 {
        complain(&format!("{failed} of {line_number} lines could not be checked"));
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
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
