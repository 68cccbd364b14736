import Testing

@testable import ListingAudit

@Suite struct HTMLTextTests {
    @Test func paragraphsListsAndBreaksBecomeLines() {
        let html = "<p>Soft  cotton\n tee.</p><ul><li>Machine wash</li><li>Relaxed fit</li></ul>Line<br>two"
        #expect(HTMLText.plainText(html) == "Soft cotton tee.\n\nMachine wash\nRelaxed fit\n\nLine\ntwo")
    }

    @Test func tableCellsStayReadable() {
        let html = "<table><tr><th>Length</th><td>70 cm</td></tr><tr><td>Chest</td><td> 52 cm </td></tr></table>"
        #expect(HTMLText.plainText(html) == "Length | 70 cm\nChest | 52 cm")
    }

    @Test func entitiesNumericAndNamedAreDecoded() {
        #expect(
            HTMLText.plainText("Tom &amp; Jerry&nbsp;&#8211;&#x4E2D;&eacute; &copy 5&deg;") == "Tom & Jerry –中é © 5°")
        #expect(HTMLText.plainText("&bogus; &#;") == "&bogus; &#;")
        #expect(HTMLText.plainText("a &lt;b&gt; c") == "a <b> c")
    }

    @Test func scriptsStylesAndCommentsAreDropped() {
        let html = "<style>p{color:red}</style><p>Hi<!-- note --> there</p><SCRIPT>alert('<p>x')</SCRIPT>!"
        #expect(HTMLText.plainText(html) == "Hi there\n\n!")
    }

    @Test func brokenMarkupKeepsTheText() {
        #expect(HTMLText.plainText("5 < 6 and <p>ok") == "5 < 6 and\n\nok")
        #expect(HTMLText.plainText("<b>bold <i unclosed") == "bold <i unclosed")
        #expect(HTMLText.plainText("<a href=\"x>y\">link</a>") == "link")
        #expect(HTMLText.plainText("<script>never closed") == "")
    }

    @Test func plainTextKeepsItsLineBreaks() {
        #expect(HTMLText.plainText("第一行\n第二行\n\n\n第三段  ") == "第一行\n第二行\n\n第三段")
        #expect(HTMLText.plainText("Soft <b>cotton</b>\nMade in Portugal") == "Soft cotton\nMade in Portugal")
    }

    /// Text is read eight bytes at a time, so a doubled space must be collapsed wherever it falls: inside those
    /// eight bytes, across two of them, and among the last bytes read one by one.
    @Test func doubledSpacesCollapseAtEveryOffset() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        for offset in 1..<letters.count {
            let (head, tail) = (String(letters[..<offset]), String(letters[offset...]))
            #expect(HTMLText.plainText(head + "  " + tail) == head + " " + tail, "offset \(offset)")
            #expect(HTMLText.plainText(head + " " + tail) == head + " " + tail, "offset \(offset)")
        }
    }

    @Test func attributesWithQuotesAndSelfClosingTagsAreSkipped() {
        #expect(HTMLText.plainText("<img src='a.jpg' alt=\"A > B\"/>Caption<hr/>Next") == "Caption\nNext")
    }
}
