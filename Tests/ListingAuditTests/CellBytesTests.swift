import Foundation
import Testing

@testable import ListingAudit

/// The adapters read cells from the record's bytes (`CSVRecord+Cells`, `ListSeparator`, `CellText.price(_:)` on
/// bytes, `HTMLText.plainText(utf8:)`). Each must give exactly what the `String` functions give for the cell's text:
/// `CellText.trimmedItem(Substring)`, `CellText.list`, `CellText.price(String)`, `HTMLText.plainText(String)`. These
/// tests hold them to that, on cells chosen to hit every shortcut's edge (white space and combining marks at the ends,
/// CJK characters whose last UTF-8 byte looks like the start of white space, CR LF) and on random mixtures of them.
@Suite struct CellBytesTests {
    /// Cells at the edges of the byte-level shortcuts.
    static let edgeCells = [
        "", " ", "  ", "\t", "abc", " abc ", "abc \u{330}", " \u{301}abc", "\u{301}abc", "abc\u{301}", "码", "尺码 ",
        "\u{3000}蓝色", "蓝色\u{3000}", "a\u{A0}", "\u{A0}a", "x\u{200D}", "❤️", "a \u{FE0F}", "\u{1}a\u{1}", "\r\n",
        "a\r\nb", "한국", "ｱｲｳ\u{FF9E}", "\u{2028}x", "x\u{2029}", "e\u{301}", "\u{85}x", "ー", "。", "x\u{E0001}",
        "衫 ", " 衫", "S\u{3000}|\u{3000}M", "红色|黑色 |  白色", "a|b||c|", "a, b,,c", "a,\u{301}b", "黑色，灰色、白色;蓝\n绿",
        "x:y", "颜色分类：黑色；尺码：XL", "\u{2003}\u{2003}", "€", "€ ", "–", "a –", "\u{202F}a", "a\u{0E33}", " \u{0E33}",
    ]

    /// Random cells built from the pieces the edge cells are made of.
    static let randomCells: [String] = {
        let pieces = [
            " ", "\t", "\u{3000}", "\u{A0}", "\u{301}", "\u{330}", "\u{200D}", "\u{FE0F}", "a", "Z", "码", "衫", "色", "|",
            ",", "，", "、", ";", "\r", "\n", "\r\n", ":", "：", "é", "ー", "\u{2028}", "1", ".", "-", "€", "한",
        ]
        var random = SeededGenerator(seed: 20_261_119)
        return (0..<3000).map { _ in
            (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
    }()

    static let allCells = edgeCells + randomCells

    /// What `CSVRecord.text` read before it worked on bytes.
    private func referenceText(_ cell: String) -> String {
        CellText.trimmedItem(Substring(cell)) ?? ""
    }

    private func record(_ cell: String) -> CSVRecord { CSVRecord(line: 1, fields: [cell]) }

    @Test func recordTextTrimsAsTheStringTrimDoes() {
        for cell in Self.allCells {
            #expect(record(cell).text(0) == referenceText(cell), "cell \(cell.debugDescription)")
        }
        #expect(record("x").text(nil) == "")
        #expect(record("x").text(3) == "")
    }

    @Test func byteItemsAreTheStringItems() {
        let separators: [(ListSeparator, (String) -> [String])] = [
            (.byte(UInt8(ascii: "|")), { CellText.list($0, separator: "|") }),
            (ListSeparator("::"), { CellText.list($0, separator: "::") }),
            (ListSeparator(""), { CellText.list($0, separator: "") }),
            (.commas, { CellText.list($0, separators: [","]) }),
            (.any(of: CellText.shopSeparators), { CellText.list($0, separators: CellText.shopSeparators) }),
            (.any(of: [",", "\r", "\n"]), { CellText.list($0, separators: [",", "\r", "\n"]) }),
        ]
        for cell in Self.allCells {
            for (separator, reference) in separators {
                #expect(
                    record(cell).items(0, separator) == reference(referenceText(cell)), "cell \(cell.debugDescription)")
            }
        }
    }

    @Test func byteSizeOptionsAreTheStringOptions() {
        let split = { (text: String) in CellText.list(text, separator: "|") }
        // One table for every cell, as for a file's rows: the values met before come from it.
        var texts = TextInterner()
        for cell in Self.allCells {
            for column in ["sizes", "规格", "颜色"] {
                var options: [VariantOption] = []
                record(cell).withText(0) { bytes in
                    SpecText.options(
                        bytes, columnName: column, kind: SpecText.plainKind(of: column), separator: .byte(0x7C),
                        texts: &texts, into: &options)
                }
                #expect(options == SpecText.options(referenceText(cell), columnName: column, split: split))
            }
        }
    }

    @Test func bytePricesAreTheStringPrices() {
        var cells = Self.edgeCells + [
            "481.13", "-0", "0", "0.1", "007", "5.", ".5", "1e5", "-", "--1", "1.2.3", "123456789012345",
            "1234567890123456", "0.000000000000001", "99999999999999.9", "12,50 €", "¥59.00", "US$ 1,299", " 7 ",
        ]
        var random = SeededGenerator(seed: 7)
        for _ in 0..<5000 {
            let digits = (0..<Int(1 + random.next() % 16)).map { _ in String(random.next() % 10) }.joined()
            let point = Int(random.next() % UInt64(digits.count + 1))
            let number = point == 0 ? digits : digits.prefix(point) + "." + digits.dropFirst(point)
            cells.append(random.next() % 4 == 0 ? "-" + number : number)
        }
        for cell in cells {
            let text = referenceText(cell)
            let fromBytes = record(cell).price(0)
            #expect(fromBytes?.bitPattern == CellText.price(text)?.bitPattern, "cell \(cell.debugDescription)")
        }
    }

    @Test func plainTextFromBytesIsThePlainTextOfTheCell() {
        let cells = Self.allCells + ["<p>Soft  cotton</p>", "a &amp; b", "尺码\n\n表", "面料采用35%棉，透气舒适。"]
        for cell in cells {
            #expect(record(cell).plainText(0) == HTMLText.plainText(referenceText(cell)))
        }
    }

    /// Text that is already plain is returned as it is; the renderer, run on the same text by appending an empty
    /// inline tag, must agree, or the shortcut would change descriptions.
    @Test func theAlreadyPlainShortcutAgreesWithTheRenderer() {
        // Long texts too, so the shortcut's sixteen- and eight-bytes-at-a-time paths meet every byte they must stop
        // at; a reference or a tag it let through would come back as written, where the renderer decodes or drops it.
        let pieces = [
            "面料采用", "cotton", " ", "  ", "\n", "\n\n", "\t", "\u{A0}", "。", "\r", "\u{C}", "\u{1}", "x", "&amp;",
            "<i>y</i>",
        ]
        var random = SeededGenerator(seed: 5)
        let texts = (0..<3000).map { _ in
            (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
        for text in Self.allCells + texts {
            #expect(HTMLText.plainText(text) == HTMLText.plainText(text + "<b></b>"), "text \(text.debugDescription)")
        }
    }
}
