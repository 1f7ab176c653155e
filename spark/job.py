"""A registry larger than one machine, on Apache Spark.

Reads a registry from anything Spark reads (CSV in UTF-8 or GBK, JSON Lines,
Parquet, a Hive table), sends each partition through the command line
`hitech-eligibility check --csv` (the header line first, then the partition's
rows: a partition cannot change a result), and writes the per-row results as
Parquet and CSV (rows in = rows out, error rows kept) and the per-measure
counts. The Rust binary is the only evaluator: nothing here reads a cell or
knows a rule; this file moves rows, keeps their identity and counts statuses.

Every output row starts with `source` (the file it came from) and `row` (its
row number as `check --csv` numbers the rows of that file: the header is row
1, the first record row 2), then the columns `check --csv` writes: the cells
as read, `code check`, `error`, and per measure `<id> status` and
`<id> missing`.

    spark-submit --files target/release/hitech-eligibility spark/job.py \\
        --input registry.csv --format csv --encoding gbk --as-of 2026-11-29 \\
        --binary hitech-eligibility --output out/

See `--help`, and README.md ("A registry larger than one machine").
"""

import argparse
import collections
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

SOURCE = "source"
ROW = "row"
# The header is row 1 of every file; its first record is row 2.
FIRST_ROW = 2
# The statuses of a result, in the catalogue's order (SPEC §3); an error row
# has none.
STATUSES = ("eligible", "conditional", "informational", "ineligible", "unknown")
STATUS_SUFFIX = " status"
ERROR_COLUMN = "error"
CODE_CHECK = "code check"
# A CSV row whose cells do not fit the header, as read (Spark's corrupt record).
CORRUPT = "__hitech_cells_as_read"
# How `check --csv` names the earlier row with the same credit code.
SAME_CODE = re.compile(r"same credit code as row (\d+)")


class JobError(Exception):
    """A problem with the job's arguments or its input, named for the user."""


def arguments(argv):
    parser = argparse.ArgumentParser(
        prog="spark/job.py",
        description="Check every row of a registry with `hitech-eligibility check --csv`, partition by partition.",
    )
    parser.add_argument("--input", required=True, help="a file or folder (CSV, JSON Lines, Parquet) or, with --format table, a table name")
    parser.add_argument("--format", required=True, choices=["csv", "jsonl", "parquet", "table"], help="what --input is")
    parser.add_argument("--encoding", default="utf-8", help="with --format csv: utf-8 (default) or gbk/gb18030")
    parser.add_argument(
        "--multiline",
        action="store_true",
        help="with --format csv: cells may hold line breaks (each file is then read by one task)",
    )
    parser.add_argument("--as-of", required=True, help="YYYY-MM-DD: the check date of the whole run")
    parser.add_argument("--mapping", help="a saved mapping (JSON) for check --csv --mapping")
    parser.add_argument("--zone", help="check --csv --zone")
    parser.add_argument("--province", help="check --csv --province")
    parser.add_argument("--zone-level", help="check --csv --zone-level")
    parser.add_argument(
        "--binary",
        default="hitech-eligibility",
        help="the command line: a path on every executor, or the name of a file shipped with spark-submit --files",
    )
    parser.add_argument("--output", required=True, help="folder for rows.parquet/, rows.csv/ and counts.csv/")
    parser.add_argument("--max-partition-bytes", help="spark.sql.files.maxPartitionBytes, e.g. 64m")
    parser.add_argument("--master", help="when not run by spark-submit, e.g. local[2]")
    parser.add_argument("--no-csv", action="store_true", help="write the rows as Parquet only")
    return parser.parse_args(argv)


def executable(path):
    """The binary on this machine: the path as given, else the file of that
    name shipped with spark-submit --files."""
    if os.path.sep in path or os.path.exists(path):
        return os.path.abspath(path) if os.path.exists(path) else path
    shipped = spark_file(path)
    if shipped and os.path.exists(shipped):
        if not os.access(shipped, os.X_OK):
            os.chmod(shipped, 0o755)
        return shipped
    return path  # on PATH


