/// The tool's version, printed by `--version` and written into reports.
public enum ListingAuditVersion {
    public static let current = "0.1.0"
}
