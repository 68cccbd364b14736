/// Header aliases of Chinese shop exports (抖店, 淘宝/天猫 seller centre, 拼多多 and similar): one row per SKU or per
/// product, Chinese column names.
enum ChineseShopColumns {
    static let id = ["商品ID", "商品编号", "宝贝ID", "商品编码", "产品ID", "商品货号", "货号", "款号"]
    static let title = ["商品标题", "商品名称", "宝贝标题", "宝贝名称", "标题", "商品名", "产品名称"]
    static let category = ["商品类目", "类目", "商品分类", "分类", "类目名称", "所属类目"]
    static let description = ["商品详情", "商品描述", "详情", "描述", "宝贝描述", "详情描述", "商品介绍"]
    static let colour = ["颜色分类", "颜色", "主要颜色", "色号", "颜色名称"]
    static let size = ["尺码", "尺寸", "鞋码", "码数", "规格", "规格名称", "商品规格", "SKU规格"]
    static let images = ["主图", "商品主图", "图片", "商品图片", "主图链接", "图片链接", "轮播图", "详情图"]
    static let price = ["价格", "售价", "单价", "销售价", "商品价格", "一口价", "价格(元)", "售价(元)", "SKU价格"]
    static let sku = ["SKU编码", "商家编码", "SKU ID", "SKUID", "规格编码", "SKU编号", "商家SKU编码"]
    static let brand = ["品牌", "品牌名称"]
    static let material = ["材质", "面料", "材料", "成分含量", "面料材质", "材质成分"]

    /// The alias lists per model field, in the order the report shows them.
    static let roles: [(MappedField, [String])] = [
        (.listingID, id), (.title, title), (.description, description), (.category, category), (.brand, brand),
        (.price, price), (.colours, colour), (.sizes, size), (.imageURLs, images), (.sku, sku), (.material, material),
    ]
}