def shipped_file(path):
    """A --mapping file: the path as given, else the one shipped with --files."""
    if path is None or os.path.exists(path):
        return path
    shipped = spark_file(path)
    # Neither: the command line names the path given in its message.
    return shipped if shipped and os.path.exists(shipped) else path


def spark_file(path):
    """Where spark-submit --files put a file of this name, if anywhere."""
    from pyspark import SparkFiles

    try:
        return SparkFiles.get(os.path.basename(path))
    except (AssertionError, AttributeError):  # no SparkContext here
        return None


def cli_flags(options):
    # --header-row 1: every part is sent with the file's header line first,
    # and is read with that one line as its header (a second header row,
    # which check --csv merges when it finds the header itself, would be
    # seen in the first part only).
    flags = ["--as-of", options["as_of"], "--encoding", "utf-8", "--jobs", "1", "--header-row", "1"]
    for name in ("zone", "province", "zone_level"):
        if options.get(name):
            flags += ["--" + name.replace("_", "-"), options[name]]
    if options.get("mapping"):
        flags += ["--mapping", shipped_file(options["mapping"])]
    return flags


def output_headers(options, headers):
    """The columns `check --csv` writes for these input columns, from the
    binary itself (the header alone sent through it). Also checks the
    arguments: a bad --as-of or mapping stops the job here, by name."""
    with tempfile.TemporaryFile() as header_file:
        header_file.write(header_line(headers))
        header_file.seek(0)
        try:
            done = subprocess.run(
                [executable(options["binary"]), "check", "--csv", "-", *cli_flags(options)],
                stdin=header_file,
                capture_output=True,
                check=False,
            )
        except OSError as error:
            raise JobError(f"--binary: cannot run {options['binary']}: {error}") from error
    if done.returncode != 0:
        raise JobError(f"{options['binary']} check --csv refused the arguments or the header: {done.stderr.decode('utf-8', 'replace').strip()}")
    text = done.stdout.decode("utf-8-sig")
    return next(csv.reader(io.StringIO(text, newline="")))


def header_line(headers):
    """The CSV header line, quoted as needed (RFC 4180)."""
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerow(headers)
    return text.getvalue().encode("utf-8")


def read_input(spark, options):
    from pyspark.sql import types as T

    reader = spark.read
    form = options["format"]
    if form == "csv":
        encoding = (options.get("encoding") or "utf-8").lower()
        if encoding in ("gbk", "gb2312", "gb18030"):
            # GB18030 holds GBK and GB2312. Spark 4 takes charsets beyond
            # UTF-8/16/32 and Latin-1 only with this setting.
            encoding = "GB18030"
            spark.conf.set("spark.sql.legacy.javaCharsets", "true")
        elif encoding in ("utf-8", "utf8"):
            encoding = "UTF-8"
        else:
            raise JobError(f"--encoding: {options['encoding']!r}: must be utf-8 or gbk (gb18030)")
        csv_reader = (
            reader.option("header", True)
            .option("encoding", encoding)
            # RFC 4180, as Excel writes it: a quote inside a quoted cell is doubled.
            .option("escape", '"')
            .option("inferSchema", False)
            .option("multiLine", bool(options.get("multiline")))
            .option("mode", "PERMISSIVE")
        )
        # The header's columns, then the same read keeping a row with more or
        # fewer cells than the header whole (Spark would drop a cell past the
        # last column): check_partition sends that row's own cells, and the
        # command line says what it says of the whole file.
        columns = csv_reader.csv(options["input"]).schema.fields
        frame = (
            csv_reader.schema(T.StructType([*columns, T.StructField(CORRUPT, T.StringType())]))
            .option("columnNameOfCorruptRecord", CORRUPT)
            .csv(options["input"])
        )
    elif form == "jsonl":
        frame = reader.option("primitivesAsString", True).json(options["input"])
    elif form == "parquet":
        frame = reader.parquet(options["input"])
    else:
        frame = spark.table(options["input"])
    return frame


