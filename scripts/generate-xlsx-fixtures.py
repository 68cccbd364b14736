#!/usr/bin/env python3
"""Writes the project's .xlsx fixtures, deterministically (run from anywhere: python3 scripts/generate-xlsx-fixtures.py).

Needs openpyxl (pip install openpyxl) to BUILD the ordinary workbooks; ListingAudit reads them with its own ZIP,
inflate and XML code. Every ZIP is rewritten with fixed timestamps, so the files do not change from run to run.

  Corpus/demo-shop-xlsx/       the demo shop (Corpus/demo-shop) as a 抖店 back office exports it: 商品列表.xlsx
                               (a merged title row above the header, product-level cells merged over each product's
                               SKU rows, prices stored as text, a second sheet of notes), 售后单.xlsx (title row,
                               dates as Excel dates, amounts as numbers, order numbers as text, a notes sheet) and
                               订单明细.xlsx. Same data as the CSV shop, so its audit must give the same priorities.
  Corpus/formats/workbooks/    workbooks written by hand (XML parts we write ourselves) for the features openpyxl
                               never writes: inline and rich strings, phonetic runs, _x000D_ escapes, booleans, errors,
                               the 1904 date system, cells without references, a two-level header.
  Corpus/parsing/xlsx/         hostile and damaged files: cut short, ZIP bombs (declared and lying), encrypted,
                               .xls (BIFF), missing parts, XML that is not well-formed, unsupported compression...
"""
import csv
import datetime
import io
import os
import re
import struct
import zipfile
import zlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Corpus")
FIXED = (2026, 11, 26, 9, 0, 0)


