#!/usr/bin/env python3
"""Writes Sources/ListingAudit/Rules/Profiling/TaxonomyWords.swift from Shopify's Standard Product Taxonomy.

Reads `categories.en.txt`, `categories.zh-CN.txt` and `category_attributes.en.tsv` of a taxonomy folder (MIT,
(c) Shopify; https://github.com/Shopify/product-taxonomy) and writes one compact table: each category name a title
may use, in English (split at ` & `, `, ` and `/`) and in Chinese (the same category ids, split at `/`, `、`, `和`,
`与`, `及`), the product profile of the branch it sits in, and what its attributes say the product needs (a size,
dimensions). Only the branches that map to a profile are kept; generic names (`Accessories`, `Parts`, `Sets`, `用品`,
`配件`, `套装`, and names ending in them) and names that sit in branches of different profiles are left out.

Run: python3 scripts/generate-taxonomy-tables.py ../shared/taxonomy \\
         > Sources/ListingAudit/Rules/Profiling/TaxonomyWords.swift
`TaxonomyWordsTests` fails when the file no longer matches this script's output.
"""

import re
import sys
from pathlib import Path

OUTPUT = "Sources/ListingAudit/Rules/Profiling/TaxonomyWords.swift"

# Branch (category id prefix) -> profile; the longest prefix decides. Branches not listed are left out.
BRANCHES = {
    "aa-1": "apparel", "aa-2": "accessories", "aa-3": "accessories", "aa-4": "accessories", "aa-5": "bags",
    "aa-6": "jewellery", "aa-7": "accessories", "aa-8": "shoes",
    "lb": "bags",
    "fr": "furniture",
    # Furniture accessories (chair caps, shelf brackets, sofa arm covers) are not furniture.
    "fr-6": "home_goods", "fr-13": "home_goods", "fr-16": "home_goods", "fr-17": "home_goods",
    "fr-20": "home_goods", "fr-21": "home_goods", "fr-23": "home_goods",
    "hg": "home_goods",
    "hg-15": "home_textiles", "hg-3-57": "home_textiles", "hg-3-74-1": "home_textiles", "hg-3-74-6": "home_textiles",
    "hg-3-64": "home_textiles",
    "hg-3-5": "home_textiles", "hg-3-14": "home_textiles", "hg-3-15": "home_textiles", "hg-3-60": "home_textiles",
    "hg-3-26": "home_textiles", "hg-1-2": "home_textiles", "hg-1-13": "home_textiles",
    "hg-9": "electronics",
    "ha-3": "home_goods",
    "hb-3": "beauty",
    "fb-1": "food", "fb-2": "food",
    "tg": "toys", "bt-5": "toys",
    "el": "electronics", "co": "electronics",
    # Vehicles & Parts: a vehicle part is no garment and no fashion accessory (`Side Skirts`, `CV Boots`, `Timing
    # Belts`, `Fuel Caps`); its rules are the general ones (flag `v`: `CategoryProfiler` lets a vehicle name win over
    # a clothing word inside a part's name). Its categories carry no size attribute (65 of 602 carry
    # `accessory_size`, which is left out everywhere) and name no dimension: a part is bought by the vehicle it fits
    # (`vehicle_type`, a make and model), and its `color` attribute (373 of 602) says no more than elsewhere. The
    # protective gear of riders (helmets, gloves, racing suits, kidney belts) is worn to fit: it is left out, and
    # the built-in words of clothes, shoes and accessories decide it. Only the parts of road vehicles are kept:
    # EV parts (not their protective cases: `保护套` names phone cases), motor vehicle parts, care and decor, safety
    # and storage; not vehicles themselves (`Monster Trucks`, `Helicopters` name toys as often), nor aircraft and
    # watercraft parts, nor the car electronics (speakers, amplifiers), which the electronics words decide.
    "vp-1-2": "general", "vp-1-4": "general", "vp-1-5": "general", "vp-1-6": "general", "vp-1-7": "general",
    "vp-1-2-8": None, "vp-1-6-1": None, "vp-1-6-5": None, "vp-1-6-7": None,
    # Motorcycle bags and panniers (`摩托车驮包/马鞍包`) are bags, which the bag words and the bags' `马鞍包` decide.
    "vp-1-7-6": None,
}
# The branches whose names mark a vehicle part (flag `v`), broad or not: every one of them is a part's (the general
# profile), so an upper branch in a category path decides as a leaf would. As the shallow profiles' below, only their
# upper branches are kept (`Motor Vehicle Braking`, `汽车清洁`), which route a category path, and the leaves whose
# names hold a clothing word (`Timing Belts`, `CV Boots`, `Brake Shoes`, `Fuel Caps`), which keep a part from
# being taken for a garment: a part's profile is the general one, which needs no name to decide it.
VEHICLE_BRANCHES = ("vp",)
VEHICLE_DEPTH = 4
WEARABLE_PROFILES = {"apparel", "shoes", "accessories"}

