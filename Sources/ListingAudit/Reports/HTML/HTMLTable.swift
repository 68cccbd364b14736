/// One cell of a report table.
enum TableCell {
    /// Plain text.
    case text(String)
    /// A right-aligned number.
    case number(String)
    /// An id in monospace (rule ids, listing ids, category ids).
    case code(String)
    /// Markup built with an `HTMLBuilder` (already escaped).
    case markup(HTMLBuilder)
}

/// A column heading: its text and whether the column holds numbers.
struct TableColumn {
    var title: String
    var numeric: Bool

    init(_ title: String, numeric: Bool = false) {
        self.title = title
        self.numeric = numeric
    }

    init(_ column: OutputColumn, _ language: Language, numeric: Bool = false) {
        self.init(column.label.text(language), numeric: numeric)
    }
}

extension HTMLBuilder {
    /// A table in a horizontally scrolling box, so a wide table never widens the page. Each cell carries its
    /// column's title (`data-label`): on a phone the rows become stacked cards that name each value.
    mutating func table(caption: String? = nil, columns: [TableColumn], rows: [[TableCell]]) {
        element("div", ["class": "table-wrap"]) { wrap in
            wrap.element("table") { table in
                if let caption { table.element("caption", text: caption) }
                table.element("thead") { head in
                    head.element("tr") { row in
                        for column in columns {
                            row.element("th", column.numeric ? ["scope": "col", "class": "num"] : ["scope": "col"],
                                text: column.title)
                        }
                    }
                }
                table.element("tbody") { body in
                    for cells in rows {
                        body.element("tr") { row in
                            for (cell, column) in zip(cells, columns) { row.cell(cell, label: column.title) }
                        }
                    }
                }
            }
        }
    }

    private mutating func cell(_ cell: TableCell, label: String) {
        switch cell {
        case .text(let value): element("td", ["data-label": label], text: value)
        case .number(let value): element("td", ["class": "num", "data-label": label], text: value)
        case .code(let value): element("td", ["data-label": label]) { $0.element("code", text: value) }
        case .markup(let markup): element("td", ["data-label": label]) { $0.append(markup) }
        }
    }

    /// A paragraph with class `note`.
    mutating func note(_ value: String) {
        element("p", ["class": "note"], text: value)
    }
}
