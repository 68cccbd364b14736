import Dispatch
import Foundation
import Testing
@testable import ListingAudit

/// The refund and order stages' chunk work, run through the ordered pipeline as the stages run it, against the
/// one-refund-at-a-time path (load, classify, match, write) on the same input.
@Suite struct RefundChunkWorkTests {
    private let location = SourceLocation(file: "listings.csv", line: 2)

    /// What the chunked, parallel path gave: the counted refunds, the refunds.csv text and the load report.
    struct Outcome {
        var counts: [RefundChunkWork.Count] = []
        var csv = ""
        var report: TransactionLoadReport
    }

    private func file(_ text: String, name: String = "after-sales.csv") throws -> String {
        let path = HistoryFixtures.temporaryFolder().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func csvLine(_ cells: [String]) -> String {
        cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
    }

    /// Runs the refund stage's work over `path` in chunks of `rows` rows on every core.
    private func audit(_ path: String, matcher: RefundMatcher, rows: Int) throws -> Outcome {
        let reader = try TransactionReader<RefundExport>(path: path, reading: RefundChunkWork.fields)
        let work = RefundChunkWork(
            path: path, format: reader.format, columns: reader.columns, matcher: matcher,
            classifier: ReasonClassifierCache(), writesRows: true)
        let output = HistoryFixtures.temporaryFolder().appendingPathComponent("refunds.csv").path
        let csv = try AuditRefundsCSV(path: output, language: .en)
        var counts: [RefundChunkWork.Count] = []
        OrderedPipeline.run(next: { try? reader.nextRows(maximumRows: rows) }, transform: work.run) { result in
            counts += result.counts
            for skip in result.skipped { reader.report.skip(skip) }
            reader.report.notRefunded += result.notRefunded
            reader.report.refundOnly += result.refundOnly
            try? csv.append(rows: result.rows, count: result.rowCount)
        }
        try csv.finish()
        return Outcome(counts: counts, csv: try CSVOutputTests.fileText(output), report: reader.report)
    }

    /// The same through `RefundLoader`, `ReasonClassifier` and `RefundMatcher.match(_:)`, one refund at a time.
    private func sequential(_ path: String, matcher: RefundMatcher) throws -> Outcome {
        let output = HistoryFixtures.temporaryFolder().appendingPathComponent("refunds.csv").path
        let csv = try AuditRefundsCSV(path: output, language: .en)
        var counts: [RefundChunkWork.Count] = []
        let classifier = ReasonClassifier()
        let loaded = try RefundLoader.load(path: path)
        for refund in loaded.refunds {
            let (category, evidence) = classifier.classify(reason: refund.reason, comment: refund.comment)
            let (position, method) = matcher.match(refund)
            if refund.status.countsAsRefund {
                counts.append(
                    RefundChunkWork.Count(
                        position: position.map(Int32.init), category: category, method: method, type: refund.type,
                        amount: refund.amount))
            }
            try csv.append(
                ClassifiedRefund(
                    refund: refund, category: category, evidence: evidence,
                    listingID: position.map(matcher.listingID(at:)), matchedBy: method))
        }
        try csv.finish()
        return Outcome(counts: counts, csv: try CSVOutputTests.fileText(output), report: loaded.report)
    }

    private func same(_ lhs: [RefundChunkWork.Count], _ rhs: [RefundChunkWork.Count]) -> Bool {
        lhs.count == rhs.count
            && zip(lhs, rhs).allSatisfy { a, b in
                a.position == b.position && a.category == b.category && a.method == b.method && a.type == b.type
                    && a.amount?.bitPattern == b.amount?.bitPattern
            }
    }

    @Test func chunksKeepFileOrderAndAgreeWithTheSingleCalls() throws {
        let listing = Listing(id: "L1", title: "Mug", format: .generic, location: location)
        let reasons = ["too small", "其他", "颜色发错了", "DAMAGED_BY_CARRIER"]
        var text = "refund_id,order_id,listing_id,reason,amount,date\n"
        for index in 0..<25_000 {
            text += "r\(index),O\(index),\(index % 3 == 0 ? "L1" : "X\(index)"),\(reasons[index % reasons.count]),1,\n"
        }
        let path = try file(text)
        let matcher = RefundMatcher(listings: [listing])
        let outcome = try audit(path, matcher: matcher, rows: 1_000)
        let rows = try CSVOutputTests.readBack(outcome.csv).dropFirst()
        let column = { (name: OutputColumn) in AuditRefundsCSV.columns.firstIndex(of: name)! }
        #expect(rows.map { $0[column(.refundID)] } == (0..<25_000).map { "r\($0)" })
        #expect(outcome.counts.count == 25_000)
        #expect(outcome.counts.filter { $0.method == .listingID }.count == (0..<25_000).filter { $0 % 3 == 0 }.count)
        #expect(rows.first { $0[column(.matchedBy)] == "unmatched" }?[column(.refundID)] == "r1")
        let classifier = ReasonClassifier()
        for index in [0, 1, 2, 3, 24_999] {
            let direct = classifier.classify(reason: reasons[index % reasons.count], comment: "")
            #expect(outcome.counts[index].category == direct.category)
            #expect(rows[index + 1][column(.evidence)] == direct.evidence.joined(separator: "; "))
        }
        #expect(outcome.counts[2].category == .wrongOrMissingItem)
        #expect(rows[1][column(.listingID)] == "L1")
        #expect(outcome.counts[0].position == 0 && outcome.counts[0].method == .listingID)
    }

    @Test func shuffledRowsGiveWhatTheSequentialPathGives() throws {
        let labelled = try ReasonEvaluation.run(
            path: TestPaths.corpus.appendingPathComponent("labelled-refunds/reasons.csv").path)
        let samples = labelled.rows.map(\.sample)
        let listings = (0..<40).map { index in
            Listing(
                id: "L\(index)", title: index % 4 == 0 ? "【新款】Mug \(index)号" : "Shirt \(index)",
                variants: [Variant(sku: "S\(index)", location: location)], format: .generic, location: location)
        }
        let statuses = ["退款成功", "商家拒绝", "", "Pending", "售后关闭"]
        let types = ["仅退款", "退货退款", "", "换货", "exchange"]
        var lines: [String] = []
        for index in 0..<6_000 {
            let sample = samples[index % samples.count]
            let listing = index % 7 == 0 ? "" : index % 5 == 0 ? " L\(index % 45) " : "L\(index % 45)"
            let amount = index % 97 == 0 ? "abc" : index % 11 == 0 ? "" : index % 13 == 0 ? "¥1,299.00" : "\(index).5"
            var cells = [
                index % 17 == 0 ? "" : "AS\(index)", "O\(index)", listing, index % 3 == 0 ? "S\(index % 50)" : "",
                index % 4 == 0 ? "【新款】mug \(index % 45)号！" : "", sample.reason,
                index % 2 == 0 ? sample.comment : "=\(sample.comment)\n\"\(index % 9)\"", amount,
                index % 89 == 0 ? "two" : "\(index % 3 + 1)", types[index % types.count],
                statuses[index % statuses.count],
            ]
            if index % 101 == 0 { cells.append("surplus") }
            lines.append(csvLine(cells))
        }
        var generator = SeededGenerator(seed: 7)
        lines.shuffle(using: &generator)
        let header = "售后单号,订单号,商品ID,SKU,商品名称,售后原因,问题描述,退款金额,数量,售后类型,售后状态\n"
        let path = try file(header + lines.joined(separator: "\n") + "\n")
        let matcher = RefundMatcher(listings: listings)
        let expected = try sequential(path, matcher: matcher)
        #expect(expected.report.skippedCount > 0 && expected.report.notRefunded > 0)
        #expect(Set(expected.counts.map(\.method)) == Set(MatchMethod.allCases), "every way of matching is tried")
        for rows in [1, 64, 8_192] {
            let outcome = try audit(path, matcher: matcher, rows: rows)
            #expect(outcome.csv == expected.csv, "chunks of \(rows)")
            #expect(same(outcome.counts, expected.counts), "chunks of \(rows)")
            #expect(outcome.report.skipped == expected.report.skipped)
            #expect(outcome.report.skippedCount == expected.report.skippedCount)
            #expect(outcome.report.notRefunded == expected.report.notRefunded)
            #expect(outcome.report.refundOnly == expected.report.refundOnly)
            #expect(outcome.report.rowsRead == expected.report.rowsRead)
        }
    }

    /// A refund found by its listing id cell writes that cell as the listing id; the cell must be what the
    /// matcher holds for the listing it answers, as the one-refund-at-a-time path writes it: repeated ids (the
    /// first listing wins), ids differing only in Unicode form or by a look-alike character, padded cells.
    @Test func listingIDCellsFoundByIDAreTheMatchedListingsIDs() throws {
        let ids = ["L1", "L1", "Caf\u{E9}", "Cafe\u{301}", "K", "\u{212A}", "x y", "長袖", "L1 "]
        let listings = ids.enumerated().map { index, id in
            Listing(id: id, title: "Item \(index)", format: .generic, location: location)
        }
        let cells = ids + [" L1", "\tK", "k", "Café ", "長袖 ", "L2", "", "\u{212A} "]
        var text = "refund_id,order_id,listing_id,reason,amount,date\n"
        for (index, cell) in cells.enumerated() {
            text += csvLine(["r\(index)", "O\(index)", cell, "too small", "1", ""]) + "\n"
        }
        let path = try file(text)
        let matcher = RefundMatcher(listings: listings)
        let expected = try sequential(path, matcher: matcher)
        #expect(expected.counts.filter { $0.method == .listingID }.count >= ids.count)
        for rows in [1, 5, 100] {
            let outcome = try audit(path, matcher: matcher, rows: rows)
            #expect(outcome.csv == expected.csv, "chunks of \(rows)")
            #expect(same(outcome.counts, expected.counts), "chunks of \(rows)")
        }
    }

    @Test func orderChunksCountWhatTheLoaderAndMatcherCount() throws {
        let listings = (0..<10).map {
            Listing(id: "L\($0)", title: "Item \($0)", variants: [Variant(sku: "S\($0)", location: location)],
                    format: .generic, location: location)
        }
        var text = "order_id,listing_id,sku,title,quantity,amount,date\n"
        for index in 0..<3_000 {
            let quantity = index % 50 == 0 ? "many" : "\(index % 4)"
            text += "O\(index),\(index % 3 == 0 ? "L\(index % 12)" : ""),S\(index % 15),item \(index % 10),"
                + "\(quantity),\(index % 77 == 0 ? "x" : "9.90"),2026-01-01\n"
        }
        let path = try file(text, name: "orders.csv")
        let matcher = RefundMatcher(listings: listings)
        let reader = try TransactionReader<OrderExport>(path: path, reading: OrderChunkWork.fields)
        let work = OrderChunkWork(path: path, columns: reader.columns, matcher: matcher)
        var units: [String] = []
        var skipped: [SkippedRow] = []
        OrderedPipeline.run(next: { try? reader.nextRows(maximumRows: 100) }, transform: work.run) { result in
            units += result.units.map { "\($0.position.map(String.init) ?? "-"):\($0.quantity)" }
            skipped += result.skipped
        }
        let loaded = try OrderLoader.load(path: path)
        let expected = loaded.orders.map { line in
            let probe = Refund(
                id: line.orderID, listingID: line.listingID, sku: line.sku, productTitle: line.productTitle,
                location: line.location)
            return "\(matcher.match(probe).position.map(String.init) ?? "-"):\(line.quantity)"
        }
        #expect(units == expected)
        #expect(skipped == loaded.report.skipped)
        #expect(!skipped.isEmpty)
    }

    @Test func eachDistinctPairIsClassifiedOnceAcrossThreads() {
        let cache = ReasonClassifierCache()
        let reasons = (0..<400).map { "尺码偏小 \($0 % 150)" }
        let lookups = 8 * reasons.count
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            var pairs = ReasonPairs()
            var numbers: [Int] = []
            for offset in reasons.indices {
                var reason = reasons[(offset + worker * 37) % reasons.count]
                var comment = worker % 2 == 0 ? "" : "too small"
                numbers.append(reason.withUTF8 { r in comment.withUTF8 { pairs.add(reason: r, comment: $0) } })
            }
            let answers = cache.answers(for: pairs, lookups: numbers.count)
            #expect(numbers.allSatisfy { answers.category(of: $0) == .sizeFit })
        }
        // 150 reasons, each with and without a comment: 300 distinct pairs, each classified once.
        #expect(lookups - cache.hits == 300)
    }
}
