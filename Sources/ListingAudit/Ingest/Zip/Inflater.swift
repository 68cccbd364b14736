/// Why a DEFLATE stream (RFC 1951) could not be decoded.
enum InflateError: Error, Equatable, Sendable {
    /// The compressed data ends before the final block does.
    case truncated
    /// A block header names the reserved block type 3.
    case invalidBlockType
    /// A stored block's length and its complement disagree.
    case invalidStoredLength
    /// A dynamic block's code lengths do not form a usable code.
    case invalidCodeLengths
    /// A code that names no symbol, or a reserved length or distance symbol.
    case invalidSymbol
    /// A match reaches back before the start of the output.
    case distanceTooFar
    /// More output than the caller allowed (`Inflater.outputLimit`).
    case outputLimitExceeded
}

/// Where an `Inflater` reads compressed bytes from: a range of a file, or memory in tests.
protocol CompressedInput: AnyObject {
    /// Copies up to `maximum` bytes to `destination`; returns how many, 0 at the end of the input.
    func read(into destination: UnsafeMutableRawPointer, maximum: Int) throws(IngestError) -> Int
}

/// Compressed bytes already in memory.
final class MemoryCompressedInput: CompressedInput {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into destination: UnsafeMutableRawPointer, maximum: Int) throws(IngestError) -> Int {
        let count = min(maximum, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { raw in
            destination.copyMemory(from: raw.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}

/// A streaming DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Memory is fixed: a 64 KiB input buffer and an output window of 32 KiB of history plus one chunk. Output is handed
/// out chunk by chunk (`read(into:maximum:)`), so a stream of any size — or a ZIP bomb — is decoded in bounded memory;
/// `outputLimit` stops a stream that inflates beyond what the caller expects. Hostile input cannot make it read or
/// write out of bounds: every code, length and distance is checked before use.
final class Inflater {
    /// The decoder state lives behind a pointer so the hot loop needs no dynamic exclusivity checks.
    private let core: UnsafeMutablePointer<InflateCore>
    private let input: CompressedInput
    /// Set once the last byte has been handed out.
    private(set) var finished = false

    /// - Parameters:
    ///   - input: the compressed bytes.
    ///   - outputLimit: the most bytes the stream may inflate to; more throws `.outputLimitExceeded`.
    ///   - chunkSize: how much output is decoded between hand-outs.
    init(input: CompressedInput, outputLimit: Int = .max, chunkSize: Int = 1 << 18) {
        self.input = input
        core = .allocate(capacity: 1)
        core.initialize(to: InflateCore(chunkSize: max(4096, chunkSize), outputLimit: outputLimit))
    }

    deinit {
        core.pointee.release()
        core.deinitialize(count: 1)
        core.deallocate()
    }

    /// Bytes handed out so far.
    var totalOut: Int { core.pointee.totalDelivered }
    /// Compressed bytes read from the input so far.
    var totalIn: Int { core.pointee.totalRead }

    /// The failure of one `inflate` call.
    enum Failure: Error {
        case input(IngestError)
        case inflate(InflateError)
    }

    /// Appends up to `maximum` inflated bytes (at least one unless the stream is over) to `buffer`.
    func inflate(into buffer: inout [UInt8], maximum: Int) throws(Failure) -> Int {
        guard maximum > 0, !finished else { return 0 }
        if core.pointee.pendingCount == 0 {
            try core.pointee.decode(from: input)
        }
        let count = core.pointee.deliver(into: &buffer, maximum: maximum)
        if count == 0 { finished = true }
        return count
    }

    /// Copies up to `maximum` inflated bytes (at least one unless the stream is over) to `destination`.
    func inflate(to destination: UnsafeMutablePointer<UInt8>, maximum: Int) throws(Failure) -> Int {
        guard maximum > 0, !finished else { return 0 }
        if core.pointee.pendingCount == 0 {
            try core.pointee.decode(from: input)
        }
        let count = core.pointee.deliver(to: destination, maximum: maximum)
        if count == 0 { finished = true }
        return count
    }
}

/// The CRC-32 (ISO 3309, as ZIP uses it), eight bytes at a time.
struct CRC32: Sendable {
    private(set) var value: UInt32 = 0

    static let tables: [[UInt32]] = {
        var tables = Array(repeating: Array(repeating: UInt32(0), count: 256), count: 8)
        for index in 0..<256 {
            var crc = UInt32(index)
            for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
            tables[0][index] = crc
        }
        for index in 0..<256 {
            for table in 1..<8 {
                let previous = tables[table - 1][index]
                tables[table][index] = (previous >> 8) ^ tables[0][Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    private static let flat: [UInt32] = tables.flatMap { $0 }

    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var crc = ~value
        var index = 0
        let count = bytes.count
        Self.flat.withUnsafeBufferPointer { table in
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let low = UInt32(truncatingIfNeeded: word) ^ crc
                let high = UInt32(truncatingIfNeeded: word >> 32)
                crc = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ table[1 * 256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
                index += 8
            }
            while index < count {
                crc = table[Int((crc ^ UInt32(base[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        value = ~crc
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }
}

/// A canonical Huffman code for decoding: a 9-bit direct table for short codes and a per-length walk for the rest
/// (after stb_image's zlib decoder).
struct HuffmanCode {
    static let fastBits = 9
    static let fastMask: UInt64 = (1 << 9) - 1
    /// `fast[bits]`: `length << 9 | symbol` for codes of at most 9 bits, 0 otherwise.
    let fast: UnsafeMutablePointer<UInt16>
    /// Per length 1...16: the first code, the first symbol index, and the code bound shifted to 16 bits.
    let firstCode: UnsafeMutablePointer<Int32>
    let firstSymbol: UnsafeMutablePointer<Int32>
    let maxCode: UnsafeMutablePointer<Int32>
    /// Symbols in code order.
    let symbols: UnsafeMutablePointer<UInt16>
    /// How many symbols have a code.
    var symbolCount = 0

    init() {
        fast = .allocate(capacity: 1 << Self.fastBits)
        firstCode = .allocate(capacity: 17)
        firstSymbol = .allocate(capacity: 17)
        maxCode = .allocate(capacity: 18)
        symbols = .allocate(capacity: 320)
    }

    func release() {
        fast.deallocate()
        firstCode.deallocate()
        firstSymbol.deallocate()
        maxCode.deallocate()
        symbols.deallocate()
    }

    /// Builds the code from each symbol's code length (0: unused).
    mutating func build(lengths: UnsafePointer<UInt8>, count: Int) throws(InflateError) {
        var sizes = [Int32](repeating: 0, count: 17)
        for index in 0..<count { sizes[Int(lengths[index])] += 1 }
        sizes[0] = 0
        fast.initialize(repeating: 0, count: 1 << Self.fastBits)
        var nextCode = [Int32](repeating: 0, count: 16)
        var code: Int32 = 0
        var symbolIndex: Int32 = 0
        for length in 1..<16 {
            nextCode[length] = code
            firstCode[length] = code
            firstSymbol[length] = symbolIndex
            code += sizes[length]
            if sizes[length] != 0, code - 1 >= (1 << length) { throw .invalidCodeLengths }
            maxCode[length] = code << (16 - length)
            code <<= 1
            symbolIndex += sizes[length]
        }
        maxCode[16] = 0x10000
        symbolCount = Int(symbolIndex)
        for symbol in 0..<count {
            let length = Int(lengths[symbol])
            guard length != 0 else { continue }
            let slot = Int(nextCode[length] - firstCode[length] + firstSymbol[length])
            symbols[slot] = UInt16(symbol)
            if length <= Self.fastBits {
                var index = Int(Self.reverse(UInt32(nextCode[length]), bits: length))
                while index < (1 << Self.fastBits) {
                    fast[index] = UInt16(length << 9 | symbol)
                    index += 1 << length
                }
            }
            nextCode[length] += 1
        }
    }

    @inline(__always)
    static func reverse(_ value: UInt32, bits: Int) -> UInt32 {
        var reversed = value
        reversed = ((reversed & 0xAAAA) >> 1) | ((reversed & 0x5555) << 1)
        reversed = ((reversed & 0xCCCC) >> 2) | ((reversed & 0x3333) << 2)
        reversed = ((reversed & 0xF0F0) >> 4) | ((reversed & 0x0F0F) << 4)
        reversed = ((reversed & 0xFF00) >> 8) | ((reversed & 0x00FF) << 8)
        return reversed >> (16 - UInt32(bits))
    }
}

/// The decoder's state and hot loop (see `Inflater`).
struct InflateCore {
    private enum Phase {
        case blockHeader
        case stored(remaining: Int)
        case codes
        case done
    }

    private static let history = 32 * 1024
    private static let inputCapacity = 64 * 1024
    private static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    // Input.
    private let inputBuffer: UnsafeMutablePointer<UInt8>
    private var inputPosition = 0
    private var inputEnd = 0
    private var inputAtEnd = false
    /// Zero bytes put into the bit buffer after the input ended; more than 8 means some were consumed.
    private var padding = 0
    private var bits: UInt64 = 0
    private var bitCount = 0
    private(set) var totalRead = 0

    // Output: history followed by the bytes not yet handed out.
    private let window: UnsafeMutablePointer<UInt8>
    private let windowCapacity: Int
    /// Decoding stops once the window holds this much.
    private let fillLimit: Int
    private var windowEnd = 0
    private var delivered = 0
    /// Bytes decoded so far (for the distance check and the output limit).
    private var totalOut = 0
    private(set) var totalDelivered = 0
    private let outputLimit: Int

    // Block state.
    private var phase = Phase.blockHeader
    private var lastBlock = false
    private var literals = HuffmanCode()
    private var distances = HuffmanCode()
    private var lengthCodes = HuffmanCode()
    private let lengths: UnsafeMutablePointer<UInt8>
    private let lengthBase: UnsafeMutablePointer<Int>
    private let lengthExtra: UnsafeMutablePointer<Int>
    private let distanceBase: UnsafeMutablePointer<Int>
    private let distanceExtra: UnsafeMutablePointer<Int>

    init(chunkSize: Int, outputLimit: Int) {
        inputBuffer = .allocate(capacity: Self.inputCapacity)
        windowCapacity = Self.history * 2 + chunkSize + 1024
        window = .allocate(capacity: windowCapacity)
        fillLimit = Self.history * 2 + chunkSize
        self.outputLimit = outputLimit
        lengths = .allocate(capacity: 320)
        func table(_ values: [Int]) -> UnsafeMutablePointer<Int> {
            let pointer = UnsafeMutablePointer<Int>.allocate(capacity: 32)
            pointer.initialize(repeating: 0, count: 32)
            for (index, value) in values.enumerated() { pointer[index] = value }
            return pointer
        }
        lengthBase = table(Self.lengthBase)
        lengthExtra = table(Self.lengthExtra)
        distanceBase = table(Self.distanceBase)
        distanceExtra = table(Self.distanceExtra)
    }

    func release() {
        inputBuffer.deallocate()
        window.deallocate()
        literals.release()
        distances.release()
        lengthCodes.release()
        lengths.deallocate()
        lengthBase.deallocate()
        lengthExtra.deallocate()
        distanceBase.deallocate()
        distanceExtra.deallocate()
    }

    /// Bytes decoded and not yet handed out.
    var pendingCount: Int { windowEnd - delivered }

    /// Hands out up to `maximum` decoded bytes, keeping 32 KiB of history.
    mutating func deliver(into buffer: inout [UInt8], maximum: Int) -> Int {
        let count = min(maximum, windowEnd - delivered)
        guard count > 0 else { return 0 }
        buffer.append(contentsOf: UnsafeBufferPointer(start: window + delivered, count: count))
        advance(count)
        return count
    }

    /// Hands out up to `maximum` decoded bytes to `destination`, keeping 32 KiB of history.
    mutating func deliver(to destination: UnsafeMutablePointer<UInt8>, maximum: Int) -> Int {
        let count = min(maximum, windowEnd - delivered)
        guard count > 0 else { return 0 }
        destination.update(from: window + delivered, count: count)
        advance(count)
        return count
    }

    private mutating func advance(_ count: Int) {
        delivered += count
        totalDelivered += count
        if delivered == windowEnd, windowEnd > Self.history * 2 {
            (window).update(from: window + windowEnd - Self.history, count: Self.history)
            windowEnd = Self.history
            delivered = Self.history
        }
    }

    // MARK: Bits

    /// Tops the bit buffer up to at least 57 bits (zero bits past the end of the input, which `checkPadding` catches).
    @inline(__always)
    private mutating func refill(from input: CompressedInput) throws(Inflater.Failure) {
        while bitCount <= 56 {
            if inputPosition < inputEnd {
                bits |= UInt64(inputBuffer[inputPosition]) << UInt64(bitCount)
                inputPosition += 1
                bitCount += 8
            } else if !inputAtEnd {
                try readInput(from: input)
            } else {
                padding += 1
                bitCount += 8
                if padding > 8 { throw .inflate(.truncated) }
            }
        }
    }

    private mutating func readInput(from input: CompressedInput) throws(Inflater.Failure) {
        let got: Int
        do {
            got = try input.read(into: inputBuffer, maximum: Self.inputCapacity)
        } catch {
            throw .input(error)
        }
        inputPosition = 0
        inputEnd = got
        totalRead += got
        if got == 0 { inputAtEnd = true }
    }

    /// Throws when bits past the end of the input were consumed.
    @inline(__always)
    private func checkPadding() throws(Inflater.Failure) {
        if padding > 0, bitCount < padding * 8 { throw .inflate(.truncated) }
    }

    @inline(__always)
    private mutating func take(_ count: Int) -> Int {
        let value = Int(bits & ((1 << UInt64(count)) &- 1))
        bits >>= UInt64(count)
        bitCount -= count
        return value
    }

    @inline(__always)
    private mutating func decodeSymbol(_ code: HuffmanCode) throws(Inflater.Failure) -> Int {
        let entry = code.fast[Int(bits & HuffmanCode.fastMask)]
        if entry != 0 {
            let length = Int(entry >> 9)
            bits >>= UInt64(length)
            bitCount -= length
            return Int(entry & 511)
        }
        let reversed = Int32(HuffmanCode.reverse(UInt32(bits & 0xFFFF), bits: 16))
        var length = HuffmanCode.fastBits + 1
        while length < 16, reversed >= code.maxCode[length] { length += 1 }
        guard length < 16 else { throw .inflate(.invalidSymbol) }
        let slot = Int((reversed >> Int32(16 - length)) - code.firstCode[length] + code.firstSymbol[length])
        guard slot >= 0, slot < code.symbolCount else { throw .inflate(.invalidSymbol) }
        bits >>= UInt64(length)
        bitCount -= length
        return Int(code.symbols[slot])
    }

    // MARK: Blocks

    /// Decodes until a chunk of output is pending or the stream has ended.
    mutating func decode(from input: CompressedInput) throws(Inflater.Failure) {
        while windowEnd < fillLimit {
            switch phase {
            case .done:
                return
            case .blockHeader:
                if lastBlock {
                    phase = .done
                    return
                }
                try refill(from: input)
                lastBlock = take(1) == 1
                switch take(2) {
                case 0: try startStored(from: input)
                case 1:
                    try buildFixed()
                    phase = .codes
                case 2:
                    try buildDynamic(from: input)
                    phase = .codes
                default: throw .inflate(.invalidBlockType)
                }
                try checkPadding()
            case .stored(let remaining):
                try copyStored(remaining, from: input)
            case .codes:
                try decodeCodes(from: input)
            }
        }
    }

    private mutating func startStored(from input: CompressedInput) throws(Inflater.Failure) {
        _ = take(bitCount & 7)
        try refill(from: input)
        let length = take(16)
        let complement = take(16)
        try checkPadding()
        guard length == ~complement & 0xFFFF else { throw .inflate(.invalidStoredLength) }
        phase = .stored(remaining: length)
    }

    private mutating func copyStored(_ remaining: Int, from input: CompressedInput) throws(Inflater.Failure) {
        var left = remaining
        // Whole bytes still in the bit buffer come first.
        while left > 0, bitCount >= 8, windowEnd < fillLimit {
            window[windowEnd] = UInt8(take(8))
            try checkPadding()
            windowEnd += 1
            try count(1)
            left -= 1
        }
        while left > 0, windowEnd < fillLimit {
            if inputPosition == inputEnd {
                guard !inputAtEnd else { throw .inflate(.truncated) }
                try readInput(from: input)
                if inputAtEnd { throw .inflate(.truncated) }
            }
            let count = min(left, inputEnd - inputPosition, fillLimit - windowEnd)
            (window + windowEnd).update(from: inputBuffer + inputPosition, count: count)
            inputPosition += count
            windowEnd += count
            try self.count(count)
            left -= count
        }
        phase = left == 0 ? .blockHeader : .stored(remaining: left)
    }

    @inline(__always)
    private mutating func count(_ produced: Int) throws(Inflater.Failure) {
        totalOut += produced
        if totalOut > outputLimit { throw .inflate(.outputLimitExceeded) }
    }

    private mutating func buildFixed() throws(Inflater.Failure) {
        for index in 0..<144 { lengths[index] = 8 }
        for index in 144..<256 { lengths[index] = 9 }
        for index in 256..<280 { lengths[index] = 7 }
        for index in 280..<288 { lengths[index] = 8 }
        do {
            try literals.build(lengths: lengths, count: 288)
            for index in 0..<32 { lengths[index] = 5 }
            try distances.build(lengths: lengths, count: 32)
        } catch {
            throw .inflate(error)
        }
    }

    private mutating func buildDynamic(from input: CompressedInput) throws(Inflater.Failure) {
        try refill(from: input)
        let literalCount = take(5) + 257
        let distanceCount = take(5) + 1
        let lengthCodeCount = take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .inflate(.invalidCodeLengths) }
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<lengthCodeCount {
            if bitCount < 3 { try refill(from: input) }
            codeLengths[Self.codeLengthOrder[index]] = UInt8(take(3))
        }
        do {
            try codeLengths.withUnsafeBufferPointer { pointer throws(InflateError) in
                try lengthCodes.build(lengths: pointer.baseAddress!, count: 19)
            }
        } catch {
            throw .inflate(error)
        }
        guard lengthCodes.symbolCount > 0 else { throw .inflate(.invalidCodeLengths) }
        let total = literalCount + distanceCount
        var index = 0
        while index < total {
            try refill(from: input)
            try checkPadding()
            let symbol = try decodeSymbol(lengthCodes)
            switch symbol {
            case 0..<16:
                lengths[index] = UInt8(symbol)
                index += 1
            case 16:
                guard index > 0 else { throw .inflate(.invalidCodeLengths) }
                let repeatCount = 3 + take(2)
                guard index + repeatCount <= total else { throw .inflate(.invalidCodeLengths) }
                let previous = lengths[index - 1]
                for _ in 0..<repeatCount {
                    lengths[index] = previous
                    index += 1
                }
            case 17, 18:
                let repeatCount = symbol == 17 ? 3 + take(3) : 11 + take(7)
                guard index + repeatCount <= total else { throw .inflate(.invalidCodeLengths) }
                for _ in 0..<repeatCount {
                    lengths[index] = 0
                    index += 1
                }
            default:
                throw .inflate(.invalidCodeLengths)
            }
        }
        try checkPadding()
        guard lengths[256] != 0 else { throw .inflate(.invalidCodeLengths) }
        do {
            try literals.build(lengths: lengths, count: literalCount)
            try distances.build(lengths: lengths + literalCount, count: distanceCount)
        } catch {
            throw .inflate(error)
        }
    }

    /// The Huffman-coded symbols of the current block, until its end or a full window.
    private mutating func decodeCodes(from input: CompressedInput) throws(Inflater.Failure) {
        let window = self.window
        while windowEnd < fillLimit {
            if bitCount < 48 { try refill(from: input) }
            let symbol = try decodeSymbol(literals)
            if symbol < 256 {
                window[windowEnd] = UInt8(truncatingIfNeeded: symbol)
                windowEnd += 1
                totalOut += 1
                continue
            }
            if symbol == 256 {
                try checkPadding()
                if totalOut > outputLimit { throw .inflate(.outputLimitExceeded) }
                phase = .blockHeader
                return
            }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw .inflate(.invalidSymbol) }
            let length = lengthBase[lengthIndex] + take(lengthExtra[lengthIndex])
            let distanceSymbol = try decodeSymbol(distances)
            guard distanceSymbol < 30 else { throw .inflate(.invalidSymbol) }
            let distance = distanceBase[distanceSymbol] + take(distanceExtra[distanceSymbol])
            guard distance <= totalOut, distance <= Self.history else { throw .inflate(.distanceTooFar) }
            var from = windowEnd - distance
            if distance >= length {
                (window + windowEnd).update(from: window + from, count: length)
                windowEnd += length
            } else {
                let end = windowEnd + length
                while windowEnd < end {
                    window[windowEnd] = window[from]
                    windowEnd += 1
                    from += 1
                }
            }
            totalOut += length
        }
        try checkPadding()
        if totalOut > outputLimit { throw .inflate(.outputLimitExceeded) }
    }
}