def normalise_zip(path):
    """Rewrites a ZIP with fixed timestamps and DEFLATE, keeping the entry order."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    # openpyxl stamps the time of saving as the modified date.
    entries = [(name, re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2026-11-26T09:00:00Z<", data)
                if name == "docProps/core.xml" else data) for name, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, data, compresslevel=6)


def fixed_workbook():
    workbook = Workbook()
    moment = datetime.datetime(2026, 11, 26, 9, 0, 0)
    workbook.properties.created = moment
    workbook.properties.modified = moment
    workbook.properties.creator = "ListingAudit fixtures"
    return workbook


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def as_datetime(text):
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")


def notes_sheet(workbook, title, lines):
    sheet = workbook.create_sheet(title)
    for line in lines:
        sheet.append([line])
    sheet.column_dimensions["A"].width = 80


# ---------------------------------------------------------------------------------------------------------------
# The demo shop as workbooks.

def demo_products(out):
    header, rows = read_csv(os.path.join(CORPUS, "demo-shop", "listings.csv"))
    workbook = fixed_workbook()
    sheet = workbook.active
    sheet.title = "商品列表"
    sheet.append(["商品列表导出（2026-11-26 09:00，共 %d 个SKU）" % len(rows)])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(header)
    product_columns = [header.index(name) for name in ["商品ID", "商品名称", "商品类目", "商品详情", "主图", "材质"]]
    price = header.index("价格")
    first_row = 3
    index = 0
    while index < len(rows):
        product = rows[index][0]
        group = [rows[index]]
        while index + len(group) < len(rows) and rows[index + len(group)][0] == product:
            group.append(rows[index + len(group)])
        top = first_row + index
        for offset, row in enumerate(group):
            values = list(row)
            if offset > 0:
                # Product-level cells are merged over the SKU rows: only the top cell holds the value.
                for column in product_columns:
                    values[column] = None
            values[price] = row[price]  # stored as text, as the back office writes it
            sheet.append([v if v != "" else None for v in values])
        if len(group) > 1:
            for column in product_columns:
                sheet.merge_cells(start_row=top, start_column=column + 1, end_row=top + len(group) - 1,
                                  end_column=column + 1)
                sheet.cell(row=top, column=column + 1).alignment = Alignment(vertical="center")
        index += len(group)
    notes_sheet(workbook, "填写说明", [
        "1. 本表由后台“商品管理 › 批量导出”生成，一行一个SKU。",
        "2. 商品ID、商品名称、商品详情、主图在同一商品的多个SKU行之间合并。",
        "3. 价格单位：元。",
    ])
    path = os.path.join(out, "商品列表.xlsx")
    workbook.save(path)
    normalise_zip(path)


def demo_after_sales(out):
    header, rows = read_csv(os.path.join(CORPUS, "demo-shop", "after-sales.csv"))
    workbook = fixed_workbook()
    sheet = workbook.active
    sheet.title = "售后单"
    sheet.append(["售后单导出 2026-11-26"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    amount = header.index("退款金额")
    applied = header.index("申请时间")
    for row in rows:
        values = [v if v != "" else None for v in row]
        if row[amount]:
            values[amount] = float(row[amount])
        if row[applied]:
            values[applied] = as_datetime(row[applied])
        sheet.append(values)
        cell = sheet.cell(row=sheet.max_row, column=applied + 1)
        cell.number_format = "yyyy-mm-dd hh:mm"
        sheet.cell(row=sheet.max_row, column=amount + 1).number_format = "0.00"
    notes_sheet(workbook, "说明", ["售后类型：仅退款 / 退货退款 / 换货", "金额单位：元"])
    path = os.path.join(out, "售后单.xlsx")
    workbook.save(path)
    normalise_zip(path)


def demo_orders(out):
    header, rows = read_csv(os.path.join(CORPUS, "demo-shop", "orders.csv"))
    workbook = fixed_workbook()
    sheet = workbook.active
    sheet.title = "订单明细"
    sheet.append(header)
    quantity = header.index("商品数量")
    amount = header.index("订单金额")
    placed = header.index("下单时间")
    for row in rows:
        values = [v if v != "" else None for v in row]
        values[quantity] = int(row[quantity])
        values[amount] = float(row[amount])
        values[placed] = as_datetime(row[placed])
        sheet.append(values)
        sheet.cell(row=sheet.max_row, column=placed + 1).number_format = "yyyy-mm-dd hh:mm"
    path = os.path.join(out, "订单明细.xlsx")
    workbook.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# Hand-written workbooks: we write every XML part ourselves.

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def workbook_parts(sheets, shared=None, styles=None, date1904=False, extra_rels=""):
    """sheets: [(name, xml or None, state)]."""
    sheet_tags = []
    rels = []
    parts = {}
    for number, (name, xml, state) in enumerate(sheets, start=1):
        hidden = f' state="{state}"' if state else ""
        sheet_tags.append(f'<sheet name="{name}" sheetId="{number}"{hidden} r:id="rId{number}"/>')
        rels.append(f'<Relationship Id="rId{number}" Type="{REL}worksheet" Target="worksheets/sheet{number}.xml"/>')
        if xml is not None:
            parts[f"xl/worksheets/sheet{number}.xml"] = xml
    if shared is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{REL}sharedStrings" Target="sharedStrings.xml"/>')
        parts["xl/sharedStrings.xml"] = shared
    if styles is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{REL}styles" Target="/xl/styles.xml"/>')
        parts["xl/styles.xml"] = styles
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" '
                f'xmlns:r="{REL[:-1]}">{pr}<sheets>{"".join(sheet_tags)}</sheets></workbook>')
    result = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": workbook,
              "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns='
              '"http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + extra_rels
              + "</Relationships>"}
    result.update(parts)
    return result


def write_zip(path, parts, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def sheet_xml(rows_xml, tail=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
            f'<dimension ref="A1:F9"/><sheetData>{rows_xml}</sheetData>{tail}</worksheet>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy/m/d"/>
<numFmt numFmtId="165" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm:ss"/>
<numFmt numFmtId="166" formatCode="#,##0.00&quot;元&quot;"/></numFmts>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="9"/>
<xf numFmtId="49"/><xf numFmtId="20"/></cellXfs></styleSheet>"""


