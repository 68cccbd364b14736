extension HTMLReport {
    /// The id of the image health section, present only when images were probed.
    public static let imageHealthID = "image-health"

    /// How many listing rows the section shows (findings.csv has them all).
    static let imageRowLimit = 100

    /// Image health (with `--probe-images`): the totals, the listings with broken or small images (broken main
    /// images first), and the hosts.
    func imageHealth(_ health: ImageHealth, _ page: inout HTMLBuilder) {
        section(Self.imageHealthID, .imageHealth, &page) { section in
            var intro = t(
                .imageHealthIntro, NumberText.count(health.probed), NumberText.count(health.broken),
                NumberText.count(health.small), NumberText.count(health.minimumSide))
            if health.notProbed > 0 {
                intro += (language == .zh ? "" : " ") + t(.imageHealthLate, NumberText.count(health.notProbed))
            }
            section.element("p", text: intro)
            let findings = result.findings.filter { ImageHealth.listedRules.contains($0.ruleID) }
            section.element("h3", text: t(.imageListings))
            if findings.isEmpty {
                section.note(t(.noImageProblems))
            } else {
                listingRows(findings, &section)
            }
            section.element("h3", text: t(.imageHosts))
            section.table(
                columns: [
                    TableColumn(t(.imageHost)), TableColumn(t(.imagesProbed), numeric: true),
                    TableColumn(t(.imagesBroken), numeric: true), TableColumn(t(.imagesSmall), numeric: true),
                ],
                rows: health.hosts.map { host in
                    [
                        .code(host.host), .number(NumberText.count(host.probed)),
                        .number(NumberText.count(host.broken)), .number(NumberText.count(host.small)),
                    ]
                })
        }
    }

    /// The findings of broken and small images, broken main images first, at most `imageRowLimit` of them.
    private func listingRows(_ findings: [Finding], _ section: inout HTMLBuilder) {
        let titles = ruleTitles
        // A stable sort: listing order within each rank.
        let ranked = findings.enumerated().sorted {
            (imageRank($0.element.ruleID), $0.offset) < (imageRank($1.element.ruleID), $1.offset)
        }
        let shown = ranked.prefix(Self.imageRowLimit).map(\.element)
        section.table(
            columns: [
                TableColumn(.listingID, language), TableColumn(.rule, language), TableColumn(.message, language),
                TableColumn(.evidence, language),
            ],
            rows: shown.map { finding in
                [
                    .code(finding.listingID), .text(titles[finding.ruleID]?.text(language) ?? finding.ruleID),
                    .text(finding.message.text(language)), .code(finding.evidence),
                ]
            })
        if findings.count > shown.count {
            section.note(t(.imageRowsCapped, NumberText.count(shown.count)))
        }
    }

    /// Broken main images first, then other broken images, then small ones.
    private func imageRank(_ rule: String) -> Int {
        switch rule {
        case "images.broken_main": 0
        case "images.broken": 1
        default: 2
        }
    }
}
