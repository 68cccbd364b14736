/// Decides the reports' language once, before any report is written: the language asked for, else Chinese when any
/// input is a Chinese export, else English. The listing export tells by the format the listing stage read its
/// header as; the refund and order exports by their headers, which this stage reads by opening them for their stages
/// to read on from (`OpenedExport`): no input is read twice, and none beyond its header here.
enum LanguageStage {
    /// What the stage hands on: the refund and order exports, opened for their stages, and the language every
    /// report is written in.
    typealias Output = (refunds: OpenedExport<RefundExport>, orders: OpenedExport<OrderExport>, language: Language)

    /// Opens the refund and order exports `options` names and decides the language from them and `listings`.
    static func run(_ options: AuditOptions, listings: ExportRead) -> Output {
        let refunds = OpenedExport<RefundExport>(
            path: options.refundsPath, mapping: options.refundMapping, reading: RefundChunkWork.fields,
            progress: options.progress)
        // Standard input is one stream: an order export on it after a refund export on it cannot be opened before
        // the refunds are read (it would take their rows); its stage opens it, and finds the stream they ended.
        let orders = OpenedExport<OrderExport>(
            path: options.ordersPath, mapping: options.orderMapping, reading: OrderChunkWork.fields,
            progress: options.progress, ahead: options.ordersPath != "-" || options.refundsPath != "-")
        let isChinese = listings.isChinese || refunds.isChinese || orders.isChinese
        return (refunds, orders, options.language ?? (isChinese ? .zh : .en))
    }
}
