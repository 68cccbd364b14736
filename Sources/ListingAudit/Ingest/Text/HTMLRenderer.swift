extension HTMLText {
    /// Collects the visible text: collapses white space, places line and paragraph breaks and cell separators.
    struct Renderer {
        /// Whether a line feed in the text ends a line (plain text) instead of counting as a space (HTML).
        let keepLineBreaks: Bool
        private var out: [UInt8] = []
        private var pendingSpace = false
        private var pendingBreaks = 0
        private var pendingCell = false
        private var lineHasText = false

        init(keepLineBreaks: Bool) { self.keepLineBreaks = keepLineBreaks }

        /// One byte of text.
        mutating func text(_ byte: UInt8) {
            switch byte {
            case 0x0A where keepLineBreaks: pendingBreaks = min(pendingBreaks + 1, 2)
            case 0x0D where keepLineBreaks: break
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: pendingSpace = true
            default:
                flush()
                out.append(byte)
                lineHasText = true
            }
        }

        /// A decoded character reference.
        mutating func scalar(_ scalar: Unicode.Scalar) {
            if scalar == "\u{A0}" || scalar.isWhitespace {
                pendingSpace = true
                return
            }
            if scalar == "\u{AD}" { return }
            flush()
            out.append(contentsOf: String(scalar).utf8)
            lineHasText = true
        }

        /// The layout effect of a tag.
        mutating func apply(_ tag: Tag) {
            if tag.isCell {
                if !tag.closing, lineHasText { pendingCell = true }
                return
            }
            let breaks = tag.breaks
            if breaks > 0, !out.isEmpty {
                pendingBreaks = max(pendingBreaks, breaks)
                pendingCell = false
            }
        }

        private mutating func flush() {
            if pendingBreaks > 0, !out.isEmpty {
                trimTrailingSpaces()
                out.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
                lineHasText = false
            } else if pendingCell {
                trimTrailingSpaces()
                out.append(contentsOf: " | ".utf8)
            } else if pendingSpace, lineHasText {
                out.append(0x20)
            }
            pendingBreaks = 0
            pendingSpace = false
            pendingCell = false
        }

        private mutating func trimTrailingSpaces() {
            while let last = out.last, last == 0x20 { out.removeLast() }
        }

        /// The text, trimmed.
        mutating func result() -> String {
            trimTrailingSpaces()
            return String(decoding: out, as: UTF8.self)
        }
    }
}
