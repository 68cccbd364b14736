#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far the reading of one input file has got.
public struct ReadProgress: Sendable, Equatable {
    /// The path as given (`"-"` for standard input).
    public var file: String
    /// Bytes read from the file so far, in the file's own encoding.
    public var bytesRead: Int
    /// The file's size, when it is known (a regular file, standard input redirected from one); `nil` for a pipe.
    public var totalBytes: Int?
    /// Which read of the file this is: 1, then 2 and 3 when the listing loader reads an export again (its rows of
    /// one listing were not together: a key pre-pass, then the read that builds the listings).
    public var pass: Int

    public init(file: String, bytesRead: Int, totalBytes: Int?, pass: Int = 1) {
        self.file = file
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.pass = pass
    }

    /// The share read, 0 to 1, when the size is known.
    public var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return totalBytes == 0 ? 1 : nil }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }
}

/// The hook a progress display gives the engine: it receives `ReadProgress` on the thread that reads an input, at
/// most once every `interval` seconds and once more when the file has been read to its end.
///
/// Every reader of delimited files reports through the `ReadOptions.progress` it is opened with: listing exports
/// (`LoadOptions.read`, so `ListingLoader`, `ShopCheck`), and refund and order exports (the `options` of
/// `RefundLoader.forEach` and `OrderLoader.forEach`). Without a reporter nothing is measured or called.
public struct ProgressReporter: Sendable {
    /// The least time between two reports of one file, in seconds.
    public var interval: Double
    /// The pass stamped on reports (see `ReadProgress.pass`).
    public var pass = 1
    private let receive: @Sendable (ReadProgress) -> Void

    /// - Parameters:
    ///   - interval: the least time between two reports of one file, in seconds.
    ///   - receive: called on the reading thread; it must be quick and may not call back into the reader.
    public init(interval: Double = 0.2, _ receive: @escaping @Sendable (ReadProgress) -> Void) {
        self.interval = interval
        self.receive = receive
    }

    /// Hands `progress` to the display.
    public func report(_ progress: ReadProgress) { receive(progress) }

    /// The same reporter stamping its reports with `pass`.
    func forPass(_ pass: Int) -> ProgressReporter {
        var copy = self
        copy.pass = pass
        return copy
    }
}

/// Decides when a file being read reports its progress: once `interval` has passed since the last report (or since
/// the file was opened), and at the end of the file.
struct ProgressThrottle {
    let reporter: ProgressReporter
    let file: String
    let totalBytes: Int?
    private let interval: UInt64
    private var last: UInt64
    private var ended = false

    init(reporter: ProgressReporter, file: String, totalBytes: Int?) {
        self.reporter = reporter
        self.file = file
        self.totalBytes = totalBytes
        interval = UInt64(max(0, reporter.interval) * 1e9)
        last = Self.now()
    }

    /// Called after each read from the file; `atEnd` when it returned nothing.
    mutating func note(bytesRead: Int, atEnd: Bool) {
        guard !ended else { return }
        let now = Self.now()
        if atEnd {
            ended = true
        } else if now &- last < interval {
            return
        }
        last = now
        reporter.report(ReadProgress(file: file, bytesRead: bytesRead, totalBytes: totalBytes, pass: reporter.pass))
    }

    /// Monotonic nanoseconds.
    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}
