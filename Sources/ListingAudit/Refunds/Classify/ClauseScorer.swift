/// Scores one text (a free-text reason or a comment) clause by clause.
///
/// - Phrases count their weight.
/// - A topic word counts little alone, and much more with a problem or mismatch word in its clause
///   (`颜色` + `不一样`, `colour` + `is off`); a positive word cancels the topics of its clause (`尺码合适`).
/// - A negator cancels the next signal in its clause (`不是质量问题`, `no damage`); a close negator (不, 不太, 不怎么,
///   `doesn't`) only the signal right after it (`不缩水`, `不怎么满意`, `doesn't shrink`). A denied problem word is
///   praise (没什么问题, `nothing wrong`). An absence word (`no`, `没有`) before a bare topic says something is
///   missing (`no measurements`), which rules nothing out; before a problem, or a topic its clause judges (`no size
///   issue`), it rules the category out like a negator.
/// - A transit word (`in transit`, `运输中`) is transit damage with a breakage word in its clause and a delivery
///   matter without one; a clause naming the packaging or the transport with damage in it (`box arrived crushed`,
///   `torn open in delivery`) sets `transitDamage`, so the classifier counts breakage of the goods as transit damage.
/// - A part of the goods (声音, 轮子, `seams`) is a defect topic, and a size, transit-damage or delivery word right
///   after it describes the part (声音太小, 轮子卡住, `seams splitting`): it judges the part instead of counting for
///   fit, transit or delivery. A size word right after a difference noun (差距太大) only measures the difference.
/// - Damage in a clause that says the goods were used, worn or washed (`after washing`, 洗了, 没几天) is a defect,
///   never transit damage.
/// - A mismatch without a topic (`跟图片不一样`) means not-as-described, unless its clause names an earlier purchase
///   (`和上次的不一样`): that compares with the buyer's last order, not with the listing.
/// - A text naming only goods that are not worn (fruit, a tablet, a lamp) has no fit: its size words say the goods
///   differ from the description (`the apples are tiny`), so their score goes to not-as-described.
/// - A text that praises and never complains (no problem or mismatch word, nothing after a contrast word) keeps
///   none of its weak signals, topics nobody judged and bare adjectives: `i'm a 26 waist, love it` describes.
/// - The reason a buyer gives for sending the goods back (`returned it because …`, 退货是因为…) is what the return
///   was for: its clause counts 3×, so a stated cause outweighs what the rest of the text describes (`it runs big
///   … i returned it bc the material isn't for me`). So is the complaint named as the main one (`my biggest gripe
///   is …`, 最大的问题是), which also judges the topics of its clause (`my main issue is the size`); a marker whose
///   clause ends at once states the cause in the next clause (`my biggest gripe, though, is that …`).
/// - After a contrast word (`但是`, `就是`, `but`, `唯一不足的是`) a clause counts 1.5×; a conceded clause
///   (`although it fits`, 虽然) counts 0.5× and the clause after it 1.5×.
/// - A topic right after a word of praise is what is praised (`love the design`, 喜欢这个款式): it is no complaint,
///   whatever else its clause says. So is a topic right before a word of praise or of accuracy, with nothing
///   between that judges it (`the colour is true to the photos`, 色彩逼真, `the fit is perfect`): the words after
///   a topic describe it. Negated (`not true to size`, 颜色不逼真) or after a contrast (`nice colour, but it faded`)
///   they do not.
/// - A word of accuracy (`as pictured`, 和图片一样) is praise; negated it says the goods differ from the listing
///   (`it isn't as described`), or for a size (`not true to size`) it is a size complaint.
/// - A promise (说好的) compares what follows it with the listing like a mismatch word: a topic after it is what was
///   promised (说好的赠品呢, a missing gift); with no topic it differs from the listing, unless a phrase of its clause
///   names the complaint (说好的快递费也不退, a fee).
/// - A hedge (`actually`, `in person`) compares the topics of its clause with the listing, but alone it is no
///   difference from the listing and no complaint (`even better in person`).
/// - An aspect of the goods (材质, 款式, `fabric`, `design`) compared with the listing is not-as-described; judged by
///   a problem word alone it is a defect (material) or a dislike (style): `poor material`, 款式不好看.
/// - A complaint about the shop (service, invoices) counts as `other` only when the goods draw none. The shop's
///   service and a gift that came are topics outside the goods: a verdict or problem word in their clause is aimed
///   at them (服务太差, 赠品不好, `the seller was awful`), not at the goods, and counts for `other` less than any sign
///   about the goods (`outsideWeight`). A service, reply or conduct word right after a courier or the delivery is
///   the courier's (快递员服务太差, `the courier was rude`): a delivery problem.
/// - A fear or a hope (担心, 怕, `worried`, `hopefully`) holds the signals that follow it within `fearReach` in its
///   clause: the fault it names has not happened (怕洗了会缩水), and is not ruled out either.
/// - A buyer naming what they ordered and what came instead, within a short sentence (`pairReach`), is a fulfilment
///   error; so is a denied topic before what they ordered (`not the colour I ordered`) and a part or gift that was
///   not received (`没有充电线`).
/// - What the buyer rules out (`不是尺码问题`, `the size is OK`) is recorded in `denied`, so the classifier can
///   discount a picked reason the comment contradicts.
/// - A size word right after a fault of the goods or a word of wear measures it (`the holes were too big`, 发热有点大,
///   `stretched out a whole size`): no fit of the goods, and a word of wear so measured is a defect. Beside a fault,
///   the weak fit signals of clauses that are not the point of the text (a bare fit adjective, a size topic nobody
///   judged) drop: a fit named in passing is a weaker complaint than a smell or holes.
/// - Faults named after a first complaint that the goods are not what was bought (a counterfeit, a wrong colour sent,
///   goods unlike their photos) count as one complaint, so the complaint named first decides, as the labelling guide
///   has it, unless a fault is emphasised past it (after `but`, or as the reason for the return).
struct ClauseScorer {
    /// One value per category, by `ordinal`, held inline: a text scored allocates no arrays for its scores (nine is
    /// `RefundCategory.count`, which `ReasonClassifierTests` holds it to).
    typealias PerCategory<Value> = InlineArray<9, Value>

