#!/usr/bin/env python3
"""Writes images/ for the demo shop: one small grey picture per image address of listings.csv, so that
`listing-audit audit Corpus/demo-shop --images Corpus/demo-shop/images` shows image health. Run from this folder
after generate.py: python3 generate_images.py

Each JPEG is a valid grey baseline JPEG of the stated size whose blocks are all zero (two bits each), so an
800 x 800 picture takes about 2.5 KB (and far less in git, which compresses the zeros). Planted image problems (see DemoShopImageTests):
  D06/1.jpg   missing                          -> images.broken_main (the new product has no visible main image)
  D01/4.jpg   missing                          -> images.broken
  D03/1.jpg   400 x 400                        -> images.too_small
  D12/2.jpg   300 x 300                        -> images.too_small
  D02/2.jpg   PNG bytes under a .jpg name      -> images.format_mismatch
  D05/3.jpg   the same file as D05/2.jpg       -> images.same_file
"""
import csv
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "images")
PREFIX = "https://img.demo-shop.example/"

MISSING = {"D06/1.jpg", "D01/4.jpg"}
SIZES = {"D03/1.jpg": (400, 400), "D12/2.jpg": (300, 300)}
PNG_AS_JPG = {"D02/2.jpg"}
COPIES = {"D05/3.jpg": "D05/2.jpg"}


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg(width, height, name):
    """A grey baseline JPEG: one component, every 8 x 8 block DC difference 0 and end-of-block at once. A comment
    naming the picture keeps the pictures different files."""
    jfif = segment(0xE0, b"JFIF\0" + bytes([1, 1, 0, 0, 1, 0, 1, 0, 0])) + segment(0xFE, name.encode())
    quantisation = segment(0xDB, bytes([0]) + bytes([1] * 64))
    frame = segment(0xC0, bytes([8]) + struct.pack(">HH", height, width) + bytes([1, 1, 0x11, 0]))
    # One code each, "0": DC category 0, and AC end-of-block.
    tables = segment(0xC4, bytes([0x00, 1] + [0] * 15 + [0x00]) + bytes([0x10, 1] + [0] * 15 + [0x00]))
    scan = segment(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = blocks * 2
    data = bytearray(bits // 8)
    if bits % 8:
        data.append((1 << (8 - bits % 8)) - 1)  # pad the last byte with 1 bits
    return b"\xFF\xD8" + jfif + quantisation + frame + tables + scan + bytes(data) + b"\xFF\xD9"


def png(width, height):
    """A grey 8-bit PNG, every row filtered None and all mid-grey."""
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    rows = (b"\0" + b"\x80" * width) * height
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))


def addresses():
    with open(os.path.join(HERE, "listings.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            for url in (row["主图"] or "").split("|"):
                if url.startswith(PREFIX):
                    yield url[len(PREFIX):]


def main():
    written = {}
    for name in addresses():
        if name in MISSING or name in written:
            continue
        width, height = SIZES.get(name, (800, 800))
        written[name] = png(width, height) if name in PNG_AS_JPG else jpeg(width, height, name)
    for name, original in COPIES.items():
        written[name] = written[original]
    for name, data in sorted(written.items()):
        path = os.path.join(OUT, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    print(f"wrote {len(written)} images into {OUT}")


if __name__ == "__main__":
    main()
