/// Makes the adapter for a format, after checking the header has the columns that format needs.
enum AdapterFactory {
    static func make(
        format: ExportFormat, header: HeaderIndex, mapping: ColumnMapping?, location: SourceLocation
    ) throws(IngestError) -> any ListingAdapter {
        if format == .mapped {
            let mapping = mapping ?? .generic
            let missing = MappedField.allCases.compactMap { mapping.columns[$0] }.filter { header.column($0) == nil }
            guard missing.isEmpty else {
                throw .input(
                    location, zh: "列映射里的这些列在表头中没有：\(missing.joined(separator: "、"))",
                    en: "column mapping names columns the header does not have: \(missing.joined(separator: ", "))")
            }
            return tabular(.mapped, header: header, mapping: mapping)
        }
        if let signature = FormatDetector.signatures.first(where: { $0.format == format }) {
            let missing = signature.groups.filter { header.column($0) == nil }
            guard missing.isEmpty else {
                let names = missing.map { $0.joined(separator: " or ") }.joined(separator: "; ")
                let zhNames = missing.map { $0.joined(separator: " 或 ") }.joined(separator: "；")
                throw .input(
                    location, zh: "表头缺少 \(format.rawValue) 导出表需要的列：\(zhNames)",
                    en: "header lacks the columns a \(format.rawValue) export needs: \(names)")
            }
        }
        switch format {
        case .shopify: return ShopifyAdapter(header: header)
        case .generic, .mapped: return tabular(.generic, header: header, mapping: .generic)
        case .chineseShop:
            return TabularAdapter(
                format: .chineseShop, header: header, roles: ChineseShopColumns.roles,
                separator: .any(of: CellText.shopSeparators))
        case .wooCommerce: return WooCommerceAdapter(header: header)
        case .amazonListingsReport: return AmazonListingsReportAdapter(header: header)
        case .amazonFlatFile: return AmazonFlatFileAdapter(header: header)
        case .googleMerchant: return GoogleMerchantAdapter(header: header)
        case .magento: return MagentoAdapter(header: header)
        case .olist: return OlistAdapter(header: header)
        case .taobaoAssistant: return TaobaoAssistantAdapter(header: header)
        }
    }

    private static func tabular(_ format: ExportFormat, header: HeaderIndex, mapping: ColumnMapping) -> TabularAdapter {
        let roles = MappedField.allCases.compactMap { field in mapping.columns[field].map { (field, [$0]) } }
        return TabularAdapter(format: format, header: header, roles: roles, separator: ListSeparator(mapping.separator))
    }
}