# Home goods bought by their dimensions: baskets, picture frames, trunks, window blinds, films and screens, storage,
# pots and planters, bath caddies, fencing. Furniture, bags and home textiles need dimensions by their profile.
# Mirrors and food storage are left out: their names (`Mirror`, `Wax Paper`) name car mirrors, compact mirrors and
# hair-removal strips as often.
DIMENSIONAL_BRANCHES = [
    "hg-3-6", "hg-3-52", "hg-3-65", "hg-3-74", "hg-10-16", "hg-12-1-16", "hg-1-1", "ha-3",
]
DIMENSIONAL_PROFILES = {"furniture", "bags", "home_textiles"}

# Prepared food (flag `p`): meals, appetizers and side dishes, and the bakery's cakes and desserts, bought by the
# portion (the weight of a serving, a number of pieces), not by a net content. Their names are kept at every depth,
# title-usable or not: `CategoryProfiler` reads them only in category paths and product types, where one must be the
# head of its segment (`Side Dishes`, not `Cake Pans`), and never in titles.
PREPARED_BRANCHES = ["fb-2-15", "fb-2-1-4"]
DIMENSIONAL_ATTRIBUTES = {"bedding_size", "compatible_mattress_size"}

# Attributes that make a product sized. `accessory_size` is left out (Shopify gives it to neckties, face masks and
# collar stays, which shops sell in one size), and so is `ring_size` (jewellery sets carry it for their rings, but
# a necklace set needs no size; rings are sized by the built-in words).
SIZE_ATTRIBUTES = {"size", "shoe_size", "cup_size", "bra_size", "band_size"}

# Names that say nothing about the product on their own.
GENERIC = {
    "accessories", "accessory", "parts", "part", "sets", "set", "supplies", "kits", "kit", "equipment", "other",
    "tools", "tool", "cases", "covers", "holders", "mounts", "stands", "refills", "products", "items", "care",
    "decor", "decorations", "materials", "components", "attachments", "add-ons", "bundles", "miscellaneous",
    "replacement", "spare", "gifts", "gift", "storage", "organization", "organizers", "systems", "units",
    "devices", "fixtures", "hardware", "extensions", "inserts", "liners", "cleaning", "protection", "safety",
    "stations", "packs", "bases", "lights", "lighting", "furniture", "home", "garden", "apparel", "clothing",
    "electronics", "toys", "games", "food", "beverages", "men's", "women's", "boys'", "girls'", "baby", "toddler",
    "kids", "adult", "unisex", "traditional", "ceremonial", "outdoor", "indoor", "novelty", "specialty",
    "commercial", "household", "personal", "portable", "electric", "manual", "decorative", "seasonal", "holiday",
}
# Last words that leave a name generic in a title (`Kitchen Set`, `Bed Accessory`): it says what a thing goes
# with, not what it is.
GENERIC_HEADS = {
    "set", "kit", "accessory", "part", "supply", "piece", "refill", "attachment", "component", "bundle",
}
# Plural names kept as they are (singular forms would mean something else: `short`, `glass`).
PLURALIA = {
    "shorts", "glasses", "sunglasses", "leggings", "tights", "briefs", "boxers", "trunks", "scissors", "goggles",
    "binoculars", "overalls", "pajamas", "trousers", "jeans", "pants", "clothes", "sweatpants", "joggers", "chinos",
    "knickers", "slacks", "suspenders", "braces", "pliers", "tongs", "jeggings", "culottes", "bloomers", "panties",
    "dungarees", "headphones", "earphones", "earbuds", "electronics", "cosmetics", "sweets", "oats", "greens",
}

