#!/usr/bin/env python3
"""Writes the demo shop's second weekly audit from ../demo-shop: the same shop one week later.

Run from this folder: python3 generate.py (deterministic; no randomness).

What changed since week 1 (see WeeklyAuditTests):
  D01 雪纺连衣裙: a size chart with measurements was added          -> size.no_measurements fixed
  D02 纯棉T恤: colour options 如图 / 随机色 renamed to real colours   -> colour.vague_values fixed
  D08 泡泡袖衬衫: the size chart was deleted by mistake              -> new size.no_measurements finding
  after-sales: a new week of refunds: D01 and D02 keep one refund in four, others are the same cases re-dated
  orders: the same volume as week 1
"""
import csv
import pathlib

SOURCE = pathlib.Path(__file__).resolve().parent.parent / "demo-shop"
TARGET = pathlib.Path(__file__).resolve().parent
SIZE_TABLE = ("尺码表（平铺测量，单位cm）：S 胸围88 衣长60；M 胸围92 衣长62；L 胸围96 衣长64；XL 胸围100 衣长66。"
              "身高155-160选S，160-165选M，165-170选L，170-175选XL。")
COLOURS = {"如图": "白色", "随机色": "黑色"}


def read(name):
    with open(SOURCE / name, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write(name, rows):
    with open(TARGET / name, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def listings():
    rows = read("listings.csv")
    header = rows[0]
    listing, description, colour = header.index("商品ID"), header.index("商品详情"), header.index("颜色分类")
    for row in rows[1:]:
        if row[listing] == "D01" and row[description]:
            row[description] = row[description].replace("均码，", "均码（" + SIZE_TABLE + "），")
        if row[listing] == "D02":
            row[colour] = COLOURS.get(row[colour], row[colour])
        if row[listing] == "D08" and row[description]:
            row[description] = row[description].replace(SIZE_TABLE, "")
    return rows


def after_sales():
    rows = read("after-sales.csv")
    header = rows[0]
    refund_id, listing, applied = header.index("售后单号"), header.index("商品ID"), header.index("申请时间")
    kept, seen = [header], {"D01": 0, "D02": 0}
    for row in rows[1:]:
        if row[listing] in seen:
            seen[row[listing]] += 1
            if seen[row[listing]] % 4:
                continue
        row[refund_id] = row[refund_id].replace("AS1", "AS2", 1)
        row[applied] = row[applied].replace("2026-11-", "2026-12-", 1)
        kept.append(row)
    return kept


if __name__ == "__main__":
    write("listings.csv", listings())
    write("after-sales.csv", after_sales())
    write("orders.csv", read("orders.csv"))
