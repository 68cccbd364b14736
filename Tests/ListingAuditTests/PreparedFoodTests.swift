import Testing

@testable import ListingAudit

/// Prepared food (a meal, a side dish, a salad, a dessert) is food asked for its ingredients and its portion, not its
/// net content, material or box contents. Its names decide in a category path or product type, as the head of a
/// segment; the prepared-food type decides before a container word in the title (a meal named a bowl is no bowl).
@Suite struct PreparedFoodTests {
    private func facts(title: String, category: String = "", type: String = "") -> ListingFacts {
        ListingFacts(RuleExample(title: title, category: category, productType: type).listing)
    }

    @Test(arguments: [
        "Prepared Meal", "Meal", "Side Dish", "Salad", "Dessert", "Desserts", "熟食", "预制正餐", "甜品", "沙拉",
        "Food, Beverages & Tobacco > Food Items > Prepared Foods > Prepared Meals & Entrées",
        "饮食/烟酒 > 食品 > 熟食 > 预制开胃菜/配菜", "Food Items > Bakery > Cakes & Dessert Bars > Cakes",
    ])
    func preparedFoodTypesAndCategoriesDecide(_ type: String) {
        let facts = facts(title: "Chef's special", type: type)
        #expect(facts.profile == .food)
        #expect(facts.isPreparedFood)
    }

    /// A prepared food's name that is not the head of its segment names something else.
    @Test(arguments: [
        "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Salad Spinners",
        "Home & Garden > Kitchen & Dining > Bakeware > Cake Pans", "厨房用品 > 烘焙工具 > 蛋糕模具",
        "Food Items > Condiments & Sauces > Dessert Toppings",
    ])
    func aNameInsideAnotherMakesNoPreparedFood(_ category: String) {
        #expect(!facts(title: "New arrival", category: category).isPreparedFood)
    }

    /// Titles are read as before: a salad bowl is a bowl, and a meal's name alone in a title decides nothing.
    @Test func titlesDoNotReadPreparedFoodNames() {
        #expect(facts(title: "Bamboo Salad Bowl").profile == .homeGoods)
        #expect(!facts(title: "Grilled Chicken Caesar Salad").isPreparedFood)
        #expect(!facts(title: "鸡胸肉沙拉").isPreparedFood)
        #expect(facts(title: "Chocolate Cupcake").profile == .food)
        #expect(!facts(title: "Chocolate Cupcake").isPreparedFood)
    }

    @Test func theTypeDecidesBeforeAContainerWordInTheTitle() {
        let bowl = facts(title: "Teriyaki Chicken Bowl", type: "Meal")
        #expect(bowl.profile == .food && bowl.isPreparedFood)
        #expect(!MissingDimensionsRule.lacksDimensions(bowl))
        let chinese = facts(title: "照烧鸡肉饭碗", type: "便当")
        #expect(chinese.profile == .food && chinese.isPreparedFood)
    }

    @Test func aPreparedMealIsAskedForItsPortionNotItsNetContent() throws {
        let meal = RuleExample(
            title: "Beef Stroganoff", description: "Tender beef in a creamy mushroom sauce.", productType: "Meal")
        let missing = try #require(MissingProfileFactsRule().findings(for: meal.listing).first)
        #expect(missing.message.en == "Food listings need the portion (g / ml per serving, or pieces); none found in "
            + "the title, description or attributes")
        #expect(missing.message.zh == "食品需要写明份量（每份克数/毫升数或件数），标题、描述和属性里都没有找到")
        let thin = try #require(ThinDescriptionRule().findings(for: meal.listing).first)
        #expect(thin.message.en.hasSuffix("this kind of product needs: ingredients"))
        #expect(thin.message.zh.hasSuffix("这类商品需要：配料/成分"))
    }

    @Test(arguments: ["Box of 6 pieces, almond flour.", "350 g per serving.", "一盒6个，杏仁粉。", "每份350克。"])
    func piecesOrAServingsWeightAreItsPortion(_ description: String) {
        let dessert = RuleExample(title: "Almond Brownies", description: description, productType: "Dessert")
        #expect(MissingProfileFactsRule().findings(for: dessert.listing).isEmpty)
    }

    /// A count of the product's own pieces is its portion where the type is sold by the piece: the noun the title
    /// ends with after a number (a word or two between), or a Chinese classifier of pieces.
    @Test(arguments: ["A box of 6 soft cookies.", "Baked daily: 12 protein oat cookies.", "一盒12块，现烤。", "每盒6枚。"])
    func aCountOfItsOwnPiecesIsItsPortion(_ description: String) {
        let cookies = RuleExample(title: "Protein Cookies", description: description, productType: "Dessert")
        #expect(MissingProfileFactsRule().findings(for: cookies.listing).isEmpty)
        #expect(ThinDescriptionRule().findings(for: cookies.listing).isEmpty)
    }

    /// A number before another noun counts nothing of the product (`2 kinds`, `180 calories`), nor one the title's
    /// noun follows only after a comma.
    @Test(arguments: ["Soft-baked with 2 kinds of chocolate.", "Only 180 calories each.", "Fresh in 2 days, cookies.",
        "选用2种坚果，现烤。"])
    func aNumberBeforeAnotherNounIsNoPortion(_ description: String) throws {
        let cookies = RuleExample(title: "Protein Cookies", description: description, productType: "Dessert")
        let missing = try #require(MissingProfileFactsRule().findings(for: cookies.listing).first)
        #expect(missing.message.en.hasPrefix("Food listings need the portion"))
    }

    /// The fix asks for what the finding asks: the portion of prepared food, in both languages.
    @Test func theFixAsksPreparedFoodForItsPortion() {
        let fix = MissingProfileFactsRule.description.fix
        #expect(fix.en.contains("the portion (g or ml per serving, or pieces) for prepared meals and desserts"))
        #expect(fix.zh.contains("熟食、餐食和甜品写每份份量（克数、毫升数或件数）"))
    }

    /// Packaged food keeps its net content: a count of pieces is no net content.
    @Test func packagedFoodIsStillAskedForItsNetContent() throws {
        let cookies = RuleExample(title: "Butter cookies", description: "Box of 12 pieces.", productType: "Snacks")
        let missing = try #require(MissingProfileFactsRule().findings(for: cookies.listing).first)
        #expect(missing.message.en.hasPrefix("Food listings need the net content (g / ml)"))
    }

    /// Without `description.missing_profile_facts` in the run, the portion is `description.thin`'s to ask.
    @Test func thinAsksForThePortionWhereNoOtherFindingDoes() throws {
        var only = AuditConfiguration()
        only.onlyRules = ["description.thin"]
        let meal = RuleExample(title: "照烧鸡肉饭", description: "午餐的好选择，加热即食。", productType: "熟食").listing
        let thin = try #require(RuleEngine(configuration: only).run(listings: [meal]).first)
        #expect(thin.message.zh.hasSuffix("这类商品需要：配料/成分、份量（每份克数/毫升数或件数）"))
        #expect(thin.message.en.hasSuffix("needs: ingredients, portion (g / ml per serving, or pieces)"))
    }
}
