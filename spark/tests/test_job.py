"""The Spark job against the command line, row for row.

100,000 generated rows (a GBK CSV as Excel on a Chinese Windows saves it,
messy cells, error rows, repeated credit codes) go through spark/job.py on
`local[2]` with partitions cut mid-file (spark.sql.files.maxPartitionBytes),
and through `check --csv` on the whole file; every row of the job's Parquet
and CSV must equal the command line's row with the same row number:
statuses, missing facts, error column, code check. A partition that drops its
header, reorders its rows or loses an error row fails this test.

Run from the repository root: .venv/bin/python -m unittest discover -s spark/tests -v
(the release binary: cargo build --locked --release).
"""

import collections
import csv
import glob
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "spark"))

import job  # noqa: E402

BINARY = os.environ.get("HITECH_BINARY", os.path.join(ROOT, "target", "release", "hitech-eligibility"))
ROWS = int(os.environ.get("HITECH_SPARK_TEST_ROWS", "100000"))
AS_OF = "2026-11-29"
# About 12 partitions for the 100,000 rows (some 9 MB), each starting mid-line.
PARTITION_BYTES = 800_000

HEADERS = ["企业名称", "统一社会信用代码", "所在高新区", "所在省份", "营业收入（万元）", "研发费用（万元）",
           "是否高新技术企业", "是否规上", "科技型中小企业", "上市情况", "备注"]
ZONES = [("重庆高新区", "重庆"), ("璧山高新区", "重庆市"), ("成都高新区", "四川"), ("绵阳高新区", "四川省"),
         ("贵阳高新区", "贵州"), ("遵义高新区", "贵州省"), ("", "广东省"), ("", "四川"), ("西永微电子产业园", "重庆"),
         ("  成都高新区 ", "四川")]
YES_NO = ["是", "否", "√", "×", "Y", "N", "yes", "no", "1", "0", " 是 ", "", "", "申报中", "待定"]
LISTING = ["科创板", "创业板", "主板", "北交所", "新三板", "未上市", "", "科创板（拟）"]
NOTES = ["", "", "", "张三", '他说"好"', "甲,乙", "=SUM(A1:A2)", "+86 028", "@备注", "𠀀字", "  空格  ", "-"]
# Cells that make a row an error row (each names its column in "error").
BAD = [(4, "约500"), (6, "不确定"), (2, "深圳高新区"), (5, "-5"), (4, "1.0E7"), (3, "火星")]


def amount(rng):
    form = rng.randrange(8)
    wan = rng.randrange(1, 90000)
    if form == 0:
        return f"{wan:,}"
    if form == 1:
        return f"{rng.randrange(1, 60) / 10:g}亿"
    if form == 2:
        return f"￥{wan}"
    if form == 3:
        return ""
    if form == 4:
        return f"{wan / 7:.2f}"
    if form == 5:
        return f"{wan}万元"
    return str(wan)


def registry_rows(count, seed=28):
    """The registry: deterministic, about 5 % error rows, some repeated codes."""
    rng = random.Random(seed)
    codes = []
    for index in range(count):
        zone, province = rng.choice(ZONES)
        if rng.random() < 0.01 and codes:
            code = rng.choice(codes[-3:])  # the same enterprise again, nearby
        else:
            code = f"91{rng.randrange(10**15, 10**16)}{rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY')}"
        codes.append(code)
        row = [f"示例企业{index:06d}有限公司", code, zone, province, amount(rng), amount(rng)]
        row += [rng.choice(YES_NO) for _ in range(3)] + [rng.choice(LISTING), rng.choice(NOTES)]
        if rng.random() < 0.04:
            column, text = rng.choice(BAD)
            row[column] = text
        if index % 997 == 500:
            row = [""] * len(HEADERS)  # an empty row: an error row too
        elif index % 1499 == 700:
            row.append("多出的一格")  # a cell past the last column: an error row
        elif index % 1499 == 1200:
            row = row[:-3]  # three cells short: blanks
        yield row


def write_gbk_csv(path, count):
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(registry_rows(count))
    with open(path, "wb") as out:
        out.write(text.getvalue().encode("gb18030"))


