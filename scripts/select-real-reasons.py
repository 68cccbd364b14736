#!/usr/bin/env python3
"""Chooses the rows of ../shared/real-exports/{reviews,returns} for Corpus/labelled-refunds/reasons-real.csv,
with --second those of reasons-real2.csv, and with --third those of reasons-real3.csv.

Prints `file,key,split` pointers, and with --show the text too (for labelling; the text never goes into the
project). The choice and the dev / test split depend only on an FNV-1a hash of the pointer, fixed before any
classifier run: rows are ordered by hash(file#key) and the first N that pass a length filter are taken per
source; split is `test` when hash("split:" + file#key) is odd. The second set skips every pointer of the first
(read from reasons-real.csv) and prefers texts that state a problem: negative reviews, English reviews rated 3
stars or fewer, after-sales turns; about half Chinese, half English. The third set (--third) takes the second
set's sources and counts (English reviews up to 600 characters), skipping every pointer of the first two sets.
"""
import csv
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "real-exports"

# (folder/file, key column or None for the line number, text column, how many, min chars, max chars, filter)
SOURCES = [
    ("reviews/online_shopping_10_cats_subset.csv", "source_line", "review", 70, 6, 70,
     lambda row: row["sample_group"] == "neg_keyword"),
    ("reviews/online_shopping_10_cats_subset.csv", "source_line", "review", 20, 6, 70,
     lambda row: row["sample_group"] == "neg_other"),
    ("reviews/online_shopping_10_cats_subset.csv", "source_line", "review", 15, 6, 70,
     lambda row: row["sample_group"] == "pos"),
    ("reviews/womens_clothing_ecommerce_reviews_with_text.csv", "source_row", "review_text", 60, 20, 260, None),
    ("returns/jddc_jd_customer_aftersales_utterances.tsv", None, "customer_utterance", 25, 8, 120, None),
    ("reviews/litemall_yanxuan_comments.csv", "comment_id", "content", 15, 6, 120, None),
]

# The second set (--second), same fields.
SECOND = [
    ("reviews/online_shopping_10_cats_subset.csv", "source_line", "review", 45, 6, 90,
     lambda row: row["sample_group"] == "neg_keyword"),
    ("reviews/online_shopping_10_cats_subset.csv", "source_line", "review", 20, 6, 90,
     lambda row: row["sample_group"] == "neg_other"),
    ("reviews/online_shopping_10_cats_subset.csv", "source_line", "review", 5, 6, 90,
     lambda row: row["sample_group"] == "pos"),
    ("returns/jddc_jd_customer_aftersales_utterances.tsv", None, "customer_utterance", 15, 8, 120, None),
    ("reviews/litemall_yanxuan_comments.csv", "comment_id", "content", 10, 6, 120, None),
    ("reviews/jd_facial_mask_comments_40.csv", None, "content", 5, 6, 160, None),
    ("reviews/womens_clothing_ecommerce_reviews_with_text.csv", "source_row", "review_text", 100, 20, 300,
     lambda row: int(row["rating"]) <= 3),
]
# The third set (--third): the second set's sources and counts; the English reviews rated 3 stars or fewer that are
# 300 characters or shorter were all taken by the first two sets, so the longest allowed is 600.
THIRD = SECOND[:-1] + [
    ("reviews/womens_clothing_ecommerce_reviews_with_text.csv", "source_row", "review_text", 100, 20, 600,
     lambda row: int(row["rating"]) <= 3),
]
LABELLED = Path(__file__).resolve().parent.parent / "Corpus" / "labelled-refunds"
FIRST_SET = LABELLED / "reasons-real.csv"
SECOND_SET = LABELLED / "reasons-real2.csv"


def fnv(text):
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def rows(name, key):
    path = SHARED / name
    delimiter = "\t" if name.endswith(".tsv") else ","
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        for number, row in enumerate(reader, start=2):
            yield (row[key] if key else str(number)), row


def main():
    show = "--show" in sys.argv
    third = "--third" in sys.argv
    second = "--second" in sys.argv or third
    taken = set()
    for earlier in ([FIRST_SET] if second else []) + ([SECOND_SET] if third else []):
        with open(earlier, encoding="utf-8", newline="") as handle:
            taken |= {f"{row['file']}#{row['key']}" for row in csv.DictReader(handle)}
    print("file,key,split")
    for name, key, column, count, low, high, keep in THIRD if third else SECOND if second else SOURCES:
        candidates = []
        for pointer, row in rows(name, key):
            text = " ".join(row[column].split())
            if not (low <= len(text) <= high) or (keep and not keep(row)):
                continue
            full = f"{Path(name).name}#{pointer}"
            if full not in taken:
                candidates.append((fnv(full), full, pointer, text))
        candidates.sort()
        for _, full, pointer, text in candidates[:count]:
            taken.add(full)
            split = "test" if fnv("split:" + full) % 2 else "dev"
            line = f"{Path(name).name},{pointer},{split}"
            print(line + (f"\t{text}" if show else ""))


main()
