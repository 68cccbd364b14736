#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ImageURL {
    /// `ImageURL.read` of addresses in turn (the galleries of one worker's listings, one after another), each read
    /// from where it stops sharing the previous address's directory (`Scan.Directory`): the addresses of a gallery
    /// nearly always share their scheme, host and folder, so only the file name of each after the first is scanned
    /// and hashed, and the host is judged once. An address that differs from the last one read in full only in the
    /// digits after its authority (`…/p/17/1_0.jpg`, `…/p/17/1_1.jpg`, `…/p/15/2_0.jpg`) is not scanned at all: only
    /// its picture's key is made (`NameModel`). Reads exactly what `ImageURL.read` reads of each address alone,
    /// whatever was read before (`ImagePlainScanTests`).
    struct GalleryReader {
        /// An address whose bytes before `directory.end` are those the directory was read from (and those of the
        /// model before its start); it holds the storage of the gallery it came from until another replaces it.
        private var previous: ArraySlice<UInt8> = []
        /// The directory of the last address, if it has one to share.
        private(set) var directory: Scan.Directory?
        /// The problem of the directory's authority (`hostProblem`).
        private var directoryProblem: Problem?
        /// The last address read in full, when it has a directory (the empty model otherwise, which no address
        /// matches). Held as a value, not an optional: a renumbered address reads the few fields it takes from it
        /// in place, with no copy of the model made.
        private var model = NameModel()

        /// What `ImageURL.read` gives of one address, less its picture.
        struct Reading {
            let scan: Scan
            let problem: Problem?
            /// `ImageURL.read`'s `isPlaceholder`.
            let isStandIn: Bool
        }

        /// `ImageURL.read(address)`. A renumbered address (`NameModel`) takes its picture's key and the model's
        /// problem and stand-in flag, with no `Scan` or `Reading` made.
        mutating func read(
            _ address: ArraySlice<UInt8>
        ) -> (picture: ImagePicture, isPlaceholder: Bool, problem: Problem?) {
            address.withUnsafeBufferPointer { bytes in
                if let key = renumberedKey(bytes) {
                    return (ImagePicture(address: address, plainKey: key), model.isStandIn, model.problem)
                }
                let reading = fullReading(address, bytes)
                return (ImagePicture(address: address, scan: reading.scan), reading.isStandIn, reading.problem)
            }
        }

        /// The reading of `address`, whose bytes are `bytes`, as `read` reads it (not private: the tests compare it
        /// with the reading of the address alone).
        mutating func reading(_ address: ArraySlice<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
            if let key = renumberedKey(bytes), let scan = model.scan {
                return Reading(scan: scan.withPictureKey(key), problem: model.problem, isStandIn: model.isStandIn)
            }
            return fullReading(address, bytes)
        }

        /// The picture key of `bytes` when they are the model's renumbered (its bytes before the compared ones, then
        /// the same length and only digits changed); `nil` otherwise. The length is compared first: it turns away
        /// nearly every address that is not. `mutating`, though it changes nothing (as `NameModel.pictureKey`), so
        /// that the closures of `read` and `reading` reach the model in place: with both non-mutating, the model was
        /// copied (193 bytes) for each address.
        private mutating func renumberedKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
            guard bytes.count == model.count, startsAsPrevious(bytes, count: model.start) else { return nil }
            return model.pictureKey(of: bytes)
        }

        /// The reading of an address that is not the model's renumbered: from the end of the directory it shares
        /// with the previous address, or in full.
        private mutating func fullReading(
            _ address: ArraySlice<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>
        ) -> Reading {
            if let shared = directory, startsAsPrevious(bytes, count: shared.end),
                let scan = Scan.plainWeb(bytes, directory: &directory)
            {
                // The previous address still holds the bytes of a folder that ends where its own did (the two
                // addresses' bytes before it are the same): kept, with no reference counted per address.
                if let next = directory, next.end != shared.end { previous = address }
                return modelled(Reading(scan, bytes, directoryProblem), bytes)
            }
            directory = nil
            if let scan = Scan.plainWeb(bytes, directory: &directory) {
                if directory != nil { previous = address }
                let fault = ImageURL.problem(scan, bytes)
                directoryProblem = fault
                return modelled(Reading(scan, bytes, fault), bytes)
            }
            model = NameModel()
            let scan = Scan(anyAddress: bytes)
            return Reading(scan, bytes, ImageURL.problem(scan, bytes))
        }

        /// `reading`, kept as the model of the addresses that follow it when its file name lies in the directory.
        private mutating func modelled(_ reading: Reading, _ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
            model = directory.flatMap { NameModel(reading, bytes, in: $0) } ?? NameModel()
            return reading
        }

        /// Whether `bytes` start with the first `count` bytes of `previous` (no more than it holds) and go on after
        /// them.
        private func startsAsPrevious(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
            guard bytes.count > count, let base = bytes.baseAddress else { return false }
            return previous.withUnsafeBufferPointer { previous in
                memcmp(previous.baseAddress!, base, count) == 0
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
