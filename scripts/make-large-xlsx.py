#!/usr/bin/env python3
"""Writes a large 抖店-style product workbook for measuring the workbook reader (not a test fixture; nothing reads it
in the test suite). Usage: python3 scripts/make-large-xlsx.py OUT.xlsx [TARGET_MB]  (default 100)

The sheet has one row per SKU (a title row, a header, then data): product id, a unique title and description built
from a Chinese and English vocabulary, colour, size, SKU code, price as a number, an image list and a listing date as
an Excel date. Strings are shared (as Excel writes them), numbers and dates are numeric cells with styles. Written
with zipfile directly, streaming, so any size can be produced in bounded memory.
"""
import os
import random
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORDS = ("纯棉 宽松 显瘦 百搭 新款 韩版 夏季 冬季 加厚 保暖 透气 舒适 高腰 修身 休闲 商务 简约 复古 港风 法式 碎花 条纹 "
         "纯色 印花 刺绣 针织 雪纺 真丝 羊毛 牛仔 面料 聚酯纤维 氨纶 尺码 偏大 偏小 建议 拍大一码 胸围 衣长 袖长 腰围 "
         "cotton soft breathable slim fit relaxed oversized classic premium quality machine washable").split()
COLOURS = ["黑色", "白色", "灰色", "杏色", "蓝色", "红色", "卡其色", "藏青"]
SIZES = ["S", "M", "L", "XL", "2XL", "均码"]


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    out = sys.argv[1]
    target = int(float(sys.argv[2]) * 1_000_000) if len(sys.argv) > 2 else 100_000_000
    rng = random.Random(7)
    strings = {}
    order = []

    def sid(text):
        index = strings.get(text)
        if index is None:
            index = strings[text] = len(order)
            order.append(text)
        return index

    header = ["商品ID", "商品名称", "商品详情", "颜色分类", "尺码", "商家编码", "价格", "主图", "上架时间"]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                   '<sheet name="商品列表" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" '
                   f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" '
                   f'Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
                   '</Relationships>')
        z.writestr("xl/styles.xml", f'<?xml version="1.0"?><styleSheet xmlns="{MAIN}"><numFmts><numFmt '
                   'numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><cellXfs><xf numFmtId="0"/>'
                   '<xf numFmtId="2"/><xf numFmtId="164"/></cellXfs></styleSheet>')
        rows = 0
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            def write(text):
                sheet.write(text.encode())
            write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}"><sheetData>')
            write(f'<row r="1"><c r="A1" t="s"><v>{sid("商品列表导出")}</v></c></row>')
            write('<row r="2">' + "".join(f'<c r="{chr(65 + i)}2" t="s"><v>{sid(h)}</v></c>'
                                           for i, h in enumerate(header)) + "</row>")
            number = 3
            product = 0
            while True:
                product += 1
                title = "".join(rng.choice(WORDS) for _ in range(8)) + f" {product}"
                detail = "，".join(rng.choice(WORDS) for _ in range(rng.randrange(100, 240))) + f"。货号{product}"
                images = "|".join(f"https://img.example.com/p/{product}/{k}.jpg" for k in range(rng.randrange(1, 6)))
                for colour in rng.sample(COLOURS, 2):
                    for size in rng.sample(SIZES, 3):
                        cells = [
                            f'<c r="A{number}" t="s"><v>{sid(str(1000000 + product))}</v></c>',
                            f'<c r="B{number}" t="s"><v>{sid(title)}</v></c>',
                            f'<c r="C{number}" t="s"><v>{sid(detail)}</v></c>',
                            f'<c r="D{number}" t="s"><v>{sid(colour)}</v></c>',
                            f'<c r="E{number}" t="s"><v>{sid(size)}</v></c>',
                            f'<c r="F{number}" t="s"><v>{sid(f"{product}-{colour}-{size}")}</v></c>',
                            f'<c r="G{number}" s="1"><v>{rng.randrange(1900, 49900) / 100}</v></c>',
                            f'<c r="H{number}" t="s"><v>{sid(images)}</v></c>',
                            f'<c r="I{number}" s="2"><v>{46000 + rng.random() * 300:.6f}</v></c>',
                        ]
                        write(f'<row r="{number}">' + "".join(cells) + "</row>")
                        number += 1
                        rows += 1
                # Excel's sheets end at row 1,048,576.
                if product % 2000 == 0 and z.fp.tell() > target * 0.5 or number > 1_040_000:
                    break
            write("</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as shared:
            shared.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(order)}" '
                         f'uniqueCount="{len(order)}">'.encode())
            for text in order:
                shared.write(f"<si><t>{escape(text)}</t></si>".encode())
            shared.write(b"</sst>")
    print(out, os.path.getsize(out), "bytes,", rows, "rows,", product, "products,", len(order), "strings")


if __name__ == "__main__":
    main()
