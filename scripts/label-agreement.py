#!/usr/bin/env python3
"""How far two annotators agree on the labelled real sets, and how the classifier scores on the rows they agree on.

    scripts/label-agreement.py reasons                # real buyer texts: agreement and Cohen's kappa per set and half
    scripts/label-agreement.py reasons --binary BIN   # and the classifier on the rows both labelled alike
    scripts/label-agreement.py listings               # real listings' test half: agreement per rule family
    scripts/label-agreement.py misses --binary BIN    # the classifier's misses on the development half, to study

`misses` prints only development-half rows (`--set` narrows it to one set): the test half is scored, never read, so
no lexicon entry can be made from a test-half miss. Running `classify-reasons` on reasons-real*.csv directly would
classify the labellers' pointers and notes, not the buyers' texts.

For the listings, the second labels are Corpus/labelled-real-listings/second-annotator/labels.csv (the test half,
labelled blind from the fields `scripts/select-real-listings.py --show` prints, never the first labels or the rules'
findings); `listing-audit evaluate-rules Corpus/labelled-real-listings/second-annotator --half test` scores the
rules against them.

For the reasons, the first labels are `expected_category` of reasons-real.csv, reasons-real2.csv and reasons-real3.csv;
the second are Corpus/labelled-refunds/second-annotator/real-labels.csv, written blind (the annotator saw the labelling
guide and the texts, shuffled, never the first labels or the classifier's answers). With --binary, the texts are read
from ../shared/real-exports (never stored in the project) into a temporary file, classified by `BIN classify-reasons` as
comments with an empty reason (as ReasonRealTextTests does), and scored against each annotator and against the rows
they agree on. A set without second labels is scored against the first labels only, and its agreement columns say
`-`.
"""
import argparse
import csv
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "Corpus" / "labelled-refunds"
SHARED = ROOT.parent / "shared" / "real-exports"
SETS = ["reasons-real.csv", "reasons-real2.csv", "reasons-real3.csv"]
# file -> (folder, key column or None for the line number, text column); as ReasonRealTextTests reads them.
SOURCES = {
    "online_shopping_10_cats_subset.csv": ("reviews", "source_line", "review"),
    "womens_clothing_ecommerce_reviews_with_text.csv": ("reviews", "source_row", "review_text"),
    "litemall_yanxuan_comments.csv": ("reviews", "comment_id", "content"),
    "jddc_jd_customer_aftersales_utterances.tsv": ("returns", None, "customer_utterance"),
    "jd_facial_mask_comments_40.csv": ("reviews", None, "content"),
}


