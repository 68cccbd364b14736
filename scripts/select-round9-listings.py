#!/usr/bin/env python3
"""Chooses round 9's listings of ../shared/real-exports for Corpus/labelled-real-listings/labels.csv (issue 10).

Round 9 adds dev listings from shops in no half yet, of writing the dev half lacks. A shop is the first word of an
export's file name, as `RealListingEvaluationTests` reads it; `no_half_exports` lists the listing exports whose shop
labels.csv does not name. Of those, only the JD fashion sentences of the MEPAVE dataset (`mepave_jd_fashion.*`, read
through `mappings/mepave_jd_fashion.json`: no header, the product id in column 1, its text in column 3) can be read:
`airfeel_product_feed_MALFORMED.xml` is refused by the tool (a raw `&`), the Amazon flat-file templates hold their
three header rows only, and the rest holds no listings (a settlement report, reviews, refunds). The dataset's `train`, `valid` and `test` files are its own split,
not this set's halves: all three are one shop and join dev.

A listing is favoured when its own text names a garment, shoe or bag (`KIND_WORDS`, the export's words, never
`listing-audit`'s judgement); the favoured come first, each group ordered by an FNV-1a hash of `round9#file#id`
(the seed), and `QUOTA` are taken: the most dev listings the set's 40–60 % balance of halves allows.

Output as round 8's script: pointers by default, `--show [FILE…]` the fields, to the terminal only; `--exports` the
exports of no half.
"""
import csv
import importlib.util
import sys
from pathlib import Path

# Round 8's script, for the labels' path and the readers of the first rounds' script (`earlier`) it loads.
SPEC = importlib.util.spec_from_file_location(
    "select_round8_listings", Path(__file__).resolve().parent / "select-round8-listings.py")
round8 = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(round8)
earlier = round8.earlier

SEED = "round9"
# 511 dev of 872 before this round: 30 more dev listings keep dev at most 60 % of the set (541 of 902).
QUOTA = 30

# The readable exports of no half: (export, layout). Columns are named by position, as the mapping names them.
EXPORTS = [
    ("zh-shops/mepave_jd_fashion.train.sample.tsv", "noheader tsv:1"),
    ("zh-shops/mepave_jd_fashion.valid.sample.tsv", "noheader tsv:1"),
    ("zh-shops/mepave_jd_fashion.test.sample.tsv", "noheader tsv:1"),
]
TEXT_COLUMN = "3"

# Words of the listings' own text that name a garment, a shoe or a bag.
KIND_WORDS = ("裙", "衫", "衣", "裤", "夹克", "外套", "羽绒服", "T恤", "短袖", "鞋", "包", "箱")

LISTING_SUFFIXES = (".csv", ".tsv", ".txt", ".xml")


def shop(name):
    """The shop of an export: the first word of its file name."""
    base = name.rsplit("/", 1)[-1]
    return base.split("_", 1)[0].split(".", 1)[0]


def labelled():
    with open(round8.LABELS, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def no_half_exports(rows):
    """Every export under ../shared/real-exports whose shop no label of an earlier round names (the parsing test
    suites aside): this round's own labels do not count, so the choice is the same once they are committed."""
    own = {name for name, _ in EXPORTS}
    shops = {shop(row["file"]) for row in rows if row["file"] not in own}
    files = sorted(path.relative_to(earlier.SHARED).as_posix() for path in earlier.SHARED.rglob("*")
                   if path.suffix in LISTING_SUFFIXES
                   and path.relative_to(earlier.SHARED).parts[0] not in ("csv-spectrum", "w3c-csvw-tests"))
    return [name for name in files if shop(name) not in shops]


def chosen(rows):
    """(export, listing id, rows) of the round, in file order."""
    free = set(no_half_exports(rows))
    candidates = []
    for name, layout in EXPORTS:
        assert name in free, f"{name} has a shop in a half already"
        for key, grouped in earlier.records(name, layout).items():
            favoured = any(word in grouped[0].get(TEXT_COLUMN, "") for word in KIND_WORDS)
            candidates.append((not favoured, earlier.fnv(f"{SEED}#{name}#{key}"), name, key, grouped))
    taken = {(name, key) for _, _, name, key, _ in sorted(candidates, key=lambda item: item[:2])[:QUOTA]}
    return [(name, key, grouped) for _, _, name, key, grouped in candidates if (name, key) in taken]


def main():
    rows = labelled()
    if "--exports" in sys.argv:
        print("\n".join(no_half_exports(rows)))
        return
    wanted = set(sys.argv[sys.argv.index("--show") + 1:]) if "--show" in sys.argv else None
    if wanted is None:
        print("file,listing_id,half")
    for name, key, grouped in chosen(rows):
        if wanted is None:
            print(f"{name},{key},dev")
        elif not wanted or name in wanted:
            earlier.show(name, key, grouped)


if __name__ == "__main__":
    main()
