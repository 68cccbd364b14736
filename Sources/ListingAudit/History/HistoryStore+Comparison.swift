import Foundation

extension HistoryStore {
    /// Compares `current` (whose listing ids `names` interned) with the readable snapshots dated before it, reading
    /// one snapshot file at a time, oldest first, and handing each to `visit` once it is folded in; also returns
    /// warnings for the files skipped, in file name order. Memory follows the shop's size, not the number of
    /// snapshots: a snapshot is read into a compact digest, compared, and dropped when the next one is in.
    func compare<E: Error>(
        _ current: SnapshotDigest, names: HistoryNames, minimumRateChange: Double = 0.01,
        visit: (SnapshotDigest) throws(E) -> Void
    ) throws(E) -> (comparison: HistoryComparison, warnings: [HistoryWarning]) {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            var fold = HistoryFold(current: current, names: names, minimumRateChange: minimumRateChange)
            return (fold.finish { _ in nil }, [])
        }
        var warnings: [(Int, HistoryWarning)] = []
        var candidates: [(date: AuditDate, order: Int, path: String)] = []
        for (order, name) in files.sorted().enumerated() {
            let path = directory.appendingPathComponent(name).path
            if name.hasPrefix("." + Self.prefix), name.hasSuffix(Self.temporaryMarker) {
                warnings.append((order, .interruptedWrite(path: path)))
                continue
            }
            guard name.hasPrefix(Self.prefix), name.hasSuffix(Self.suffix) else { continue }
            switch Self.date(path: path) {
            case .success(let date): candidates.append((date, order, path))
            case .failure(let warning): warnings.append((order, warning))
            }
        }
        candidates.sort { $0.date != $1.date ? $0.date < $1.date : $0.order < $1.order }
        var fold = HistoryFold(current: current, names: names, minimumRateChange: minimumRateChange)
        var folded: [String] = []
        for candidate in candidates {
            switch Self.digest(path: candidate.path, builder: fold.builder()) {
            case .failure(let warning): warnings.append((candidate.order, warning))
            case .success(let digest) where digest.date < current.date:
                fold.fold(digest)
                folded.append(candidate.path)
                try visit(digest)
                // The audit before this one was let go: its pages go back before the next is read, or the
                // allocator's free lists grow with each audit read.
                FreedMemory.returnToSystem()
            case .success: continue
            }
        }
        let comparison = fold.finish { audit in
            let builder = DigestBuilder(names: names, previous: nil, current: nil)
            return try? Self.digest(path: folded[audit], builder: builder).get()
        }
        return (comparison, warnings.sorted { $0.0 < $1.0 }.map(\.1))
    }

    /// The date of the snapshot at `path`: from its first bytes when it starts as this version writes snapshots,
    /// else from reading it whole; the warning when it cannot be read.
    private static func date(path: String) -> Result<AuditDate, HistoryWarning> {
        let leading = MappedSnapshotFile.withBytes(path: path) { bytes, _ in
            SnapshotJSONReader.leadingDate(UnsafeBufferPointer(rebasing: bytes.prefix(4096)))
        }
        if let leading, let leading { return .success(leading) }
        return read(path: path).map(\.date)
    }

    /// The snapshot at `path` read into a digest with `builder`, or why the file is skipped, as `read(path:)` would
    /// skip it; read one listing at a time (and with `JSONDecoder`, whole, when it is not in the expected form).
    private static func digest(path: String, builder: DigestBuilder) -> Result<SnapshotDigest, HistoryWarning> {
        let streamed = MappedSnapshotFile.withBytes(path: path) { bytes, release -> SnapshotDigest? in
            var building = builder
            let header = SnapshotJSONReader.read(bytes) { listing, offset in
                building.append(listing)
                release(offset)
            }
            return header.map { building.finish(date: $0.date, basis: $0.basis, schema: $0.schema) }
        }
        if let streamed, let streamed {
            guard streamed.schema <= AuditSnapshot.currentSchema else {
                return .failure(.newer(path, schema: streamed.schema))
            }
            return .success(streamed)
        }
        return read(path: path).map { snapshot in
            var building = builder
            for listing in snapshot.listings { building.append(listing) }
            return building.finish(date: snapshot.date, basis: snapshot.basis, schema: snapshot.schema)
        }
    }
}