# Single words ending in `s` that modify the noun after them in a compound name (`Sports & Energy Drinks`).
MODIFIERS = {"sports", "kids", "mens", "womens", "girls", "boys", "outdoors", "glass", "stainless"}
# Singulars ending in `ie` / `oe` (`hoodies`, `shoes`), and other plurals the rules above would get wrong.
IE_NOUNS = {
    "hoodie", "onesie", "beanie", "cookie", "brownie", "pie", "tie", "smoothie", "bootie", "movie", "bowtie",
    "shoe", "canoe", "hoe", "toe", "oboe", "sneaker", "necktie", "zombie", "selfie", "calorie", "goalie",
}
IRREGULAR = {
    "lenses": "lens", "knives": "knife", "shelves": "shelf", "leaves": "leaf", "scarves": "scarf", "halves": "half",
    "wolves": "wolf", "loaves": "loaf", "bases": "base", "vases": "vase", "cases": "case", "glasses": "glasses",
}
# Single words a title may use only in these profiles' branches: elsewhere single category words (`Apple`, `Date`,
# `Memory`, `Filter`) are too often something else in a title. Home goods bought by their dimensions (`Planters`)
# count too.
TITLE_WORD_PROFILES = {"apparel", "shoes", "accessories", "jewellery", "furniture", "home_textiles", "bags"}
# Names that name something else as often as the product (`Flat Sheet`, `Face Mask`, `Polo` the brand), and
# `wig`, whose colours are hair colours (`Honey Blonde`) the colour words do not know.
TITLE_UNSAFE = {
    "cape", "chap", "cargo", "hipster", "polo", "scrub", "flat", "heel", "blind", "booth", "buffet", "spur",
    "mask", "sash", "visor", "garter", "briefs", "boxers", "lei", "leis", "closet", "gate", "head", "handle",
    "key", "trestle", "valance", "shade", "rail", "foil", "cart", "island", "pantry", "vanity", "robe",
    "badge", "claw", "container", "extender", "frames-in-one", "headty", "ledge", "wedding", "crawler", "wig",
    # Vehicle parts' names that name the same thing in homes, tools, toys and electronics (`Hair Removal Tool`, a
    # kitchen `Floor Mat`, a toy `Steering Wheel`, a room's `Light Switch`).
    "removal tool", "pressure sensor", "temperature sensor", "speed sensor", "light switch", "door handle",
    "side panel", "floor mat", "front seat", "rear seat", "sun shade", "water pump", "oil pump", "upholstery fabric",
    "power inverter", "hose fitting", "steering wheel", "expansion tank", "light bar", "door seal", "window seal",
    "voltage regulator", "back plate", "windows glass", "water neck", "throw rope", "charging cable", "life raft",
}

HEADER = """\
// Generated by scripts/generate-taxonomy-tables.py from Shopify's Standard Product Taxonomy {version}
// (MIT, (c) Shopify, https://github.com/Shopify/product-taxonomy). Do not edit; regenerate with
// python3 scripts/generate-taxonomy-tables.py ../shared/taxonomy \\
//     > {output}
// {rows} names, from the {categories} categories of the branches mapped to a product profile.

/// Category names of Shopify's Standard Product Taxonomy and what their categories say about a product.
enum TaxonomyWords {{
    /// One name a line: `name|profile|flags` (English names lower-cased, last word singular; Chinese names as the
    /// taxonomy's `zh-CN` file writes them, split at `/`, `、`, `和`, `与`, `及`). Flags: `s` its
    /// categories carry a size attribute, `d` they are bought by their dimensions, `t` the name is specific enough
    /// to decide from a title, `w` a broad name (a top branch or a category with sub-categories), `v` a vehicle
    /// part's name (the general profile; a clothing word inside the part's name does not decide), `p` a prepared
    /// food's name (read in category paths and product types only, as a segment's head).
    static let table = \"\"\"
"""