def cli_rows(path, *flags):
    """`check --csv` on the whole file: its header and rows, numbered from 2."""
    done = subprocess.run([BINARY, "check", "--csv", path, "--as-of", AS_OF, *flags], capture_output=True, check=False)
    assert done.returncode in (0, 2), done.stderr.decode("utf-8", "replace")
    table = list(csv.reader(io.StringIO(done.stdout.decode("utf-8-sig"), newline="")))
    return table[0], table[1:]


def parquet_rows(folder):
    import pyarrow.parquet as pq

    table = pq.read_table(folder)
    names = table.column_names
    return names, [dict(zip(names, values)) for values in zip(*(table.column(n).to_pylist() for n in names))]


def csv_part_rows(folder):
    rows = []
    header = None
    for part in sorted(glob.glob(os.path.join(folder, "part-*.csv"))):
        with open(part, encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        if not table:
            continue
        header = table[0]
        rows += [dict(zip(header, values)) for values in table[1:]]
    return header, rows


DUPLICATE = re.compile(r"(?:; )?same credit code as row (\d+)$")


SESSION = {}


def setUpModule():
    # Not a skip: a test command that cannot run the job must fail.
    if not os.path.exists(BINARY):
        raise RuntimeError(f"{BINARY} is missing: cargo build --locked --release (scripts/test.sh does)")
    from pyspark.sql import SparkSession

    # The executors' Python: this one (.venv), which has pyarrow.
    os.environ["PYSPARK_PYTHON"] = os.environ.get("PYSPARK_PYTHON") or sys.executable
    SESSION["dir"] = tempfile.TemporaryDirectory(prefix="hitech-spark-")
    SESSION["spark"] = (
        SparkSession.builder.master("local[2]")
        .appName("hitech-eligibility test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.warehouse.dir", os.path.join(SESSION["dir"].name, "warehouse"))
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    # The test's own output, not Spark's warnings (a failing task's error
    # still reaches the test as an exception).
    SESSION["spark"].sparkContext.setLogLevel("ERROR")


def tearDownModule():
    if SESSION:
        SESSION["spark"].stop()
        SESSION["dir"].cleanup()


class Agreement:
    """Row-for-row comparison of the job's output with `check --csv`."""

    def assert_rows_equal(self, names, rows, where):
        self.assertEqual(names[2:], self.header, f"{where}: the columns of check --csv")
        self.assertEqual(len(rows), len(self.expected), f"{where}: rows in = rows out")
        by_row = {}
        for row in rows:
            self.assertTrue(self.source_ok(row["source"]), f"{where}: source {row['source']}")
            self.assertNotIn(int(row["row"]), by_row, f"{where}: row {row['row']} twice")
            by_row[int(row["row"])] = row
        self.assertEqual(sorted(by_row), list(range(2, len(self.expected) + 2)), f"{where}: row numbers")
        cut_duplicates = 0
        for number, want in enumerate(self.expected, start=2):
            got = [by_row[number][name] for name in self.header]
            if got == want:
                continue
            # The one difference a partition may make: a repeated credit
            # code whose earlier row is in another partition is not seen.
            column = self.header.index("code check")
            match = DUPLICATE.search(want[column])
            if match and got[:column] + got[column + 1 :] == want[:column] + want[column + 1 :]:
                # Not seen at all, or seen as a repeat of a later copy of
                # the same enterprise (the first in this partition).
                seen = DUPLICATE.search(got[column])
                first = want[column][: match.start()] == got[column]
                later = seen and self.expected[int(seen.group(1)) - 2][column].endswith(match.group(0))
                if first or later:
                    cut_duplicates += 1
                    continue
            diff = [(self.header[i], g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w][:5]
            self.fail(f"{where}: row {number} differs from check --csv (column, job, command line): {diff}")
        # Only near a boundary: the generator repeats a code within 3 rows.
        self.assertLessEqual(cut_duplicates, 6 * (self.summary["partitions"] - 1), where)


class SparkJobAgreesWithTheCommandLine(Agreement, unittest.TestCase):
    def source_ok(self, source):
        return source in ("file:" + self.input, "file://" + self.input)

    @classmethod
    def setUpClass(cls):
        cls.spark = SESSION["spark"]
        cls.dir = SESSION["dir"]
        cls.input = os.path.join(cls.dir.name, "registry-gbk.csv")
        write_gbk_csv(cls.input, ROWS)
        cls.output = os.path.join(cls.dir.name, "out")
        options = {
            "input": cls.input,
            "format": "csv",
            "encoding": "gbk",
            "as_of": AS_OF,
            "binary": BINARY,
            "output": cls.output,
            "max_partition_bytes": str(PARTITION_BYTES),
        }
        cls.summary = job.run(cls.spark, options)
        cls.partitions = cls.summary["partitions"]
        cls.header, cls.expected = cli_rows(cls.input)

    def test_partitions_are_cut_mid_file(self):
        self.assertGreaterEqual(self.partitions, 8)
        splits = self.summary["splits"]
        self.assertEqual(len(splits), self.partitions)
        with open(self.input, "rb") as handle:
            data = handle.read()
        # Spark cuts by bytes: a split starts inside a line (its reader
        # skips to the next line), never by luck on each line's start.
        inside = [start for start in splits if start > 0 and data[start - 1 : start] != b"\n"]
        self.assertGreaterEqual(len(inside), self.partitions - 2)

    def test_parquet_equals_the_command_line_row_for_row(self):
        names, rows = parquet_rows(os.path.join(self.output, "rows.parquet"))
        self.assert_rows_equal(names, rows, "rows.parquet")

    def test_csv_equals_the_command_line_row_for_row(self):
        names, rows = csv_part_rows(os.path.join(self.output, "rows.csv"))
        self.assert_rows_equal(names, rows, "rows.csv")

    def test_error_rows_are_kept(self):
        error = self.header.index("error")
        errors = sum(1 for row in self.expected if row[error])
        self.assertGreater(errors, ROWS // 50)
        self.assertEqual(self.summary["errorRows"], errors)
        self.assertEqual(self.summary["rows"], ROWS)

    def test_per_measure_counts(self):
        with open(os.path.join(self.output, "counts.json"), encoding="utf-8") as handle:
            counts = json.load(handle)
        want = collections.defaultdict(collections.Counter)
        for name in self.header:
            if name.endswith(" status"):
                column = self.header.index(name)
                for row in self.expected:
                    if row[column]:
                        want[name[: -len(" status")]][row[column]] += 1
        self.assertEqual([m["measure"] for m in counts["measures"]], list(want))
        for measure in counts["measures"]:
            expected = want[measure["measure"]]
            self.assertEqual({s: measure[s] for s in job.STATUSES}, {s: expected[s] for s in job.STATUSES})
        with open(os.path.join(self.output, "counts.csv"), encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        self.assertEqual(table[0], ["measure", *job.STATUSES])
        self.assertEqual(table[1:], [[m["measure"], *(str(m[s]) for s in job.STATUSES)] for m in counts["measures"]])


YES = {"是", "√", "Y", "yes", "1", " 是 "}
NO = {"否", "×", "N", "no", "0"}


class OtherFormats(Agreement, unittest.TestCase):
    """UTF-8 CSV (a cell with a line break: --multiline), JSON Lines,
    Parquet with typed columns, and a table: each against `check --csv` on
    a UTF-8 CSV of the same cells as the job read them."""

    COUNT = 2000

    @classmethod
    def setUpClass(cls):
        cls.spark = SESSION["spark"]
        cls.base = os.path.join(SESSION["dir"].name, "formats")
        os.makedirs(cls.base)
        cls.rows = list(registry_rows(cls.COUNT, seed=29))
        cls.rows[-3][10] = "第一行\n第二行"
        # Other formats have a value (or none) for each column, no more.
        cls.fitted = [(row + [""] * len(HEADERS))[: len(HEADERS)] for row in cls.rows]

    def run_job(self, form, path, source_ok, **extra):
        output = os.path.join(self.base, "out-" + form)
        options = {"input": path, "format": form, "as_of": AS_OF, "binary": BINARY, "output": output, **extra}
        self.summary = job.run(self.spark, options)
        self.source_ok = source_ok
        names, rows = parquet_rows(os.path.join(output, "rows.parquet"))
        return names, rows

    def expect(self, names, cells, *flags):
        """`check --csv` on a UTF-8 CSV of `cells` in the job's column order."""
        order = [HEADERS.index(name) for name in names[2 : 2 + len(HEADERS)]]
        path = os.path.join(self.base, "expected.csv")
        with open(path, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow([HEADERS[i] for i in order])
            # A row with more or fewer cells than the header: as it is.
            writer.writerows([[row[i] for i in order] if len(row) == len(HEADERS) else row for row in cells])
        self.header, self.expected = cli_rows(path, *flags)

    def test_utf8_csv_with_a_line_break_in_a_cell(self):
        path = os.path.join(self.base, "registry.csv")
        with open(path, "w", encoding="utf-8", newline="") as out:
            csv.writer(out, lineterminator="\r\n").writerows([HEADERS, *self.rows])
        names, rows = self.run_job("csv", path, lambda s: s.endswith(path), multiline=True)
        self.expect(names, self.rows)
        self.assert_rows_equal(names, rows, "UTF-8 CSV")

    def test_json_lines_with_a_saved_mapping(self):
        path = os.path.join(self.base, "registry.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for row in self.fitted:
                out.write(json.dumps(dict(zip(HEADERS, row)), ensure_ascii=False) + "\n")
        # The batch page's saved mapping: a column left out, pending cells
        # read otherwise, the file's zone.
        mapping = os.path.join(self.base, "mapping.json")
        with open(mapping, "w", encoding="utf-8") as out:
            json.dump({"columns": {"备注": None}, "values": {"是否规上": {"申报中": "否", "待定": "是"}}, "zone": "重庆高新区"}, out)
        names, rows = self.run_job("jsonl", path, lambda s: s.endswith(path), mapping=mapping)
        self.expect(names, self.fitted, "--mapping", mapping)
        self.assertNotEqual(self.expected, cli_rows(os.path.join(self.base, "expected.csv"))[1], "the mapping changes results")
        self.assert_rows_equal(names, rows, "JSON Lines")

    def typed_parquet(self):
        """The rows with 是否规上 as a bool and 营业收入（万元） as an integer,
        and the cells the job must make of them."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        size, revenue = HEADERS.index("是否规上"), HEADERS.index("营业收入（万元）")
        flags = [True if r[size] in YES else False if r[size] in NO else None for r in self.fitted]
        amounts = [int(r[revenue]) if r[revenue].isdigit() else None for r in self.fitted]
        columns = {h: pa.array([r[i] for r in self.fitted], pa.string()) for i, h in enumerate(HEADERS)}
        columns["是否规上"] = pa.array(flags, pa.bool_())
        columns["营业收入（万元）"] = pa.array(amounts, pa.int64())
        path = os.path.join(self.base, "registry.parquet")
        pq.write_table(pa.table(columns), path)
        cells = []
        for row, flag, value in zip(self.fitted, flags, amounts):
            row = list(row)
            row[size] = "" if flag is None else str(flag).lower()
            row[revenue] = "" if value is None else str(value)
            cells.append(row)
        return path, cells

    def test_parquet_with_typed_columns(self):
        path, cells = self.typed_parquet()
        names, rows = self.run_job("parquet", path, lambda s: s.endswith(path))
        self.expect(names, cells)
        self.assert_rows_equal(names, rows, "Parquet")

    def test_a_table(self):
        path, cells = self.typed_parquet()
        self.spark.read.parquet(path).write.mode("overwrite").saveAsTable("registry")
        names, rows = self.run_job("table", "registry", lambda s: "/warehouse/registry/" in s)
        self.expect(names, cells)
        self.assert_rows_equal(names, rows, "table")


class Arguments(unittest.TestCase):
    def test_a_bad_as_of_is_refused_by_name_before_any_row(self):
        with self.assertRaisesRegex(job.JobError, "--as-of"):
            job.output_headers({"binary": BINARY, "as_of": "2026-13-01"}, HEADERS)


if __name__ == "__main__":
    unittest.main()
