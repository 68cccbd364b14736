import Foundation
import Testing
@testable import ListingAudit

/// Public CSV test suites under `../shared/real-exports`, read at run time (skipped when absent).
@Suite struct CSVRealExportsTests {
    private static func records(_ url: URL) throws -> (DelimitedFile, [CSVRecord]) {
        let file = try DelimitedFile(path: url.path)
        var records: [CSVRecord] = []
        while let record = try file.next() { records.append(record) }
        return (file, records)
    }

    /// Keys whose expected value upstream does not match its own CSV (the phone number differs in the JSON).
    private static let upstreamMismatches: [String: Set<String>] = [
        "location_coordinates.csv": ["Contact Phone Number"],
    ]
    /// `37°36'37.8"N` has bare quotes in an unquoted field: kept as text (as the JSON expects) and reported.
    private static let expectedIssues: [String: [CSVIssue]] = [
        "location_coordinates.csv": [
            CSVIssue(kind: .quoteInUnquotedField, line: 2, column: 2),
            CSVIssue(kind: .quoteInUnquotedField, line: 2, column: 2),
        ],
    ]

    @Test(TestPaths.needsRealExports) func csvSpectrumMatchesExpectedJSON() throws {
        let folder = try #require(TestPaths.realExports).appendingPathComponent("csv-spectrum")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("csvs").path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        #expect(names.count >= 12)
        for name in names {
            let csv = folder.appendingPathComponent("csvs").appendingPathComponent(name)
            let jsonURL = folder.appendingPathComponent("json")
                .appendingPathComponent(name.replacingOccurrences(of: ".csv", with: ".json"))
            let parsed = try JSONSerialization.jsonObject(with: Data(contentsOf: jsonURL))
            // Most files hold an array of objects; one holds a single object.
            let objects = (parsed as? [[String: String]]) ?? [(parsed as? [String: String]) ?? [:]]
            let (file, records) = try Self.records(csv)
            #expect(file.dialect.delimiter == UInt8(ascii: ","), "\(name)")
            #expect(file.encoding == .utf8, "\(name)")
            let header = try #require(records.first, "\(name)").fields
            let ignored = Self.upstreamMismatches[name] ?? []
            let rows = records.dropFirst().map { record in
                Dictionary(uniqueKeysWithValues: zip(header, record.fields)).filter { !ignored.contains($0.key) }
            }
            #expect(rows == objects.map { $0.filter { !ignored.contains($0.key) } }, "\(name)")
            #expect(records.flatMap(\.issues) == (Self.expectedIssues[name] ?? []), "\(name)")
        }
    }

    /// Expected record counts, checked independently with Python's `csv` module (non-empty records; blank lines are
    /// not records), in `../shared/real-exports/w3c-csvw-tests`:
    /// `python3 -c 'import csv,sys; [print(n, sum(1 for r in csv.reader(open(n, newline="", encoding="utf-8-sig"),
    /// delimiter="\t" if n.endswith(".tsv") else ",") if r)) for n in sys.argv[1:]]' countries.csv manifest.csv …`
    private static let csvwCounts: [String: Int] = [
        "countries.csv": 4, "manifest.csv": 302, "test001.csv": 9, "test002.csv": 9, "test003.csv": 9,
        "test005.csv": 13, "test006.csv": 7, "test007.csv": 7, "test008.csv": 4, "test009.csv": 4, "test010.csv": 5,
        "test019.csv": 2, "test020.csv": 3, "test021.csv": 3, "test022.csv": 3, "test034-junior-roles.csv": 3,
        "test051.csv": 5, "test052.csv": 5, "test055.csv": 5, "test056.csv": 3, "tree-ops.csv": 3, "tree-ops.tsv": 3,
    ]

    @Test(TestPaths.needsRealExports) func w3cCSVWFilesReadWithoutIssues() throws {
        let folder = try #require(TestPaths.realExports).appendingPathComponent("w3c-csvw-tests")
        for (name, expected) in Self.csvwCounts.sorted(by: { $0.key < $1.key }) {
            let (file, records) = try Self.records(folder.appendingPathComponent(name))
            #expect(records.count == expected, "\(name)")
            #expect(records.allSatisfy { $0.issues.isEmpty }, "\(name)")
            #expect(file.dialect.delimiterName == (name.hasSuffix(".tsv") ? "tab" : "comma"), "\(name)")
            if name != "test055.csv" {
                #expect(records.map(\.line) == Array(1...records.count), "\(name)")
            }
        }
    }

    @Test(TestPaths.needsRealExports) func carriageReturnOnlyManifestKeepsItsShape() throws {
        let url = try #require(TestPaths.realExports).appendingPathComponent("w3c-csvw-tests/manifest.csv")
        let (_, records) = try Self.records(url)
        #expect(records.first?.fields.prefix(3) == ["test", "name", "comment"])
        // collections.Counter(len(r) for r in csv.reader(open("manifest.csv", newline="")) if r) == {11: 209, 8: 93}
        #expect(records.filter { $0.count == 11 }.count == 209)
        #expect(records.filter { $0.count == 8 }.count == 93)
        #expect(records.last?.line == 302)
    }

    @Test(TestPaths.needsRealExports) func tabAndCommaVersionsOfOneTableAgree() throws {
        let folder = try #require(TestPaths.realExports).appendingPathComponent("w3c-csvw-tests")
        let comma = try Self.records(folder.appendingPathComponent("tree-ops.csv")).1.map(\.fields)
        let tab = try Self.records(folder.appendingPathComponent("tree-ops.tsv")).1.map(\.fields)
        #expect(comma == tab)
        #expect(comma.first?.count == 5)
    }

    @Test(TestPaths.needsRealExports) func blankRowsAreSkippedButRowsOfEmptyFieldsAreKept() throws {
        let url = try #require(TestPaths.realExports).appendingPathComponent("w3c-csvw-tests/test055.csv")
        let (file, records) = try Self.records(url)
        #expect(records.map(\.line) == [1, 2, 3, 4, 5])
        #expect(records[1].fields == ["", "", "", "", ""])
        #expect(file.reader.blankLines == 1)
    }
}
