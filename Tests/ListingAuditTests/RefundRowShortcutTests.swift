import Testing
@testable import ListingAudit

/// The refund rows' shortcuts held to the paths they replace: the (reason, comment) texts of checked records copied
/// without a second UTF-8 check and the reason not trimmed again (`ReasonPairs`), and the request type and status
/// of an export without those columns settled once (`RefundRowReader`).
@Suite struct RefundRowShortcutTests {
    /// Bytes that matter to the reader and the UTF-8 check, as `CheckedTextTests` draws them.
    private static let interesting: [UInt8] = [
        0x2C, 0x22, 0x0A, 0x0D, 0x09, 0x61, 0x20, 0x00, 0xFF, 0xC0, 0xED, 0xA0, 0xF4, 0x90,
        0xE4, 0xB8, 0xAD, 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80, 0xE3, 0x80,
    ]

    /// Every record the CSV parser hands a chunk is valid UTF-8, so a chunk of them is marked valid and each cell
    /// it holds (trimmed at character boundaries) is valid; a row from a record no reader checked unmarks it.
    @Test func rowsFromTheParserAreMarkedValidAndOthersAreNot() {
        var random = SeededGenerator(seed: 0x36C0_0001)
        let layout = RowLayout(columns: [0, 1, 2, 3])
        let checks = RowChecks(label: "refunds.csv", width: 64)
        for round in 0..<2_000 {
            let bytes = (0..<random.below(200)).map { _ in Self.interesting[random.below(Self.interesting.count)] }
            let dialect: CSVDialect = round % 2 == 0 ? .csv : .tsv
            var rows = TransactionRows(layout: layout)
            rows.append(RecordChunk(bytes: bytes, line: 1, dialect: dialect), checks: checks)
            #expect(rows.isValidUTF8, "round \(round)")
            rows.forEach { row in
                guard case .fields(let fields) = row else { return }
                for field in [RefundField.id, .orderID, .listingID, .sku] {
                    #expect(String(validating: fields.text(field), as: UTF8.self) != nil, "round \(round) \(bytes)")
                }
            }
        }
        var rows = TransactionRows(layout: layout)
        rows.append(CSVRecord(line: 1, fields: ["R1", "O1", "L1", "中文"]))
        #expect(rows.isValidUTF8)
        rows.append(CSVRecord(line: 2, bytes: [0x61, 0xFF, 0x2C, 0x62], ends: [2, 4], issues: []))
        #expect(!rows.isValidUTF8)
        rows.append(CSVRecord(line: 3, fields: ["R3", "O3", "L3", "text"]))
        #expect(!rows.isValidUTF8, "one unchecked row unmarks the chunk")
    }

    /// Pairs of checked, trimmed cells are classified as the classifier classifies the texts the cells were read
    /// from (it trims the reason itself): every labelled reason and comment, and seeded texts with white space of
    /// every kind at their edges.
    @Test func checkedTrimmedPairsAreClassifiedAsTheirTexts() throws {
        var texts: [(reason: String, comment: String)] = []
        for name in ["reasons.csv", "reasons-unseen.csv", "reasons-regression.csv", "reasons-holdout.csv"] {
            let labelled = try ReasonEvaluation.run(
                path: TestPaths.corpus.appendingPathComponent("labelled-refunds/\(name)").path)
            texts += labelled.rows.map { ($0.sample.reason, $0.sample.comment) }
        }
        var random = SeededGenerator(seed: 0x36C0_0002)
        let words = ["尺码偏小", "too small", "颜色", "不一致", "arrived damaged", "其他", "SIZE_TOO_SMALL", "不想要了"]
        let edges = ["", " ", "\t", "\u{3000}", "\u{A0}", " \u{3000} ", "\n"]
        for _ in 0..<1_500 {
            let second = random.below(2) == 0 ? "，" + words[random.below(words.count)] : ""
            let reason = edges[random.below(edges.count)] + words[random.below(words.count)] + second
                + edges[random.below(edges.count)]
            texts.append((reason, random.below(3) == 0 ? words[random.below(words.count)] : ""))
        }
        let classifier = ReasonClassifier()
        var room = ClauseScorer.Room()
        for (reason, comment) in texts {
            let reasonBytes = Array(reason.utf8)
            let commentBytes = Array(comment.utf8)
            var checked = ReasonPairs(textsAreCheckedUTF8: true, reasonsAreTrimmed: true)
            var plain = ReasonPairs()
            let pair = reasonBytes.withUnsafeBufferPointer { reasonCell in
                commentBytes.withUnsafeBufferPointer { comment in
                    let trimmed = FieldText.trimmed(reasonCell)
                    _ = plain.add(reason: trimmed, comment: comment)
                    return checked.add(reason: trimmed, comment: comment)
                }
            }
            let direct = classifier.classify(reason: reason, comment: comment)
            let fromChecked = checked.classify(pair, with: classifier, room: &room)
            let fromPlain = plain.classify(pair, with: classifier, room: &room)
            #expect(fromChecked.0 == direct.category && fromChecked.1 == direct.evidence, "\(reason) \(comment)")
            #expect(fromPlain.0 == direct.category && fromPlain.1 == direct.evidence, "\(reason) \(comment)")
        }
    }

    /// A reader of an export without type, needs-return or status columns gives every row the values a reader
    /// with those columns gives the row with them empty, in every format (the FBA returns' default type is its
    /// own); a type or status column present is still read.
    @Test func missingTypeAndStatusColumnsReadAsEmptyCells() {
        let cells = ["R1", "L1", "12.50"]
        let base: [RefundField: (column: Int, evidence: String)] = [
            .id: (0, "test"), .listingID: (1, "test"), .amount: (2, "test"),
        ]
        var withColumns = base
        withColumns[.type] = (3, "test")
        withColumns[.needsReturn] = (4, "test")
        withColumns[.status] = (5, "test")
        for format in RefundExportFormat.allCases {
            let bare = values(format: format, found: base, cells: cells)
            let empty = values(format: format, found: withColumns, cells: cells + ["", "", ""])
            #expect(bare?.type == empty?.type && bare?.status == empty?.status && bare?.amount == empty?.amount)
            #expect(bare?.type == format.defaultType, "\(format)")
            var typeOnly = base
            typeOnly[.type] = (3, "test")
            #expect(values(format: format, found: typeOnly, cells: cells + ["仅退款"])?.type == .refundOnly)
            var returnOnly = base
            returnOnly[.needsReturn] = (3, "test")
            #expect(values(format: format, found: returnOnly, cells: cells + ["exchange"])?.type == .exchange)
            var statusOnly = base
            statusOnly[.status] = (3, "test")
            let refused = values(format: format, found: statusOnly, cells: cells + ["商家拒绝"])
            #expect(refused?.status == RefundStatusText.parse("商家拒绝") && refused?.status != bare?.status)
        }
    }

    /// The values `RefundRowReader` reads from one row of `cells` in an export of `format` whose columns are `found`.
    private func values(
        format: RefundExportFormat, found: [RefundField: (column: Int, evidence: String)], cells: [String]
    ) -> RefundRowReader.Values? {
        let columns = FieldColumns<RefundField>(found: found)
        var rows = TransactionRows(layout: RowLayout(columns: RefundField.allCases.map { columns[$0] }))
        rows.append(CSVRecord(line: 2, fields: cells))
        var reader = RefundRowReader(path: "refunds.csv", format: format, columns: columns)
        var read: RefundRowReader.Values?
        rows.forEach { row in
            guard case .fields(let fields) = row, case .kept(let values) = reader.read(fields) else { return }
            read = values
        }
        return read
    }
}