    /// Score per category, indexed like `RefundCategory.allCases`.
    private(set) var scores = PerCategory<Double>(repeating: 0)
    /// Where the decisive words are, each with the category it counts for, in the order they were credited (at most
    /// `spansPerCategory` a category); turned into strings only for the winner. One array for all categories: an
    /// inline array of nine arrays was made for every scorer and destroyed element by element through the runtime's
    /// generic value witnesses (~400 instructions a text).
    private var spans: [EvidenceSpan] = []
    /// How many of `spans` each category has.
    private var spanCounts = PerCategory<Int>(repeating: 0)
    /// Categories the text rules out: a negated signal, or a topic a positive word clears (`尺码合适`).
    private(set) var denied = Categories()
    /// Whether the text says the parcel was damaged on its way: damage beside the packaging (`box arrived crushed`)
    /// or breakage beside a transit word (`ripped open during shipping`).
    private(set) var transitDamage = false
    /// Whether the text names goods worn on the body, and goods that are not.
    private var namesWornGoods = false
    private var namesUnwornGoods = false
    /// Per category, the score from weak signals (unjudged topics, bare adjectives), and whether any clause praises
    /// or complains: a text that praises and never complains drops its weak score.
    private var weak = PerCategory<Double>(repeating: 0)
    private var praises = false
    /// The first verdict on the goods (`terrible`, 太差) in a clause that named nothing more specific.
    private var verdict: Range<Int>?
    /// Where the text's last sign of use (`after two hours of wearing`) ends: a word of wear within `wearReach`
    /// after it says the goods lost their shape in use.
    private var usedEnd: Int?
    /// The last topic an earlier clause credited and where it ends: a difference noun with no topic of its own
    /// within `gapReach` after it measures that topic (颜色和图片不一样，差别很大).
    private var creditedTopic: (signal: Signal, end: Int)?
    /// A difference noun with no topic of its own and none credited shortly before it (差距很大，两件同一个尺码): what it
    /// credits, and where it ends, until the next clause says whether a topic follows within `gapReach`.
    private var pendingGap: (mismatch: Range<Int>, weight: Double, end: Int)?
    private var complains = false
    /// The category of the text's first complaint (a credit of `adjectiveWeight` or more about the goods), and the
    /// most a single credit gave the defect: faults named after a complaint that the goods are not what was bought
    /// (a fake, a wrong item, a colour unlike the photos) count as one complaint, so the one named first decides.
    private var firstComplaint: RefundCategory?
    private var largestFault = 0.0
    /// Whether the text credited a fault of the goods (a defect word of `faultWeight`: a smell, holes, pulled
    /// threads), and the weak fit signals of clauses that are not its point (fit named in passing).
    private var namesFault = false
    private var passingFit = 0.0
    /// Where the last courier or delivery word of the clause ends (快递员, 快递, `courier`), or the service or conduct
    /// word that followed it, while no other word has: a service or conduct word within `describedReach` after it is
    /// the courier's (快递员服务太差, 中通快递服务态度差, `the courier was rude`), a delivery problem.
    private var courierEnd: Int?

    /// A set of categories held as the bits of a mask (`RefundCategory.bit`): a text scored allocates no `Set`.
    struct Categories {
        private var mask: UInt16 = 0

        mutating func insert(_ category: RefundCategory) { mask |= category.bit }

        func contains(_ category: RefundCategory) -> Bool { mask & category.bit != 0 }
    }

    /// A decisive word, or a topic and the word that made it decisive (`颜色…不对`), as byte ranges of the text, and
    /// the category it counts for.
    private struct EvidenceSpan: Equatable {
        var category: RefundCategory
        let first: Range<Int>
        let second: Range<Int>?
    }

    /// Scores `text`, its clauses filled into the lists of `room` (see `Room`). The scorer keeps no copy of the
    /// text: its evidence is quoted from the text handed to `appendEvidence`.
    init(_ text: FoldedText, room: inout Room) {
        add(text, room: &room)
    }

    /// The scorer of no text: no scores, nothing denied, no evidence (a reason that was a platform code, or no
    /// comment).
    init() {}

    /// The lists a text's clauses fill, handed from one scorer to the next (`ReasonClassifier.classify`): a text
    /// allocates no clause lists of its own once an earlier text has made them. What a text leaves in them is
    /// cleared before the next text's first clause (`Clause.reset`).
    struct Room {
        fileprivate var clause = Clause()
    }

    /// Appends to `evidence` the decisive words for `category` quoted from `text` (the text scored), at most four
    /// of them without repeats, each unless `evidence` holds it already: what adopting the scorer's own list of
    /// words would add, with no list made. A word the scorer repeats is told by the place in `evidence` of the word
    /// it equals (`evidence` holds no two equal words), so a word already there still counts toward the four.
    func appendEvidence(for category: RefundCategory, quoting text: FoldedText, to evidence: inout [String]) {
        var placeOfWord = InlineArray<4, Int>(repeating: 0)
        var words = 0
        for span in spans where span.category == category {
            let word = Self.quote(span, in: text)
            let place = evidence.firstIndex(of: word) ?? evidence.count
            guard !(0..<words).contains(where: { placeOfWord[$0] == place }) else { continue }
            if place == evidence.count { evidence.append(word) }
            placeOfWord[words] = place
            words += 1
            if words == 4 { break }
        }
    }

    /// The words of `span` as written in the folded `text`, a topic and its judging word joined by `…`. The spans
    /// are whole lexicon words found by the scan (each starts and ends on a scalar boundary of the folded text,
    /// which is UTF-8), so their bytes are copied without a second check (asserted in debug builds).
    private static func quote(_ span: EvidenceSpan, in text: FoldedText) -> String {
        text.bytes.withUnsafeBufferPointer { bytes in
            let first = UnsafeBufferPointer(rebasing: bytes[span.first])
            guard let judging = span.second else { return UTF8Validation.string(ofChecked: first) }
            let second = UnsafeBufferPointer(rebasing: bytes[judging])
            // The first word, `…` (U+2026, E2 80 A6 in UTF-8), the second: their exact length, so every write fits.
            let length = first.count + 3 + second.count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { room in
                let ellipsis = room.initialize(fromContentsOf: first)
                room.initializeElement(at: ellipsis, to: 0xE2)
                room.initializeElement(at: ellipsis + 1, to: 0x80)
                room.initializeElement(at: ellipsis + 2, to: 0xA6)
                let end = room[(ellipsis + 3)...].initialize(fromContentsOf: second)
                return UTF8Validation.string(ofChecked: UnsafeBufferPointer(rebasing: room[..<end]))
            }
        }
    }

    /// The decisive words kept per category.
    static let spansPerCategory = 8
    static let topicBonus = 2.5
    static let mismatchWeight = 3.0
    /// What a verdict on the goods counts in a text that says nothing more specific (`terrible product`).
    static let verdictWeight = 1.0
    /// What a complaint outside the goods bought counts when its clause judges it (服务太差, 赠品不好): less than any
    /// sign about the goods, even a weak one, so it decides only a text that says nothing of them (the guide's
    /// service "alone"), and never a picked reason.
    static let outsideWeight = 0.5

