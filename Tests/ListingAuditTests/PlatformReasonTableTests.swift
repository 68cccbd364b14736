import Testing
@testable import ListingAudit

/// One test per platform reason table: every name in it is recognised exactly (after folding) as its own
/// category and weight, so two tables never disagree about a name, and the reasons buyers pick most often
/// classify as they should, alone and beside a comment.
@Suite struct PlatformReasonTableTests {
    private let classifier = ReasonClassifier()

    private func category(_ reason: String, _ comment: String = "") -> RefundCategory {
        classifier.classify(reason: reason, comment: comment).category
    }

    /// Every name of `table` looks up to its group's category and weight.
    private func expectEveryNameRecognised(_ table: PlatformReasonTable, atLeast count: Int) {
        #expect(!table.source.isEmpty)
        var names = 0
        for group in table.groups {
            for name in group.names {
                names += 1
                let code = PlatformReasonCodes.lookup(FoldedText(name))
                #expect(
                    code == PlatformReasonCodes.Code(category: group.category, weight: group.weight),
                    "\(table.source): \(name) is \(String(describing: code)), listed as \(group.category)")
            }
        }
        #expect(names >= count, "\(table.source) has \(names) names")
    }

    @Test func amazonReturnCodesAndSellerCentralTexts() {
        expectEveryNameRecognised(.amazon, atLeast: 120)
        #expect(category("SWITCHEROO") == .wrongOrMissingItem)
        #expect(category("CR-SWITCHEROO") == .wrongOrMissingItem)
        #expect(category("Wrong item was sent") == .wrongOrMissingItem)
        #expect(category("Product damaged, but shipping box OK") == .qualityDefect)
        #expect(category("Both product and shipping box damaged") == .damagedInTransit)
        #expect(category("FOUND_BETTER_PRICE") == .changedMind)
        #expect(category("Item arrived too late") == .deliveryProblem)
        #expect(category("UNDELIVERABLE_REFUSED") == .deliveryProblem)
        #expect(category("商品有缺陷或无法使用") == .qualityDefect)
        #expect(category("NO_REASON_GIVEN", "runs two sizes small") == .sizeFit)
    }

    @Test func shopifyReturnReasonEnumAndAdminNames() {
        expectEveryNameRecognised(.shopifyLegacy, atLeast: 40)
        for (reason, expected) in [
            ("COLOR", RefundCategory.colourMismatch), ("DEFECTIVE", .qualityDefect),
            ("NOT_AS_DESCRIBED", .notAsDescribed), ("OTHER", .other), ("SIZE_TOO_LARGE", .sizeFit),
            ("SIZE_TOO_SMALL", .sizeFit), ("STYLE", .changedMind), ("UNKNOWN", .other),
            ("UNWANTED", .changedMind), ("WRONG_ITEM", .wrongOrMissingItem),
        ] {
            #expect(category(reason) == expected, "\(reason)")
        }
        #expect(category("Damaged or defective") == .qualityDefect)
        #expect(category("收到错误的商品") == .wrongOrMissingItem)
        #expect(category("客户改变了主意") == .changedMind)
    }

    @Test func shopifyReturnReasonDefinitions() {
        expectEveryNameRecognised(.shopifyDefinitions, atLeast: 220)
        #expect(category("arrived-late") == .deliveryProblem)
        #expect(category("到货太晚") == .deliveryProblem)
        #expect(category("too-tight") == .sizeFit)
        #expect(category("color-too-bright") == .colourMismatch)
        #expect(category("颜色太亮") == .colourMismatch)
        #expect(category("quality") == .qualityDefect)
        #expect(category("Arrived damaged") == .damagedInTransit)
        #expect(category("comfort") == .sizeFit)
        #expect(category("comfort", "the sole split after a week") == .qualityDefect)
    }

    @Test func taobaoAndTmallAfterSalesReasons() {
        expectEveryNameRecognised(.taobao, atLeast: 100)
        #expect(category("颜色/图案/款式与商品描述不符") == .colourMismatch)
        #expect(category("材质与商品描述不符") == .notAsDescribed)
        #expect(category("少件/漏发") == .wrongOrMissingItem)
        #expect(category("快递/物流一直未送到") == .deliveryProblem)
        #expect(category("七天无理由退换货") == .changedMind)
        #expect(category("七天无理由退换货", "收到就开线了") == .qualityDefect)
    }

    @Test func douyinAfterSalesReasons() {
        expectEveryNameRecognised(.douyin, atLeast: 55)
        #expect(category("商品破损/包装破损") == .damagedInTransit)
        #expect(category("快递一直未送达") == .deliveryProblem)
        #expect(category("拍错/多拍") == .changedMind)
        #expect(category("不想要了", "颜色和图片差太多") == .colourMismatch)
    }

    @Test func pinduoduoAfterSalesReasons() {
        expectEveryNameRecognised(.pinduoduo, atLeast: 45)
        #expect(category("尺寸/大小不合适") == .sizeFit)
        #expect(category("变质/发霉/有异物") == .qualityDefect)
        #expect(category("商家发错货") == .wrongOrMissingItem)
    }

    @Test func jdAfterSalesReasons() {
        expectEveryNameRecognised(.jd, atLeast: 60)
        #expect(category("收到商品少件/错件/空包裹") == .wrongOrMissingItem)
        #expect(category("商品降价") == .changedMind)
        #expect(category("配送太慢") == .deliveryProblem)
        #expect(category("收到商品破损") == .damagedInTransit)
        // A courier's service is a delivery problem, as the comment's 快递员服务太差 is; the shop's stays `other`.
        #expect(category("快递员服务态度差") == .deliveryProblem)
        #expect(category("发票问题") == .other)
    }

    @Test func chineseShopSheetReasons() {
        expectEveryNameRecognised(.genericChinese, atLeast: 50)
        #expect(category("收到错误的商品") == .wrongOrMissingItem)
        #expect(category("到货太晚") == .deliveryProblem)
        #expect(category("货不对版") == .notAsDescribed)
    }

    @Test func koreanReturnReasons() {
        expectEveryNameRecognised(.korean, atLeast: 50)
        #expect(category("단순 변심") == .changedMind)
        #expect(category("사이즈미스") == .sizeFit)
        #expect(category("사이즈 미스 ㅠㅠ") == .sizeFit)
        #expect(category("오배송") == .wrongOrMissingItem)
        #expect(category("상품 파손") == .damagedInTransit)
        #expect(category("불량") == .qualityDefect)
        #expect(category("배송지연") == .deliveryProblem)
        #expect(category("ㅅㅅ") == .other)
        #expect(category("단순변심", "收到就开线了") == .qualityDefect)
    }

    /// The lookup stops reading a key grown longer than every name's, unless it starts with `undeliverable`; what
    /// it finds is what the whole key finds: spaces and punctuation never count towards the length, and past 64
    /// scalars nothing is a platform reason.
    @Test func longReasonsAreLookedUpByTheirWholeKey() {
        let lookup = { (reason: String) in PlatformReasonCodes.lookup(FoldedText(reason)) }
        let delivery = PlatformReasonCodes.Code(category: .deliveryProblem, weight: PlatformReasonTable.Weight.specific)
        #expect(lookup("WRONG_ITEM" + String(repeating: " ", count: 50)) == lookup("WRONG_ITEM"))
        #expect(lookup("WRONG_ITEM" + String(repeating: " ", count: 50)) != nil)
        #expect(lookup("少件/漏发" + String(repeating: "、", count: 55)) == lookup("少件/漏发"))
        #expect(lookup("WRONG_ITEM" + String(repeating: " ", count: 55)) == nil)
        #expect(lookup("wrong item was sent and the box was empty when it finally came") == nil)
        #expect(lookup("商品有缺陷或无法使用商品有缺陷或无法使用商品有缺陷或无法使用商品有缺陷或无法使用") == nil)
        #expect(lookup("undeliverable " + String(repeating: "x", count: 49)) == delivery)
        #expect(lookup("Undeliverable: " + String(repeating: "收", count: 48)) == delivery)
        #expect(lookup("undeliverable" + String(repeating: "x", count: 51)) == delivery)
        #expect(lookup("undeliverable" + String(repeating: "x", count: 52)) == nil)
        #expect(lookup(String(repeating: "x", count: 30) + "undeliverable") == nil)
    }

    @Test func everyTableIsListed() {
        #expect(PlatformReasonTable.all.count == 9)
        #expect(Set(PlatformReasonTable.all.map(\.source)).count == PlatformReasonTable.all.count)
    }
}
