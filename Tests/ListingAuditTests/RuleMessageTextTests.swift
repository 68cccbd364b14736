import Foundation
import Testing

@testable import ListingAudit

/// The messages that carry arguments (phrases, counts, kinds of fact) on the documented examples that need only a
/// title and a description (description, colour and size rules), in both languages: the texts of `listing-audit
/// check` at fc35df4 with `--lang zh` and `--lang en`, except where a message was changed on purpose since:
/// `description.thin` names only the kinds of fact the title does not state already (E11, E47, E48, E50; session 18);
/// E3's `凉席` is known as a home textile by its head noun `席` (`HeadNouns`), which asks it for its material
/// (session 24); `description.thin` leaves out what another finding on the listing asks for (E13, E28–E37, E41–E43,
/// E45: a garment's material, dimensions; session 41).
/// A change to how or when messages are made (rendering them only when an output writes them, say) must keep every
/// one of these texts.
@Suite struct RuleMessageTextTests {
    /// Rules' triggering examples (`listing-audit explain`) with a title and a description only, as a generic export.
    private static let examples: [(id: String, title: String, description: String)] = [
        ("E1", "Women's Leather Crossbody Bag", "Adjustable strap, zip closure."),
        ("E2", "纯棉浴巾 加厚吸水", "规格：70×140cm，全棉。"),
        ("E3", "冰丝凉席 多色可选", "三件套，可机洗。"),
        ("E4", "夏季纯棉T恤", "详情见图"),
        ("E5", "真皮单肩包", "如图所示！！！"),
        ("E6", "Linen shirt", "See photos."),
        ("E7", "Wool scarf", "  as shown  "),
        ("E8", "Wool scarf", "N/A"),
        ("E9", "Linen shirt", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."),
        ("E10", "Canvas tote", "Pellentesque habitant morbi tristique senectus et netus."),
        ("E11", "实木餐桌", "尺寸以实物为准，图片仅供参考。"),
        ("E12", "羊毛围巾", "羊毛材质，颜色存在色差，介意慎拍。"),
        ("E13", "收纳篮", "尺寸约，请自行测量后购买。"),
        ("E14", "Wool scarf", "Soft wool scarf. Colours may vary."),
        ("E15", "Dining table", "Solid oak. Size approx., for reference only."),
        ("E16", "Pink armchair", "A stylish pink armchair."),
        ("E17", "收纳盒", "高品质，家里必备。"),
        ("E18", "休闲卫衣", "高品质面料，百搭款式，超值爆款，好评如潮！"),
        ("E19", "休闲卫衣", "质量很好，百搭显瘦，纯棉"),
        ("E20", "Hoodie", "Premium quality hoodie, perfect for any occasion. Best price!"),
        ("E21", "Hoodie", "High quality and stylish. Made of cotton."),
        ("E22", "Matte lipstick", "Long-lasting, highly pigmented formula."),
        ("E23", "Beard wash", "Premium beard wash with 100% natural ingredients, gentle on skin."),
        ("E24", "纯棉短袖T恤", "面料：聚酯纤维，透气速干。"),
        ("E25", "真皮斜挎包", "材质：PU，内衬涤纶。"),
        ("E26", "100% Cotton T-shirt", "Fabric: polyester, quick dry."),
        ("E27", "Genuine Leather Wallet", "Made of PU leather."),
        ("E28", "女士连衣裙", "很好看的裙子，穿着舒服。"),
        ("E29", "收纳盒", "放在客厅或卧室都可以。"),
        ("E30", "女士连衣裙", "这款连衣裙采用垂坠感很好的面料，腰部做了收腰设计，裙摆自然展开，通勤和约会都适合穿着。"),
        ("E31", "Women's Summer Dress", "欧美时尚碎花连衣裙夏季新款, 欧美时尚碎花, 连衣裙夏季新款"),
        ("E32", "重磅T恤", "40支面料，宽松版型，街头风格。"),
        ("E33", "Summer dress", "Very nice dress, comfy."),
        ("E34", "Storage box", "Useful for every home."),
        (
            "E35", "Graphic boxy tee",
            "This tee carries a bold wave graphic on the front and the back, for a modern street look "
                + "every day."),
        ("E36", "Oversized tee", "Heavyweight 240 gsm tee with a bold back print."),
        ("E37", "Boho dress", "boho summer dress women, boho summer, dress women"),
        ("E38", "Science kit", "Includes hours of fun for every child."),
        ("E39", "科学实验套装", "包含无限乐趣，孩子都喜欢。"),
        ("E40", "护颈波浪记忆枕", "慢回弹记忆棉，侧睡也舒服。"),
        ("E41", "圆形猫砂盆", "边缘圆滑，配色清新。"),
        ("E42", "Enclosed Cat Litter Box", "Easy to clean, odour control lid."),
        ("E43", "Striped Pet Bed", "Cooling touch, scratch resistant."),
        ("E44", "双人护颈记忆枕", "慢回弹记忆棉，两人共用。"),
        ("E45", "Two-Person Memory Foam Pillow", "Slow-rebound foam, shared by two."),
        ("E46", "Wooden Garden Fence", "Pressure-treated pine."),
        ("E47", "Glazed Clay Plant Pot", "Frost-proof, with a drainage hole."),
        ("E48", "Black Leather Beanbag", "Filled with polystyrene beads."),
        ("E49", "陶瓷花盆 家用", "釉面陶瓷，底部有排水孔。"),
        ("E50", "925 Sterling Silver Stacking Ring", "Minimalist band, polished finish."),
        ("E51", "Linen Wrap Dress", "One size fits most. Soft washed linen."),
    ]

    /// The messages of the examples' findings whose messages carry arguments: listing, rule, Chinese, English.
    private static let expected: [(listingID: String, ruleID: String, zh: String, en: String)] = [
        (
            "E3", "colour.promised_not_offered",
            "文案承诺“多色可选”，但没有颜色选项",
            "The text promises \"多色可选\" but no colour option is offered"),
        (
            "E3", "description.missing_profile_facts",
            "家纺需要写明材质/成分，标题、描述和属性里都没有找到",
            "Home textile listings need the material / composition; none found in the title, description or "
                + "attributes"),
        (
            "E4", "description.empty",
            "描述只有“详情见图”，没有任何文字信息",
            "The description only says \"详情见图\" and gives no information"),
        (
            "E5", "description.empty",
            "描述只有“如图所示”，没有任何文字信息",
            "The description only says \"如图所示\" and gives no information"),
        (
            "E6", "description.empty",
            "描述只有“See photos”，没有任何文字信息",
            "The description only says \"See photos\" and gives no information"),
        (
            "E7", "description.empty",
            "描述只有“as shown”，没有任何文字信息",
            "The description only says \"as shown\" and gives no information"),
        (
            "E8", "description.empty",
            "描述只有“N/A”，没有任何文字信息",
            "The description only says \"N/A\" and gives no information"),
        (
            "E9", "description.empty",
            "描述是模板占位文字（“Lorem ipsum”），不是商品信息",
            "The description is template filler text (\"Lorem ipsum\"), not information about the product"),
        (
            "E10", "description.empty",
            "描述是模板占位文字（“Pellentesque habitant”），不是商品信息",
            "The description is template filler text (\"Pellentesque habitant\"), not information about the product"),
        (
            "E11", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units"),
        (
            "E11", "description.hedge_without_number",
            "描述里的“以实物为准”“图片仅供参考”没有给出具体数字或范围",
            "The description hedges (以实物为准, 图片仅供参考) without a number or range"),
        (
            "E12", "description.hedge_without_number",
            "描述里的“存在色差”没有给出具体数字或范围",
            "The description hedges (存在色差) without a number or range"),
        (
            "E13", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition"),
        (
            "E13", "description.hedge_without_number",
            "描述里的“约”没有给出具体数字或范围",
            "The description hedges (约) without a number or range"),
        (
            "E14", "description.hedge_without_number",
            "描述里的“Colours may vary”没有给出具体数字或范围",
            "The description hedges (Colours may vary) without a number or range"),
        (
            "E15", "description.hedge_without_number",
            "描述里的“approx.”“for reference only”没有给出具体数字或范围",
            "The description hedges (approx., for reference only) without a number or range"),
        (
            "E16", "description.hype_without_facts",
            "描述使用了主观宣传词（stylish），但标题和描述没有一条可核实的事实",
            "The description uses hype (stylish) but the title and description state no checkable fact"),
        (
            "E17", "description.hype_without_facts",
            "描述使用了主观宣传词（高品质、必备），但标题和描述没有一条可核实的事实",
            "The description uses hype (高品质, 必备) but the title and description state no checkable fact"),
        (
            "E18", "description.hype_without_facts",
            "描述使用了主观宣传词（高品质、百搭、超值、爆款、好评如潮），但标题和描述没有一条可核实的事实",
            "The description uses hype (高品质, 百搭, 超值, 爆款, 好评如潮) but the title and description state no checkable fact"),
        (
            "E18", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E19", "description.hype_without_facts",
            "描述使用了主观宣传词（质量很好、百搭、显瘦），但标题和描述只有 1 条可核实的事实",
            "The description uses hype (质量很好, 百搭, 显瘦) but the title and description state only 1 checkable fact"),
        (
            "E20", "description.hype_without_facts",
            "描述使用了主观宣传词（Premium quality、perfect for any occasion、Best price），但标题和描述没有一条可核实的事实",
            "The description uses hype (Premium quality, perfect for any occasion, Best price) but the title and "
                + "description state no checkable fact"),
        (
            "E20", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E21", "description.hype_without_facts",
            "描述使用了主观宣传词（High quality、stylish），但标题和描述只有 1 条可核实的事实",
            "The description uses hype (High quality, stylish) but the title and description state only 1 checkable "
                + "fact"),
        (
            "E22", "description.hype_without_facts",
            "描述使用了主观宣传词（Long-lasting、highly pigmented），但标题和描述没有一条可核实的事实",
            "The description uses hype (Long-lasting, highly pigmented) but the title and description state no "
                + "checkable fact"),
        (
            "E23", "description.hype_without_facts",
            "描述使用了主观宣传词（Premium），但标题和描述没有一条可核实的事实",
            "The description uses hype (Premium) but the title and description state no checkable fact"),
        (
            "E24", "description.material_contradiction",
            "标题写的是“纯棉”，描述或属性却写“聚酯纤维”",
            "The title says \"纯棉\" but the description or attributes say \"聚酯纤维\""),
        (
            "E25", "description.material_contradiction",
            "标题写的是“真皮”，描述或属性却写“PU”",
            "The title says \"真皮\" but the description or attributes say \"PU\""),
        (
            "E26", "description.material_contradiction",
            "标题写的是“100% Cotton”，描述或属性却写“polyester”",
            "The title says \"100% Cotton\" but the description or attributes say \"polyester\""),
        (
            "E27", "description.material_contradiction",
            "标题写的是“Genuine Leather”，描述或属性却写“PU leather”",
            "The title says \"Genuine Leather\" but the description or attributes say \"PU leather\""),
        (
            "E28", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E28", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E29", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition"),
        (
            "E30", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E30", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E31", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E31", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E32", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E32", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E33", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E33", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E34", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition"),
        (
            "E35", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E35", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E36", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E36", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E37", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸、洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units, care instructions"),
        (
            "E37", "description.missing_profile_facts",
            "服装需要写明材质/成分，标题、描述和属性里都没有找到",
            "Clothing listings need the material / composition; none found in the title, description or attributes"),
        (
            "E38", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分、带单位的尺寸、包装清单",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition, measurements with units, what is in the box"),
        (
            "E39", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分、带单位的尺寸、包装清单",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition, measurements with units, what is in the box"),
        (
            "E41", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition"),
        (
            "E42", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition"),
        (
            "E43", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：材质/成分",
            "The description gives too few checkable facts (found: none); this kind of product needs: material / "
                + "composition"),
        (
            "E45", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：洗护说明",
            "The description gives too few checkable facts (found: none); this kind of product needs: care "
                + "instructions"),
        (
            "E45", "description.missing_profile_facts",
            "家纺需要写明材质/成分，标题、描述和属性里都没有找到",
            "Home textile listings need the material / composition; none found in the title, description or "
                + "attributes"),
        (
            "E47", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units"),
        (
            "E48", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units"),
        (
            "E50", "description.thin",
            "描述没有给出足够的可核实事实（找到：无）；这类商品需要：带单位的尺寸",
            "The description gives too few checkable facts (found: none); this kind of product needs: measurements "
                + "with units"),
        (
            "E51", "description.hedge_without_number",
            "描述里的“One size fits most”没有给出具体数字或范围",
            "The description hedges (One size fits most) without a number or range"),
        (
            "E51", "size.no_measurements",
            "尺码（one size）没有对应的具体尺寸：没有尺码表、厘米数或身高体重建议",
            "Sizes (one size) come with no measurements: no size chart, no cm/in values, no height/weight guide"),
    ]

    /// The findings of the examples, read as a generic export.
    private static func exampleFindings() throws -> [Finding] {
        func quoted(_ cell: String) -> String { "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let rows = examples.map { [$0.id, $0.title, $0.description].map(quoted).joined(separator: ",") }
        let path = try AdapterFixtures.temporaryFile((["listing_id,title,description"] + rows).joined(separator: "\n"))
        let listings = try ListingLoader.load(path: path, options: LoadOptions(format: .generic)).listings
        return RuleEngine().run(listings: listings)
    }

    @Test func rulesWriteTheTextsTheyWroteAtFc35df4() throws {
        let ruleIDs = Set(Self.expected.map(\.ruleID))
        let found = try Self.exampleFindings().filter { ruleIDs.contains($0.ruleID) }
        #expect(found.count == Self.expected.count)
        let messages = Dictionary(uniqueKeysWithValues: found.map { ("\($0.listingID) \($0.ruleID)", $0.message) })
        for expected in Self.expected {
            let message = messages["\(expected.listingID) \(expected.ruleID)"]
            #expect(message?.text(.zh) == expected.zh, "\(expected.listingID) \(expected.ruleID)")
            #expect(message?.text(.en) == expected.en, "\(expected.listingID) \(expected.ruleID)")
        }
    }
}