    /// What a topic of `category` and `weight` counts when its clause judges it: the topic and the bonus, or for a
    /// topic outside the goods (`other`) `outsideWeight`.
    private static func judgedWeight(of category: RefundCategory, _ weight: Double) -> Double {
        category == .other ? outsideWeight : weight + topicBonus
    }
    static let fulfilmentWeight = 3.5
    static let emphasis = 1.5
    /// What the clause of a stated cause counts (`returned it because …`, 退货是因为…).
    static let causeEmphasis = 3.0
    /// What a conceded clause counts (`although it fits`, 虽然尺码合适).
    static let concession = 0.5
    static let negationReach = 12
    /// How far (in characters) after a close negator (不, `doesn't`) the signal it denies may start.
    static let closeNegationReach = 1
    /// How far (in characters) after a fear or a hope (担心, `worried`) the signals it holds may start: about a short
    /// clause (`we were worried it could be too long`, 一直担心洗几次就会起球).
    static let fearReach = 16
    /// How far (in characters) apart a word naming what was ordered and one naming what arrived are a fulfilment
    /// error: about a short sentence, which names each variant (`i ordered a medium and they sent a large`,
    /// 我要的是42码，寄来一双40的).
    static let pairReach = 20
    static let transitDamageWeight = 3.0
    /// What a word of wear counts as a defect after a sign of use (`stretched out after two hours of wearing`).
    static let wearWeight = 3.0
    /// How far (in characters) after a sign of use a word of wear or damage is still about the goods in use, across
    /// clause breaks: about a sentence (`within an hour of wearing them, the elbows got so baggy`).
    static let wearReach = 60
    static let transitDelayWeight = 2.5
    /// How far (in characters) a difference noun with no topic of its own is from a topic of another clause that it
    /// measures: about a clause (颜色和图片不一样，差别很大; 差距很大，两件同一个尺码).
    static let gapReach = 20
    /// How far (in characters) after a part or difference noun a size, transit or delivery word still describes it,
    /// unless another topic comes between (`the zipper keeps getting stuck`, 轮子有点卡住).
    static let captureReach = 16
    /// How far (in characters) after a word of praise a topic is its object (`love the design`, 喜欢这个款式).
    static let praiseReach = 5
    /// How far (in characters) before a word of praise or accuracy a topic is what it describes (`the colour is
    /// exactly as pictured`, 色彩逼真), when no word between judges the topic.
    static let describedReach = 12
    /// What a negated word of accuracy about a size counts (`not true to size`).
    static let inaccuracyWeight = 3.0
    /// The weight from which a phrase is a complaint in itself; below it a phrase is a bare adjective (`small`).
    static let adjectiveWeight = 2.0
    /// The weight of a fault of the goods (`holes`, `smells`, 起球): a defect word that names what is wrong.
    static let faultWeight = 3.0

    fileprivate struct Signal {
        let category: RefundCategory
        let weight: Double
        let range: Range<Int>
        /// For an aspect of the goods (`fabric`, `款式`): its category when a problem word, not a comparison with
        /// the listing, judges it.
        var ifProblem: RefundCategory? = nil
        /// For a word of wear read as a size (`got so baggy`): whether a sign of use in its clause makes it a defect.
        var wearsInUse = false
        /// For damage shortly after a sign of use in an earlier clause (穿了两天，裤子就裂开了): a defect unless its
        /// clause names the packaging anywhere (用了一周，就是压坏了快递盒子), decided when the clause is flushed.
        var afterEarlierUse = false
    }

    /// The words naming what was ordered and what arrived (`i ordered`, 拍的是; `received`, 发来的是): the last of
    /// each read so far, with where it ends, and the first pair of them within `pairReach` of each other, which says
    /// what came is not what was ordered (拍的是白色，发来的是灰色). Far apart they are two remarks (`i bought this coat
    /// for a wedding in the spring, and when i received it …`).
    fileprivate struct Fulfilment {
        var ordered: (bytes: Range<Int>, end: Int)?
        var received: (bytes: Range<Int>, end: Int)?
        var pair: (ordered: Range<Int>, received: Range<Int>)?
    }

    /// How much a clause counts, from the word that opened it.
    fileprivate enum Standing {
        case plain
        /// After a contrast word (`but`, 但是), or after a conceded clause: the point of the text.
        case emphasised
        /// The buyer's reason for the return (`returned it because …`).
        case statesCause
        /// Conceded (`although it fits`, 虽然…): it counts half, and the clause after it is the point.
        case conceded

        /// What the clause's signals count.
        var factor: Double {
            switch self {
            case .plain: 1
            case .emphasised: ClauseScorer.emphasis
            case .statesCause: ClauseScorer.causeEmphasis
            case .conceded: ClauseScorer.concession
            }
        }

        /// Whether the clause is the point of the text, so that a signal in it is a complaint.
        var isThePoint: Bool { self == .emphasised || self == .statesCause }
    }

