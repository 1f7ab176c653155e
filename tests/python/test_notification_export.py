"""The per-measure notification list opens where staff open it: Python's csv
module (utf-8-sig, as Excel's "CSV UTF-8" is read) and openpyxl, with Chinese
headers and the registry's contact columns (issue 22).

The list is written by `hitech-eligibility check --csv FILE --notify ID`, which
runs the batch page's own code (Batch::notification) in the page's words; the
.xlsx is the same table through the page's .xlsx writer (--notify-format xlsx).

The binary is $HITECH_ELIGIBILITY_BIN when set, else the workspace's debug
build (`cargo build --locked --bin hitech-eligibility`, as `cargo test` builds
it; $CARGO_TARGET_DIR is honoured).
"""

import csv
import io
import os
import subprocess
import tempfile
import unittest
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-12-06"
STAR = "chongqing.star-listing-award"
VOUCHER = "chongqing.innovation-voucher"

# A zone's registry as the trial had it: a title row, park names in the
# location column, an expiry column, 上市情况, 已入库, a repeated credit
# code and a typo (row 7's month 13).
HEADER = (
    "序号,企业名称,统一社会信用代码,所属园区,是否高新技术企业,高企证书有效期至,"
    "上年度营业收入（万元）,研发费用（万元）,是否规上企业,是否科技型中小企业,上市情况,联系人,联系电话,电子邮箱"
)
ROWS = [
    "1,甲科技有限公司,91500107621940019D,西永微电子产业园,是,2028-05-01,8000,600,是,已入库,科创板,张三,13800000001,zhang@example.cn",
    "2,乙科技有限公司,91500107621940027X,西部（重庆）科学城,是,2024-03-12,5000,400,是,是,创业板,李四,13800000002,li@example.cn",
    "3,丙科技有限公司,915001076219400358,大学城科技园,否,,300,50,否,申报中,未上市,王五,13800000003,",
    "4,甲科技有限公司,91500107621940019D,西永微电子产业园,是,2028-05-01,8000,600,是,已入库,科创板,张三,13800000001,zhang@example.cn",
    "5,庚科技有限公司,915001076219400700,大学城科技园,是,2026-13-01,1500,100,否,否,未上市,周八,13800000007,",
]
REGISTRY = "重庆高新区企业名录（2026年12月）,,,,,,,,,,,,,\r\n" + HEADER + "\r\n" + "\r\n".join(ROWS) + "\r\n"


def binary():
    given = os.environ.get("HITECH_ELIGIBILITY_BIN")
    if given:
        return given
    subprocess.run(
        ["cargo", "build", "--locked", "--quiet", "--bin", "hitech-eligibility"],
        cwd=ROOT,
        check=True,
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    return str(target / "debug" / "hitech-eligibility")


class NotificationExport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.bin = binary()
        cls.dir = tempfile.TemporaryDirectory()
        cls.registry = Path(cls.dir.name) / "名录.csv"
        # As a 管委会 exports it: GBK.
        cls.registry.write_bytes(REGISTRY.encode("gb18030"))

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def notify(self, measure, *extra):
        args = [self.bin, "check", "--csv", str(self.registry), "--as-of", AS_OF, "--zone", "chongqing"]
        done = subprocess.run(args + ["--notify", measure, *extra], capture_output=True)
        # Row 5's typo makes it an error row: left out of the list, said, exit 2.
        self.assertEqual(done.returncode, 2, done.stderr.decode("utf-8", "replace"))
        self.assertIn("1 of 5 rows could not be checked", done.stderr.decode("utf-8"))
        return done.stdout

    def csv_rows(self, measure):
        data = self.notify(measure)
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark")
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))

    def test_the_csv_opens_with_chinese_headers_and_the_contact_columns(self):
        rows = self.csv_rows(STAR)
        self.assertEqual(
            rows[0],
            ["行号", "企业名称", "统一社会信用代码", "联系人", "联系电话", "电子邮箱", "政策", "结果", "由谁决定", "缺少的信息", "征求意见稿"],
        )
        by_name = {row[1]: row for row in rows[1:]}
        # 甲 is listed once (its repeat on row 4 is not), with its contacts.
        self.assertEqual([row[1] for row in rows[1:]].count("甲科技有限公司"), 1)
        first = by_name["甲科技有限公司"]
        self.assertEqual(first[0], "3", "the spreadsheet row, below the title row and header")
        self.assertEqual(first[3:6], ["张三", "13800000001", "zhang@example.cn"])
        self.assertEqual(first[7], "可以申请")
        # 乙 is listed on 创业板, not the STAR Market: not told it may apply.
        self.assertNotIn("乙科技有限公司", by_name)
        # Nobody whose result is "not applicable", and no error row.
        self.assertTrue(all(row[7] != "不适用" for row in rows[1:]))
        self.assertNotIn("庚科技有限公司", by_name)

    def test_a_decision_still_to_take_says_who_takes_it(self):
        rows = self.csv_rows(VOUCHER)
        header, body = rows[0], rows[1:]
        status, decides, missing = header.index("结果"), header.index("由谁决定"), header.index("缺少的信息")
        self.assertTrue(body, rows)
        for row in body:
            self.assertIn(row[status], ("尚需他人决定", "还需更多信息"))
            self.assertNotEqual(row[decides], "", row)
            if row[status] == "还需更多信息":
                self.assertNotEqual(row[missing], "", row)

    def test_the_xlsx_opens_in_openpyxl_with_the_same_cells(self):
        rows = self.csv_rows(STAR)
        with tempfile.NamedTemporaryFile(suffix=".xlsx", dir=self.dir.name, delete=False) as out:
            out.write(self.notify(STAR, "--notify-format", "xlsx"))
        book = openpyxl.load_workbook(out.name, read_only=True)
        sheet = book.worksheets[0]
        cells = [["" if value is None else str(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
        self.assertEqual(cells[0][:6], ["行号", "企业名称", "统一社会信用代码", "联系人", "联系电话", "电子邮箱"])
        self.assertEqual(cells, rows)

    def test_english_headers_on_request(self):
        data = self.notify(STAR, "--lang", "en")
        header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        self.assertEqual(header[0], "Row")
        self.assertIn("Who decides", header)
        self.assertIn("联系人", header, "the registry's own headers stay as written")


if __name__ == "__main__":
    unittest.main()
