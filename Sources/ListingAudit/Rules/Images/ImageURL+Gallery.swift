#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ImageURL {
    /// `ImageURL.read` of the addresses of one listing in turn, each read from where it stops sharing the previous
    /// address's directory (`Scan.Directory`): the addresses of a gallery nearly always share their scheme, host and
    /// folder, so only the file name of each after the first is scanned and hashed, and the host is judged once. A
    /// file name that differs from the last one read in full only in its digits (`…_0.jpg`, `…_1.jpg`) is not
    /// scanned at all: only its picture's key is made (`NameModel`). Reads exactly what `ImageURL.read` reads of
    /// each address alone (`ImagePlainScanTests`).
    struct GalleryReader {
        /// An address whose bytes before `directory.end` are those the directory was read from.
        private var previous: ArraySlice<UInt8> = []
        /// The directory of the last address, if it has one to share.
        private(set) var directory: Scan.Directory?
        /// The problem of the directory's authority (`hostProblem`).
        private var directoryProblem: Problem?
        /// The file name of the last address read in full, when it lies in `directory`.
        private var model: NameModel?

        /// What `ImageURL.read` gives of one address, less its picture.
        struct Reading {
            let scan: Scan
            let problem: Problem?
            /// `ImageURL.read`'s `isPlaceholder`.
            let isStandIn: Bool
        }

        /// `ImageURL.read(address)`.
        mutating func read(
            _ address: ArraySlice<UInt8>
        ) -> (picture: ImagePicture, isPlaceholder: Bool, problem: Problem?) {
            address.withUnsafeBufferPointer { bytes in
                let reading = reading(address, bytes)
                return (ImagePicture(address: address, scan: reading.scan), reading.isStandIn, reading.problem)
            }
        }

        /// The reading of `address`, whose bytes are `bytes` (not private: the tests compare it with the reading of
        /// the address alone).
        mutating func reading(_ address: ArraySlice<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
            if let shared = directory, shares(shared, bytes) {
                if let model, let key = model.pictureKey(of: bytes, in: shared) {
                    let scan = model.reading.scan.withPictureKey(key)
                    return Reading(scan: scan, problem: model.reading.problem, isStandIn: model.reading.isStandIn)
                }
                if let scan = Scan.plainWeb(bytes, directory: &directory) {
                    // The previous address still holds the bytes of a folder that ends where its own did (the two
                    // addresses' bytes before it are the same): kept, with no reference counted per address.
                    if let next = directory, next.end != shared.end { previous = address }
                    return modelled(Reading(scan, bytes, directoryProblem), bytes)
                }
            }
            directory = nil
            if let scan = Scan.plainWeb(bytes, directory: &directory) {
                if directory != nil { previous = address }
                let fault = ImageURL.problem(scan, bytes)
                directoryProblem = fault
                return modelled(Reading(scan, bytes, fault), bytes)
            }
            model = nil
            let scan = Scan(anyAddress: bytes)
            return Reading(scan, bytes, ImageURL.problem(scan, bytes))
        }

        /// `reading`, kept as the model of the addresses that follow it when its file name lies in the directory.
        private mutating func modelled(_ reading: Reading, _ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
            model = directory.flatMap { NameModel(reading, bytes, in: $0) }
            return reading
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

extension ImageURL.GalleryReader.Reading {
    /// The reading of the address whose bytes `bytes` are read by `scan`, with the problem `fault`.
    init(_ scan: ImageURL.Scan, _ bytes: UnsafeBufferPointer<UInt8>, _ fault: ImageURL.Problem?) {
        self.init(scan: scan, problem: fault, isStandIn: ImageURL.isStandIn(scan, bytes, fault))
    }
}