    fileprivate struct Clause {
        var phrases: [Signal] = []
        var fulfilmentSensitive: [Signal] = []
        /// Where the clause says what arrived (`收到是`, `received`), and whether it names what was ordered.
        var received: Range<Int>?
        var ordered = false
        var topics: [Signal] = []
        /// Variant names, parts and signs of use: topics that count only when the clause judges them (a variant
        /// name also when it says that name is what arrived, unless it also names what was ordered; a part or a
        /// sign of use only by a problem word: `用完很清爽` praises).
        var judgedOnly: [(signal: Signal, byMismatch: Bool)] = []
        var marker: Range<Int>?
        /// The first verdict on the goods as a whole (`terrible`, 太差), not denied.
        var verdict: Range<Int>?
        /// The first word that judges a variant name: any problem word but a verdict. A verdict judges the goods
        /// and their parts, not the colour or size bought (我买卡其色 发个蓝色 做工粗糙 太垃圾了 names colours and
        /// scorns the workmanship).
        var judgesNames: Range<Int>?
        var mismatch: Range<Int>?
        var positive = false
        var negationEnd: Int?
        var negationIsAbsence = false
        /// Whether the negation is a degree negation (不太, `not very`): a word of praise it denies is a verdict.
        var negationFallsShort = false
        var negationReach = ClauseScorer.negationReach
        /// Where the clause's last fear or hope ends (担心, `worried`): the signals within `fearReach` after it count
        /// for nothing.
        var fearEnd: Int?
        var absentTopics: [RefundCategory] = []
        var transit: Range<Int>?
        var negatedTopic: Range<Int>?
        var standing = Standing.plain
        /// Whether a lexicon word has been found in the clause since it opened: a stated cause followed at once by
        /// a break (`my biggest gripe, though, is that …`) hands its standing to the next clause.
        var holdsWords = false
        /// The complaint named as the main one (`my main issue is`), when it opened the clause: it judges the
        /// clause's topics, if the clause names any (`… is the size`); alone it judges nothing.
        var namedComplaint: Range<Int>?
        /// The end of the last part or difference noun in the clause, and what a word right after it can describe.
        var captor: (end: Int, gap: Bool, wears: Bool, fault: Bool)?
        /// Whether a size word in the clause measured a word of wear before it (`stretched out a whole size`).
        var wearMeasured = false
        /// The difference noun that first compared in the clause, and where it starts and ends.
        var gap: (bytes: Range<Int>, start: Int, end: Int)?
        /// The clause's first and last topic (in `topics`, not praised) and where they start and end.
        var firstTopic: (signal: Signal, start: Int)?
        var lastNamedTopic: (signal: Signal, end: Int)?
        var afterUse = false
        /// The first word of wear with no reading of its own (`stretched out`): a defect if the clause names a use.
        var wornOut: Range<Int>?
        /// Whether a mismatch word, not only a hedge (`actually`), compares the goods with something.
        var compares = false
        /// Whether the comparison is with a promise (说好的): a phrase of the clause then names what was broken.
        var promised = false
        /// Where the clause's last word of praise ends: a topic right after it is what is praised.
        var praiseEnd: Int?
        /// The object of a liking word (`love the design`, 喜欢这个款式) and where it ends, while no other topic has
        /// followed it, and where a problem word that judges it ends: one starting within `describedReach` after it
        /// (`颜色很漂亮做工很差`: 很差 judges 做工). A mere mismatch word does not: beside praise it rescues no topic
        /// of its clause (see `flush`).
        var praisedTopic: (signal: Signal, end: Int, judgedEnd: Int?)?
        /// Whether the clause names an earlier purchase (上次, `last time`).
        var earlier = false
        /// Whether the clause names a courier (快递员, 顺丰, `courier`): damage in it happened on the way, as beside
        /// the packaging.
        var namesCourier = false
        /// The clause's last topic (in `topics`, or a variant name or part in `judgedOnly`) and where it ends, while
        /// no word after it has judged it: a word of praise or accuracy close after it describes it.
        var lastTopic: (judgedOnly: Bool, end: Int)?
        /// Where the clause's last negator or absence word ends, even when a word after it took the denial
        /// (`not cotton as described`): a word of accuracy within reach of it names what was claimed.
        var deniedEnd: Int?

        /// Marks the clause as judged by the problem word at `range` (the first one is kept).
        mutating func mark(_ range: Range<Int>) {
            marker = marker ?? range
            judgesNames = judgesNames ?? range
        }

        /// Makes this an empty clause opened with `standing`, keeping the room of its lists: a text's clauses reuse
        /// one set of arrays instead of allocating their own. Every stored property above is set here to its
        /// initial value, in place: a new clause assigned over this one cost a copy of the whole clause and the
        /// release of five arrays at every break (~270 instructions). `ClauseScorerReferenceTests` holds the
        /// scorer to the one that assigned a new clause.
        mutating func reset(standing: Standing) {
            Self.empty(&phrases)
            Self.empty(&fulfilmentSensitive)
            received = nil
            ordered = false
            Self.empty(&topics)
            Self.empty(&judgedOnly)
            marker = nil
            verdict = nil
            judgesNames = nil
            mismatch = nil
            positive = false
            negationEnd = nil
            negationIsAbsence = false
            negationFallsShort = false
            negationReach = ClauseScorer.negationReach
            fearEnd = nil
            Self.empty(&absentTopics)
            transit = nil
            negatedTopic = nil
            self.standing = standing
            holdsWords = false
            namedComplaint = nil
            captor = nil
            wearMeasured = false
            gap = nil
            firstTopic = nil
            lastNamedTopic = nil
            afterUse = false
            wornOut = nil
            compares = false
            promised = false
            praiseEnd = nil
            praisedTopic = nil
            earlier = false
            namesCourier = false
            lastTopic = nil
            deniedEnd = nil
        }

        /// Empties `list`, keeping its room. Most of a clause's lists are empty already, and
        /// `removeAll(keepingCapacity:)` costs some hundred instructions even then.
        private static func empty<Element>(_ list: inout [Element]) {
            if !list.isEmpty { list.removeAll(keepingCapacity: true) }
        }

        /// Whether the clause holds a word of wear (`stretched out`, `got so baggy`).
        var holdsWear: Bool { wornOut != nil || phrases.contains(where: \.wearsInUse) }

        /// Whether the clause names the packaging (盒子, `box`) or a courier who handled it (快递员, `courier`).
        var namesPackaging: Bool { namesCourier || topics.contains { $0.category == .damagedInTransit } }

        /// Takes the last topic out of the clause if it ends within `describedReach` before `start`, and returns
        /// its category: a word of praise or accuracy there describes it (`the fit is perfect`, 色彩逼真).
        mutating func describeLastTopic(before start: Int) -> RefundCategory? {
            guard let last = lastTopic, start - last.end <= ClauseScorer.describedReach else { return nil }
            lastTopic = nil
            return last.judgedOnly ? judgedOnly.removeLast().signal.category : topics.removeLast().category
        }

        /// Marks the object of praise as judged by a problem word (or a negated word of praise) at `range`.
        mutating func judgePraisedTopic(by range: Range<Int>) {
            guard let praised = praisedTopic, praised.judgedEnd == nil,
                range.lowerBound - praised.end <= ClauseScorer.describedReach
            else { return }
            praisedTopic?.judgedEnd = range.upperBound
        }

        /// Settles the object of praise when another topic starts at `start` (or the clause ends: `nil`): judged
        /// by a word after it, it is a topic of the clause; otherwise, or when the judging word is an adjective
        /// right before the next topic (`nice colour poor quality`), it is praised and leaves the clause.
        mutating func settlePraisedTopic(nextTopicAt start: Int?) {
            guard let praised = praisedTopic else { return }
            praisedTopic = nil
            guard let end = praised.judgedEnd else { return }
            if let start, start - end <= 1 { return }
            topics.append(praised.signal)
        }

        /// Whether a `category` word at `range` describes the part or difference just before it.
        func captures(_ category: RefundCategory, at range: Range<Int>) -> Bool {
            guard let captor, range.lowerBound - captor.end <= ClauseScorer.captureReach else { return false }
            switch category {
            case .sizeFit: return true
            case .deliveryProblem: return !captor.gap && !captor.fault
            case .damagedInTransit: return captor.wears && !captor.fault
            default: return false
            }
        }
    }

