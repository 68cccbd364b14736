extension HTMLReport {
    /// What was read: each input with rows read, skipped (and why) and repaired, and how refunds were matched to
    /// listings.
    func coverage(_ page: inout HTMLBuilder) {
        section("coverage", .coverage, &page) { section in
            section.element("h3", text: t(.inputs))
            section.table(
                columns: [
                    TableColumn(.file, language), TableColumn(t(.format)), TableColumn(t(.encoding)),
                    TableColumn(t(.rowsRead), numeric: true), TableColumn(t(.rowsSkipped), numeric: true),
                    TableColumn(t(.repairs), numeric: true),
                ],
                rows: result.inputs.map { input in
                    [
                        .markup(inputName(input)), .code(input.format), .code(input.encoding),
                        .number(NumberText.count(input.rowsRead)), .number(NumberText.count(input.skipped)),
                        .number(NumberText.count(input.repaired)),
                    ]
                })
            for input in result.inputs {
                for (gap, listings) in input.exportGaps {
                    let note = gap.note(listings: listings).text(language)
                    section.note(input.path + (language == .zh ? "：" : ": ") + note)
                }
            }
            let skips = result.inputs.flatMap { input in input.skipReasons.map { (input, $0) } }
            section.element("h3", text: t(.skipReasons))
            if skips.isEmpty {
                section.note(t(.noSkips))
            } else {
                section.table(
                    columns: [
                        TableColumn(.file, language), TableColumn(.reason, language),
                        TableColumn(t(.rowsSkipped), numeric: true), TableColumn(t(.firstAt)),
                    ],
                    rows: skips.map { input, skip in
                        [
                            .code(input.path), .text(skip.reason(in: language)), .number(NumberText.count(skip.count)),
                            .code(skip.firstLocation?.description ?? "–"),
                        ]
                    })
            }
            let match = result.coverage
            section.element("h3", text: OutputColumn.matchedBy.label.text(language))
            section.element("p", text: t(.matchSummary, NumberText.count(match.total), NumberText.count(match.matched),
                NumberText.percent(match.matchedShare), NumberText.count(match.unmatched)))
            section.table(
                columns: [TableColumn(.matchedBy, language), TableColumn(.refunds, language, numeric: true)],
                rows: [
                    [.text(t(.matchedByID)), .number(NumberText.count(match.byListingID))],
                    [.text(t(.matchedBySKU)), .number(NumberText.count(match.bySKU))],
                    [.text(t(.matchedByTitle)), .number(NumberText.count(match.byTitle))],
                    [.text(t(.unmatched)), .number(NumberText.count(match.unmatched))],
                ])
        }
    }

    private func inputName(_ input: InputSummary) -> HTMLBuilder {
        let kind: ReportString =
            switch input.kind {
            case .listings: .kindListings
            case .refunds: .kindRefunds
            case .orders: .kindOrders
            }
        var cell = HTMLBuilder()
        cell.element("strong", text: t(kind) + " ")
        cell.element("code", text: input.path)
        return cell
    }
}