OTHER_ACCESSORIES_HEADER = """
    /// Names of accessories of other things outside Apparel & Accessories (`bicycle accessories`, `自行车配件`), one
    /// a line, lower-cased: neutral terms, so the `accessories` in a category path such as `Sporting Goods > … >
    /// Bicycle Accessories` does not make a bicycle light a fashion accessory.
    static let otherAccessories = \"\"\"
"""

# Profiles whose rules ask nothing of a category's attributes: only their upper branches are kept (`Electronics >
# Audio > Headphones`), which route a category path by its ancestors; their thousands of leaves would cost start-up
# time for little. Home goods bought by their dimensions are kept at every depth.
SHALLOW_PROFILES = {"electronics", "food", "beauty", "toys", "home_goods"}
SHALLOW_DEPTH = 3
BRANCH_ONLY_PROFILES = {"electronics", "food", "beauty", "toys"}

# Built-in product words (`ProductWords.swift`), read to leave out names that add nothing over them.
PRODUCT_WORDS = Path(__file__).resolve().parent.parent / "Sources/ListingAudit/Rules/Profiling/ProductWords.swift"
SWIFT_PROFILES = {"homeTextiles": "home_textiles", "homeGoods": "home_goods"}
# Chinese head nouns (`HeadNouns.swift`), read to leave out Chinese names their heads already decide.
HEAD_NOUNS = PRODUCT_WORDS.parent / "HeadNouns.swift"


def built_in_words():
    """Profile -> the built-in strong words of that profile, folded as the matcher folds them (lower case)."""
    text = PRODUCT_WORDS.read_text(encoding="utf-8")
    words = {}
    for case, body in re.findall(r"tag\(\.(\w+), \[(.*?)\]\)", text, re.S):
        profile = SWIFT_PROFILES.get(case, case)
        words.setdefault(profile, set()).update(w.lower() for w in re.findall(r'"([^"]+)"', body))
    return words


def adds_nothing(name, profile, flags, built_in):
    """Whether a built-in word of the same profile inside `name` already decides as the name would, and the name's
    needs are the ones its profile implies, or a built-in word is spelt the same (and overrides it)."""
    if any(name in words for words in built_in.values()):
        return True
    if ("s" in flags and profile in ("accessories", "jewellery")) or ("d" in flags and profile == "home_goods"):
        return False
    return any(
        re.search(r"(?<![a-z])" + re.escape(word) + r"(?:s|es)?(?![a-z])", name)
        for word in built_in.get(profile, ()) if word.isascii())


def holds_wearable(name, built_in):
    """Whether a name holds a built-in word of clothes, shoes or accessories (`timing belt`, `cv boot`, `盖帽`)."""
    words = set().union(*(built_in.get(profile, set()) for profile in WEARABLE_PROFILES))
    if is_chinese(name):
        return any(word in name for word in words if not word.isascii())
    return any(re.search(r"(?<![a-z])" + re.escape(word) + r"(?:s|es)?(?![a-z])", name)
               for word in words if word.isascii())


def profile_of(category_id):
    """The profile of the longest listed branch that holds `category_id`, or None."""
    parts = category_id.split("-")
    for length in range(len(parts), 0, -1):
        prefix = "-".join(parts[:length])
        if prefix in BRANCHES:
            return BRANCHES[prefix]
    return None


def in_branch(category_id, branches):
    return any(category_id == b or category_id.startswith(b + "-") for b in branches)


def read_paths(path):
    """Category id -> path segments, from a `categories.*.txt` file; and the taxonomy version."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    version = lines[0].rsplit(":", 1)[1].strip()
    paths = {}
    for line in lines[3:]:
        gid, _, text = line.partition(" : ")
        paths[gid.strip().rsplit("/", 1)[1]] = text.split(" > ")
    return version, paths


def singular(word):
    """The singular of an English category noun, so the matcher's plural `s`/`es` finds both forms."""
    if word in PLURALIA or len(word) < 4:
        return word
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ies") and word[:-1] not in IE_NOUNS:
        return word[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z)es$", word) or (word.endswith("oes") and word[:-1] not in IE_NOUNS):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us")) and word not in ("tennis", "chassis", "iris"):
        return word[:-1]
    return word


