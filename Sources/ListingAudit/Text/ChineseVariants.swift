/// Traditional and variant forms of the characters shop and refund wording uses, mapped to the simplified forms the
/// lexicon is written in, so Hong Kong / Taiwan buyers and IME variants (`顔` for `颜`) match the same words.
///
/// Looked up once per CJK scalar of every comment, so the table is a flat array over U+4E00…U+9FFF (0 = keep).
enum ChineseVariants {
    static let first: UInt32 = 0x4E00
    static let last: UInt32 = 0x9FFF

    /// The simplified form of `value` (a scalar in `first...last`), or `value` itself.
    @inline(__always)
    static func simplified(_ value: UInt32) -> UInt32 {
        let mapped = table[Int(value - first)]
        return mapped == 0 ? value : UInt32(mapped)
    }

    static let table: [UInt16] = {
        let pairs = [
            "顏颜", "顔颜", "碼码", "號号", "質质", "發发", "錯错", "貨货", "壞坏", "與与", "圖图", "樣样", "變变", "過过", "長长", "緊紧", "鬆松",
            "寬宽", "運运", "遞递", "裝装", "損损", "縮缩", "線线", "開开", "膠胶", "髒脏", "漬渍", "買买", "賣卖", "歡欢", "換换", "談谈", "點点",
            "還还", "沒没", "釦扣", "數数", "場场", "單单", "張张", "遲迟", "達达", "簽签", "滿满", "誤误", "態态", "虛虚", "傳传", "說说", "實实",
            "際际", "顯显", "僅仅", "雙双", "隻只", "條条", "為为", "準准", "動动", "電电", "聲声", "機机", "連连", "問问", "題题", "舊旧", "黃黄",
            "綠绿", "藍蓝", "紅红", "淺浅", "內内", "壓压", "脹胀", "黴霉", "異异", "蟲虫", "頭头", "髮发", "腳脚", "擠挤",
        ]
        var table = [UInt16](repeating: 0, count: Int(last - first) + 1)
        for pair in pairs {
            let scalars = Array(pair.unicodeScalars)
            guard scalars.count == 2, (first...last).contains(scalars[0].value), scalars[1].value <= 0xFFFF else {
                continue
            }
            table[Int(scalars[0].value - first)] = UInt16(scalars[1].value)
        }
        return table
    }()
}
