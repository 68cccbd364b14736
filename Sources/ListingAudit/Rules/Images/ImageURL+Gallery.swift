#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ImageURL {
    /// `ImageURL.read` of the addresses of one listing in turn, each read from where it stops sharing the previous
    /// address's directory (`Scan.Directory`): the addresses of a gallery nearly always share their scheme, host and
    /// folder, so only the file name of each after the first is scanned and hashed, and the host is judged once.
    /// Reads exactly what `ImageURL.read` reads of each address alone (`ImagePlainScanTests`).
    struct GalleryReader {
        /// An address whose bytes before `directory.end` are those the directory was read from.
        private var previous: ArraySlice<UInt8> = []
        /// The directory of the last address, if it has one to share.
        private(set) var directory: Scan.Directory?
        /// The problem of the directory's authority (`hostProblem`).
        private var directoryProblem: Problem?

        /// `ImageURL.read(address)`.
        mutating func read(
            _ address: ArraySlice<UInt8>
        ) -> (picture: ImagePicture, isPlaceholder: Bool, problem: Problem?) {
            address.withUnsafeBufferPointer { bytes in
                let (scan, fault) = scan(address, bytes)
                return ImageURL.result(address, scan, bytes, fault)
            }
        }

        /// The scan of `address`, whose bytes are `bytes`, and its problem (not private: the tests compare it with
        /// the scan of the address alone).
        mutating func scan(_ address: ArraySlice<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> (Scan, Problem?) {
            if let shared = directory, shares(shared, bytes), let scan = Scan.plainWeb(bytes, directory: &directory) {
                // The previous address still holds the bytes of a folder that ends where its own did (the two
                // addresses' bytes before it are the same): kept, with no reference counted per address.
                if let next = directory, next.end != shared.end { previous = address }
                return (scan, directoryProblem)
            }
            directory = nil
            if let scan = Scan.plainWeb(bytes, directory: &directory) {
                if directory != nil { previous = address }
                let fault = ImageURL.problem(scan, bytes)
                directoryProblem = fault
                return (scan, fault)
            }
            let scan = Scan(anyAddress: bytes)
            return (scan, ImageURL.problem(scan, bytes))
        }

        /// Whether `bytes` start with the bytes of `directory` (those of `previous`) and go on after them.
        private func shares(_ directory: Scan.Directory, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count > directory.end, let base = bytes.baseAddress else { return false }
            return previous.withUnsafeBufferPointer { previous in
                memcmp(previous.baseAddress!, base, directory.end) == 0
            }
        }
    }
}
