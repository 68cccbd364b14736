#!/usr/bin/env python3
"""Writes the invented English Shopify demo shop "Harbour & Pine": products.csv (Shopify product CSV export),
returns.csv (Shopify returns export) and orders.csv (Shopify orders export). Deterministic (fixed seed), Python
stdlib only; run from this folder: python3 generate.py

Planted causes (see DemoShopEnglishTests):
  floral-wrap-midi-dress   S/M/L, no measurements anywhere          -> many SIZE_TOO_SMALL / SIZE_TOO_LARGE returns
  everyday-crew-sweater    colours "As shown" / "Random"            -> COLOR returns
  vintage-canvas-tote      one image, hype-only description         -> NOT_AS_DESCRIBED returns
  glass-aroma-diffuser     clean listing, courier damage / wrong item returns (must NOT top the list)
  merino-knit-vest         S/M/L without measurements, but 2 orders and 1 size return (must NOT top the list)
  lightweight-puffer-vest  new product: findings, no orders or returns
"""
import csv
import random

rng = random.Random(20261127)
IMG = "https://cdn.harbour-pine.example/products/{}-{}.jpg"
VENDOR = "Harbour & Pine"
SIZE_CHART = ("<p><strong>Size chart</strong> (measured flat, cm): S chest 88, length 60; M chest 92, length 62; "
              "L chest 96, length 64; XL chest 100, length 66. Model is 170 cm and wears M.</p>")
SHOE_CHART = ("<p><strong>Size guide</strong>: EU 38 = foot length 240 mm, EU 39 = 245 mm, EU 40 = 250 mm, "
              "EU 41 = 255 mm, EU 42 = 260 mm. True to size.</p>")
CARE = "<p>Care: machine wash cold at 30°C, do not bleach, dry flat. Photographed in daylight, no filters.</p>"

P = []


def add(handle, title, category, ptype, body, colours, sizes, images, price, material, orders, returns):
    P.append(dict(handle=handle, title=title, category=category, type=ptype, body=body, colours=colours,
                  sizes=sizes, images=images, price=price, material=material, orders=orders, returns=returns))


def clean(material, extra):
    return f"<p>Material: {material}.</p>{extra}{CARE}"


# ---- planted causes
add("floral-wrap-midi-dress", "Floral Wrap Midi Dress", "Apparel & Accessories > Clothing > Dresses", "Dresses",
    "<p>Our dreamy floral midi dress flatters every figure. Fabric: 100% polyester. "
    "Perfect for dates, weddings and long summer evenings.</p>",
    ["Blue Floral", "Pink Floral"], ["S", "M", "L"], 4, 69.0, "polyester", 420,
    {"size": 46, "changed": 8, "quality": 3, "damaged": 1})
add("everyday-crew-sweater", "Everyday Cotton Crew Sweater", "Apparel & Accessories > Clothing > Shirts & Tops",
    "Sweaters", clean("100% combed cotton, 320 gsm knit", SIZE_CHART), ["As shown", "Random"],
    ["S", "M", "L", "XL"], 5, 45.0, "cotton", 380, {"colour": 34, "changed": 7, "size": 5, "quality": 2})
add("vintage-canvas-tote", "Vintage Canvas Tote Bag", "Apparel & Accessories > Handbags, Wallets & Cases > Handbags",
    "Bags", "<p>The most gorgeous bag you will ever own! Amazing quality, customers love it and it goes with "
    "literally everything. Even better in real life. Grab yours before it sells out!</p>",
    ["Cream"], [], 1, 39.0, "", 260, {"nad": 27, "quality": 6, "changed": 5})
add("glass-aroma-diffuser", "Glass Aroma Diffuser", "Home & Garden > Household Appliances > Humidifiers", "Home",
    "<p>Material: borosilicate glass with ABS base. Dimensions: 10 cm diameter, 16 cm high, weight 420 g. "
    "Capacity 200 ml, 12 W, USB-C powered, runs 8 hours.</p><ul><li>Timer: 1 / 3 / 6 hours</li>"
    "<li>Night light can be switched off</li><li>In the box: diffuser, USB-C cable, manual</li></ul>",
    ["Clear"], [], 5, 59.0, "borosilicate glass", 520, {"damaged": 31, "wrong": 9, "delivery": 4, "changed": 6})
add("merino-knit-vest", "Merino Knit Vest", "Apparel & Accessories > Clothing > Shirts & Tops", "Knitwear",
    "<p>Fabric: 70% merino wool, 30% nylon. V-neck pullover vest.</p>", ["Camel", "Black"], ["S", "M", "L"],
    3, 89.0, "merino wool", 2, {"size": 1})
