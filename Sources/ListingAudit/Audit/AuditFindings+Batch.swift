extension AuditFindings {
    /// One settled batch's findings made ready to add, on the worker that settled the batch: records whose texts,
    /// message and rule are numbered within the batch, and the batch's texts, messages and rule ids in the order its
    /// findings first use them, each text made once as a `String` and each text and message hashed. Adding it
    /// (`append(_:)`) then only numbers each of those in the store's tables and renumbers the records, so the thread
    /// that gathers the batches neither makes nor hashes a text or a message.
    struct Batch: Sendable {
        /// The findings; `message`, `evidence`, `file` and `rule` index the tables below.
        private(set) var records: [Record] = []
        private(set) var messages: [(text: FindingMessage, hash: Int)] = []
        private(set) var evidence: [(text: String, hash: Int)] = []
        private(set) var files: [(text: String, hash: Int)] = []
        private(set) var rules: [String] = []

        /// The findings of `batch`, their texts, messages and rules numbered within it. Texts and messages are told
        /// apart by their number in the batch (a settled text may repeat another's value under a new number), files
        /// by value.
        init(_ batch: ShopCheck.SettledBatch) {
            var messageIndices = [Int32?](repeating: nil, count: batch.messages.count)
            var evidenceIndices = [Int32?](repeating: nil, count: batch.texts.count)
            var fileIndices = [UInt8?](repeating: nil, count: batch.texts.count)
            var ruleIndices = [UInt16?](repeating: nil, count: batch.rules.count)
            records.reserveCapacity(batch.findings.count)
            for finding in batch.findings {
                let message = messageIndices[Int(finding.message)] ?? add(message: batch.messages[Int(finding.message)])
                messageIndices[Int(finding.message)] = message
                let evidence = evidenceIndices[Int(finding.evidence)] ?? add(
                    evidence: batch.texts.string(finding.evidence))
                evidenceIndices[Int(finding.evidence)] = evidence
                let file = fileIndices[Int(finding.file)] ?? number(file: batch.texts.string(finding.file))
                fileIndices[Int(finding.file)] = file
                let rule = ruleIndices[Int(finding.rule)] ?? add(rule: batch.rules[Int(finding.rule)].id)
                ruleIndices[Int(finding.rule)] = rule
                records.append(Record(
                    listing: Int32(finding.ordinal), message: message, evidence: evidence,
                    line: Int32(clamping: finding.line),
                    column: finding.column < 0 ? -1 : Int32(clamping: finding.column), rule: rule, file: file,
                    severity: batch.rules[Int(finding.rule)].severity))
            }
        }

        /// Numbers `text`, a message new to the batch.
        private mutating func add(message text: FindingMessage) -> Int32 {
            messages.append((text, text.hashValue))
            return Int32(messages.count - 1)
        }

        /// Numbers `text`, an evidence text new to the batch.
        private mutating func add(evidence text: String) -> Int32 {
            evidence.append((text, text.hashValue))
            return Int32(evidence.count - 1)
        }

        /// Numbers `id`, a rule new to the batch.
        private mutating func add(rule id: String) -> UInt16 {
            rules.append(id)
            return UInt16(rules.count - 1)
        }

        /// The batch's number of file `path`, numbering it when new (a batch names one file or a few).
        private mutating func number(file path: String) -> UInt8 {
            if let known = files.firstIndex(where: { $0.text == path }) { return UInt8(known) }
            files.append((path, path.hashValue))
            return UInt8(files.count - 1)
        }
    }
}
