extension ReportString {
    /// The template in both languages.
    public var text: LocalizedText {
        switch self {
        case .documentTitle: LocalizedText(zh: "商品体检报告 · %1", en: "Listing audit · %1")
        case .generatedBy: LocalizedText(zh: "listing-audit %1 · 体检日期 %2", en: "listing-audit %1 · audit of %2")
        case .contents: LocalizedText(zh: "目录", en: "Contents")
        case .basisOrders:
            LocalizedText(zh: "按每单关联退款率排名（已提供订单数据）", en: "Ranked by linked refunds per order (orders given)")
        case .basisCounts:
            LocalizedText(zh: "按关联退款笔数排名（未提供订单数据）", en: "Ranked by linked refund counts (no order export)")
        case .basisSeverity:
            LocalizedText(zh: "按问题严重程度排名（未提供退款数据）", en: "Ranked by severity (no refund export given)")
        case .noRefundExport:
            LocalizedText(zh: "未提供退款导出，无法统计退款", en: "No refund export was given: refunds not counted")
        case .noOrders: LocalizedText(zh: "无订单", en: "no orders")
        case .statistics: LocalizedText(zh: "统计细节", en: "The statistics")
        case .statisticsNote:
            LocalizedText(
                zh: "本商品关联退款率 %1；考虑订单数后的估计值 %2（订单少时向全店水平靠拢）；无此问题的同类商品 %3。",
                en: "This listing's linked refund rate %1; estimate allowing for its number of orders %2 (few orders "
                    + "pull it toward the shop's level); similar listings without the problem %3.")
        case .summary: LocalizedText(zh: "概览", en: "At a glance")
        case .listings: LocalizedText(zh: "商品", en: "Listings")
        case .listingsWithFindings: LocalizedText(zh: "%1 个有问题", en: "%1 with findings")
        case .findings: LocalizedText(zh: "问题", en: "Findings")
        case .refunds: LocalizedText(zh: "退款", en: "Refunds")
        case .refundAmount: LocalizedText(zh: "退款金额 %1", en: "%1 refunded")
        case .linkedShare: LocalizedText(zh: "关联退款占比", en: "Share of refunds linked to listing problems")
        case .linkedShareNote: LocalizedText(zh: "%2 笔中的 %1 笔", en: "%1 of %2 refunds")
        case .moneyAtStake: LocalizedText(zh: "可挽回金额", en: "Money at stake")
        case .moneyAtStakeNote:
            LocalizedText(zh: "修改后约可避免 %1 笔退款", en: "about %1 refunds a fix could prevent")
        case .fixList: LocalizedText(zh: "优先修改清单", en: "What to fix first")
        case .fixListIntro:
            LocalizedText(
                zh: "按修改后可避免的退款排序，先改排在前面的商品。", en: "Ordered by the refunds a fix can prevent: start at the top.")
        case .fixListShown:
            LocalizedText(
                zh: "显示前 %1 个，共 %2 个有问题的商品；完整列表见 priorities.csv。",
                en: "Showing the top %1 of %2 listings with findings; priorities.csv has them all.")
        case .noPriorities: LocalizedText(zh: "没有需要修改的商品。", en: "No listing needs fixing.")
        case .why: LocalizedText(zh: "原因", en: "Why")
        case .topFix: LocalizedText(zh: "首要修改", en: "Fix first")
        case .linkedCategories: LocalizedText(zh: "关联退款类别", en: "Linked refund categories")
        case .findingsAndEvidence: LocalizedText(zh: "问题与证据", en: "Findings and evidence")
        case .noFindingsForListing: LocalizedText(zh: "未发现问题。", en: "No findings.")
        case .newProduct: LocalizedText(zh: "新品，暂无订单和退款", en: "New product, no orders or refunds yet")
        case .refundReasons: LocalizedText(zh: "退款原因", en: "Refund reasons")
        case .refundReasonsChart: LocalizedText(zh: "各类别退款笔数", en: "Refunds by reason category")
        case .refundReasonsSummary:
            LocalizedText(zh: "共 %1 笔退款，最多的类别是%2（%3 笔）。", en: "%1 refunds; the largest category is %2 (%3).")
        case .fulfilmentNote:
            LocalizedText(
                zh: "其中 %1 笔（%2）是包装、快递或库存问题，修改商品页无法避免。",
                en: "%1 of them (%2) are packing, courier or stock problems that no listing fix prevents.")
        case .noRefunds: LocalizedText(zh: "没有读到退款。", en: "No refunds were read.")
        case .refundsAxis: LocalizedText(zh: "退款笔数", en: "Refunds")
        case .pareto: LocalizedText(zh: "各商品的关联退款", en: "Linked refunds by listing")
        case .paretoChart:
            LocalizedText(
                zh: "关联退款帕累托图：柱为笔数，折线为累计占比",
                en: "Pareto chart: bars are counts, the line the cumulative share")
        case .paretoSummary:
            LocalizedText(
                zh: "前 %1 个商品占全部关联退款的 %2，优先修改它们收益最大。",
                en: "The top %1 listings hold %2 of all linked refunds: fixing them pays most.")
        case .paretoEmpty: LocalizedText(zh: "暂无与问题关联的退款。", en: "No refunds are linked to findings yet.")
        case .cumulativeShare: LocalizedText(zh: "累计占比", en: "Cumulative share")
        case .otherListings: LocalizedText(zh: "其余 %1 个", en: "%1 others")
        case .findingsByRule: LocalizedText(zh: "各规则发现的问题", en: "Findings by rule")
        case .findingsByRuleChart: LocalizedText(zh: "各规则的问题数", en: "Findings per rule")
        case .findingsByRuleSummary:
            LocalizedText(zh: "%1 条规则共发现 %2 个问题。", en: "%1 rules found %2 findings.")
        case .findingsAxis: LocalizedText(zh: "问题数", en: "Findings")
        case .noFindings: LocalizedText(zh: "没有发现问题。", en: "No findings.")
        case .evidence: LocalizedText(zh: "全店证据：有无问题的退款率对比", en: "Shop evidence: refund rate with vs without")
        case .evidenceIntroOrders:
            LocalizedText(
                zh: "每条规则：有此问题与没有此问题的商品，其关联类别的每单退款率；区间为 95% 置信区间。",
                en: "Per rule: linked-category refunds per order for listings with the finding against those "
                    + "without; intervals are 95%.")
        case .evidenceIntroCounts:
            LocalizedText(
                zh: "每条规则：有此问题与没有此问题的商品中，出现关联类别退款的商品比例；区间为 95% 置信区间。",
                en: "Per rule: share of listings with a linked-category refund, with the finding against without; "
                    + "intervals are 95%.")
        case .credible: LocalizedText(zh: "差异可信", en: "Credible")
        case .notConclusive: LocalizedText(zh: "证据不足", en: "Not conclusive")
        case .noEvidence: LocalizedText(zh: "没有可比较的规则。", en: "No rule to compare.")
        case .unexplained: LocalizedText(zh: "退款多但商品页无问题", en: "Refund-heavy listings with no findings")
        case .unexplainedIntro:
            LocalizedText(
                zh: "这些商品退款多，但商品页没有发现问题：请检查货源、质量或物流。",
                en: "Many refunds but nothing wrong in the listing: check the supplier, quality or courier.")
        case .fulfilmentListings: LocalizedText(zh: "物流与仓储退款最多的商品", en: "Most fulfilment refunds")
        case .coverage: LocalizedText(zh: "数据覆盖", en: "Coverage")
        case .inputs: LocalizedText(zh: "读取的文件", en: "Files read")
        case .kindListings: LocalizedText(zh: "商品", en: "Listings")
        case .kindRefunds: LocalizedText(zh: "退款", en: "Refunds")
        case .kindOrders: LocalizedText(zh: "订单", en: "Orders")
        case .rowsRead: LocalizedText(zh: "读取行数", en: "Rows read")
        case .rowsSkipped: LocalizedText(zh: "跳过行数", en: "Rows skipped")
        case .repairs: LocalizedText(zh: "已修复处", en: "Repairs")
        case .format: LocalizedText(zh: "格式", en: "Format")
        case .encoding: LocalizedText(zh: "编码", en: "Encoding")
        case .skipReasons: LocalizedText(zh: "跳过原因", en: "Why rows were skipped")
        case .firstAt: LocalizedText(zh: "首次出现", en: "First at")
        case .noSkips: LocalizedText(zh: "没有跳过任何行。", en: "No row was skipped.")
        case .matchSummary:
            LocalizedText(
                zh: "%1 笔退款中 %2 笔（%3）匹配到商品，%4 笔未能匹配。",
                en: "%2 of %1 refunds (%3) were matched to a listing; %4 were not.")
        case .matchedByID: LocalizedText(zh: "按商品ID匹配", en: "Matched by listing ID")
        case .matchedBySKU: LocalizedText(zh: "按SKU匹配", en: "Matched by SKU")
        case .matchedByTitle: LocalizedText(zh: "按标题匹配", en: "Matched by title")
        case .unmatched: LocalizedText(zh: "未匹配", en: "Unmatched")
        case .history: LocalizedText(zh: "与上次体检相比", en: "Since the last audit")
        case .historyIntro:
            LocalizedText(zh: "上次体检：%1；历史记录共 %2 次体检。", en: "Previous audit: %1; %2 audits in the history.")
        case .firstAudit:
            LocalizedText(zh: "这是第一次体检，下次体检将显示变化。", en: "This is the first audit: the next one will show changes.")
        case .newFindings: LocalizedText(zh: "新增问题", en: "New findings")
        case .fixedFindings: LocalizedText(zh: "已修复的问题", en: "Fixed findings")
        case .openFindings: LocalizedText(zh: "持续未修复的问题", en: "Findings still open")
        case .rateChanges: LocalizedText(zh: "每单关联退款率的变化", en: "Changes in linked refunds per order")
        case .nothingChanged: LocalizedText(zh: "无变化。", en: "No change.")
        case .historyRowsCapped:
            LocalizedText(
                zh: "只列出前 %1 行，另有 %2 行未列出；完整数据见 trend.csv 和 findings.csv。",
                en: "Only the first %1 rows are listed; %2 more are not. trend.csv and findings.csv hold them all.")
        case .rose: LocalizedText(zh: "上升", en: "Rose")
        case .fell: LocalizedText(zh: "下降", en: "Fell")
        case .auditsOpen: LocalizedText(zh: "连续 %1 次体检（自 %2）", en: "%1 audits in a row (since %2)")
        case .fixEffects: LocalizedText(zh: "修改有效吗？", en: "Did the fix work?")
        case .fixEffectsIntro:
            LocalizedText(
                zh: "已修复问题的商品：问题存在期间与修复之后的退款对比（括号内为退款笔数/订单数）。",
                en: "Listings whose findings were fixed: refunds while the finding was open against after the fix "
                    + "(refunds / orders in brackets).")
        case .measureLinked: LocalizedText(zh: "所修规则关联类别的退款", en: "refunds in the fixed rules' categories")
        case .measureAll: LocalizedText(zh: "全部退款（未记录类别）", en: "all refunds (categories not recorded)")
        case .perAudit: LocalizedText(zh: "%1 笔/次体检", en: "%1 per audit")
        case .reappeared: LocalizedText(zh: "问题又出现了", en: "Finding came back")
        case .noFixes: LocalizedText(zh: "历史记录中还没有修复。", en: "No fix in the history yet.")
        case .severityError: LocalizedText(zh: "错误", en: "Error")
        case .severityWarning: LocalizedText(zh: "警告", en: "Warning")
        case .severityAdvice: LocalizedText(zh: "建议", en: "Advice")
        case .outputs: LocalizedText(zh: "输出文件", en: "Outputs")
        case .historyWarnings: LocalizedText(zh: "历史记录警告", en: "History warnings")
        case .topListings: LocalizedText(zh: "优先修改", en: "Fix first")
        case .terminalHistory:
            LocalizedText(
                zh: "与上次体检（%1）相比：新增 %2 个问题，修复 %3 个，%4 个仍未修复",
                en: "Since the last audit (%1): findings new %2, fixed %3, still open %4")
        case .terminalFix: LocalizedText(zh: "修改效果 %1（%2 修复）：%3 → %4", en: "Fix check %1 (fixed %2): %3 → %4")
        case .terminalRate:
            LocalizedText(zh: "每单关联退款率变化 %1：%2 → %3", en: "Linked refunds per order %1: %2 → %3")
        case .historyFolder: LocalizedText(zh: "历史记录：%1", en: "History: %1")
        case .cause: LocalizedText(zh: "可否通过改商品页避免", en: "Preventable by a listing fix")
        case .causeListing: LocalizedText(zh: "可以（商品页问题）", en: "Yes: listing content")
        case .causeFulfilment:
            LocalizedText(zh: "不可以（包装/快递/库存，图中橙红色条）", en: "No: packing, courier or stock (orange-red bars)")
        case .causeOther: LocalizedText(zh: "未关联任何规则", en: "No rule links to it")
        case .trendRate: LocalizedText(zh: "每次体检的每单关联退款率", en: "Linked refunds per order, per audit")
        case .trendCount: LocalizedText(zh: "每次体检的关联退款笔数", en: "Linked refunds per audit")
        case .trendSummary:
            LocalizedText(zh: "%3 次体检中，关联退款从 %1 变为 %2。", en: "Over %3 audits, linked refunds went from %1 to %2.")
        case .imageHealth: LocalizedText(zh: "图片健康", en: "Image health")
        case .imageHealthIntro:
            LocalizedText(
                zh: "已检查 %1 张图片：%2 张打不开，%3 张长边小于 %4 像素。",
                en: "%1 images probed: %2 broken, %3 under %4 px on their longer side.")
        case .imageHealthLate:
            LocalizedText(zh: "另有 %1 张因时间用完未检查。", en: "%1 more were not reached in time.")
        case .imageListings: LocalizedText(zh: "有问题图片的商品", en: "Listings with broken or small images")
        case .imageHosts: LocalizedText(zh: "按图片服务器", en: "By image host")
        case .imageHost: LocalizedText(zh: "图片服务器", en: "Host")
        case .imagesProbed: LocalizedText(zh: "已检查", en: "Probed")
        case .imagesBroken: LocalizedText(zh: "打不开", en: "Broken")
        case .imagesSmall: LocalizedText(zh: "尺寸不足", en: "Too small")
        case .noImageProblems: LocalizedText(zh: "没有打不开或尺寸不足的图片。", en: "No broken or small images.")
        case .imageRowsCapped:
            LocalizedText(zh: "仅显示前 %1 条，完整列表见 findings.csv。", en: "The first %1 are shown; findings.csv has them all.")
        }
    }
}
