/// How many rows a report table holds, against what a spreadsheet opens. Excel and WPS open at most 1,048,576 rows
/// of a sheet and leave out the rest (Excel with one notice a shop owner easily clicks away, WPS with none), so a table
/// longer than that is named on the terminal with what to do instead: the file itself holds every row.
public struct SpreadsheetRows: Sendable, Equatable {
    /// The most rows Excel and WPS open in one sheet, the header included.
    public static let limit = 1_048_576

    /// The file's name in the output folder, or the path of a file written on its own (`check -o FILE`).
    public var file: String
    /// Its rows, the header included.
    public var rows: Int

    public init(file: String, rows: Int) {
        self.file = file
        self.rows = rows
    }

    /// Whether a spreadsheet leaves rows of the file out.
    public var exceedsLimit: Bool { rows > Self.limit }

    /// The warning naming the file (as `shownAs`, its path, when given), its rows and the rows a spreadsheet leaves
    /// out, in `language`.
    public func warning(_ language: Language, shownAs: String? = nil) -> String {
        let file = shownAs ?? file
        let rows = NumberText.count(rows)
        let limit = NumberText.count(Self.limit)
        let leftOut = NumberText.count(self.rows - Self.limit)
        return language == .zh
            ? "警告：\(file) 共 \(rows) 行，Excel 和 WPS 一张表最多打开 \(limit) 行，后面 \(leftOut) 行打开时看不到："
                + "请先按列筛选或拆分后再用表格软件打开，或用数据库、脚本读取"
            : "warning: \(file) has \(rows) rows; Excel and WPS open at most \(limit) rows of a sheet, so the last "
                + "\(leftOut) would not show: filter or split it before opening it in a spreadsheet, or read it "
                + "with a database or a script"
    }
}
