/// What a lexicon word does when it is found in a reason or comment.
enum LexiconRole: Sendable, Equatable {
    /// A self-contained signal for a category (`太小`, `color is different`, `never arrived`).
    case phrase(RefundCategory, Double)
    /// A phrase that is a fulfilment error when its clause says the item was sent or received (`sent … wrong
    /// colour`), and its own category otherwise (`wrong colour` alone is a colour mismatch).
    case fulfilmentSensitive(RefundCategory, Double)
    /// A topic word (`颜色`, `size`, `fabric`): weak alone, decisive with a problem or mismatch word in its clause.
    case subject(RefundCategory, Double)
    /// The shop and its people (服务, 售后, 商家, `seller`, `staff`): a topic outside the goods bought. Judged by a
    /// problem word in its clause (服务太差, `the seller was awful`) it is a complaint about the shop, `other` as the
    /// service phrases are (客服, 态度), and a verdict there is aimed at the shop, not the goods; alone it says
    /// nothing. The shop's people and departments are `agent`s (卖家, 售后, `seller`); a service or reply alone
    /// (服务, 回复, `service`) is whoever's is named right before it: a courier's (快递员服务太差) is a delivery problem.
    case service(agent: Bool)
    /// A gift or free extra (赠品, `free sample`): absent, denied or not received (没有赠品, 赠品没收到) it is missing,
    /// and alone a weak sign of a missing item, as a part is; judged by a problem word (赠品不好, `the free sample was
    /// poor`) it came, so it is neither a missing item nor a defect of the goods bought but a complaint outside them,
    /// `other`, as one about the shop's service is.
    case gift
    /// A courier's people or service (快递员, 申通快递, `courier`, `delivery driver`): a delivery topic, as 快递 is
    /// (快递员太慢). They handle the parcel, so damage in their clause happened on the way, as beside the packaging
    /// (快递员摔坏了, `the courier crushed it`). A courier `firm` named alone (顺丰, 圆通, `fedex`) says who carried the
    /// parcel (发顺丰), so like the service it counts only when its clause judges it (圆通太差). A service or conduct
    /// word right after either in its clause is the courier's (快递员服务太差, `the courier was rude`): a delivery
    /// problem.
    case courier(firm: Bool)
    /// How someone treated the buyer: a word that `complains` in itself (`rude`) or one its clause judges (态度太差).
    /// After a courier it is the courier's, a delivery problem; otherwise a complaint outside the goods, `other`, as
    /// 客服 is.
    case conduct(complains: Bool)
    /// Says something differs from the listing (`不符`, `不一样`, `different from`).
    case mismatch
    /// A promise the goods did not keep (说好的 "the promised …"): compares the topic after it with the listing like a
    /// mismatch word (说好的赠品呢 is a missing gift, 说好的黑色呢 a colour), and alone it differs from the listing
    /// (说好的高腰呢), unless its clause names a complaint of its own (说好的快递费也不退 is about a fee).
    case promise
    /// A hedge (`actually`, `almost`, `in person`): compares the topics of its clause with the listing like a
    /// mismatch word (`the red looks almost purple`), but alone says nothing about the listing (`i'm actually going
    /// to replace it`).
    case hedge
    /// Says something is wrong (`不对`, `wrong`, `issue`).
    case problem
    /// Judges the goods as a whole as poor (`terrible`, `junk`, 太差, 垃圾): a problem word, and in a text whose
    /// clauses name nothing more specific (no topic, phrase, comparison or transit word) a weak defect.
    case verdict
    /// Says something is fine (`合适`, `没问题`, `fits perfectly`): topics in its clause are cancelled.
    case positive
    /// Says the goods are as the listing showed or described them (逼真, 和图片一样, `as pictured`, `true to size`):
    /// not negated it is praise, clearing its clause's topics, and the topic right before it is what it describes;
    /// negated it is a difference from the listing (`it isn't as described`), or for a size (`not true to size`) a
    /// complaint in `category`.
    case accurate(RefundCategory)
    /// A listing aid the buyer chooses by (`size chart`, `尺码表`): counts like a phrase, and so does its absence
    /// (`no size chart`, `没有尺码表`), which is a complaint in the same category, never a denial of it.
    case reference(RefundCategory, Double)
    /// A part or property of the goods that is not worn on the body (声音, 内存, 屏幕, 轮子, `zipper`, `seams`): a
    /// problem word about it is a defect, and a size or delivery word right after it describes the part (声音太小,
    /// 轮子卡住), so it is read as the part's problem instead of fit or delivery. A part that `wears` (sewn or moving:
    /// 拉链, 鞋底, `seams`) breaks from making or use, never on the way, so a damage word after it is a defect too
    /// (`seams splitting`); a screen or a lens can break in transit, so damage after it stays transit damage.
    case part(wears: Bool)
    /// The name of a variant the buyer picks (白色, `navy`, 藏青): it says what was bought, so it counts for its
    /// category only when its clause judges it (`the navy is much lighter`), never alone (`love the off-white`).
    case name(RefundCategory)
    /// A noun naming a difference (差距, 差别, 出入, 落差): a degree word right after it measures the difference
    /// (差距太大), so the pair says the goods differ, and the degree word is no size.
    case gap
    /// Says the goods had been used, worn or washed, or some time had passed (`after washing`, 洗了, 穿了, 没几天):
    /// damage in its clause happened in use, a defect, not on the way; with a problem word it is a defect topic.
    case afterUse
    /// Says worn goods changed shape (`stretched out`, `bagging`, `lost its shape`, `got so baggy`): worn goods
    /// that lose their shape are defective, so with a sign of use (`afterUse`) in its clause or shortly before it
    /// (`after two hours of wearing`) it is a defect. Otherwise it counts `weight` for size, as the fit word inside
    /// it did (`got so baggy` as `so baggy`), or nothing (`it looks stretched out at the back` is a look).
    case wear(Double)
    /// Where the parcel is or was on its way (`in transit`, `运输中`, `路上`): with a breakage word in its clause the
    /// damage happened in transit; alone it is a delivery matter (`stuck in transit`).
    case transit
    /// Denies the next signal in its clause (`不是`, `not`, `isn't`): `not a size problem` rules the size out.
    case negator
    /// Denies only a signal that follows at once (`不缩水`, `不掉色`, `一点都不起球`): the bare Chinese 不 forms
    /// countless words, so it reaches no further than the next character.
    case closeNegator
    /// A degree negation (不太, 不是很, 不怎么, `not very`, `isn't very`): a close negator that says praise falls short,
    /// so the word of praise it denies is also a verdict on what its clause is about (不太满意, 不太好用, `it is not
    /// very comfortable`): alone a weak defect, as 太差 is, and aimed at the shop or a gift in their clause.
    case degreeNegator
    /// Names the kind of goods: worn on the body (衣服, 裤子, 穿, `dress`, `jeans`) or not (水果, 平板, 台灯,
    /// `lamp`, `laptop`). A text that names only goods not worn cannot be about fit, so its size words say the goods
    /// are smaller or bigger than described (`the apples are tiny`, 这个也太小了 about fruit).
    case goods(worn: Bool)
    /// Names an earlier purchase (上次, 之前买的, `last time`, `my old one`): a difference in its clause compares the
    /// goods with that purchase, not with the listing, so it says nothing about the description.
    case earlier
    /// A fear or a hope (担心, 怕, 万一, `worried`, `afraid`, `hopefully`): the fault it governs has not happened
    /// (怕洗了会掉色, `worried it would shrink`), so the signals that follow within its reach in its clause count for
    /// nothing and, unlike a negation, rule nothing out; a fault named beside it, outside its reach, still counts.
    case fear
    /// Says the next signal is absent (`没有`, `no`, `without`): an absent problem is ruled out (`no damage`,
    /// `没有破损`), but an absent topic is not (`no measurements`), unless its clause judges it (`no size issue`).
    case absence
    /// Turns the sentence (`但是`, `就是`, `but`, `唯一不足`, `my only complaint`): what follows counts more.
    case contrast
    /// Introduces the reason the buyer gives for sending the goods back (`returned it because`, 退货是因为), or the
    /// complaint they name as the main one (`my biggest gripe is`, 最大的问题是): the clause after it is what the return
    /// was for, and counts more than the clause after a contrast word. A marker that `judges` names a complaint
    /// itself, so it judges the topics of its clause like a problem word (`my main issue is the size`).
    case cause(judges: Bool)
    /// Concedes a point before making another (`although`, `even though`, 虽然, 尽管): its clause counts less, and
    /// the clause after it more.
    case concession
    /// An aspect of the goods a listing describes: material (材质, 面料, `fabric`) or style (款式, 图案, `design`). A
    /// topic of `notAsDescribed` compared with the listing (`材质和描述不符`); judged by a problem word alone, a
    /// topic of `judged`: poor material is a defect (`poor material`), a style judged badly a dislike (款式不好看).
    case aspect(judged: RefundCategory)
    /// The buyer names what they ordered (`我拍的是`, `i ordered`).
    case ordered
    /// The buyer names what arrived instead (`收到的是`, `they sent`).
    case received
    /// Boilerplate that must not count (`退款原因`, `customer says`, `please refund`).
    case neutral
}

/// A group of lexicon words sharing a role, as the lexicon tables are written.
struct LexiconGroup: Sendable {
    let role: LexiconRole
    let words: [String]

    init(_ role: LexiconRole, _ words: [String]) {
        self.role = role
        self.words = words
    }
}
