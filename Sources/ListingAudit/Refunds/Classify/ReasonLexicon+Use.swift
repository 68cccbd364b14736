extension ReasonLexicon {
    /// How goods fail in use and how buyers lose interest: an operating verb with an inability ending (调不了,
    /// 打不开, 转不动), degree words for poor performance that judge the part before them (像素太低, 反应很慢),
    /// nouns that give quality as the reason (质量原因, `quality issues`), and interest the buyer does not have
    /// (没兴趣, `not interested`), a change of mind.
    static let use: [LexiconGroup] = [
        LexiconGroup(.phrase(.qualityDefect, 3), combine(
            ["调", "开", "关", "充", "连", "打", "转", "启动", "开机", "充电", "连接", "识别", "读", "插", "按"],
            ["不了", "不上", "不开", "不动", "不进", "不出"])),
        LexiconGroup(.problem, combine(["太", "很", "偏", "过", "好", "超", "特别", "非常", "有点"], ["低", "慢"])),
        LexiconGroup(.phrase(.qualityDefect, 3), combine(["质量", "品质", "做工"], ["原因", "方面", "问题"]) + [
            "quality issue", "quality issues", "quality problem", "quality problems", "quality reasons",
        ]),
        LexiconGroup(.phrase(.changedMind, 3), combine(
            ["没有", "没", "不感", "失去", "失去了", "没什么", "不太感"], ["兴趣"]
        ) + ["not interested", "lost interest", "no longer interested", "isn't interested", "wasn't interested"]),
    ]
}