add("lightweight-puffer-vest", "Lightweight Puffer Vest", "Apparel & Accessories > Clothing > Outerwear", "Outerwear",
    "<p>This season's must-have. Super warm, super light, goes with everything.</p>", ["Black", "Ivory"],
    ["S", "M", "L"], 1, 99.0, "", 0, {})

# ---- clean listings with ordinary returns
APPAREL = [
    ("high-rise-straight-jeans", "High-Rise Straight Jeans", "Pants", "98% cotton, 2% elastane"),
    ("linen-blend-shirt", "Linen Blend Button-Up Shirt", "Shirts", "55% linen, 45% cotton"),
    ("relaxed-chino-trousers", "Relaxed Chino Trousers", "Pants", "97% cotton, 3% elastane"),
    ("fleece-lined-hoodie", "Fleece-Lined Pullover Hoodie", "Hoodies", "80% cotton, 20% polyester"),
    ("ribbed-cardigan", "Fine Ribbed Cardigan", "Knitwear", "70% viscose, 30% nylon"),
]
SHOES = [
    ("leather-everyday-sneakers", "Leather Everyday Sneakers", "full-grain leather upper, rubber sole"),
    ("canvas-slip-on-shoes", "Canvas Slip-On Shoes", "cotton canvas upper, natural rubber sole"),
]
OTHER = [
    ("laptop-backpack-15", "Commuter Laptop Backpack 15.6\"", "Bags", "Apparel & Accessories > Handbags, Wallets "
     "& Cases > Backpacks", "Material: water-repellent recycled nylon. Dimensions: 30 × 15 × 44 cm, weight 780 g. "
     "Fits laptops up to 15.6 inches.", "recycled nylon"),
    ("leather-card-wallet", "Slim Leather Card Wallet", "Bags", "Apparel & Accessories > Handbags, Wallets & Cases",
     "Material: full-grain leather. Dimensions: 10 × 7.5 × 1 cm, 6 card slots, weight 45 g.", "leather"),
    ("percale-duvet-set-queen", "Cotton Percale Duvet Set (Queen)", "Bedding", "Home & Garden > Linens & Bedding",
     "Material: 100% cotton percale, 200 thread count. Duvet cover 230 × 220 cm, two pillowcases 50 × 75 cm.",
     "cotton"),
    ("chunky-knit-throw", "Chunky Knit Throw Blanket", "Bedding", "Home & Garden > Linens & Bedding > Blankets",
     "Material: 100% acrylic. Size 130 × 170 cm, weight 1.6 kg. Machine washable on wool cycle.", "acrylic"),
    ("waffle-bath-towel", "Waffle Weave Bath Towel", "Bath", "Home & Garden > Linens & Bedding > Towels",
     "Material: 100% Turkish cotton, 450 gsm. Size 70 × 140 cm. Gets softer with every wash.", "cotton"),
    ("linen-curtain-panel", "Linen Look Curtain Panel", "Home", "Home & Garden > Decor > Window Treatments",
     "Material: 100% polyester with linen texture, blocks about 60% of light. Size 140 × 250 cm, tab top.",
     "polyester"),
    ("anc-wireless-earbuds", "ANC Wireless Earbuds", "Electronics", "Electronics > Audio > Headphones",
     "Bluetooth 5.3, active noise cancelling up to 35 dB. Battery 8 hours (32 hours with case), USB-C charging. "
     "Each earbud weighs 4.5 g. IPX4 splash resistant.", "ABS"),
    ("power-bank-20000", "20,000 mAh Power Bank", "Electronics", "Electronics > Electronics Accessories > Power",
     "Capacity 20,000 mAh, 22.5 W fast charging, USB-C in/out plus USB-A. Size 14.5 × 7 × 2.6 cm, weight 380 g.",
     "fire-retardant PC"),
    ("mechanical-keyboard-tkl", "Tenkeyless Mechanical Keyboard", "Electronics",
     "Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards",
     "87 keys, hot-swappable brown switches, PBT keycaps, USB-C wired. Size 36 × 13 × 4 cm, weight 850 g.",
     "aluminium and PBT"),
    ("fitness-smartwatch", "Fitness Smartwatch", "Electronics", "Electronics > Wearable Technology",
     "1.43 inch AMOLED screen, 10-day battery, water resistant to 50 m, heart rate and SpO2. 20 mm silicone strap.",
     "aluminium"),
    ("hyaluronic-sheet-masks", "Hyaluronic Sheet Masks (10 pack)", "Beauty", "Health & Beauty > Personal Care",
     "Contents: 10 masks × 25 ml. Key ingredients: sodium hyaluronate, ceramides, panthenol. Shelf life 3 years, "
     "suits dry and combination skin.", ""),
    ("gentle-amino-cleanser", "Gentle Amino Acid Cleanser", "Beauty", "Health & Beauty > Personal Care",
     "Contents: 120 g. Key ingredients: potassium cocoyl glycinate, glycerin. pH about 6.0. Fragrance free.", ""),
    ("velvet-matte-lipstick", "Velvet Matte Lipstick", "Beauty", "Health & Beauty > Personal Care > Cosmetics",
     "Contents: 3.5 g. Shades: 01 Rosewood, 02 True Red, 03 Maple. Key ingredients: beeswax, vitamin E.", ""),
]
COLOURS = [["Black", "White"], ["Navy", "Grey"], ["Khaki", "Black"], ["Ivory", "Dusty Blue"], ["Burgundy", "Black"]]

