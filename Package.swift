// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ListingAudit",
    products: [
        .library(name: "ListingAudit", targets: ["ListingAudit"]),
        .executable(name: "listing-audit", targets: ["ListingAuditCLI"]),
    ],
    targets: [
        // The engine: ingest, model, rules, refunds, ranking, reports.
        .target(name: "ListingAudit"),
        // The thin command-line shell: parse arguments, call the engine, print, set the exit code.
        .executableTarget(name: "ListingAuditCLI", dependencies: ["ListingAudit"]),
        .testTarget(name: "ListingAuditTests", dependencies: ["ListingAudit", "ListingAuditCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
