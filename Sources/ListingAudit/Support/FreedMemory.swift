/// Memory the process has freed but the allocator still holds.
enum FreedMemory {
    /// Hands the allocator's free pages back to the system (glibc's `malloc_trim`; nothing elsewhere). Worth calling
    /// once after a stage that freed hundreds of megabytes, before the next builds its own: glibc keeps free pages in
    /// the arenas of the threads that used them, and they count in the peak resident size.
    static func returnToSystem() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `int malloc_trim(size_t pad)`, which the Glibc module does not import.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