for handle, title, ptype, material in APPAREL:
    add(handle, title, f"Apparel & Accessories > Clothing > {ptype}", ptype, clean(material, SIZE_CHART),
        rng.choice(COLOURS), ["S", "M", "L", "XL"], 4, float(rng.choice([39, 49, 59, 79])), material,
        rng.randint(150, 400), {"size": rng.randint(2, 6), "changed": rng.randint(4, 9),
                                "quality": rng.randint(0, 3), "delivery": rng.randint(0, 2)})
for handle, title, material in SHOES:
    add(handle, title, "Apparel & Accessories > Shoes", "Shoes", clean(material, SHOE_CHART), ["Black", "Tan"],
        ["38", "39", "40", "41", "42"], 4, 89.0, material, rng.randint(120, 300),
        {"size": rng.randint(2, 5), "changed": rng.randint(3, 7), "quality": rng.randint(0, 2)})
for handle, title, ptype, category, text, material in OTHER:
    body = f"<p>{text}</p><p>Photographed in daylight; everything in the box is shown in the last image.</p>"
    add(handle, title, category, ptype, body, [rng.choice(["Black", "White", "Grey", "Natural"])], [], 4,
        float(rng.choice([19, 29, 49, 69, 99])), material, rng.randint(80, 350),
        {"changed": rng.randint(2, 7), "quality": rng.randint(0, 3), "damaged": rng.randint(0, 2),
         "delivery": rng.randint(0, 2), "nad": rng.randint(0, 1)})

# ---- products.csv: Shopify product export; one row per variant, then image-only rows
HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
          "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
          "Variant SKU", "Variant Price", "Image Src", "Image Position", "Image Alt Text", "Variant Image",
          "Fabric (product.metafields.shopify.fabric)", "Status"]