def english_names(leaf):
    """The names an English category name stands for, lower-cased, last word singular. A single word that is not a
    plural noun shares the last part's noun (`Sports & Energy Drinks`: `sports drink`, `energy drink`)."""
    parts = [part.strip().lower().split() for part in re.split(r",? & |, |/", leaf)]
    parts = [words for words in parts if words]
    head = parts[-1][-1] if len(parts[-1]) > 1 else None
    names = []
    for words in parts:
        if head and len(words) == 1 and (words[0] in MODIFIERS or not words[0].endswith("s")):
            words = words + [head]
        words[-1] = singular(words[-1])
        names.append(" ".join(words))
    return names


def other_accessories(english, chinese):
    """The names of accessories of other things (`Bicycle Accessories`, `Bed Frame Accessories`, `Camera Parts &
    Accessories`, `自行车配件`), outside Apparel & Accessories: the generic `accessories` or `配件` inside them names
    no fashion accessory. English names lower-cased as written: the whole name and each part of it that ends in
    `accessories` after another word; the Chinese names of the same categories that end in `配件`, and their parts."""
    names = set()
    for category_id, path in english.items():
        leaf = path[-1].strip().lower()
        if category_id.startswith("aa") or not leaf.endswith(" accessories"):
            continue
        names.add(leaf)
        names.update(part for part in re.split(r",? & |, |/", leaf)
                     if part.endswith(" accessories") and part.count(" ") >= 1)
        chinese_leaf = chinese.get(category_id, [""])[-1].strip()
        names.update(part for part in [chinese_leaf, *chinese_leaf.split("/")]
                     if part.endswith("配件") and len(part) > 2)
    return sorted(names)


def title_usable(name, profile, dimensional):
    """Whether an English name may decide from a title. A name whose noun is generic (`Kitchen Set`, `Hair Kit`)
    says what a thing goes with, not what it is."""
    if name.split()[-1] in GENERIC_HEADS or name in TITLE_UNSAFE:
        return False
    if " " in name:
        return True
    return profile in TITLE_WORD_PROFILES or (profile == "home_goods" and dimensional)


def is_generic(name):
    words = name.split()
    return len(name) < 3 or all(w in GENERIC or singular(w) in GENERIC or w + "s" in GENERIC for w in words)


# Chinese category names (`categories.zh-CN.txt`) are split at `/`, `、` and the conjunctions `和`, `与`, `及`
# (`运动服、运动衫和连帽衫`, `床和床架`), except where the character begins a word of its own (`和服` kimono, `及膝`
# knee-length). A name is kept only when it is all Han characters, two or more.
CHINESE_SPLIT = re.compile(r"[/、]|(?<=.)(?:和(?!服)|与|及(?!膝))")
HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# Chinese names that say nothing about the product on their own (the English GENERIC).
CHINESE_GENERIC = {
    "用品", "配件", "配饰", "附件", "部件", "零件", "组件", "套件", "套装", "工具", "其他", "其它", "产品", "用具",
    "装饰", "装饰品", "饰品", "礼品", "设备", "器材", "材料", "系统", "装置", "替换件", "备件", "收纳", "整理",
    "清洁", "护理", "安全", "防护", "照明", "灯具", "家具", "家居", "园艺", "服装", "服饰", "鞋类", "玩具", "游戏",
    "电子产品", "食品", "饮料", "饮品", "男士", "女士", "男童", "女童", "婴儿", "婴幼儿", "儿童", "成人", "户外",
    "室内", "便携", "电动", "手动", "季节性", "节日", "传统", "商用", "家用", "个人",
}
# Last characters or words that leave a Chinese name generic in a title (the English GENERIC_HEADS): `化妆品套装`,
# `床上用品`, `手表配件` say what a thing goes with or holds, not what it is.
CHINESE_GENERIC_HEADS = (
    "配件", "配饰", "附件", "部件", "零件", "组件", "套件", "用品", "套装", "套裝", "工具", "设备", "器材", "装置",
    "装饰", "装饰品", "饰物", "材料", "替换件", "备件", "系统", "产品", "用具", "其他", "其它", "礼品",
)
# Two-character names a title may use only in the profiles where single English words may (TITLE_WORD_PROFILES):
# elsewhere a two-character name (`相机`, `杯垫`) is part of too many other words. Names of three characters or
# more may decide a title in every profile. CHINESE_TITLE_UNSAFE lists the names that name other things as often
# as the product, or match inside unrelated words of titles.
CHINESE_TITLE_UNSAFE = {
    # As the English `wig` and `mask`: wigs' colours are hair colours; `面具` names masks of every kind.
    "假发", "接发", "面具",
    # Parts of other words or other things: `双门冰箱`, `SIM卡座`, `接线柱`, `汽车脚踏板`, `马刺队`, car and phone
    # charms (`汽车挂件`), baby carriers (`婴儿背带`), a toddler's first steps (`蹒跚学步车`), `容器` (any container),
    # `分界` (a border, no product), `新娘` (a bride: `新娘妆`, bridal make-up).
    "双门", "卡座", "线柱", "脚踏板", "马刺", "挂件", "吊饰", "背带", "爬行", "蹒跚学步", "容器", "分界", "新娘",
    # Inside other words: `和服` (kimono) in `产品和服务` (products and services), `发网` (hairnet) in `批发网红款`
    # (wholesale, influencer style), `桶包` (bucket bag) in `桶包装` (barrel packaging).
    "和服", "发网", "桶包",
    # Vehicle parts' names that name the same thing for homes, tools and electronics (`工具箱` a toolbox,
    # `逆变器` an inverter, `遮阳帘` a sun blind, `保险丝` a fuse).
    "工具箱", "连接器", "逆变器", "继电器", "温度传感器", "压力传感器", "速度传感器", "密封剂", "抛光剂", "防护剂",
    "遮阳帘", "保险丝", "恒温器", "启辉器", "电压稳压器",
}


