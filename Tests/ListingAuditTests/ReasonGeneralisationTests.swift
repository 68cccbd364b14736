import Testing
@testable import ListingAudit

/// The classifier's generalisation machinery: generated word families, spelling and script variants, and the
/// structural cues (denial of the picked reason, negated topics before "I ordered", missing parts).
@Suite struct ReasonGeneralisationTests {
    private let classifier = ReasonClassifier()

    private func category(_ reason: String, _ comment: String = "") -> RefundCategory {
        classifier.classify(reason: reason, comment: comment).category
    }

    @Test(arguments: ["reasons-blind.csv", "reasons-blind2.csv"])
    func blindSetsStayAbove90Percent(file: String) throws {
        let path = TestPaths.corpus.appendingPathComponent("labelled-refunds/\(file)").path
        let evaluation = try ReasonEvaluation.run(path: path)
        #expect(evaluation.skipped.isEmpty)
        let accuracy = try #require(evaluation.accuracy)
        print("\(file) accuracy \(evaluation.correct)/\(evaluation.labelled)")
        #expect(accuracy >= 0.9)
    }

    /// Regression rows (misreadings found on realistic returns): every one must stay right.
    @Test func regressionSetIsAllCorrect() throws {
        let path = TestPaths.corpus.appendingPathComponent("labelled-refunds/reasons-regression.csv").path
        let evaluation = try ReasonEvaluation.run(path: path)
        #expect(evaluation.skipped.isEmpty)
        #expect(evaluation.labelled >= 16)
        for miss in evaluation.misses {
            let expected = miss.sample.expected?.rawValue ?? "-"
            let line = miss.sample.location.line
            Issue.record("line \(line): \(miss.category.rawValue), expected \(expected): \(miss.sample.comment)")
        }
        #expect(evaluation.correct == evaluation.labelled)
    }

    @Test func anAbsentTopicDoesNotRuleOutThePickedReason() {
        #expect(category("SIZE_TOO_SMALL", "No measurements given, so I guessed") == .sizeFit)
        #expect(category("COLOR", "no colour photos, picked blind") == .colourMismatch)
        #expect(category("尺码不合适", "没有尺码表 买错了") == .sizeFit)
        #expect(category("Other", "no size chart anywhere") == .sizeFit)
        // A judged or denied topic, and an absent problem, still rule the category out.
        #expect(category("SIZE_TOO_LARGE", "no size issue, the strap snapped") == .qualityDefect)
        #expect(category("SIZE_TOO_LARGE", "not the size, the strap snapped") == .qualityDefect)
        #expect(category("DAMAGED_BY_CARRIER", "no damage at all, I just changed my mind") == .changedMind)
    }

    @Test func damagedPackagingOnTheWayOutranksAGenericDefectCode() {
        #expect(category("DEFECTIVE", "carton crushed, the vase cracked") == .damagedInTransit)
        #expect(category("质量问题", "纸箱压扁了 杯子也坏了") == .damagedInTransit)
        #expect(category("DEFECTIVE", "handle snapped off during delivery") == .damagedInTransit)
        #expect(category("DEFECTIVE", "box was fine, the handle snapped off") == .qualityDefect)
        #expect(category("DEFECTIVE", "the handle snapped off") == .qualityDefect)
    }

    @Test func transitWithoutDamageIsADeliveryMatter() {
        #expect(category("OTHER", "parcel in transit for a month") == .deliveryProblem)
        #expect(category("其他", "一直在运输中") == .deliveryProblem)
        #expect(category("OTHER", "shattered in transit") == .damagedInTransit)
        #expect(category("其他", "运输途中摔碎了") == .damagedInTransit)
    }

    @Test func sizeMorphologyIsGeneratedNotListed() {
        #expect(category("其他", "宽了一点") == .sizeFit)
        #expect(category("其他", "稍微紧") == .sizeFit)
        #expect(category("其他", "想换小一码") == .sizeFit)
        #expect(category("Other", "came up tight") == .sizeFit)
        #expect(category("Other", "I had to go down a size") == .sizeFit)
    }

    @Test func traditionalCharactersAndSpellingVariantsMatch() {
        #expect(category("其他", "顏色和圖片不一樣") == .colourMismatch)
        #expect(category("其他", "顔色和图片不一样") == .colourMismatch)
        #expect(category("Other", "arrived mouldy") == .qualityDefect)
        #expect(category("Other", "arrived moldy") == .qualityDefect)
        #expect(category("Other", "past its best-before date") == .qualityDefect)
    }

    @Test func commentThatRulesOutThePickedReasonOverridesIt() {
        #expect(category("SIZE_TOO_LARGE", "the size is fine, the zip broke") == .qualityDefect)
        #expect(category("大小/尺寸与商品描述不符", "不是尺码问题 是拉链坏了") == .qualityDefect)
        #expect(category("SIZE_TOO_LARGE", "") == .sizeFit)
    }

    @Test func damageWithIntactPackagingIsADefect() {
        #expect(category("其他", "外包装完好 但是里面的瓶子漏液了") == .qualityDefect)
        #expect(category("其他", "外包装破了 瓶子漏液了") == .damagedInTransit)
    }

    @Test func missingPartsAndNotWhatWasOrderedAreFulfilment() {
        #expect(category("Other", "not the colour I ordered") == .wrongOrMissingItem)
        #expect(category("其他", "没有充电线") == .wrongOrMissingItem)
        #expect(category("其他", "赠品一直没收到") == .wrongOrMissingItem)
        #expect(category("其他", "一直没收到") == .deliveryProblem)
    }

    @Test func productFamilyVocabulary() {
        #expect(category("其他", "蓝牙连不上") == .qualityDefect)
        #expect(category("其他", "零食过期了") == .qualityDefect)
        #expect(category("Other", "won't pair with my phone") == .qualityDefect)
        #expect(category("Other", "took ages to arrive") == .deliveryProblem)
        #expect(category("Other", "my mistake, ordered the wrong one") == .changedMind)
    }
}