with open("products.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(HEADER)
    for n, p in enumerate(P, start=1):
        images = [IMG.format(p["handle"], i) for i in range(1, p["images"] + 1)]
        code = "".join(word[0] for word in p["handle"].split("-")).upper()[:4] + f"{n:02d}"
        p["variants"] = []
        options = [("Color", c) for c in p["colours"]]
        rows = [(colour, size) for colour in p["colours"] for size in (p["sizes"] or [""])]
        for i, (colour, size) in enumerate(rows):
            first = i == 0
            sku = f"HP-{code}-{colour[:3].upper().replace(' ', '')}{('-' + size) if size else ''}"
            p["variants"].append((sku, colour, size))
            variant_image = images[p["colours"].index(colour) % len(images)] if len(p["colours"]) > 1 else ""
            option1 = ("Size", size) if size else ("Color", colour)
            option2 = ("Color", colour) if size else ("", "")
            w.writerow([p["handle"], p["title"] if first else "", p["body"] if first else "",
                        VENDOR if first else "", p["category"] if first else "", p["type"] if first else "",
                        p["type"].lower() if first else "", "true" if first else "",
                        option1[0] if first else "", option1[1], option2[0] if first else "", option2[1], "", "",
                        sku, f"{p['price']:.2f}", images[i] if i < len(images) else "",
                        str(i + 1) if i < len(images) else "", p["title"] if i < len(images) else "",
                        variant_image, p["material"] if first else "", "active" if first else ""])
        for i in range(len(rows), len(images)):
            w.writerow([p["handle"]] + [""] * 15 + [images[i], str(i + 1), p["title"]] + [""] * 3)

# ---- return reasons (Shopify return-reason codes) and customer notes
REASONS = {
    "size": [("SIZE_TOO_SMALL", "Way too tight across the hips"),
             ("SIZE_TOO_LARGE", "Ordered my usual M and it's huge"),
             ("SIZE_TOO_SMALL", "Couldn't zip it up, runs a full size small"),
             ("SIZE_TOO_LARGE", "Sleeves far too long, runs a size big"), ("SIZE_TOO_SMALL", "")],
    "colour": [("COLOR", "Colour looks nothing like the photos"), ("COLOR", "Picked 'As shown', got a grey one"),
               ("COLOR", "The random colour was mustard yellow, not what I wanted"), ("COLOR", "")],
    "nad": [("NOT_AS_DESCRIBED", "Much smaller than it looks in the picture"),
            ("NOT_AS_DESCRIBED", "Feels like thin cotton, not heavy canvas"),
            ("NOT_AS_DESCRIBED", "No inside pocket and the listing never said"), ("NOT_AS_DESCRIBED", "")],
    "quality": [("DEFECTIVE", "Seam came apart after one wash"), ("DEFECTIVE", "Stitching on the strap is loose"),
                ("DEFECTIVE", "Stopped working after two days")],
    "damaged": [("DEFECTIVE", "Box was crushed by the courier and the glass shattered"),
                ("OTHER", "Arrived cracked, the parcel was clearly dropped in transit"),
                ("DEFECTIVE", "Arrived smashed, the courier crushed the box")],
    "wrong": [("WRONG_ITEM", "Received a different model"), ("WRONG_ITEM", "USB-C cable missing from the box")],
    "delivery": [("OTHER", "Tracking has not moved for two weeks"),
                 ("OTHER", "Tracking says delivered, never arrived")],
    "changed": [("UNWANTED", "Changed my mind"), ("UNWANTED", "Ordered two by mistake"),
                ("STYLE", "Not really my style"), ("UNWANTED", "")],
}

orders = []
order_no = 1000
for p in P:
    for _ in range(p["orders"]):
        orders.append([p, rng.choice(p["variants"])])
rng.shuffle(orders)
for order in orders:
    order_no += rng.randint(1, 3)
    order.insert(0, f"#{order_no}")
by_handle = {}
for order in orders:
    by_handle.setdefault(order[1]["handle"], []).append(order)


def line_name(p, colour, size):
    return f"{p['title']} - {colour} / {size}" if size else f"{p['title']} - {colour}"


rows = []
return_no = 50000
for p in P:
    pool = by_handle.get(p["handle"], [])
    for kind, count in p["returns"].items():
        for _ in range(count):
            return_no += rng.randint(1, 9)
            order_name, _, (sku, colour, size) = rng.choice(pool)
            reason, note = rng.choice(REASONS[kind])
            product, sku_cell = line_name(p, colour, size), sku
            if rng.random() < 0.1:
                product, sku_cell = p["title"], ""  # matched only by title
            status = "Refunded" if rng.random() < 0.9 else "Return in progress"
            rows.append([order_name, f"RET-{return_no}", product, sku_cell, reason, note, f"${p['price']:.2f}",
                         f"2026-11-{rng.randint(1, 25):02d}", status])
# requests the shop closed or declined: listed, not counted as refunds
for row in rng.sample([r for r in rows if r[4] in ("UNWANTED", "STYLE")], 5):
    row[8] = rng.choice(["Closed", "Declined"])
# returns of a product since deleted from the shop: match nothing
for i in range(6):
    return_no += 3
    rows.append([f"#{900 + i}", f"RET-{return_no}", "Retired Linen Scarf - Sand", "HP-RLS-SAN", "UNWANTED", "",
                 "$24.00", "2026-11-03", "Refunded"])
rng.shuffle(rows)
with open("returns.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Order", "Return ID", "Product", "Variant SKU", "Return reason", "Return reason note",
                "Refunded amount", "Date", "Status"])
    w.writerows(rows)

with open("orders.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Currency", "Subtotal", "Total",
                "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku"])
    for order_name, p, (sku, colour, size) in sorted(orders, key=lambda o: int(o[0][1:])):
        created = f"2026-10-{rng.randint(1, 31):02d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00 +0000"
        w.writerow([order_name, f"customer{rng.randint(1, 2400)}@example.com", "paid", created, "fulfilled", "USD",
                    f"{p['price']:.2f}", f"{p['price'] + 4.95:.2f}", created, 1, line_name(p, colour, size),
                    f"{p['price']:.2f}", sku])
print(len(P), "products,", len(rows), "returns,", len(orders), "order lines")
