extension String {
    /// The byte runs `forEach` gives (each UTF-8: a `String`'s `utf8`, an address's bytes as the listing holds
    /// them), joined by `separator`, written into one `String` of their total size: a finding's evidence with no
    /// list of the parts made first and no `String` made for each part. `forEach` is called twice, to measure and to
    /// write, and must give the same parts both times. Ill-formed UTF-8 is repaired as `String(decoding:as:)`
    /// repairs each part decoded alone: `separator` is ASCII, so no two parts' bytes make one character.
    static func joined<Part: Collection<UInt8>>(
        separator: StaticString, _ forEach: ((Part) -> Void) -> Void
    ) -> String {
        var (bytes, parts) = (0, 0)
        forEach { part in
            bytes += part.count
            parts += 1
        }
        guard parts > 0 else { return "" }
        let gap = UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount)
        precondition(!gap.isEmpty && gap.allSatisfy { $0 < 0x80 }, "a separator of ASCII")
        return String(unsafeUninitializedCapacity: bytes + gap.count * (parts - 1)) { room in
            var (written, first) = (0, true)
            // Written here, not by a nested function: the count it captured was checked for exclusive access
            // (`swift_beginAccess`) at every call.
            forEach { part in
                if !first {
                    written += UnsafeMutableBufferPointer(rebasing: room[written...]).initialize(fromContentsOf: gap)
                }
                first = false
                written += UnsafeMutableBufferPointer(rebasing: room[written...]).initialize(fromContentsOf: part)
            }
            return written
        }
    }
}
