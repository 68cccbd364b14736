/// The report's style sheet: system fonts only (CJK ones listed so Chinese renders well everywhere), responsive down
/// to phone width with wide tables scrolling inside their own box, and a print layout.
enum ReportStyle {
    /// The font stack for `language`: CJK faces first for Chinese so Latin and Han glyphs come from one family.
    static func fontStack(_ language: Language) -> String {
        let latin = #"system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial"#
        let cjk = #""PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "#
            + #""WenQuanYi Micro Hei""#
        switch language {
        case .zh: return cjk + ", " + latin + ", sans-serif"
        case .en: return latin + ", " + cjk + ", sans-serif"
        }
    }

    static func css(_ language: Language) -> String {
        """
        :root{--fg:#1b1b1b;--muted:#595959;--line:#d9dce1;--bg:#f5f6f8;--card:#fff;--accent:#0072B2;\
        --bad:#B34700;--good:#00795A}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;font:15px/1.6 \(fontStack(language));color:var(--fg);background:var(--bg)}
        header,main,footer{max-width:1080px;margin:0 auto;padding:0 14px}
        header{padding-top:20px}
        h1{font-size:1.55rem;margin:.2em 0;line-height:1.3}
        h2{font-size:1.2rem;margin:0 0 .6em;padding-bottom:.25em;border-bottom:2px solid var(--accent)}
        h3{font-size:1.02rem;margin:1em 0 .4em}
        p{margin:.4em 0}
        a{color:var(--accent)}
        .meta,.note{color:var(--muted)}
        nav ul{display:flex;flex-wrap:wrap;gap:.3em 1.1em;padding:0;margin:.6em 0;list-style:none}
        section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px;margin:14px 0;\
        min-width:0}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px}
        .card{border:1px solid var(--line);border-radius:6px;padding:10px 12px}
        .card .value{display:block;font-size:1.55rem;font-weight:700;font-variant-numeric:tabular-nums}
        .card .label{display:block;font-weight:600}
        .card .sub{display:block;color:var(--muted);font-size:.88rem}
        .table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5em 0}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        caption{text-align:left;font-weight:600;padding:.3em 0}
        th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
        th{background:#eef1f5}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        td{overflow-wrap:break-word;min-width:4em}
        td code{overflow-wrap:normal;white-space:nowrap}
        td.num{min-width:0}
        .fixes{list-style:none;padding:0;margin:0}
        .fix{border:1px solid var(--line);border-left:5px solid var(--accent);border-radius:6px;padding:12px;\
        margin:12px 0}
        .fix h3{margin:0 0 .4em;overflow-wrap:anywhere}
        .rank{display:inline-block;min-width:2.2em;padding:0 .4em;margin-right:.3em;border-radius:4px;\
        background:var(--accent);color:#fff;text-align:center}
        .id,code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.86em;\
        overflow-wrap:anywhere}
        .id{color:var(--muted)}
        dl.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:4px 12px;margin:.4em 0}
        dl.stats div{min-width:0}
        dl.stats dt{color:var(--muted);font-size:.82rem}
        dl.stats dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums}
        .badge{display:inline-block;padding:0 .45em;border-radius:4px;font-size:.8rem;font-weight:600;\
        border:1px solid currentColor;white-space:nowrap}
        .sev-error{color:var(--bad)}
        .sev-warning{color:#8A5A00}
        .sev-advice{color:var(--muted)}
        .up{color:var(--bad)}
        .down{color:var(--good)}
        q{quotes:"“" "”";background:#FFF6DB}
        .chart-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
        svg.chart{display:block;width:100%;max-width:760px;height:auto;margin:.4em 0}
        svg.chart .label,svg.chart .value,svg.chart .tick{font-size:12px;fill:#333}
        svg.chart .value{font-weight:600}
        svg.chart .axis-title{font-size:12px;fill:#595959}
        svg.chart .grid{stroke:#e3e5e8;stroke-width:1}
        svg.chart .axis{stroke:#595959;stroke-width:1}
        svg.chart .reference{stroke:#8c8c8c;stroke-dasharray:5 4}
        svg.chart .cumulative{stroke:#D55E00;stroke-width:2;fill:none}
        svg.chart .marker{fill:#fff;stroke:#D55E00;stroke-width:2}
        footer{color:var(--muted);font-size:.85rem;padding-bottom:24px}
        @media (max-width:600px){body{font-size:14px}section{padding:12px 10px}header,main,footer{padding:0 8px}\
        .card .value{font-size:1.3rem}\
        table,tbody,tr,td,caption{display:block;width:100%}\
        thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}\
        tr{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:4px 8px}\
        td,td.num{position:relative;border:none;padding:3px 0 3px 40%;min-width:0;text-align:left;\
        white-space:normal}\
        td::before{content:attr(data-label);position:absolute;left:0;width:37%;font-weight:600;color:var(--muted)}\
        td code{white-space:normal;overflow-wrap:anywhere}}
        @media print{body{background:#fff;font-size:11pt}nav{display:none}\
        section{border:none;padding:0;margin:0 0 14pt;break-inside:auto}\
        h2{break-after:avoid}.fix,tr,svg.chart{break-inside:avoid}.table-wrap{overflow:visible}\
        a{color:inherit;text-decoration:none}th{background:#eee}}
        """
    }
}
