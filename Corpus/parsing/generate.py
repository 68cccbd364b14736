#!/usr/bin/env python3
"""Writes the parser edge-case fixtures in this folder (run from anywhere; output is deterministic).

Each file tests one thing, named for it; Tests/ListingAuditTests/CSVFixtureTests.swift and
EncodingFixtureTests.swift assert their exact records and, for damaged files, each issue's line and column.
Text files are written byte-exact here too, so line endings and BOMs survive editors and git settings.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# Taobao Assistant (淘宝助理) / Excel "Unicode text" style: tab-separated, commas and quotes inside fields.
TAOBAO_TSV = (
    "宝贝名称\t宝贝价格\t颜色分类\t宝贝描述\r\n"
    "2025新款韩版宽松卫衣\t89.00\t黑色,白色\t\"纯棉面料,\"\"加绒\"\"款\"\r\n"
    "夏季冰丝阔腿裤 😀\t59.90\t灰色\t高腰显瘦\r\n"
)
# Chinese Excel/WPS export saved as CSV (GBK/GB18030): comma-separated, a quoted field with a line break.
DOUDIAN_CSV = (
    "商品ID,商品名称,规格,商品描述\r\n"
    "3581100297,加厚羽绒服女,\"颜色:黑色;尺码:M\",\"保暖防风\r\n适合零下10度\"\r\n"
    "3581100298,纯棉短袖T恤,白色,€ 欧元价 ·\r\n"
)

write("cr-only.csv", "sku,title,price\r1001,Linen shirt,39.90\r1002,\"Wool, merino scarf\",24.00\r")
write("crlf.csv", "sku,title,price\r\n1001,Linen shirt,39.90\r\n1002,Canvas tote,12.50\r\n")
write("lf-no-final-newline.csv", "sku,title\n1001,Linen shirt\n1002,Canvas tote")
write("quoted-newline.csv",
      "sku,description\n1001,\"Soft cotton.\nMachine wash cold.\"\n"
      "1002,\"两行描述\r\n第二行\"\n1003,plain\n")
write("escaped-quotes.csv", "sku,title\n1001,\"The \"\"Classic\"\" tee\"\n1002,\"\"\"\"\n")
write("utf8-bom.csv", "\ufeffsku,标题\n1001,真丝围巾\n")
write("semicolon.csv", "Artikel;Titel;Preis\n1001;Leinenhemd, blau;39,90\n1002;Wollschal;24,00\n")
write("pipe.txt", "sku|title|tags\n1001|Linen shirt|summer, linen\n1002|Canvas tote|bags\n")
write("tab-with-commas.tsv",
      "sku\ttitle\tdescription\n1001\tLinen shirt\tLight, airy, and breathable\n"
      "1002\tCanvas tote\tStrong, washable\n")
write("trailing-empty-lines.csv", "sku,title\n1001,Linen shirt\n\n\n\n")
write("blank-lines-between.csv", "sku,title\n\n1001,Linen shirt\r\n\r\n1002,Canvas tote\n")
write("header-only.csv", "sku,title,price\n")
write("empty.csv", "")
write("empty-fields.csv", "sku,title,price\n1001,,\n,,\n\"\",\"\",\"\"\n")
write("stray-quote.csv", "sku,title\n1001,Linen shirt\n1002,\"Canvas tote\n1003,Wool scarf\n")
write("unterminated-quote.csv", "sku,title\n1001,Linen shirt\n1002,\"Canvas tote\n1003,Wool sca")
write("quote-in-unquoted-field.csv", "sku,title,size\n1001,12\" vinyl record,L\n")
write("text-after-closing-quote.csv", "sku,title\n1001,\"Linen\" shirt\n1002,ok\n")
write("invalid-utf8.csv",
      b"sku,title,colour\n1001,Linen shirt,blue\n1002,Caf\xe9 au lait mug,\"multi\nline \xff\xfe\"\n"
      b"1003,\xe4\xb8,\xad\n")
write("genuine-replacement-char.csv", "sku,title\n1001,broken \ufffd glyph\n")
write("utf16le-tab.txt", b"\xff\xfe" + TAOBAO_TSV.encode("utf-16-le"))
write("utf16le-no-bom.txt", TAOBAO_TSV.encode("utf-16-le"))
write("utf16be-bom.csv", b"\xfe\xff" + "sku,title\n1001,雪纺连衣裙 👗\n".encode("utf-16-be"))
write("utf16be-no-bom.csv", "sku,title\n1001,雪纺连衣裙 👗\n".encode("utf-16-be"))
write("utf16le-odd-trailing-byte.txt", b"\xff\xfe" + "sku\ttitle\n1001\tscarf".encode("utf-16-le") + b"\x41")
write("utf16le-lone-surrogate.txt",
      b"\xff\xfe" + "sku\ttitle\n1001\t".encode("utf-16-le") + b"\x3d\xd8" + "x\n".encode("utf-16-le"))
write("gb18030.csv", DOUDIAN_CSV.encode("gb18030"))
write("gb18030-invalid-byte.csv",
      "商品ID,商品名称\n1,羽绒服\n".encode("gb18030") + b"2,\xff\xce\xc0\n" + "3,短袖\n".encode("gb18030"))
write("xlsx-renamed.csv",
      b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01\x00\x00\x90\x04\x00\x00\x13\x00\x08\x02"
      b"[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02" + bytes(range(256)))
write("html-saved-as-xls.csv",
      "\ufeff<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<table><tr><td>商品ID</td></tr></table>\n")
write("binary-nul.csv", b"sku,title\n1001,ok\n" + b"\x00\x01\x02\x03" * 64)