    /// Adds the signals of `text` to the scores. The clause being read is the room's, reset in place at each break:
    /// no clause is made, swapped in or out, or destroyed per text.
    private mutating func add(_ text: FoldedText, room: inout Room) {
        room.clause.reset(standing: .plain)
        var fulfilment = Fulfilment()
        ReasonLexicon.scan(text) { event in
            read(event, into: &room.clause, fulfilment: &fulfilment)
        }
        flush(&room.clause)
        if let pending = pendingGap { credit(.notAsDescribed, pending.weight, pending.mismatch) }
        if let pair = fulfilment.pair {
            // "Ordered a small, received an XL": the sizes and colours name the items, so a picked size or
            // colour reason is ruled out in favour of the fulfilment error.
            credit(.wrongOrMissingItem, Self.fulfilmentWeight, pair.ordered, pair.received)
            denied.insert(.sizeFit)
            denied.insert(.colourMismatch)
        }
        let defect = RefundCategory.qualityDefect.ordinal
        // A fault of the goods (a smell, holes, pulled threads) is a more specific complaint than a fit named in
        // passing: beside one, the weak size signals (bare fit adjectives, topics nobody judged) drop.
        if namesFault {
            let size = RefundCategory.sizeFit.ordinal
            scores[size] -= passingFit
            weak[size] -= passingFit
        }
        // Faults named after a complaint that the goods are not what was bought (a counterfeit, a wrong colour sent)
        // count as one complaint: the one named first decides, unless a fault is emphasised past it.
        if let first = firstComplaint, first.isNotWhatWasBought, scores[defect] > largestFault {
            scores[defect] = largestFault
        }
        if praises && !complains {
            for index in scores.indices { scores[index] -= weak[index] }
        }
        if namesUnwornGoods && !namesWornGoods { moveScore(from: .sizeFit, to: .notAsDescribed) }
        // A text whose only complaint is a verdict on the goods (`terrible product`, 垃圾) says they are poor: a weak
        // defect. Beside anything more specific (a fault, a size, a missing part, the shop's service) it says nothing.
        if let verdict, !RefundCategory.taxonomy.contains(where: { scores[$0.ordinal] > 0 }) {
            credit(.qualityDefect, Self.verdictWeight, verdict)
        }
        // The shop's service, invoices and the like are `other` only alone: beside a complaint about the goods
        // they are no reason of the refund (尺码不对，客服也不理人).
        let goodsComplaint = RefundCategory.taxonomy.contains {
            $0 != .other && scores[$0.ordinal] >= Self.adjectiveWeight
        }
        if goodsComplaint { scores[RefundCategory.other.ordinal] = 0 }
    }

