/// The kind of product a listing sells, decided from its category path, product type, Google category and title.
/// Rules declare the profiles they apply to, so a phone case is never asked for a size chart.
public enum ProductProfile: String, Sendable, Codable, CaseIterable {
    case apparel
    case shoes
    /// Hats, gloves, belts, scarves: sized or coloured wearables that are not garments.
    case accessories
    case bags
    case jewellery
    /// Bedding, towels, curtains, rugs: dimensions and material matter.
    case homeTextiles = "home_textiles"
    case furniture
    case homeGoods = "home_goods"
    case electronics
    case beauty
    case food
    case toys
    /// Anything not recognised.
    case general
}
