/// Texts written once as CSV cells (quoted and neutralised as `CSVByteBuffer.appendCell` writes them) into one byte
/// arena, so a row copies a cell by its number: no `String`, array or reference count per cell, which also keeps
/// rows rendered on two cores from contending for shared texts.
struct CSVCellTable: Sendable {
    private var arena: [UInt8] = []
    /// Cell `i` is `arena[bounds[i]..<bounds[i + 1]]`.
    private var bounds: [Int] = [0]

    /// The cells of `texts`, numbered in order.
    init(_ texts: some Sequence<String>) {
        self.init(runs: texts.lazy.map { [$0] })
    }

    /// Runs of cells, numbered in order: each the cells of its texts, one after another with commas between
    /// (`a,b`), as `appendCell` writes them in one row, so a row copies cells that always stand together at once.
    init(runs: some Sequence<[String]>) {
        var cells = CSVByteBuffer()
        for run in runs {
            cells.removeAll()
            for text in run { cells.appendCell(text) }
            arena += cells.bytes
            bounds.append(arena.count)
        }
    }

    /// How many cells (or runs) there are.
    var count: Int { bounds.count - 1 }

    /// Calls `body` with the cells, readable by number while it runs.
    func withCells<R>(_ body: (Cells) -> R) -> R {
        arena.withUnsafeBufferPointer { arena in
            bounds.withUnsafeBufferPointer { bounds in body(Cells(arena: arena, bounds: bounds)) }
        }
    }

    /// The cells of a table while `withCells` runs.
    struct Cells {
        fileprivate let arena: UnsafeBufferPointer<UInt8>
        fileprivate let bounds: UnsafeBufferPointer<Int>

        subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: arena[bounds[index]..<bounds[index + 1]])
        }
    }
}