def is_chinese(name):
    return not name.isascii()


def chinese_names(leaf):
    """The names a Chinese category name stands for: its parts at `/`, `、` and conjunctions, Han characters only."""
    parts = [part.strip() for part in CHINESE_SPLIT.split(leaf)]
    return [part for part in parts if HAN.match(part)]


def is_generic_chinese(name):
    return name in CHINESE_GENERIC or name.endswith(CHINESE_GENERIC_HEADS)


def chinese_title_usable(name, profile, dimensional):
    """Whether a Chinese name may decide from a title: three characters or more, or two in the profiles where single
    English words may (and not a name that is part of unrelated words)."""
    if name in CHINESE_TITLE_UNSAFE:
        return False
    if len(name) >= 3:
        return True
    return profile in TITLE_WORD_PROFILES or (profile == "home_goods" and dimensional)


def head_nouns():
    """The Chinese head nouns (`HeadNouns.swift`: `垫`, `靠`, …) with their profiles, and their guards."""
    text = HEAD_NOUNS.read_text(encoding="utf-8")
    heads = {head: SWIFT_PROFILES.get(case, case) for head, case in re.findall(r'\("([^"]+)", \.(\w+)\)', text)}
    guards = re.search(r"static let guards: \[String\] = \[(.*?)\n    \]", text, re.S).group(1)
    return heads, set(re.findall(r'"([^"]+)"', guards))