def features_workbook(out):
    """Every cell kind in one sheet; see WorkbookReaderTests for the expected rows."""
    shared = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN}" count="9" uniqueCount="9">'
              '<si><t>商品ID</t></si><si><t>商品名称</t></si><si><t>价格</t></si><si><t>上架日期</t></si>'
              '<si><t>备注</t></si>'
              # rich text with runs, and a phonetic run that must not be read
              '<si><r><rPr><b/></rPr><t>纯棉</t></r><r><t xml:space="preserve"> T恤</t></r>'
              '<rPh sb="0" eb="2"><t>ジュンメン</t></rPh></si>'
              '<si><t>第一行_x000D_\n第二行</t></si>'
              '<si><t>A&amp;B &lt;定制&gt;</t></si>'
              '<si><t>2026新款</t></si></sst>')
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="inlineStr"><is><t>数量</t></is></c></row>'
        # shared rich string, a number with a custom format, a custom date, a boolean and an inline number
        '<row r="2"><c r="A2" t="str"><f>"P"&amp;1</f><v>P1</v></c><c r="B2" t="s"><v>5</v></c>'
        '<c r="C2" s="3"><v>1299.5</v></c><c r="D2" s="1"><v>46351</v></c><c r="E2" t="b"><v>1</v></c>'
        '<c r="F2"><v>3</v></c></row>'
        # cells without references, an error, a percentage, a date-time, text-formatted number stored as text
        '<row r="4"><c t="inlineStr"><is><t>P2</t></is></c><c t="s"><v>6</v></c><c><v>59.899999999999999</v></c>'
        '<c s="2"><v>46351.5</v></c><c t="e"><v>#N/A</v></c><c s="4"><v>0.25</v></c></row>'
        # an escaped CR, entities, a leading-zero number stored as text, an empty styled cell, a time
        '<row r="5" spans="1:6"><c r="A5" t="inlineStr"><is><t>P3</t></is></c><c r="B5" t="s"><v>7</v></c>'
        '<c r="C5" s="5" t="s"><v>8</v></c><c r="D5" s="6"><v>0.75</v></c><c r="E5" s="1"/>'
        '<c r="F5" t="inlineStr"><is><t>007</t></is></c></row>'
        '<row r="6"><c r="A6" s="1"/></row>')
    write_zip(os.path.join(out, "cell-kinds.xlsx"), workbook_parts(
        [("商品", sheet_xml(rows), None), ("隐藏", sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>商品ID</t>'
          '</is></c><c r="B1" t="inlineStr"><is><t>商品名称</t></is></c></row>'), "hidden")],
        shared=shared, styles=STYLES))
    # The same dates in the 1904 system are 1462 days smaller.
    rows1904 = ('<row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row>'
                '<row r="2"><c r="A2" s="1"><v>44889</v></c></row>')
    write_zip(os.path.join(out, "date1904.xlsx"), workbook_parts(
        [("Sheet1", sheet_xml(rows1904), None)], styles=STYLES, date1904=True))


def two_level_header(out):
    """A two-level header: group titles merged across columns in row 2, the column names in row 3, 序号 merged over
    rows 2-3, a title row above; the product id and title merged over each product's SKU rows."""
    workbook = fixed_workbook()
    sheet = workbook.active
    sheet.title = "商品导出"
    sheet.append(["拼多多商品导出"])
    sheet.merge_cells("A1:H1")
    sheet.append(["序号", "商品信息", None, None, "规格信息", None, None, "价格信息"])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:D2")
    sheet.merge_cells("E2:G2")
    sheet.append([None, "商品ID", "商品名称", "商品详情", "颜色", "尺码", "SKU编码", "价格"])
    data = [
        [1, "9001", "冰丝阔腿裤女夏季高腰", "面料：冰丝（聚酯纤维95% 氨纶5%）。裤长98cm，腰围S 64cm M 68cm。", "黑色", "S", "9001-BS", "59.9"],
        [2, None, None, None, "黑色", "M", "9001-BM", "59.9"],
        [3, None, None, None, "杏色", "S", "9001-XS", "59.9"],
        [4, "9002", "纯棉短袖T恤", "100%棉。", "白色", "均码", "9002-W", "39"],
    ]
    for row in data:
        sheet.append(row)
    sheet.merge_cells("B4:B6")
    sheet.merge_cells("C4:C6")
    sheet.merge_cells("D4:D6")
    path = os.path.join(out, "two-level-header.xlsx")
    workbook.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# Hostile and damaged files.

def simple_parts(rows_xml='<row r="1"><c r="A1" t="inlineStr"><is><t>商品ID</t></is></c><c r="B1" t="inlineStr">'
                 '<is><t>商品名称</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c>'
                 '<c r="B2" t="inlineStr"><is><t>T恤</t></is></c></row>'):
    return workbook_parts([("商品", sheet_xml(rows_xml), None)])


def raw_zip(entries):
    """A ZIP written by hand: entries are (name, stored bytes, method, flags, crc, declared size)."""
    out = io.BytesIO()
    central = io.BytesIO()
    for name, data, method, flags, crc, size in entries:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x5B5A, crc, len(data), size,
                              len(encoded), 0))
        out.write(encoded)
        out.write(data)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x5B5A, crc,
                                  len(data), size, len(encoded), 0, 0, 0, 0, 0, offset))
        central.write(encoded)
    directory = central.getvalue()
    start = out.tell()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), start, 0))
    return out.getvalue()


def deflate(data, level=9):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def entries_of(parts, override=None):
    entries = []
    for name, data in parts.items():
        raw = data.encode() if isinstance(data, str) else data
        if override and name in override:
            entries.append(override[name])
        else:
            entries.append((name, deflate(raw), 8, 0, zlib.crc32(raw), len(raw)))
    return entries


