extension ReasonLexicon {
    /// Verdicts on the goods as a whole or on how they perform: scorn (`junk`, 垃圾), a poor grade (`terrible`,
    /// 太差), money wasted (`not worth it`, 不值), advice against buying (`would not recommend`, 别买), and poor
    /// performance by kind: speed (`slow`, `laggy`, 卡顿), noise (`noisy`, 很吵), clarity (`blurry`, 模糊), strength
    /// (`weak`, `dim`), smell (`smelly`, 难闻), steadiness (`wobbly`, 不结实). Each is a problem word, so it judges the
    /// part or topic of its clause like any other (`terrible fabric`, 屏幕模糊, `the sound is tinny`); in a text that
    /// names nothing more specific it says the goods are poor, a weak defect. A middling grade (一般般, `so-so`) is
    /// no verdict, nor is disappointment alone (`disappointed`, 失望): buyers and platforms add it to any complaint,
    /// so it says nothing about what was wrong. Listed before the languages' own problem words, so these roles win.
    static let verdicts: [LexiconGroup] = [
        LexiconGroup(.verdict, [
            "terrible", "awful", "horrible", "poor", "disappointing", "junk", "garbage", "rubbish", "crap", "crappy",
            "useless", "worst", "piece of junk", "cheap junk", "waste of money", "a waste of money", "total waste",
            "not worth it", "not worth the money", "not worth the price", "would not recommend", "wouldn't recommend",
            "do not recommend", "don't recommend", "do not buy", "don't buy",
        ] + combine(["太", "很", "真", "特别", "非常", "超"], ["差", "差劲", "垃圾", "坑"]) + [
            "差劲", "垃圾", "差评", "烂透了", "不推荐", "不建议购买", "别买", "千万别买", "上当", "上当了", "被坑", "坑人", "不值",
            "不值得", "浪费钱", "令人失望",
        ]),
        LexiconGroup(.verdict, [
            "slow", "laggy", "sluggish", "noisy", "blurry", "fuzzy", "grainy", "tinny", "muffled", "weak", "dim",
            "faint", "wobbly", "unstable", "smelly", "stinky", "leaky", "buggy", "unreliable",
        ] + combine(["太", "很", "好", "特别", "非常", "超", "有点"], ["慢", "卡", "吵", "暗", "弱", "臭", "晃"]) + [
            "模糊", "不清晰", "难闻", "发臭", "发痒", "不结实",
        ]),
        // 差不多 ("about the same") after a degree word is no 差 (很差不多, 也差不多).
        LexiconGroup(.neutral, combine(["太", "很", "也", "都", "真", "特别", "非常", "超"], ["差不多"])),
    ]
}

extension ReasonLexicon {
    /// Failures in use, named whole: a program or device that stops (`crash`, `freeze`, 死机, 闪退), goods that leak,
    /// a book with pages missing or coming out, skin that reacts. Listed last, so a word another list names keeps
    /// that role.
    static let failures: [LexiconGroup] = [
        LexiconGroup(.phrase(.qualityDefect, 3), EnglishInflection.forms([
            "crash", "freeze", "lag", "leak", "restart by itself", "shut off by itself", "lose signal",
            "lose connection", "drop signal",
        ]) + [
            "死机", "崩溃", "闪退", "自动重启", "卡机", "漏水", "漏气", "缺页", "掉页", "脱页", "少页", "印刷模糊",
            "字迹模糊", "过敏", "起疹子", "长痘", "lost signal", "lost connection", "pages falling out", "pages fell out",
            "missing pages", "rash",
            "allergic reaction",
        ]),
    ]
}
