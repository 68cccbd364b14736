@testable import ListingAudit

extension Listing {
    /// A listing of `format` with one picture at `url`, read from line 2 of `test.csv` (image-rule tests).
    static func withOneImage(_ url: String, id: String, title: String, format: ExportFormat) -> Listing {
        let here = SourceLocation(file: "test.csv", line: 2)
        return Listing(
            id: id, title: title, images: [ListingImage(url: url, position: 1, location: here)], format: format,
            location: here)
    }
}
