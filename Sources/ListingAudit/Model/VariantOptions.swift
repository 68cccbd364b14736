/// The option values of one variant, read like an array of `VariantOption`s.
///
/// A variant read from a tabular export holds its options as a range of an `OptionBlock` that the options of many
/// variants share (`OptionStore`): the variant costs no array of its own. One built from an array holds the array.
/// Two lists are equal when their options are, in order, whichever way each is held.
public struct VariantOptions: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, Codable {
    private enum Storage: Sendable {
        case array([VariantOption])
        /// `block`'s options `start ..< start + count`.
        case block(OptionBlock, start: Int32, count: Int32)
    }

    private var storage: Storage

    /// The options of `array`, held as the array.
    public init(_ array: [VariantOption]) {
        storage = .array(array)
    }

    public init(arrayLiteral options: VariantOption...) {
        storage = .array(options)
    }

    /// `count` options of `block` from `start` on, all written before the call.
    init(block: OptionBlock, start: Int, count: Int) {
        storage = .block(block, start: Int32(start), count: Int32(count))
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .array(let array): array.count
        case .block(_, _, let count): Int(count)
        }
    }

    public subscript(position: Int) -> VariantOption {
        switch storage {
        case .array(let array):
            return array[position]
        case .block(let block, let start, let count):
            precondition(position >= 0 && position < Int(count), "Index out of range")
            return block[Int(start) + position]
        }
    }

    /// Adds `option` after the others; options held in a block are first copied into an array of their own.
    public mutating func append(_ option: VariantOption) {
        var array: [VariantOption]
        switch storage {
        case .array(let held): array = held
        case .block: array = Array(self)
        }
        // The array let go of first, so that it is appended to in place, not copied.
        storage = .array([])
        array.append(option)
        storage = .array(array)
    }

    public static func == (left: VariantOptions, right: VariantOptions) -> Bool {
        left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for option in self { hasher.combine(option) }
    }

    /// Decodes the options as an array of them is encoded.
    public init(from decoder: any Decoder) throws {
        storage = .array(try [VariantOption](from: decoder))
    }

    /// Encodes the options as an array of them.
    public func encode(to encoder: any Encoder) throws {
        switch storage {
        case .array(let array): try array.encode(to: encoder)
        case .block: try Array(self).encode(to: encoder)
        }
    }
}
