import Foundation
import ListingAudit

/// `--probe-images`, `--images DIR`, `--image-cache DIR` and the probe's limits, with one meaning in `check` and
/// `audit`: probe each distinct image address once before the rules run, from the network or from a folder,
/// remembering what was found so the next run asks again only about images that changed.
enum ImageProbeArguments {
    static let probe = Option.flag(
        "probe-images",
        help: LocalizedText(
            zh: "读取每张图片的开头字节，找出损坏、过小、格式不符和过大的图片（会联网；默认关闭）。",
            en: "Fetch the first bytes of every image to find broken, small, mislabelled and oversized images (uses "
                + "the network; off by default)."))
    static let images = Option.text(
        "images", value: "<folder>",
        help: LocalizedText(
            zh: "从这个文件夹读取图片（先按路径，再按文件名），而不联网；包含 --probe-images。",
            en: "Read the images from this folder (by path, then by file name) instead of the network; implies "
                + "--probe-images."))
    static let cache = Option.text(
        "image-cache", value: "<folder>",
        help: LocalizedText(zh: "在多次运行之间记住已探测图片的位置。", en: "Where probed images are remembered between runs."),
        default: LocalizedText(
            zh: "audit：<输出文件夹的上级>/listing-audit-image-cache；check：无",
            en: "audit: <out parent>/listing-audit-image-cache; check: none"))

    static let budget = seconds(
        "probe-budget",
        help: LocalizedText(
            zh: "整个探测最多用的秒数；到时还没轮到的图片报告为未探测。",
            en: "Seconds the whole probe may take; images not reached by then are reported as not probed."),
        default: ImageProbeOptions().budget)
    static let timeout = seconds(
        "probe-timeout",
        help: LocalizedText(
            zh: "一次图片请求总共最多用的秒数，含重定向（也限制连接或两次收到字节之间 10 秒的等待）。",
            en: "Seconds one image request may take in all, redirects included (also caps the 10 s wait to connect "
                + "or between bytes)."),
        default: ImageProbeOptions().imageTimeout)
    static let concurrency = requests(
        "probe-concurrency", help: LocalizedText(zh: "同时进行的图片请求数。", en: "Image requests in flight at once."),
        default: ImageProbeOptions().concurrency)
    static let perHost = requests(
        "probe-per-host",
        help: LocalizedText(zh: "对同一服务器同时进行的图片请求数。", en: "Image requests in flight at once to one server."),
        default: ImageProbeOptions().perHost)

    /// The options a command declares for probing, in help order.
    static let all: [any DeclaredOption] = [probe, images, cache, budget, timeout, concurrency, perHost]

    /// The most seconds `--probe-budget` and `--probe-timeout` take (a day), and the most requests at once.
    static let maximumSeconds = 86_400.0
    static let maximumRequests = 256

    /// A number of seconds > 0 and ≤ `maximumSeconds` (fractions allowed).
    private static func seconds(
        _ name: String, help: LocalizedText, default value: Double
    ) -> Option<Double?, UsageError> {
        let shown = String(format: "%g", value)
        return Option.converted(
            name, value: "<seconds>", help: help, default: LocalizedText(zh: shown, en: shown),
            convert: { Double($0).flatMap { $0.isFinite && $0 > 0 && $0 <= maximumSeconds ? $0 : nil } },
            invalid: {
                LocalizedText(
                    zh: "“--\(name)”需要大于 0、至多 \(Int(maximumSeconds)) 的秒数，不是“\($0)”。",
                    en: "'--\(name)' needs a number of seconds above 0 and at most \(Int(maximumSeconds)), "
                        + "not '\($0)'.")
            })
    }

    /// A whole number of requests from 1 to `maximumRequests`.
    private static func requests(_ name: String, help: LocalizedText, default value: Int) -> Option<Int?, UsageError> {
        Option.converted(
            name, value: "<n>", help: help, default: LocalizedText(zh: String(value), en: String(value)),
            convert: { Int($0).flatMap { (1...maximumRequests).contains($0) ? $0 : nil } },
            invalid: {
                LocalizedText(
                    zh: "“--\(name)”需要 1 到 \(maximumRequests) 的整数，不是“\($0)”。",
                    en: "'--\(name)' needs a whole number from 1 to \(maximumRequests), not '\($0)'.")
            })
    }

    /// The probe's limits as given: each `nil` when not given.
    struct Limits {
        var budget: Double?
        var timeout: Double?
        var concurrency: Int?
        var perHost: Int?
    }

