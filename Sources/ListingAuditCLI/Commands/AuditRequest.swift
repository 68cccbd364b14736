import Foundation
import ListingAudit

/// The `audit` command's arguments, checked: where the inputs are, where to write, and how to report.
struct AuditRequest {
    var folder: String?
    var listings: String?
    var refunds: String?
    var orders: String?
    var out: String?
    var config: String?
    var platform: String?
    var language: Language?
    var top = 8
    var failOn = FailOn.error

    static func parse(_ arguments: ParsedArguments, command: String) -> Result<AuditRequest, UsageError> {
        typealias Options = AuditCommand.Options
        var request = AuditRequest()
        guard arguments.positionals.count <= 1 else {
            let message = LocalizedText(zh: "最多只能给一个 <folder>。", en: "Expected at most one <folder>.")
            return .failure(UsageError(message: message, command: command))
        }
        request.folder = arguments.positionals.first
        request.listings = arguments.value(Options.listings)
        request.refunds = arguments.value(Options.refunds)
        request.orders = arguments.value(Options.orders)
        request.out = arguments.value(Options.out)
        request.config = arguments.value(Options.config)
        request.platform = arguments.value(Options.platform)
        request.language = arguments.value(Options.language)
        request.failOn = arguments.value(Options.failOn)
        guard request.folder != nil || request.listings != nil else {
            let message = LocalizedText(
                zh: "请给出 <folder> 或 --listings FILE。", en: "Give a <folder> or --listings FILE.")
            return .failure(UsageError(message: message, command: command))
        }
        do {
            request.top = try arguments.value(Options.top)
        } catch {
            return .failure(error)
        }
        return .success(request)
    }

    /// The pipeline options: files found in the folder (named files win), the config loaded, the output folder.
    /// Files the folder holds that are not exports are reported on `console`.
    func options(console: Console) throws(AuditError) -> AuditOptions {
        var listings = self.listings
        var refunds = self.refunds
        var orders = self.orders
        if let folder {
            let found = try InputDiscovery.find(in: folder)
            for file in found.ignored {
                console.error("warning: \(file.path): ignored: \(file.reason)")
            }
            listings = listings ?? found.listings
            refunds = refunds ?? found.refunds
            orders = orders ?? found.orders
        }
        var configuration = AuditConfiguration()
        if let config {
            do {
                configuration = try AuditConfiguration.load(path: config, knownRuleIDs: RuleRegistry.ids)
            } catch {
                throw .configuration(error)
            }
        }
        if let platform { configuration.platform = platform }
        return AuditOptions(
            listingsPath: listings ?? "", refundsPath: refunds, ordersPath: orders,
            outputDirectory: out ?? Self.defaultOutput(), configuration: configuration, language: language)
    }

    /// `listing-audit-YYYY-MM-DD` in the current folder, dated today.
    static func defaultOutput(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return "listing-audit-" + formatter.string(from: now)
    }
}
