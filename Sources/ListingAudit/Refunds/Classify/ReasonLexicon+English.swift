extension ReasonLexicon {
    /// English buyer phrases and topic words (matched on word boundaries), weighted by how surely they name a
    /// category. Common misspellings are listed beside the words they stand for.
    static let english: [LexiconGroup] = [
        // Size and fit.
        LexiconGroup(.phrase(.sizeFit, 3), [
            "too small", "too big", "too large", "too tight", "too loose", "too long", "too short", "too wide",
            "too narrow", "to small", "to big", "to large", "to tight", "runs small", "runs large", "runs big",
            "ran small", "ran large", "ran big", "run small", "run large", "doesn't fit", "didn't fit", "does not fit",
            "did not fit", "dont fit", "doesnt fit", "didnt fit", "not fit", "won't fit", "a bit small", "a bit big",
            "a bit tight", "bit small", "bit big", "size down", "size up", "fits like", "fit like",
            "smaller size", "bigger size", "larger size", "too snug", "poor fit", "bad fit",
            "size smaller", "size bigger", "size larger", "too small for", "too big for",
        ]),
        LexiconGroup(.phrase(.sizeFit, 3.5), ["sizing"]),
        LexiconGroup(.reference(.sizeFit, 3.5), ["size chart", "size guide", "sizing chart", "size table"]),
        LexiconGroup(.phrase(.sizeFit, 1.5), [
            "small", "smaller", "tiny", "huge", "short", "long", "shorter", "longer", "narrow", "wide", "digs in",
            "dig in", "wider", "narrower", "pinches", "pinch", "squeezes",
        ]),
        LexiconGroup(.subject(.sizeFit, 1), [
            "size", "sizes", "fit", "fits", "fitting", "sise", "waist", "chest", "shoulders", "shoulder", "sleeves",
            "sleeve", "length", "inseam", "hips", "chart", "measurements", "arm hole", "arm holes", "armhole",
            "armholes", "neckline", "bust",
        ]),
        // Colour.
        LexiconGroup(.phrase(.colourMismatch, 3), [
            "color is off", "colour is off", "colors are off", "colours are off", "darker", "lighter", "brighter",
            "duller", "paler", "washed out", "more like orange", "off color", "off colour",
        ]),
        LexiconGroup(.fulfilmentSensitive(.colourMismatch, 3), [
            "wrong color", "wrong colour", "different color", "different colour", "wrong colors", "wrong colours",
        ]),
        LexiconGroup(.fulfilmentSensitive(.sizeFit, 3), ["wrong size", "different size", "wrong sizes"]),
        LexiconGroup(.subject(.colourMismatch, 1), ["color", "colour", "colors", "colours", "colur", "colr", "shade"]),
        LexiconGroup(.name(.colourMismatch), [
            "red", "pink", "orange", "black", "white", "blue", "green", "yellow", "navy", "grey", "gray", "beige",
            "purple", "brown", "cream", "ivory", "teal", "turquoise", "khaki", "burgundy", "maroon", "pinkish",
            "yellowish", "greenish", "bluish", "reddish", "greyish", "grayish", "brownish", "orangey", "caramel", "tan",
            "mustard", "olive", "lilac", "lavender", "coral", "mint", "charcoal", "silver", "gold",
        ]),
        // Not as described.
        LexiconGroup(.phrase(.notAsDescribed, 3), [
            "not as described", "not as pictured", "not as shown", "not as advertised", "not what was described",
            "misleading", "fake", "counterfeit", "knock off", "knockoff", "listed as", "description says",
            "listing says", "advertised as", "not genuine", "not authentic", "not compatible", "incompatible",
            "doesn't fit my", "not waterproof", "not as expected", "not what i expected",
        ]),
        LexiconGroup(.phrase(.notAsDescribed, 3.5), [
            "smaller than it looks", "smaller than expected", "smaller than pictured", "smaller than in the",
            "smaller than the picture", "smaller than the photo", "bigger than expected", "than it looks in",
        ]),
        LexiconGroup(.phrase(.notAsDescribed, 1.5), ["as advertised"]),
        LexiconGroup(.phrase(.notAsDescribed, 2.5), [
            "title says", "page says", "product page", "than it looks", "looks online", "online photos", "claims",
            "claimed", "supposed to be", "listing shows", "listing said", "the listing", "the description",
            "advertised", "stated", "labelled as", "labeled as", "photo shows", "pictures show", "the pictures",
            "the photos", "photos are", "pictures are", "edited", "photoshopped",
        ]),
        LexiconGroup(.subject(.notAsDescribed, 1), ["model", "version", "specs", "features"]),
        // Aspects: compared with the listing they differ from it; judged alone, poor material is a defect and a
        // style judged badly a dislike.
        LexiconGroup(.aspect(judged: .qualityDefect), [
            "material", "materials", "fabric", "fabrics", "cotton", "polyester", "leather", "pu", "silk", "wool",
            "plastic", "metal", "wood", "wooden", "steel", "texture",
        ]),
        LexiconGroup(.aspect(judged: .changedMind), ["style", "styles", "pattern", "design", "print"]),
        // Quality and defects.
        LexiconGroup(.phrase(.qualityDefect, 3), [
            "poor quality", "bad quality", "low quality", "cheaply made", "defective", "faulty", "stopped working",
            "doesn't work", "does not work", "not working", "didn't work", "dont work", "stopped charging",
            "won't charge", "fell apart", "came apart", "pilling", "pills", "faded", "fading", "shrank", "shrunk",
            "ripped", "torn seam", "broke", "broken zipper", "hole", "holes", "stained", "stain", "smells", "smell",
            "chemical", "chemicals", "loose threads", "peeling", "rusty", "leaks", "leaking", "malfunction", "flimsy",
            "dead on arrival", "bad stitching", "poorly made", "snapped", "snapped off", "battery dies", "dies", "died",
            "dead", "doesn't last", "does not last", "won't turn on", "wont turn on", "doesn't turn on", "stopped",
            "unravelling", "unraveling", "coming loose", "came loose", "flickers", "flickering", "flicker", "mould",
            "mold", "musty", "moldy", "flimsier", "button fell off", "fell off",
        ]),
        LexiconGroup(.phrase(.qualityDefect, 2), ["cheap", "broken", "thin"]),
        LexiconGroup(.subject(.qualityDefect, 1.5), ["quality", "workmanship", "craftsmanship", "finishing", "finish"]),
        LexiconGroup(.subject(.qualityDefect, 1), ["wash"]),
        // Damaged in transit.
        LexiconGroup(.phrase(.damagedInTransit, 3), [
            "arrived damaged", "damaged", "damage", "broken on arrival", "arrived broken", "crushed", "cracked",
            "crack", "shattered", "dented", "smashed", "scratched", "box was damaged", "damaged in transit",
            "damaged in shipping", "damaged box", "torn", "leaked in the box", "spilled", "dent", "dents",
            "soaking wet", "wet", "water damaged", "ruined", "in pieces",
            "arrived in pieces", "dropped",
        ]),
        LexiconGroup(.subject(.damagedInTransit, 1), ["box", "packaging", "package", "parcel", "carrier"]),
        // Wrong or missing item.
        LexiconGroup(.phrase(.wrongOrMissingItem, 3.5), [
            "wrong item", "wrong items", "wrong product", "sent the wrong", "sent me the wrong", "sent wrong",
            "shipped the wrong", "shipped wrong", "received the wrong", "recieved the wrong", "received wrong",
            "got the wrong", "wrong one", "different product", "different item", "missing parts", "missing part",
            "missing item", "missing items", "missing pieces", "empty box", "empty package", "extra item",
            "not what i ordered", "only 1 of", "only 2 of", "only 3 of", "only one of", "only two of", "incomplete",
            "someone else's", "somebody else's", "not my order", "instead of what i ordered", "for a different",
            "different model", "box had", "package had", "only had",
        ]),
        LexiconGroup(.phrase(.wrongOrMissingItem, 2.5), ["missing", "not included", "wasn't included"]),
        LexiconGroup(.subject(.wrongOrMissingItem, 1), ["charger", "accessories", "parts", "pieces"]),
        // Changed mind.
        LexiconGroup(.phrase(.changedMind, 3), [
            "changed my mind", "change of mind", "changed mind", "no longer need", "no longer needed", "not needed",
            "don't need", "dont need", "do not need", "didn't need", "don't want", "dont want", "do not want",
            "no longer want", "didn't like", "did not like", "don't like", "dont like", "didnt like", "not for me",
            "ordered by mistake", "by mistake", "accidentally", "accidental", "found it cheaper", "cheaper elsewhere",
            "found a cheaper", "better price", "lower price", "duplicate order", "ordered twice", "duplicate",
            "already had", "already have", "unwanted", "bought another", "not needed anymore", "impulse",
            "doesn't want", "does not want", "didn't want", "by accident", "not my style", "not my taste", "no longer",
            "decided", "too expensive", "cancel", "cancelled", "canceled", "locally", "found the same",
            "same thing cheaper",
        ]),
        // Delivery.
        LexiconGroup(.phrase(.deliveryProblem, 3.5), [
            "never arrived", "never received", "never came", "didn't arrive", "did not arrive", "hasn't arrived",
            "has not arrived", "not arrived", "not received", "not delivered", "never delivered", "lost in transit",
            "lost package", "took too long", "too long to arrive", "still waiting", "not shipped", "never shipped",
            "stuck", "customs", "in customs", "came late", "week late", "weeks late", "days late", "label created",
            "says delivered", "shows delivered", "marked as delivered", "marked delivered", "not at my door",
            "nothing at my door", "not at my doorstep",
        ]),
        LexiconGroup(.phrase(.deliveryProblem, 3), [
            "late delivery", "delivered late", "arrived late", "delayed", "delay", "slow shipping", "shipping took",
            "tracking", "shipping took too long", "delivery took too long", "undeliverable",
            "returned to sender", "wrong address", "refused delivery",
        ]),
        LexiconGroup(.subject(.deliveryProblem, 1), ["shipping", "delivery", "shipment"]),
        // Other.
        LexiconGroup(.phrase(.other, 2), ["customer service", "invoice", "no reply", "seller did not reply",
            "charged", "overcharged", "checkout",
        ]),
        // Structure words.
        LexiconGroup(.mismatch, [
            "different", "differnt", "diffrent", "differs", "doesn't match", "does not match", "not match",
            "didn't match", "nothing like", "real thing", "compared to", "not the same",
            "not like", "unlike", "looks different", "not like the picture", "not like the pictures",
            "not like the photo", "not like the photos", "different from the description", "different than described",
            "not match the description", "doesn't match the description", "vs the photo", "from the photo",
            "from the picture", "from the pictures", "from the photos",
        ]),
        LexiconGroup(.problem, [
            "wrong", "off", "is off", "terrible", "awful", "bad", "poor", "horrible", "problem", "problems", "issue",
            "issues", "not right",
            "disappointing",
        ]),
        LexiconGroup(.positive, [
            "fits perfectly", "fits well", "fit perfectly", "fit well", "fits great", "fit is fine", "fit is good",
            "fine", "perfect", "perfectly", "great", "love", "loved", "good", "ok", "okay", "nice", "beautiful",
            "lovely", "no problem", "is fine", "was fine", "nothing wrong", "no issue", "no issues",
        ]),
        LexiconGroup(.negator, ["not", "isn't", "wasn't", "never", "not the", "it's not", "it is not", "nothing"]),
        LexiconGroup(.absence, ["no", "without"]),
        LexiconGroup(.closeNegator, ["doesn't", "didn't", "don't", "won't", "hasn't", "haven't", "does not"]),
        LexiconGroup(.contrast, ["but", "however", "though", "except", "yet"]),
        LexiconGroup(.ordered, ["i ordered", "ordered", "i bought", "i chose", "i picked", "instead of"]),
        LexiconGroup(.received, [
            "received", "recieved", "got", "they sent", "sent me", "sent", "came in", "arrived in", "shipped",
            "delivered", "they shipped",
        ]),
        LexiconGroup(.neutral, [
            "customer says", "reason", "please refund", "want a refund", "refund", "return", "please exchange",
            "exchange", "photos attached", "very disappointed", "disappointed", "update", "order", "other", "please",
        ]),
    ]
}