    /// The limits `arguments` give, checked; read before any input so a mistyped limit costs nothing.
    /// - Throws: a `UsageError` for a value out of range, or for a limit given without `--probe-images` or
    ///   `--images` (it would do nothing).
    static func limits(_ arguments: ParsedArguments, command: String) throws(UsageError) -> Limits {
        let limits = Limits(
            budget: try arguments.value(budget), timeout: try arguments.value(timeout),
            concurrency: try arguments.value(concurrency), perHost: try arguments.value(perHost))
        let given = [
            (budget.spec.name, limits.budget != nil), (timeout.spec.name, limits.timeout != nil),
            (concurrency.spec.name, limits.concurrency != nil), (perHost.spec.name, limits.perHost != nil),
        ]
        if let name = given.first(where: { $0.1 })?.0, !arguments.value(probe), arguments.value(images) == nil {
            throw UsageError(
                message: LocalizedText(
                    zh: "“--\(name)”限制的是图片探测；请加上“--probe-images”或“--images <folder>”。",
                    en: "'--\(name)' limits image probing; add '--probe-images' or '--images <folder>'."),
                command: command)
        }
        return limits
    }

    /// The probe options `arguments` ask for, with `limits`, or `nil` when images are not probed; `defaultCache`
    /// is the cache folder when `--image-cache` is not given.
    /// - Throws: `IngestError.unreadable` when the `--images` folder does not exist.
    static func options(
        _ arguments: ParsedArguments, limits: Limits, defaultCache: String?
    ) throws(IngestError) -> ImageProbeOptions? {
        let folder = arguments.value(images)
        guard arguments.value(probe) || folder != nil else { return nil }
        var options = ImageProbeOptions()
        if let budget = limits.budget { options.budget = budget }
        if let timeout = limits.timeout {
            options.imageTimeout = timeout
            options.readTimeout = min(options.readTimeout, timeout)
        }
        if let concurrency = limits.concurrency { options.concurrency = concurrency }
        if let perHost = limits.perHost { options.perHost = perHost }
        if let folder {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw .unreadable(path: folder, reason: LocalizedText(zh: "文件夹不存在", en: "no such folder"))
            }
            options.imagesFolder = folder
        }
        options.cacheFolder = arguments.value(cache) ?? defaultCache
        return options
    }

    /// The usage error for probing an export that cannot be read twice (standard input, a pipe): the addresses are
    /// collected in a pass of their own before the rules run.
    static func unrepeatable(_ paths: [String], command: String) -> UsageError? {
        guard let path = paths.first(where: { !ListingLoader.canReadTwice($0) }) else { return nil }
        return UsageError(
            message: LocalizedText(
                zh: "“--probe-images”要读两遍商品导出；请给出文件，而不是“\(path)”。",
                en: "'--probe-images' reads the listing export twice; give a file, not '\(path)'."),
            command: command)
    }

    /// Probes the images of the exports at `paths`, showing progress on a terminal and a one-line summary.
    static func probe(
        paths: [String], reading: LoadOptions, options: ImageProbeOptions, language: Language?, quiet: Bool,
        console: Console
    ) throws(IngestError) -> ImageProbeTable {
        let zh = language == .zh
        let line = ImageProbeProgressLine(console: console, enabled: console.stderrIsTerminal && !quiet, zh: zh)
        var options = options
        options.progress = { done, total, failed in line.show(done: done, total: total, failed: failed) }
        let table = try ImageProbeStage.run(paths: paths, reading: reading, options: options)
        line.finish()
        for warning in table.warnings { console.error(zh ? "警告：" + warning.zh : "warning: " + warning.en) }
        if !quiet { console.error(summary(table, zh: zh)) }
        return table
    }

    /// `note: 40 images probed: 3 broken, 2 not reached in time; 12 from the cache, 30 requests`.
    private static func summary(_ table: ImageProbeTable, zh: Bool) -> String {
        let (count, broken, late) = (table.probes.count, table.brokenCount, table.notProbedCount)
        if zh {
            return "提示：已检查 \(count) 张图片，\(broken) 张打不开" + (late > 0 ? "，\(late) 张超时未检查" : "")
                + "；\(table.cached) 张来自缓存，\(table.requests) 次请求"
        }
        return "note: \(count) image\(count == 1 ? "" : "s") probed: \(broken) broken"
            + (late > 0 ? ", \(late) not reached in time" : "")
            + "; \(table.cached) from the cache, \(table.requests) request\(table.requests == 1 ? "" : "s")"
    }
}

/// `images 12/40 · 3 failed` on standard error, redrawn in place at most ten times a second and erased at the end;
/// only on a terminal.
final class ImageProbeProgressLine: @unchecked Sendable {
    private let console: Console
    private let enabled: Bool
    private let zh: Bool
    private let lock = NSLock()
    private var lastDrawn = 0.0
    private var shown = false

    init(console: Console, enabled: Bool, zh: Bool) {
        self.console = console
        self.enabled = enabled
        self.zh = zh
    }

    func show(done: Int, total: Int, failed: Int) {
        guard enabled else { return }
        let now = ProcessInfo.processInfo.systemUptime
        lock.withLock {
            guard now - lastDrawn >= 0.1 || done == total else { return }
            lastDrawn = now
            shown = true
            let text = zh ? "图片 \(done)/\(total) · \(failed) 张失败" : "images \(done)/\(total) · \(failed) failed"
            console.errorRaw("\r\u{1B}[K" + text)
        }
    }

    func finish() {
        lock.withLock {
            if shown { console.errorRaw("\r\u{1B}[K") }
            shown = false
        }
    }
}