def read_rows():
    """The real buyer texts: [(set, file, key, split, first label, second label, second confidence)], one for every
    labelled pointer; the second label and confidence are None in a set the second annotator has not labelled."""
    second = {}
    with open(LABELS / "second-annotator" / "real-labels.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            second[(row["set"], row["file"], row["key"])] = (row["category"], row["confidence"])
    rows = []
    for name in SETS:
        seconded = any(pointer[0] == name for pointer in second)
        with open(LABELS / name, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                pointer = (name, row["file"], row["key"])
                if seconded and pointer not in second:
                    sys.exit(f"{name}: {row['file']}#{row['key']} has no second label")
                rows.append((*pointer, row["split"], row["expected_category"], *second.get(pointer, (None, None))))
    return rows


def listing_rows():
    """{family: [(first, second, second confidence)]} for every listing of the second labels."""
    folder = ROOT / "Corpus" / "labelled-real-listings"
    with open(folder / "labels.csv", encoding="utf-8") as f:
        first = {(r["file"], r["listing_id"], r["family"]): r["expected"] for r in csv.DictReader(f)}
    families = defaultdict(list)
    with open(folder / "second-annotator" / "labels.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pointer = (row["file"], row["listing_id"], row["family"])
            if pointer not in first:
                sys.exit(f"{row['file']}#{row['listing_id']} ({row['family']}) has no first label")
            families[row["family"]].append((first[pointer], row["expected"], row["confidence"]))
    return families


def print_listings():
    print("family | listings | agreement | kappa | agreement, second sure | 1 for first only | 1 for second only")
    for family, rows in listing_rows().items():
        observed, k = kappa([(a, b) for a, b, _ in rows])
        sure = [(a, b) for a, b, confidence in rows if confidence == "high"]
        sure_observed = sum(a == b for a, b in sure) / len(sure)
        first_only = sum(a == "1" and b == "0" for a, b, _ in rows)
        second_only = sum(a == "0" and b == "1" for a, b, _ in rows)
        print(f"{family} | {len(rows)} | {observed:.3f} | {k:.2f} | {sure_observed:.3f} ({len(sure)}) | "
              f"{first_only} | {second_only}")


def kappa(pairs):
    """Observed agreement and Cohen's kappa of (first, second) label pairs."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    return observed, (observed - expected) / (1 - expected)


def texts_of(rows):
    """The buyer text of every pointer, read from ../shared."""
    by_file = defaultdict(dict)
    for file in {row[1] for row in rows}:
        folder, key, column = SOURCES[file]
        with open(SHARED / folder / file, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t" if file.endswith(".tsv") else ",")
            for number, row in enumerate(reader, start=2):
                by_file[file][row[key] if key else str(number)] = row[column]
    return [by_file[row[1]][row[2]] for row in rows]


def classify(binary, texts):
    """The classifier's category for each text, in order."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8", newline="", delete=False) as f:
        writer = csv.writer(f)
        writer.writerow(["reason", "comment"])
        writer.writerows(["", text] for text in texts)
    output = subprocess.run([binary, "classify-reasons", f.name], capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    answers = [line.split()[1] for line in output.splitlines() if line.startswith(f.name + ":")]
    if len(answers) != len(texts):
        sys.exit(f"classify-reasons answered {len(answers)} of {len(texts)} texts")
    return answers


def print_misses(binary, only_set):
    """`classify-reasons --misses-only` on the development half's texts, with each row's pointer and second label."""
    rows = [row for row in read_rows() if row[3] == "dev" and only_set in (None, row[0])]
    if not rows:
        sys.exit(f"no development-half rows in {only_set}")
    with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8", newline="", delete=False) as f:
        writer = csv.writer(f)
        writer.writerow(["reason", "comment", "expected_category"])
        # The row each record's first line holds (a text may span lines).
        row_at, line = {}, 2
        for row, text in zip(rows, texts_of(rows)):
            writer.writerow(["", text, row[4]])
            row_at[line] = row
            line += 1 + text.count("\n")
    result = subprocess.run([binary, "classify-reasons", "--misses-only", f.name], capture_output=True, text=True)
    Path(f.name).unlink()
    if result.returncode not in (0, 1):
        sys.exit(result.stderr)
    for line in result.stdout.splitlines():
        if line.startswith(f.name + ":"):
            # "FILE:LINE  …": the pointer in place of the temporary file's line (the header is line 1).
            number, rest = line[len(f.name) + 1:].split(" ", 1)
            row = row_at[int(number)]
            line = f"{row[0]} {row[1]}#{row[2]} (second: {row[5] or '-'}) {rest.lstrip()}"
        print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("labels", choices=["reasons", "listings", "misses"])
    parser.add_argument("--binary", help="a listing-audit binary: also score the classifier (reasons; misses needs it)")
    parser.add_argument("--set", choices=SETS, help="misses: only this set's development half")
    args = parser.parse_args()
    if args.labels == "misses":
        if not args.binary:
            parser.error("misses needs --binary")
        print_misses(args.binary, args.set)
        return
    if args.labels == "listings":
        print_listings()
        return
    rows = read_rows()
    answers = classify(args.binary, texts_of(rows)) if args.binary else None
    groups = defaultdict(list)
    for index, row in enumerate(rows):
        for group in (f"{row[0]} {row[3]}", row[0], "all sets"):
            groups[group].append(index)
    print("set / half | rows | agreement | kappa | agreement, second sure | " + (
        "classifier vs first | vs second | agreed rows | classifier on agreed" if answers else ""))
    for group in sorted(groups):
        indices = groups[group]
        # The agreement columns count only rows with a second label.
        paired = [i for i in indices if rows[i][5] is not None]
        line = f"{group} | {len(indices)}"
        if paired:
            observed, k = kappa([(rows[i][4], rows[i][5]) for i in paired])
            sure = [i for i in paired if rows[i][6] == "high"]
            sure_observed = sum(rows[i][4] == rows[i][5] for i in sure) / len(sure)
            line += f" | {observed:.3f} | {k:.3f} | {sure_observed:.3f} ({len(sure)})"
        else:
            line += " | - | - | -"
        if answers:
            right = sum(answers[i] == rows[i][4] for i in indices)
            line += f" | {right / len(indices):.3f} ({right})"
            if paired:
                agreed = [i for i in paired if rows[i][4] == rows[i][5]]
                second = sum(answers[i] == rows[i][5] for i in paired) / len(paired)
                on_agreed = sum(answers[i] == rows[i][4] for i in agreed) / len(agreed)
                line += f" | {second:.3f} | {len(agreed)} | {on_agreed:.3f}"
            else:
                line += " | - | - | -"
        print(line)


if __name__ == "__main__":
    main()
