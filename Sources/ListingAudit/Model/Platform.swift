/// The export format a file was read as. Chosen from the header row by the format adapters.
public enum ExportFormat: String, Sendable, Codable, CaseIterable {
    case shopify
    case wooCommerce = "woocommerce"
    case amazonListingsReport = "amazon-listings-report"
    case amazonFlatFile = "amazon-flat-file"
    case googleMerchant = "google-merchant"
    case magento
    case chineseShop = "chinese-shop"
    case taobaoAssistant = "taobao-assistant"
    case olist
    case generic
    case mapped
}