    /// Reads one event of the scan into `clause`, the clause being read; `fulfilment` holds the text's words naming
    /// what was ordered and what arrived.
    private mutating func read(_ event: ReasonLexicon.Event, into clause: inout Clause, fulfilment: inout Fulfilment) {
        switch event {
        case .clauseBreak:
            courierEnd = nil
            let causeToCome = clause.standing == .statesCause && !clause.holdsWords
            flush(&clause)
            // The clause after a concession is the point (`although it fits, it flares out`); a stated cause
            // with nothing in its clause yet is stated in the next one (`my biggest gripe, though, is …`).
            clause.reset(standing: causeToCome ? .statesCause : clause.standing == .conceded ? .emphasised : .plain)
        case .hit(let hit):
            let causeToCome = clause.standing == .statesCause && !clause.holdsWords
            clause.holdsWords = true
            // A fear or a hope holds what follows it in its reach (`worried it would shrink`): it has not happened.
            if let fear = clause.fearEnd, hit.range.lowerBound - fear <= Self.fearReach, Self.isHeldByFear(hit.role) {
                return
            }
            let negated = clause.negationEnd.map { hit.range.lowerBound - $0 <= clause.negationReach } ?? false
            var role = hit.role
            var ifProblem: RefundCategory?
            if case .aspect(let judged) = role {
                role = .subject(.notAsDescribed, 1)
                ifProblem = judged
            } else if role == .gift {
                // A gift is a part that may be missing; judged by a problem word it came (赠品不好): a complaint outside
                // the goods.
                role = .subject(.wrongOrMissingItem, 1)
                ifProblem = .other
            } else if case .courier(let firm) = role {
                // A courier's people are a delivery topic (快递员太慢); its firm named says who carried the parcel
                // (发顺丰): like the service, it counts only when its clause judges it (圆通太差).
                role = firm ? .service(agent: false) : .subject(.deliveryProblem, 1)
                if !negated { clause.namesCourier = true }
            }
            // A service or conduct word right after a courier or the delivery in its clause is the courier's
            // (快递员态度太差); any other word ends the courier's reach.
            let byCourier = courierEnd.map { hit.range.lowerBound - $0 <= Self.describedReach } ?? false
            var conduct: Bool?
            if case .conduct(let complains) = role { conduct = complains }
            // Tested by pattern, not `==` (which compares the payloads too), on every word.
            var isService = false
            if byCourier, case .service(agent: false) = role { isService = true }
            let courierOwns = byCourier && (isService || conduct != nil)
            if let complains = conduct {
                // The courier's conduct is a delivery complaint in itself (`rude`), or when its clause judges it
                // (态度太差); anyone else's is the shop's service.
                let courierConduct: LexiconRole = complains ? .phrase(.deliveryProblem, 2) : .service(agent: false)
                role = courierOwns ? courierConduct : .phrase(.other, 2)
            }
            var isCourier = false
            if case .courier = hit.role { isCourier = true }
            var namesDelivery = isCourier
            if case .subject(.deliveryProblem, _) = role { namesDelivery = true }
            courierEnd = !negated && namesDelivery || courierOwns ? hit.range.upperBound : nil
            // A word of wear after a sign of use is a defect; before one, the fit word it holds, if any. Damage
            // after a sign of use in an earlier clause of its sentence happened in use too (穿了两天，裤子就裂开了),
            // unless its own clause names the packaging it is about (用了一周，就是压坏了快递盒子), before the damage
            // or after it: decided when the clause is flushed.
            var isWear = false
            var afterEarlierUse = false
            let used = usedEnd.map { hit.range.lowerBound - $0 <= Self.wearReach } ?? false
            if case .wear(let weight) = role {
                role = used ? .phrase(.qualityDefect, Self.wearWeight) : .phrase(.sizeFit, weight)
                isWear = !used
            } else if used, case .phrase(.damagedInTransit, _) = role,
                !clause.namesPackaging {
                afterEarlierUse = true
            }
            switch role {
            case .phrase(_, let weight) where isWear && weight == 0:
                if negated {
                    clause.negationEnd = nil
                } else {
                    clause.wornOut = clause.wornOut ?? hit.bytes
                    clause.captor = (hit.range.upperBound, false, false, true)
                }
            case .subject(.wrongOrMissingItem, _) where negated:
                clause.negationEnd = nil
                credit(.wrongOrMissingItem, Self.fulfilmentWeight, hit.bytes)
            case .phrase(let category, _)
            where !negated && !afterEarlierUse && clause.captures(category, at: hit.range):
                if let captor = clause.captor, !captor.gap, !captor.fault { clause.mark(hit.bytes) }
                // A size word measuring a word of wear (`stretched out a whole size`) says the goods lost their shape.
                if clause.captor?.fault == true, clause.holdsWear { clause.wearMeasured = true }
                clause.lastTopic = nil
            case .part(let wears):
                clause.settlePraisedTopic(nextTopicAt: hit.range.lowerBound)
                let absent = negated && clause.negationIsAbsence
                if negated && !absent {
                    denied.insert(.qualityDefect)
                } else {
                    // An absent part (没有声音, `no sound`) is a part that does not work.
                    if absent { clause.mark(hit.bytes) }
                    let signal = Signal(category: .qualityDefect, weight: 1, range: hit.bytes)
                    clause.judgedOnly.append((signal, false))
                    clause.lastTopic = absent ? nil : (true, hit.range.upperBound)
                    clause.captor = (hit.range.upperBound, false, wears, false)
                }
                clause.negationEnd = nil
            case .service:
                // The shop, its service or replies: judged, a complaint outside the goods (服务太差), so a verdict in its
                // clause is aimed at the shop; alone, or denied (不是商家的问题), nothing.
                clause.settlePraisedTopic(nextTopicAt: hit.range.lowerBound)
                if !negated {
                    let owner: RefundCategory = courierOwns || isCourier ? .deliveryProblem : .other
                    clause.judgedOnly.append((Signal(category: owner, weight: 0, range: hit.bytes), false))
                    clause.lastTopic = (true, hit.range.upperBound)
                }
                clause.negationEnd = nil
            case .name(let category):
                clause.settlePraisedTopic(nextTopicAt: hit.range.lowerBound)
                if negated {
                    clause.negationEnd = nil
                    denied.insert(category)
                    clause.negatedTopic = hit.bytes
                } else {
                    clause.judgedOnly.append((Signal(category: category, weight: 0.8, range: hit.bytes), true))
                    clause.lastTopic = (true, hit.range.upperBound)
                }
            case .gap:
                clause.lastTopic = nil
                if !negated {
                    if clause.mismatch == nil {
                        clause.gap = (hit.bytes, hit.range.lowerBound, hit.range.upperBound)
                    }
                    clause.mismatch = clause.mismatch ?? hit.bytes
                    clause.compares = true
                    clause.captor = (hit.range.upperBound, true, false, false)
                }
                clause.negationEnd = nil
            case .afterUse:
                if !negated {
                    clause.afterUse = true
                    usedEnd = hit.range.upperBound
                    let signal = Signal(category: .qualityDefect, weight: 1, range: hit.bytes)
                    clause.judgedOnly.append((signal, false))
                }
                clause.negationEnd = nil
            case .subject(.sizeFit, _) where !negated && clause.captures(.sizeFit, at: hit.range)
                && clause.captor?.fault == true && clause.holdsWear:
                // A size measuring a word of wear (`stretched out a whole size`): how far the goods lost their shape.
                clause.wearMeasured = true
            case .subject(let category, _) where negated && clause.negationIsAbsence:
                clause.negationEnd = nil
                clause.absentTopics.append(category)
            case .phrase(let category, let weight), .subject(let category, let weight):
                if negated {
                    clause.negationEnd = nil
                    // Damage denied after a sign of use denies a defect (用完了也不会破损), as it did read as one.
                    denied.insert(afterEarlierUse ? .qualityDefect : category)
                    if case .subject = role { clause.negatedTopic = hit.bytes }
                } else if case .phrase = role {
                    clause.phrases.append(
                        Signal(
                            category: category, weight: weight, range: hit.bytes, wearsInUse: isWear,
                            afterEarlierUse: afterEarlierUse))
                    clause.lastTopic = nil
                    // A fault or a word of wear: a size word right after it measures it (`the holes were too big`,
                    // `shrank a whole size`), no fit of the goods.
                    if isWear || category == .qualityDefect && weight >= Self.faultWeight,
                        !clause.captures(.sizeFit, at: hit.range) {
                        clause.captor = (hit.range.upperBound, false, false, true)
                    }
                } else if let end = clause.praiseEnd, hit.range.lowerBound - end <= Self.praiseReach {
                    // The object of a liking word (`love the design`, 喜欢这个款式) is praised, unless a problem
                    // word after it judges it before another topic (`颜色很漂亮做工很差`).
                    clause.settlePraisedTopic(nextTopicAt: hit.range.lowerBound)
                    let signal = Signal(category: category, weight: weight, range: hit.bytes, ifProblem: ifProblem)
                    clause.praisedTopic = (signal, hit.range.upperBound, nil)
                } else {
                    clause.settlePraisedTopic(nextTopicAt: hit.range.lowerBound)
                    let signal = Signal(category: category, weight: weight, range: hit.bytes, ifProblem: ifProblem)
                    clause.topics.append(signal)
                    clause.firstTopic = clause.firstTopic ?? (signal, hit.range.lowerBound)
                    clause.lastNamedTopic = (signal, hit.range.upperBound)
                    clause.lastTopic = (false, hit.range.upperBound)
                    clause.captor = nil
                }
            case .fulfilmentSensitive(let category, let weight):
                clause.lastTopic = nil
                if negated {
                    clause.negationEnd = nil
                    denied.insert(category)
                    clause.negatedTopic = hit.bytes
                } else {
                    clause.fulfilmentSensitive.append(Signal(category: category, weight: weight, range: hit.bytes))
                }
            case .mismatch, .promise:
                clause.mismatch = clause.mismatch ?? hit.bytes
                clause.compares = true
                clause.promised = clause.promised || role == .promise
                clause.lastTopic = nil
            case .hedge: clause.mismatch = clause.mismatch ?? hit.bytes
            case .problem, .verdict:
                if negated {
                    // A problem denied is praise (没什么问题, `nothing wrong`, `not bad`).
                    clause.negationEnd = nil
                    clause.positive = true
                    clause.praiseEnd = hit.range.upperBound
                    if let described = clause.describeLastTopic(before: hit.range.lowerBound) {
                        denied.insert(described)
                    }
                } else {
                    if role == .verdict {
                        clause.marker = clause.marker ?? hit.bytes
                        clause.verdict = clause.verdict ?? hit.bytes
                    } else {
                        clause.mark(hit.bytes)
                    }
                    clause.lastTopic = nil
                    clause.judgePraisedTopic(by: hit.range)
                }
            case .positive:
                if negated {
                    clause.mark(hit.bytes)
                    // Praise that falls short (不太满意, `not very comfortable`) is a verdict on what the clause is about.
                    if clause.negationFallsShort { clause.verdict = clause.verdict ?? hit.bytes }
                    clause.negationEnd = nil
                    clause.lastTopic = nil
                    clause.judgePraisedTopic(by: hit.range)
                } else {
                    clause.positive = true
                    clause.praiseEnd = hit.range.upperBound
                    if let described = clause.describeLastTopic(before: hit.range.lowerBound) {
                        denied.insert(described)
                    }
                }
            case .accurate(let category):
                let claimed = clause.deniedEnd.map { hit.range.lowerBound - $0 <= Self.negationReach } ?? false
                if negated || claimed {
                    // Not as pictured, not true to size: a difference from the listing, or a size complaint.
                    clause.negationEnd = nil
                    if category == .notAsDescribed {
                        clause.mismatch = clause.mismatch ?? hit.bytes
                        clause.compares = true
                    } else {
                        let signal = Signal(category: category, weight: Self.inaccuracyWeight, range: hit.bytes)
                        clause.phrases.append(signal)
                    }
                    clause.lastTopic = nil
                } else {
                    // Praise, but no liking word: what follows it is not its object (颜色和图片一样尺码不对).
                    clause.positive = true
                    if let described = clause.describeLastTopic(before: hit.range.lowerBound) {
                        denied.insert(described)
                    }
                }
            case .reference(let category, let weight):
                if negated { clause.negationEnd = nil }
                clause.phrases.append(Signal(category: category, weight: weight, range: hit.bytes))
            case .transit:
                clause.lastTopic = nil
                if negated { clause.negationEnd = nil }
                clause.transit = clause.transit ?? hit.bytes
            case .negator, .absence, .closeNegator, .degreeNegator:
                let close = hit.role == .closeNegator || hit.role == .degreeNegator
                clause.negationEnd = hit.range.upperBound
                if !close { clause.deniedEnd = hit.range.upperBound }
                clause.negationIsAbsence = hit.role == .absence
                clause.negationFallsShort = hit.role == .degreeNegator
                clause.negationReach = close ? Self.closeNegationReach : Self.negationReach
            case .fear: clause.fearEnd = hit.range.upperBound
            case .goods(let worn):
                if worn { namesWornGoods = true } else { namesUnwornGoods = true }
            case .earlier: clause.earlier = true
            case .contrast:
                flush(&clause)
                // A contrast word opening a stated cause (`my biggest gripe, though, is …`) keeps it stated.
                clause.reset(standing: causeToCome ? .statesCause : .emphasised)
            case .cause(let judges):
                flush(&clause)
                clause.reset(standing: .statesCause)
                // The complaint named as the main one judges the topics of its own clause (`my main issue is
                // the size`), not of a clause it hands its standing to (`that was my biggest concern). so happy`).
                if judges { clause.namedComplaint = hit.bytes }
            case .concession:
                flush(&clause)
                clause.reset(standing: .conceded)
            case .ordered:
                if let topic = clause.negatedTopic {
                    credit(.wrongOrMissingItem, Self.fulfilmentWeight, topic, hit.bytes)
                    clause.negatedTopic = nil
                }
                if fulfilment.pair == nil, let received = fulfilment.received,
                    hit.range.lowerBound - received.end <= Self.pairReach {
                    fulfilment.pair = (hit.bytes, received.bytes)
                }
                fulfilment.ordered = (hit.bytes, hit.range.upperBound)
                clause.ordered = true
            case .received:
                if fulfilment.pair == nil, let ordered = fulfilment.ordered,
                    hit.range.lowerBound - ordered.end <= Self.pairReach {
                    fulfilment.pair = (ordered.bytes, hit.bytes)
                }
                fulfilment.received = (hit.bytes, hit.range.upperBound)
                clause.received = clause.received ?? hit.bytes
            // An aspect, a gift, a courier, a conduct word and a word of wear were read as a topic or a phrase above.
            case .neutral, .aspect, .gift, .courier, .conduct, .wear: break
            }
        }
    }

