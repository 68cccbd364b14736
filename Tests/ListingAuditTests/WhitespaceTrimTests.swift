import Testing

@testable import ListingAudit

/// `trimmingWhitespace` answers most texts from their first and last scalars; it must trim exactly as the walk over
/// characters does.
@Suite struct WhitespaceTrimTests {
    /// Trimming character by character, as every text was trimmed before the shortcuts.
    private func characterTrim(_ text: String) -> String {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = text.lastIndex { !$0.isWhitespace }!
        return String(text[start...end])
    }

    @Test func trimsAsTheCharacterWalkDoes() {
        let pieces = [
            "", " ", "\u{3000}", "\t", "\r\n", "a", "尺码偏小", "收到3天了", "！", "，", "。", "「好」", "\u{301}", "e\u{301}",
            " \u{301}", "\u{200D}", "👍", "〰", "ㅠ", "사이즈", "\u{FEFF}", "\u{A0}", "x",
        ]
        var texts = pieces
        for first in pieces {
            for second in pieces { texts.append(first + second) }
        }
        texts += ["退款原因：鞋子大了一码，第6次买这家了", "  衣服太小了 ", "\u{3000}颜色不对", "颜色不对\u{3000}", "尺码 \u{301}"]
        for text in texts {
            #expect(text.trimmingWhitespace() == characterTrim(text), "\(Array(text.unicodeScalars))")
        }
    }
}
