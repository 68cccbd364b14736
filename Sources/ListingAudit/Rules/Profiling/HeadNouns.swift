/// Chinese product names are head-final: the last noun of a compound names the product (浴垫 and 皮垫 are mats, 凉席
/// and 水牛皮席 sleeping mats, 落地镜 a mirror, 腰靠 a back cushion, 珐琅锅 a pot). A title whose product no listed
/// word names is known by such a head (`CategoryProfiler`), and the heads name goods bought by their dimensions
/// (`SizeLexicon.needsDimensions`). `件套` (an N-piece set) is no head: it counts the pieces of whatever the title
/// names, bedding or a skin-care set alike (`四件套` is a piece count: `ProductWords.pieceCounts`).
///
/// Chinese writes no word boundaries, so each head is guarded against the compounds in which it names something else
/// or is no noun (鞋垫 an insole, 鼠标垫 a mouse pad, 眼镜 glasses, 镜头 a lens, 锅铲 a spatula, 主席 a chairman, 可靠
/// reliable): a head inside a guard is no head. Heads and guards are one list of the listing `PhraseBook`
/// (`ListingPhrase.headNouns`), so a title is scanned once with the rest; `ScannedText.unguardedHits` applies the
/// guards.
enum HeadNouns {
    /// The value of a guard in the list (a head's value is its profile's `ProfileHint.value`, never negative).
    static let guardValue: Int32 = -1

    /// The list's entries: each head with its profile's hint, each guard with `guardValue`.
    static var entries: [(text: String, value: Int32)] {
        heads.map { ($0.0, ProfileHint(profile: $0.1, isWeak: false).value) } + guards.map { ($0, guardValue) }
    }

    /// Heads of goods bought by their dimensions, with the profile of what they name: mats, cushions and pads,
    /// sleeping mats and back cushions (textiles); mirrors, pots and pans (home goods).
    static let heads: [(String, ProductProfile)] = [
        ("垫", .homeTextiles), ("席", .homeTextiles), ("靠", .homeTextiles), ("镜", .homeGoods), ("锅", .homeGoods),
    ]

    /// Compounds in which a head names something else, or is no noun at all.
    static let guards: [String] = [
        // 垫: insoles and lifts, mouse pads, air-cushion make-up and soles, panty liners, shoulder pads, coasters and
        // trivets, shims and washers, yoga mats (sports gear, as `yoga mat` is), coming last.
        "鞋垫", "增高垫", "鼠标垫", "气垫", "护垫", "垫肩", "杯垫", "隔热垫", "锅垫", "垫片", "垫圈", "瑜伽垫", "垫底",
        // 席: a chairman or chief, attending, a seat, a banquet, sweeping, on the spot, on the ground.
        "主席", "首席", "出席", "缺席", "列席", "席位", "座席", "坐席", "宴席", "酒席", "席卷", "即席", "席地",
        // 靠: reliable, near, relying on, against (a wall), docking.
        "可靠", "靠谱", "依靠", "倚靠", "靠近", "停靠", "靠山", "投靠", "靠边", "靠墙", "牢靠", "靠着", "靠得住",
        // 镜: glasses and their parts, lenses, optical instruments, goggles, car mirrors, a mirror finish, lights.
        "眼镜", "镜片", "镜框", "镜架", "镜腿", "镜盒", "镜布", "镜头", "透镜", "滤镜", "棱镜", "望远镜", "显微镜",
        "放大镜", "内窥镜", "泳镜", "潜水镜", "护目镜", "风镜", "滑雪镜", "后视镜", "反光镜", "镜面", "镜像", "镜前灯",
        // 锅: spatulas and brushes, snacks and dishes, hotpot seasoning and ingredients, boilers, taking the blame.
        "锅铲", "锅刷", "锅巴", "锅贴", "锅盔", "锅包肉", "火锅底料", "火锅料", "火锅丸", "火锅食材", "锅炉", "背锅",
    ]
}

extension ScannedText {
    /// The hits of `list`, a list of heads and guards (`HeadNouns`), that no guard covers, in text order.
    func unguardedHits(_ list: ListingPhrase) -> [PhraseHit] {
        let all = hits[list.rawValue]
        return all.filter { hit in
            hit.value != HeadNouns.guardValue
                && !all.contains { $0.value == HeadNouns.guardValue && $0.start <= hit.start && hit.end <= $0.end }
        }
    }
}
