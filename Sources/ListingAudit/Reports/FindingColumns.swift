/// The one layout of a finding, the same in every findings writer (`check`'s csv, json, text and github formats and
/// the audit's `findings.csv`): which listing (id, then the product's title), which rule (id, then its title), how
/// bad, what is wrong, the evidence, the fix, and where (file, line, column).
public enum FindingColumns {
    /// The columns in order; JSON uses the English header ids as its keys.
    public static let all: [OutputColumn] = [
        .listingID, .title, .ruleID, .rule, .severity, .message, .evidence, .fix, .file, .line, .column,
    ]
}
