/// One platform's fixed list of return or after-sales reasons, as the platform writes them (codes, handles and
/// display texts in every language it shows), each mapped to the taxonomy with a weight.
///
/// The tables are data: `PlatformReasonCodes` folds every name with the project's text folding and looks reasons
/// up exactly. Weights say how much a reason tells about the cause, so that a buyer's specific comment can
/// outrank a reason that says little (see `Weight`).
struct PlatformReasonTable: Sendable {
    /// How much a picked reason says about the cause.
    enum Weight {
        /// Names the cause (`APPAREL_TOO_SMALL`, 少件/漏发).
        static let specific = 3.0
        /// Names a broad family or a mood rather than a cause (`UNWANTED`, 不想要了, `comfort`): a specific comment
        /// outranks it.
        static let broad = 2.0
        /// Says the buyer gave no cause (`NO_REASON_GIVEN`, 七天无理由).
        static let noCause = 1.0
        /// Says nothing (`OTHER`, 其他).
        static let nothing = 0.1
    }

    /// Reasons sharing a category and a weight.
    struct Group: Sendable {
        let category: RefundCategory
        let weight: Double
        let names: [String]

        init(_ category: RefundCategory, _ weight: Double, _ names: [String]) {
            self.category = category
            self.weight = weight
            self.names = names
        }

        /// Specific reasons (`Weight.specific`).
        init(_ category: RefundCategory, _ names: [String]) {
            self.init(category, Weight.specific, names)
        }
    }

    /// The platform and the screen, report or API the list comes from, and how it was written down.
    let source: String
    let groups: [Group]

    /// Every table the classifier knows, in lookup order (a name listed by two tables must agree; a test checks).
    static let all: [PlatformReasonTable] = [
        amazon, shopifyLegacy, shopifyDefinitions, taobao, douyin, pinduoduo, jd, genericChinese, korean,
    ]
}
