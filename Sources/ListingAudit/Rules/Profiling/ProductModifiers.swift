/// Words beside a clothing, shoe or accessory word that say what the product IS, the wearable being what it is FOR
/// (`CategoryProfiler`):
///
/// - a care or storage good named after what it serves, its name after the wearable (`Sneaker Cleaning Kit`, `Shoe
///   Deodorizer`, `Hat Rack`, `小白鞋专用清洁剂`, `鞋子除臭喷雾`) or before `for` and the wearable (`Odour
///   Refresher Spray for Insoles/Sneakers`): no garment, the general profile;
/// - a beauty treatment worn as a glove or sock, its word right before the wearable (`Moisturizing Gloves`,
///   `Exfoliating Gloves`, `保湿滋润手套`, `去角质手套`): a beauty product.
///
/// Both are read within one name: no clause mark (`,`, `;`, `(`, `:`, `。`, `【`…) between the two words, at most
/// `maximumGap` bytes apart, and no space inside a Chinese name (Chinese titles separate keywords by spaces). The words
/// are one list of the listing `PhraseBook` (`ListingPhrase.productModifiers`), so a title is still scanned once.
enum ProductModifiers {
    /// The value of a care or storage good's name in the list.
    static let careGood: Int32 = 0
    /// The value of a beauty treatment's word in the list.
    static let treatment: Int32 = 1

    /// The list's entries.
    static var entries: [(text: String, value: Int32)] {
        careGoods.map { ($0, careGood) } + treatments.map { ($0, treatment) }
    }

    /// Names of care and storage goods (nouns, not `cleaning` or `storage` alone: `Easy Cleaning Sneakers` and
    /// `Jacket with Storage Pocket` are garments). `organizer` and `hanger` are home goods' product words of their
    /// own, longer than most wearables' names, and decide already.
    static let careGoods = [
        "cleaner", "cleaning kit", "cleaning set", "cleaning brush", "cleaning wipes", "cleaning foam", "refresher",
        "deodorizer", "deodoriser", "deodorant", "stain remover", "polish", "protector spray", "waterproof spray",
        "stretcher", "rack", "dryer", "storage box", "storage bag",
        "清洁剂", "清洗剂", "清洁膏", "清洁套装", "清洁刷", "清洗液", "除臭剂", "除臭喷雾", "护理液", "防水喷雾", "鞋油",
        "收纳盒", "收纳袋", "收纳箱", "收纳架", "烘干器", "烘鞋器", "撑鞋器",
    ]

    /// Beauty treatments sold as something worn (gloves and socks that hold a mask or a scrub).
    static let treatments = [
        "moisturizing", "moisturising", "exfoliating", "保湿", "滋润", "补水", "去角质", "美白",
    ]

    /// The most bytes between a modifier and the wearable it modifies (`Refresher Spray for Insoles/Sneakers`: 19).
    static let maximumGap = 32

    /// Whether the folded bytes of `gap`, between a modifier and a wearable, keep them in one name: no clause mark,
    /// at most `maximumGap` bytes, and no space when the modifier is Chinese (`chinese`).
    static func joins(_ bytes: [UInt8], _ gap: Range<Int>, chinese: Bool) -> Bool {
        guard gap.count <= maximumGap else { return false }
        for offset in gap {
            switch bytes[offset] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                return false
            case UInt8(ascii: " ") where chinese: return false
            // `、`, `。`, `〈`…`】` (U+3001…U+3011): Chinese clause marks and brackets.
            case 0x81...0x91 where offset >= 2 && bytes[offset - 2] == 0xE3 && bytes[offset - 1] == 0x80:
                return false
            default: continue
            }
        }
        return true
    }

    /// Whether the folded bytes of `gap`, between a care good's name and a wearable after it, hold the word `for`.
    static func holdsFor(_ bytes: [UInt8], _ gap: Range<Int>) -> Bool {
        let word: [UInt8] = Array(" for ".utf8)
        guard gap.count >= word.count else { return false }
        return gap.dropLast(word.count - 1).contains { start in
            bytes[start..<start + word.count].elementsEqual(word)
        }
    }
}