def adds_nothing_chinese(name, profile, built_in, heads):
    """Whether a Chinese name holds a built-in word (of any profile): the built-in words decide a title first, so a
    title that holds the name is decided by that word, and the name would never be read. Or whether it ends in a head
    noun of its own profile that no guard in it covers (`腰靠`, `餐垫`): the head already decides such a title, as the
    taxonomy would, and the rules ask it for a colour too (a profile the taxonomy decides is not asked)."""
    if any(word in name for words in built_in.values() for word in words if not word.isascii()):
        return True
    head_table, guards = heads
    return any(name.endswith(head) and head_profile == profile
               and not any(name.endswith(guard) for guard in guards if guard.endswith(head))
               for head, head_profile in head_table.items())


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate-taxonomy-tables.py TAXONOMY_FOLDER > " + OUTPUT)
    folder = Path(sys.argv[1])
    version, english = read_paths(folder / "categories.en.txt")
    chinese = read_paths(folder / "categories.zh-CN.txt")[1]
    attributes = {}
    for row in (folder / "category_attributes.en.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        fields = row.split("\t")
        attributes[fields[0]] = set(filter(None, fields[2].split(",")))

    parents = {category_id.rsplit("-", 1)[0] for category_id in english if "-" in category_id}
    built_in = built_in_words()
    # name -> [profiles], [sized], [dimensional], [title-usable], [broad], [kept by depth], [vehicle], [prepared]
    merged = {}
    categories = 0
    for category_id, path in english.items():
        profile = profile_of(category_id)
        if profile is None:
            continue
        categories += 1
        handles = attributes.get(category_id, set())
        sized = bool(handles & SIZE_ATTRIBUTES)
        dimensional = (profile in DIMENSIONAL_PROFILES or in_branch(category_id, DIMENSIONAL_BRANCHES)
                       or bool(handles & DIMENSIONAL_ATTRIBUTES))
        # Vertical roots, their first branches and every category with sub-categories are broad (`Home & Garden`,
        # `服饰与配饰 > 服装`, `Lighting > Lamps`): a more specific word elsewhere in the listing decides first.
        broad = len(path) <= 2 or category_id in parents
        # English names, and the Chinese names of the same category (same id, so same branch and needs), under
        # rules of their own: Chinese titles have no word boundaries, so a name matches inside other words.
        names = [(name, title_usable(name, profile, dimensional))
                 for name in english_names(path[-1]) if not is_generic(name)]
        names += [(name, chinese_title_usable(name, profile, dimensional))
                  for name in chinese_names(chinese.get(category_id, [""])[-1]) if not is_generic_chinese(name)]
        vehicle = in_branch(category_id, VEHICLE_BRANCHES)
        prepared = in_branch(category_id, PREPARED_BRANCHES)
        for name, titled in names:
            # A vehicle part's leaf that is not kept does not take its name from another branch (`马鞍包`, a saddle
            # bag, is a bag and a motorcycle's).
            if vehicle and not (len(path) <= VEHICLE_DEPTH or holds_wearable(name, built_in)):
                continue
            entry = merged.setdefault(name, [set(), [], [], [], [], [], [], []])
            entry[0].add(profile)
            for index, flag in enumerate((sized, dimensional, titled, broad)):
                entry[index + 1].append(flag)
            entry[5].append(vehicle or prepared or len(path) <= SHALLOW_DEPTH or profile not in SHALLOW_PROFILES
                            or dimensional)
            entry[6].append(vehicle)
            entry[7].append(prepared)

    heads = head_nouns()
    rows = []
    for name in sorted(merged):
        profiles, sized, dimensional, titled, broad, shallow, vehicle, prepared = merged[name]
        if len(profiles) != 1 or "|" in name or not any(shallow):
            continue
        flags = "".join(letter for letter, on in (
            ("s", all(sized)), ("d", all(dimensional)), ("t", any(titled)),
            ("w", all(broad) and not all(vehicle)), ("v", all(vehicle)), ("p", all(prepared))) if on)
        profile = profiles.pop()
        # Prepared food's names are read in category texts, where the built-in words do not name them.
        if "p" in flags:
            rows.append(f"{name}|{profile}|{flags}")
            continue
        # Home goods matter to the rules only when bought by their dimensions, and electronics, food, beauty and toys
        # by their branch names (which route a category path); their other names would cost start-up time for
        # little.
        if (profile == "home_goods" and "d" not in flags) or (profile in BRANCH_ONLY_PROFILES and "w" not in flags):
            continue
        # Only names a title may use: the profiler reads the taxonomy in titles only (category paths made goggles
        # filed under `Children's Swimwear` clothing, and cost precision on the held-out real listings).
        if "t" not in flags:
            continue
        if not (adds_nothing_chinese(name, profile, built_in, heads) if is_chinese(name)
                else adds_nothing(name, profile, flags, built_in)):
            rows.append(f"{name}|{profile}|{flags}")

    sys.stdout.write(HEADER.format(version=version, categories=categories, rows=len(rows), output=OUTPUT))
    for row in rows:
        sys.stdout.write(f"        {row}\n")
    sys.stdout.write('        """\n')
    sys.stdout.write(OTHER_ACCESSORIES_HEADER)
    for name in other_accessories(english, chinese):
        sys.stdout.write(f"        {name}\n")
    sys.stdout.write('        """\n}\n')


if __name__ == "__main__":
    main()