    /// Whether a fear or a hope before a word of `role` holds it: a word that could credit or judge a category. The
    /// words that shape the text (negations, turns, stated causes, what was ordered or received) are read as ever,
    /// and so is a change of mind: a fear of a better price elsewhere (担心降价) is the buyer's reason itself, not a
    /// fault that has not happened.
    private static func isHeldByFear(_ role: LexiconRole) -> Bool {
        switch role {
        case .phrase(let category, _): category != .changedMind
        case .fulfilmentSensitive, .subject, .problem, .verdict, .positive, .accurate, .reference, .part, .name,
            .gap, .wear, .mismatch, .gift, .aspect, .transit, .afterUse:
            true
        case .service, .courier, .conduct, .promise, .hedge, .negator, .closeNegator, .degreeNegator, .absence, .goods,
            .earlier, .contrast, .cause, .concession, .ordered, .received, .neutral, .fear:
            false
        }
    }

    /// Moves the score and evidence of `source` to `target`.
    private mutating func moveScore(from source: RefundCategory, to target: RefundCategory) {
        scores[target.ordinal] += scores[source.ordinal]
        scores[source.ordinal] = 0
        // The target's words first, then the source's, as many as the target has room for.
        let moving = spans.filter { $0.category == source }
        spans.removeAll { $0.category == source }
        spanCounts[source.ordinal] = 0
        for var span in moving where spanCounts[target.ordinal] < Self.spansPerCategory {
            span.category = target
            spans.append(span)
            spanCounts[target.ordinal] += 1
        }
    }

    /// Adds `weight` to `category` with the words at `first` (and `second`) as evidence.
    private mutating func credit(
        _ category: RefundCategory, _ weight: Double, _ first: Range<Int>, _ second: Range<Int>? = nil
    ) {
        let index = category.ordinal
        scores[index] += weight
        if firstComplaint == nil, weight >= Self.adjectiveWeight, category != .other { firstComplaint = category }
        if category == .qualityDefect, weight > largestFault { largestFault = weight }
        if spanCounts[index] < Self.spansPerCategory {
            spans.append(EvidenceSpan(category: category, first: first, second: second))
            spanCounts[index] += 1
        }
    }