def cfb(stream_names):
    """A minimal OLE compound file whose directory names `stream_names` (empty streams)."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)          # FAT sectors
    struct.pack_into("<I", header, 48, 1)          # first directory sector
    struct.pack_into("<I", header, 56, 4096)       # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)  # no mini FAT
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)  # no DIFAT sectors
    header[76:76 + 4] = struct.pack("<I", 0)        # FAT in sector 0
    for index in range(1, 109):
        struct.pack_into("<I", header, 76 + index * 4, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * sector)
    struct.pack_into("<II", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)
    directory = bytearray(sector)

    def entry(slot, name, kind, child=0xFFFFFFFF, right=0xFFFFFFFF):
        encoded = (name + "\0").encode("utf-16-le")
        base = slot * 128
        directory[base:base + len(encoded)] = encoded
        struct.pack_into("<HBB", directory, base + 64, len(encoded), kind, 1)
        struct.pack_into("<III", directory, base + 68, 0xFFFFFFFF, right, child)
        struct.pack_into("<I", directory, base + 116, 0xFFFFFFFE)
    entry(0, "Root Entry", 5, child=1)
    for slot, name in enumerate(stream_names[:3], start=1):
        entry(slot, name, 2, right=slot + 1 if slot < len(stream_names[:3]) else 0xFFFFFFFF)
    return bytes(header) + bytes(fat) + bytes(directory)


def hostile(out):
    def put(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)

    good = raw_zip(entries_of(simple_parts()))
    put("ok.xlsx", good)
    put("truncated.xlsx", good[: len(good) // 2])
    put("truncated-directory.xlsx", good[:-30])
    # A sheet of 100 MiB of spaces inside a row, declared honestly: refused by its ratio before it is read.
    bomb = b" " * (100 << 20)
    sheet = sheet_xml("").encode()
    parts = simple_parts()
    filler = sheet.replace(b"<sheetData>", b"<sheetData>" + bomb)
    put("zip-bomb.xlsx", raw_zip(entries_of(parts, {"xl/worksheets/sheet1.xml": (
        "xl/worksheets/sheet1.xml", deflate(filler), 8, 0, zlib.crc32(filler), len(filler))})))
    # The same data declaring a size of 2 KiB: refused as soon as it inflates past what it declares.
    put("zip-bomb-lying.xlsx", raw_zip(entries_of(parts, {"xl/worksheets/sheet1.xml": (
        "xl/worksheets/sheet1.xml", deflate(filler), 8, 0, zlib.crc32(filler), 2048)})))
    # Shared strings that inflate to 100 MiB (one string of spaces).
    strings = f'<sst xmlns="{MAIN}"><si><t>'.encode() + bomb + b"</t></si></sst>"
    sheet_ref = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>').encode()
    put("zip-bomb-shared-strings.xlsx", raw_zip(
        entries_of(workbook_parts([("商品", sheet_ref.decode(), None)], shared="x"),
                   {"xl/sharedStrings.xml": ("xl/sharedStrings.xml", deflate(strings), 8, 0, zlib.crc32(strings),
                                             len(strings))})))
    # Encrypted ZIP entry (flag bit 0), and a compression method we do not read (bzip2).
    sheet1 = parts["xl/worksheets/sheet1.xml"].encode()
    put("encrypted-entry.xlsx", raw_zip(entries_of(parts, {"xl/worksheets/sheet1.xml": (
        "xl/worksheets/sheet1.xml", deflate(sheet1), 8, 1, zlib.crc32(sheet1), len(sheet1))})))
    put("bzip2-entry.xlsx", raw_zip(entries_of(parts, {"xl/worksheets/sheet1.xml": (
        "xl/worksheets/sheet1.xml", deflate(sheet1), 12, 0, zlib.crc32(sheet1), len(sheet1))})))
    # Damaged compressed data: the sheet's deflate stream with a flipped byte in the middle.
    damaged = bytearray(deflate(sheet1))
    damaged[len(damaged) // 2] ^= 0xFF
    put("corrupt-deflate.xlsx", raw_zip(entries_of(parts, {"xl/worksheets/sheet1.xml": (
        "xl/worksheets/sheet1.xml", bytes(damaged), 8, 0, zlib.crc32(sheet1), len(sheet1))})))
    # A CRC that does not match the data.
    put("bad-crc.xlsx", raw_zip(entries_of(parts, {"xl/worksheets/sheet1.xml": (
        "xl/worksheets/sheet1.xml", deflate(sheet1), 8, 0, zlib.crc32(sheet1) ^ 1, len(sheet1))})))
    # Missing parts.
    without_sheet = dict(parts)
    del without_sheet["xl/worksheets/sheet1.xml"]
    put("missing-sheet-part.xlsx", raw_zip(entries_of(without_sheet)))
    without_workbook = dict(parts)
    del without_workbook["xl/workbook.xml"]
    put("missing-workbook-part.xlsx", raw_zip(entries_of(without_workbook)))
    missing_strings = workbook_parts([("商品", sheet_ref.decode(), None)])
    put("missing-shared-strings.xlsx", raw_zip(entries_of(missing_strings)))
    # Not well-formed sheet XML: an end tag that closes the wrong element, and a sheet cut off mid-tag.
    put("invalid-xml.xlsx", raw_zip(entries_of(simple_parts(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>商品ID</t></is></c></row><row r="2"><c r="A2"><v>1</c></row>'))))
    cut = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>商品ID</t></is></c></row>')
    cut = cut[: cut.index("</c>") + 2]
    cut_parts = simple_parts()
    cut_parts["xl/worksheets/sheet1.xml"] = cut
    put("sheet-cut-short.xlsx", raw_zip(entries_of(cut_parts)))
    # Rows beyond Excel's limit, rows out of order.
    put("row-beyond-limit.xlsx", raw_zip(entries_of(simple_parts(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>商品ID</t></is></c></row>'
        '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'))))
    put("rows-out-of-order.xlsx", raw_zip(entries_of(simple_parts(
        '<row r="5"><c r="A5" t="inlineStr"><is><t>商品ID</t></is></c></row>'
        '<row r="3"><c r="A3"><v>1</v></c></row>'))))
    # A shared string index the workbook does not have.
    put("bad-shared-string-index.xlsx", raw_zip(entries_of(workbook_parts(
        [("商品", sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row>'), None)],
        shared=f'<sst xmlns="{MAIN}"><si><t>商品ID</t></si></sst>'))))
    # Password-protected workbook (an OLE container with EncryptionInfo / EncryptedPackage), an .xls (BIFF) workbook.
    put("password-protected.xlsx", cfb(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    put("legacy.xls", cfb(["Workbook", "\x05SummaryInformation"]))
    # A ZIP that is not a workbook, and an empty workbook.
    with io.BytesIO() as buffer:
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr(zipfile.ZipInfo("products.csv", FIXED), "id,title\n1,T-shirt\n")
        put("plain.zip", buffer.getvalue())
    put("empty-sheet.xlsx", raw_zip(entries_of(simple_parts(""))))


def deflate_variety(out):
    """ZIP entries stored and deflated at levels 1, 6 and 9 (fixed and dynamic Huffman blocks, long and overlapping
    matches, stored blocks), each checked by its CRC when read."""
    import random
    rng = random.Random(20261126)
    words = ["商品", "连衣裙", "cotton", " size ", '<row r="1">', '<c r="A1" t="s"><v>12</v></c>', "\n", "颜色"]

    def content(kind, n):
        if kind == "random":
            return bytes(rng.getrandbits(8) for _ in range(n))
        if kind == "text":
            return "".join(rng.choice(words) for _ in range(n)).encode()[:n]
        if kind == "zeros":
            return bytes(n)
        return b"".join(bytes([rng.randrange(4)]) * rng.randrange(1, 300) for _ in range(n // 100 + 1))[:n]

    with zipfile.ZipFile(os.path.join(out, "deflate-variety.zip"), "w") as z:
        for level in [0, 1, 6, 9]:
            for kind in ["random", "text", "zeros", "runs"]:
                for n in [0, 1, 100, 5000, 70000]:
                    if (kind == "random" or level == 0) and n > 5000:
                        continue
                    info = zipfile.ZipInfo(f"{kind}-{n}-level{level}.bin", FIXED)
                    info.compress_type = zipfile.ZIP_STORED if level == 0 else zipfile.ZIP_DEFLATED
                    z.writestr(info, content(kind, n), compresslevel=None if level == 0 else level)


def main():
    demo = os.path.join(CORPUS, "demo-shop-xlsx")
    os.makedirs(demo, exist_ok=True)
    demo_products(demo)
    demo_after_sales(demo)
    demo_orders(demo)
    workbooks = os.path.join(CORPUS, "formats", "workbooks")
    os.makedirs(workbooks, exist_ok=True)
    features_workbook(workbooks)
    two_level_header(workbooks)
    parsing = os.path.join(CORPUS, "parsing", "xlsx")
    os.makedirs(parsing, exist_ok=True)
    hostile(parsing)
    deflate_variety(parsing)


if __name__ == "__main__":
    main()