def as_text(frame):
    """Every column as the text of its cells, as a spreadsheet shows them;
    a nested column is refused by name."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    columns = []
    for field in frame.schema.fields:
        column = F.col(f"`{field.name}`")
        if field.name == CORRUPT:
            columns.append(column)
            continue
        kind = field.dataType
        if isinstance(kind, T.StringType):
            text = column
        elif isinstance(kind, (T.FloatType, T.DoubleType)):
            # 1.0E7 is not how anyone types an amount.
            text = column.cast(T.DecimalType(38, 6)).cast(T.StringType())
        elif isinstance(kind, T.TimestampType):
            text = F.to_date(column).cast(T.StringType())
        elif isinstance(kind, (T.ArrayType, T.MapType, T.StructType, T.BinaryType)):
            raise JobError(f"column {field.name!r}: a {kind.simpleString()} cannot be a cell of the registry")
        else:
            text = column.cast(T.StringType())
        columns.append(text.alias(field.name))
    return frame.select(*columns)


def with_position(frame):
    """Adds the hidden `_file` and `_block` columns: where each row was read
    (file and split start), from which rows are numbered per file."""
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    try:
        return frame.select(
            "*",
            F.col("_metadata.file_path").alias("_file"),
            F.col("_metadata.file_block_start").alias("_block"),
        )
    except AnalysisException:  # a source without files (e.g. a view): partition order
        return frame.select("*", F.lit("").alias("_file"), F.spark_partition_id().cast("long").alias("_block"))


def block_offsets(frame):
    """Per (file, block): the number of rows of that file before the block."""
    counts = frame.groupBy("_file", "_block").count().collect()
    offsets = {}
    running = collections.Counter()
    for row in sorted(counts, key=lambda r: (r["_file"], r["_block"])):
        offsets[(row["_file"], row["_block"])] = running[row["_file"]]
        running[row["_file"]] += row["count"]
    return offsets


def check_partition(options, headers, out_headers, offsets):
    """The function each task runs on its Arrow batches: one `check --csv`
    process per partition, fed the header and the rows, read back in order."""

    def run(batches):
        import pyarrow as pa
        import pyarrow.csv as pacsv

        command = [executable(options["binary"]), "check", "--csv", "-", *cli_flags(options)]
        stderr = tempfile.TemporaryFile()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr)
        # (source, row) of each row sent, in order: the output comes back in
        # the same order, one row for each row sent.
        sent = collections.deque()
        # Every row sent, in order: "same credit code as row N" names a row
        # by its place in the partition (the header is row 1).
        numbered = []
        failure = []
        cell_names = [f"c{i}" for i in range(len(headers))]
        write_options = pacsv.WriteOptions(include_header=False, quoting_style="needed")

        def feed():
            try:
                process.stdin.write(header_line(headers))
                position = collections.Counter()
                for batch in batches:
                    files = batch.column("_file").to_pylist()
                    blocks = batch.column("_block").to_pylist()
                    rows = []
                    for file, block in zip(files, blocks):
                        key = (file, block)
                        rows.append(FIRST_ROW + offsets[key] + position[key])
                        position[key] += 1
                    numbered.extend(zip(files, rows))
                    cells = pa.RecordBatch.from_arrays([batch.column(name) for name in headers], names=cell_names)
                    sent.append((pa.array(files, pa.string()), pa.array(rows, pa.int64())))
                    process.stdin.write(csv_bytes(cells, batch, write_options))
            except BaseException as error:  # noqa: BLE001 — reported by the reader
                failure.append(error)
            finally:
                try:
                    process.stdin.close()
                except OSError:
                    pass

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        names = [f"f{i}" for i in range(len(out_headers))]
        code_check = out_headers.index(CODE_CHECK)
        reader = pacsv.open_csv(
            process.stdout,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 22),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in names}, strings_can_be_null=False, quoted_strings_can_be_null=False
            ),
        )
        pending_files, pending_rows = [], []
        got = 0
        try:
            for batch in reader:
                n = batch.num_rows
                got += n
                while sum(len(r) for r in pending_rows) < n:
                    if not sent:
                        feeder.join()
                        if not sent:
                            raise JobError(f"check --csv wrote more rows than it was sent ({got})")
                    files, rows = sent.popleft()
                    pending_files.append(files)
                    pending_rows.append(rows)
                files = pa.concat_arrays(pending_files)
                rows = pa.concat_arrays(pending_rows)
                pending_files, pending_rows = [files.slice(n)], [rows.slice(n)]
                columns = list(batch.columns)
                columns[code_check] = renumber(columns[code_check], files.slice(0, n), numbered)
                yield pa.RecordBatch.from_arrays(
                    [files.slice(0, n), rows.slice(0, n), *columns], names=[SOURCE, ROW, *out_headers]
                )
        except BaseException:
            # Not left waiting on a pipe no one reads (an executor's
            # Python worker is reused).
            process.kill()
            raise

        feeder.join()
        code = process.wait()
        stderr.seek(0)
        message = stderr.read().decode("utf-8", "replace").strip()
        stderr.close()
        if failure:
            raise JobError(f"sending the partition to check --csv failed: {failure[0]!r}; {message}")
        left = sum(len(r) for r in pending_rows) + sum(len(r) for _, r in sent)
        # Exit 2 with every row written is the normal end of a registry with
        # bad rows: they are error rows in the output.
        if code not in (0, 2) or left != 0:
            raise JobError(f"check --csv exited {code} with {left} rows not written back: {message}")

    return run


def csv_bytes(cells, batch, write_options):
    """The batch's rows as CSV; a row whose cells did not fit the header
    (Spark's corrupt record) as its own cells, as many as it had."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    def arrow(part):
        sink = pa.BufferOutputStream()
        pacsv.write_csv(part, sink, write_options)
        return sink.getvalue().to_pybytes()

    lines = batch.column(CORRUPT) if CORRUPT in batch.schema.names else None
    if lines is None or lines.null_count == len(lines):
        return arrow(cells)
    out, start = [], 0
    for index, line in enumerate(lines.to_pylist()):
        if line is None:
            continue
        if index > start:
            out.append(arrow(cells.slice(start, index - start)))
        text = io.StringIO(newline="")
        csv.writer(text, lineterminator="\r\n").writerow(next(csv.reader(io.StringIO(line, newline="")), []))
        out.append(text.getvalue().encode("utf-8"))
        start = index + 1
    if start < cells.num_rows:
        out.append(arrow(cells.slice(start)))
    return b"".join(out)


def renumber(texts, files, numbered):
    """The `code check` cells with the partition's row numbers made the
    file's: "same credit code as row 29" (the 28th row sent) becomes that
    row's number in its file, and names the file when it is another one.
    A repeat whose earlier row went to another partition is not seen (as
    for any part checked apart: README)."""
    import pyarrow as pa

    values = texts.to_pylist()
    if not any("same credit code" in value for value in values):
        return texts

    def earlier(match, file):
        place = int(match.group(1)) - FIRST_ROW
        if not 0 <= place < len(numbered):
            raise JobError(f"check --csv named row {match.group(1)} of a partition of {len(numbered)} rows")
        source, row = numbered[place]
        return f"same credit code as row {row}" + ("" if source == file else f" of {source}")

    files = files.to_pylist()
    return pa.array(
        [SAME_CODE.sub(lambda match, file=file: earlier(match, file), value) for value, file in zip(values, files)],
        pa.string(),
    )


def run(spark, options):
    from pyspark.sql import types as T

    if __name__ != "__main__":
        # Imported (by a test or another driver): the executors import it too.
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    if options.get("max_partition_bytes"):
        spark.conf.set("spark.sql.files.maxPartitionBytes", options["max_partition_bytes"])
    frame = as_text(read_input(spark, options))
    headers = [name for name in frame.columns if name != CORRUPT]
    for reserved in (SOURCE, ROW, CORRUPT):
        if reserved in headers:
            raise JobError(f"column {reserved!r}: the job's own column for the row's identity; rename it in the input")
    out_headers = output_headers(options, headers)
    frame = with_position(frame)
    clock = [("start", time.monotonic())]
    offsets = block_offsets(frame)
    clock.append(("numbering (rows per split)", time.monotonic()))
    schema = T.StructType(
        [T.StructField(SOURCE, T.StringType()), T.StructField(ROW, T.LongType())]
        + [T.StructField(name, T.StringType()) for name in out_headers]
    )
    results = frame.mapInArrow(check_partition(options, headers, out_headers, offsets), schema)
    output = options["output"]
    # The binary runs once per row: the Parquet is written from its output,
    # and the CSV and the counts are read back from the Parquet (the counts
    # read the status columns only).
    results.write.mode("overwrite").parquet(os.path.join(output, "rows.parquet"))
    clock.append(("check --csv and Parquet", time.monotonic()))
    written = spark.read.parquet(os.path.join(output, "rows.parquet"))
    if not options.get("no_csv"):
        (
            # Each part in row order, with the header; RFC 4180 quoting.
            written.sortWithinPartitions(SOURCE, ROW)
            .write.mode("overwrite")
            .option("header", True)
            .option("escape", '"')
            .option("encoding", "UTF-8")
            # Spark trims cells on writing unless told not to.
            .option("ignoreLeadingWhiteSpace", False)
            .option("ignoreTrailingWhiteSpace", False)
            .csv(os.path.join(output, "rows.csv"))
        )
    clock.append(("CSV", time.monotonic()))
    rows, errors, counts = measure_counts(written, out_headers)
    summary = {"rows": rows, "errorRows": errors, "measures": counts}
    clock.append(("counts", time.monotonic()))
    summary["seconds"] = {name: round(now - clock[i][1], 2) for i, (name, now) in enumerate(clock[1:])}
    summary["partitions"] = frame.rdd.getNumPartitions()
    # Where each file was cut into splits (byte offsets), for the record.
    summary["splits"] = sorted([block for file, block in offsets], key=int)
    write_counts(output, summary)
    return summary


def write_counts(output, summary):
    """counts.json (everything) and counts.csv (a row per measure), on the
    driver: a few dozen rows. On a cluster --output is not a local folder;
    they are written next to it then (the driver's working directory)."""
    folder = output if os.path.isdir(output) else "."
    with open(os.path.join(folder, "counts.json"), "w", encoding="utf-8") as out:
        json.dump(summary, out, ensure_ascii=False, indent=1)
    with open(os.path.join(folder, "counts.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["measure", *STATUSES])
        writer.writerows([[m["measure"], *(m[s] for s in STATUSES)] for m in summary["measures"]])


def measure_counts(results, out_headers):
    """The rows, the error rows and, per measure, the rows of each status
    (an error row has none): one pass, one sum per measure and status."""
    from pyspark.sql import functions as F

    measures = [name[: -len(STATUS_SUFFIX)] for name in out_headers if name.endswith(STATUS_SUFFIX)]
    sums = [
        F.sum(F.when(F.col(f"`{m}{STATUS_SUFFIX}`") == status, 1).otherwise(0)).alias(f"{i}:{status}")
        for i, m in enumerate(measures)
        for status in STATUSES
    ]
    every = F.count(F.lit(1)).alias("rows")
    errors = F.sum(F.when(F.col(f"`{ERROR_COLUMN}`") != "", 1).otherwise(0)).alias("errors")
    totals = results.agg(every, errors, *sums).first()
    counts = [
        {"measure": m, **{status: int(totals[f"{i}:{status}"] or 0) for status in STATUSES}}
        for i, m in enumerate(measures)
    ]
    return totals["rows"], int(totals["errors"] or 0), counts


def main(argv=None):
    args = arguments(argv if argv is not None else sys.argv[1:])
    options = vars(args)
    from pyspark.errors import AnalysisException
    from pyspark.sql import SparkSession

    # In local mode the executors run this Python (a cluster sets
    # spark.pyspark.python to its own).
    os.environ["PYSPARK_PYTHON"] = os.environ.get("PYSPARK_PYTHON") or sys.executable
    builder = SparkSession.builder.appName("hitech-eligibility check").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        summary = run(spark, options)
    except (JobError, AnalysisException) as error:
        # AnalysisException: Spark's word on the input (a path that is not
        # there, a table that does not exist), named by Spark.
        print(f"spark/job.py: {error}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    print(json.dumps({key: summary[key] for key in ("rows", "errorRows", "partitions", "seconds")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