    /// Credits the signals of `clause`, which has ended; it is left settled (its praised topic judged or dropped)
    /// and is reset before it is used again.
    private mutating func flush(_ clause: inout Clause) {
        clause.settlePraisedTopic(nextTopicAt: nil)
        if let named = clause.namedComplaint, !(clause.topics.isEmpty && clause.judgedOnly.isEmpty) {
            clause.mark(named)
        }
        let factor = clause.standing.factor
        // A difference noun the clause before left without a topic (差距很大，两件同一个尺码) measures this clause's first
        // topic if it starts within `gapReach`; otherwise, or when a positive word clears this clause's topics, it
        // says the goods differ from the listing, as any comparison without a topic does.
        if let pending = pendingGap {
            pendingGap = nil
            let cleared = clause.positive && clause.marker == nil
            if !cleared, let first = clause.firstTopic, first.start - pending.end <= Self.gapReach {
                credit(first.signal.category, pending.weight, first.signal.range, pending.mismatch)
            } else {
                credit(.notAsDescribed, pending.weight, pending.mismatch)
            }
        }
        // A part or gift with a not-received phrase (`赠品没收到`, `the charger never arrived`) is a missing item;
        // damage after use is a defect.
        let namesPart = clause.topics.contains { $0.category == .wrongOrMissingItem }
        // In a clause that praises and finds nothing wrong, a bare adjective describes (`extra small fits me
        // perfectly`, `long and flattering`) rather than complains.
        let praised = clause.positive && clause.marker == nil
        praises = praises || praised
        let turned = clause.standing.isThePoint && !(clause.phrases.isEmpty && clause.topics.isEmpty)
        complains = complains || clause.marker != nil || clause.compares || turned
        // `clause.namesPackaging` written out: called here, on every clause, the getter cost 4.6M instructions of the
        // refund-heavy audit (0.3 %); its other caller runs only on damage after use.
        let packaging = clause.namesCourier || clause.topics.contains { $0.category == .damagedInTransit }
        for phrase in clause.phrases {
            // A word of wear read as a size (`got so baggy`) in a clause naming a use is a defect.
            let worn = phrase.wearsInUse && (clause.afterUse || clause.wearMeasured)
            let weight = worn ? Self.wearWeight : phrase.weight
            guard !praised || weight >= Self.adjectiveWeight else { continue }
            var category = namesPart && phrase.category == .deliveryProblem ? .wrongOrMissingItem : phrase.category
            let usedFirst = clause.afterUse || phrase.afterEarlierUse && !packaging
            if worn || usedFirst && category == .damagedInTransit { category = .qualityDefect }
            credit(category, weight * factor, phrase.range)
            if weight < Self.adjectiveWeight { weak[category.ordinal] += weight * factor }
            if category == .qualityDefect && weight >= Self.faultWeight { namesFault = true }
            if category == .sizeFit && weight < Self.adjectiveWeight && !clause.standing.isThePoint {
                passingFit += weight * factor
            }
        }
        if clause.afterUse || clause.wearMeasured, let worn = clause.wornOut {
            credit(.qualityDefect, Self.wearWeight * factor, worn)
            namesFault = true
        }
        let damage = !clause.afterUse
            && clause.phrases.contains { $0.category == .damagedInTransit && (packaging || !$0.afterEarlierUse) }
        let breakage = damage
            || clause.phrases.contains { $0.category == .qualityDefect || $0.afterEarlierUse && !packaging }
        if let transit = clause.transit {
            if breakage {
                credit(.damagedInTransit, Self.transitDamageWeight * factor, transit)
            } else {
                credit(.deliveryProblem, Self.transitDelayWeight * factor, transit)
            }
        }
        if damage && packaging || breakage && clause.transit != nil && !clause.afterUse { transitDamage = true }
        // An absent topic is ruled out only when its clause judges it (`no size issue`, `没有颜色问题`).
        if clause.positive || clause.marker != nil || clause.mismatch != nil {
            for category in clause.absentTopics { denied.insert(category) }
        }
        for signal in clause.fulfilmentSensitive {
            let category = clause.received != nil ? RefundCategory.wrongOrMissingItem : signal.category
            let weight = clause.received != nil ? Self.fulfilmentWeight : signal.weight
            credit(category, weight * factor, signal.range)
        }
        // A positive word clears its clause's topics unless a problem word says otherwise (`颜色还行` is fine,
        // `the size is OK, actually` too); a mere mismatch word does not rescue them.
        if clause.positive && clause.marker == nil {
            for topic in clause.topics { denied.insert(topic.category) }
            return
        }
        let marker = clause.marker ?? clause.mismatch
        for (topic, byMismatch) in clause.judgedOnly {
            let arrived = clause.ordered ? nil : clause.received
            if let judged = byMismatch ? clause.judgesNames ?? clause.mismatch ?? arrived : clause.marker {
                let weight = Self.judgedWeight(of: topic.category, topic.weight)
                credit(topic.category, weight * factor, topic.range, judged)
            }
        }
        for topic in clause.topics {
            if let marker {
                // An aspect judged by a problem word and compared with nothing (`poor material`, 款式不好看) is a
                // defect or a dislike; compared with the listing (`材质和描述不符`) it differs from the description.
                let category = clause.mismatch == nil ? topic.ifProblem ?? topic.category : topic.category
                credit(category, Self.judgedWeight(of: category, topic.weight) * factor, topic.range, marker)
            } else {
                credit(topic.category, topic.weight * factor, topic.range)
                weak[topic.category.ordinal] += topic.weight * factor
                if topic.category == .sizeFit && !clause.standing.isThePoint {
                    passingFit += topic.weight * factor
                }
            }
        }
        if clause.topics.isEmpty, !clause.earlier, clause.compares, !clause.judgedOnly.contains(where: \.byMismatch),
            !(clause.promised && !clause.phrases.isEmpty), let mismatch = clause.mismatch {
            let weight = Self.mismatchWeight * factor
            if let gap = clause.gap, gap.bytes == mismatch {
                // A difference noun with no topic of its own measures the topic an earlier clause credited shortly
                // before it (颜色和图片不一样，差别很大), or else the first topic of the next clause (`pendingGap`).
                if let topic = creditedTopic, gap.start - topic.end <= Self.gapReach {
                    credit(topic.signal.category, weight, topic.signal.range, mismatch)
                } else {
                    pendingGap = (mismatch, weight, gap.end)
                }
            } else {
                credit(.notAsDescribed, weight, mismatch)
            }
        }
        if let named = clause.lastNamedTopic { creditedTopic = named }
        // A verdict on the goods with nothing more specific in its clause (`terrible product`, 太差了) is kept for
        // the end of the text, where it counts only if nothing else did.
        if verdict == nil, let judged = clause.verdict, clause.topics.isEmpty, clause.phrases.isEmpty,
            clause.judgedOnly.isEmpty, clause.fulfilmentSensitive.isEmpty, clause.mismatch == nil,
            clause.transit == nil, clause.received == nil {
            verdict = judged
        }
    }
}

extension RefundCategory {
    /// Whether a complaint of this category says the goods are not what was bought: a fake or goods unlike their
    /// listing, a wrong or missing item, a colour unlike the photos. Faults named after it are its symptoms or
    /// additions (`ClauseScorer`).
    fileprivate var isNotWhatWasBought: Bool {
        switch self {
        case .notAsDescribed, .wrongOrMissingItem, .colourMismatch: true
        default: false
        }
    }
}
