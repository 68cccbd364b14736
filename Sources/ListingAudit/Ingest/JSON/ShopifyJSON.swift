/// Shopify Admin API product objects (`GET /admin/api/…/products.json`) as the rows of Shopify's product CSV export:
/// one row per variant (the first also carrying the product's title, body, vendor, type, tags and option names),
/// with the product's images in order down the rows, and image-only rows when there are more images than variants.
enum ShopifyJSON {
    /// The product CSV columns written.
    static let columns = [
        "Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Option1 Name", "Option1 Value", "Option2 Name",
        "Option2 Value", "Option3 Name", "Option3 Value", "Variant SKU", "Variant Price", "Variant Image", "Image Src",
        "Image Position",
    ]

    /// Whether `object` is a Shopify Admin API product: it has a `handle` and a list of `variants`.
    static func isProduct(_ object: [String: Any]) -> Bool {
        object["handle"] is String && object["variants"] is [Any]
    }

    /// The CSV rows of one product, all on the line its record starts.
    static func rows(of product: [String: Any], line: Int) -> [CSVRecord] {
        let handle = JSONRows.text(product["handle"] ?? "")
        let variants = (product["variants"] as? [[String: Any]]) ?? []
        let images = ((product["images"] as? [Any]) ?? []).map(JSONRows.text).filter { !$0.isEmpty }
        let optionNames = ((product["options"] as? [[String: Any]]) ?? []).map { JSONRows.text($0["name"] ?? "") }
        let imageByID = Dictionary(
            ((product["images"] as? [[String: Any]]) ?? []).compactMap { image -> (String, String)? in
                guard let id = image["id"] else { return nil }
                return (JSONRows.text(id), JSONRows.text(image))
            }, uniquingKeysWith: { first, _ in first })
        var rows: [CSVRecord] = []
        for index in 0..<max(1, variants.count, images.count) {
            var fields = [String](repeating: "", count: columns.count)
            fields[0] = handle
            if index == 0 {
                fields[1] = JSONRows.text(product["title"] ?? "")
                fields[2] = JSONRows.text(product["body_html"] ?? "")
                fields[3] = JSONRows.text(product["vendor"] ?? "")
                fields[4] = JSONRows.text(product["product_type"] ?? "")
                fields[5] = JSONRows.text(product["tags"] ?? "")
                for (option, name) in optionNames.prefix(3).enumerated() { fields[6 + option * 2] = name }
            }
            if index < variants.count {
                let variant = variants[index]
                for option in 0..<3 { fields[7 + option * 2] = JSONRows.text(variant["option\(option + 1)"] ?? "") }
                fields[12] = JSONRows.text(variant["sku"] ?? "")
                fields[13] = JSONRows.text(variant["price"] ?? "")
                if let imageID = variant["image_id"].map(JSONRows.text) { fields[14] = imageByID[imageID] ?? "" }
            }
            if index < images.count {
                fields[15] = images[index]
                fields[16] = "\(index + 1)"
            }
            rows.append(CSVRecord(line: line, fields: fields))
        }
        return rows
    }
}
