/// JSON written as `JSONEncoder` writes it with `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`:
/// `"key" : value`, each member and element on a line of its own, indented two spaces a level; an empty object or
/// array is its brackets around an empty line. Values are written as `JSONByteWriter` writes them. The caller gives
/// each object's keys in the order of their UTF-8 bytes (`.sortedKeys`' order), snake case, and leaves out a member
/// whose value is `nil` (as a synthesised `Encodable` does).
struct PrettyJSONWriter {
    private var json = JSONByteWriter(capacity: 65_536)
    /// How many objects and arrays are open.
    private var depth = 0
    /// Whether the innermost open object or array has no member or element yet.
    private var isEmpty = true
    /// Whether a number was not finite (written as nothing: JSON cannot hold it).
    private(set) var hasNonFiniteNumber = false

    /// Removes and returns the JSON written so far.
    mutating func take() -> [UInt8] { json.take() }

    /// Writes an object whose members `body` writes.
    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    /// Writes an array of an element for each of `items`, each written by `element`.
    mutating func array<Items: Sequence>(
        _ items: Items, _ element: (inout PrettyJSONWriter, Items.Element) -> Void
    ) {
        open("[")
        for item in items {
            next()
            element(&self, item)
        }
        close("]")
    }

    /// Begins the member `key` of the open object; its value is written next.
    mutating func key(_ key: StaticString) {
        next()
        json.raw("\"")
        json.raw(key)
        json.raw("\" : ")
    }

    /// Begins the member named `name`, a dictionary's key (JSON-escaped, as the encoder leaves it).
    mutating func key(named name: String) {
        next()
        json.string(name)
        json.raw(" : ")
    }

    /// Writes the string `value`.
    mutating func value(_ value: String) { json.string(value) }

    /// Writes the integer `value`.
    mutating func value(_ value: Int) { json.int(value) }

    /// Writes the number `value` (nothing, and marked, when it is not finite).
    mutating func value(_ value: Double) {
        if !json.double(value) { hasNonFiniteNumber = true }
    }

    /// Writes `true` or `false`.
    mutating func value(_ value: Bool) { json.raw(value ? "true" : "false") }

    /// The member `key` with `value`.
    mutating func member(_ key: StaticString, _ value: some PrettyJSONScalar) {
        self.key(key)
        value.write(to: &self)
    }

    /// The member `key` with `value`, none when it is `nil`.
    mutating func member(_ key: StaticString, ifPresent value: (some PrettyJSONScalar)?) {
        if let value { member(key, value) }
    }

    /// Opens an object or array with `bracket`: its first member or element goes on the next line.
    private mutating func open(_ bracket: StaticString) {
        json.raw(bracket)
        json.raw("\n")
        depth += 1
        isEmpty = true
    }

    /// Closes the innermost object or array with `bracket`, on a line of its own; the one around it then holds it.
    private mutating func close(_ bracket: StaticString) {
        depth -= 1
        json.raw("\n")
        json.spaces(2 * depth)
        json.raw(bracket)
        isEmpty = false
    }

    /// Ends the member or element before (if any) and indents the next.
    private mutating func next() {
        if !isEmpty { json.raw(",\n") }
        isEmpty = false
        json.spaces(2 * depth)
    }
}

/// A value `PrettyJSONWriter` writes as a member's whole value: a string, an integer, a number or a flag.
protocol PrettyJSONScalar {
    /// Writes the value where the writer stands.
    func write(to json: inout PrettyJSONWriter)
}

extension String: PrettyJSONScalar {
    func write(to json: inout PrettyJSONWriter) { json.value(self) }
}

extension Int: PrettyJSONScalar {
    func write(to json: inout PrettyJSONWriter) { json.value(self) }
}

extension Double: PrettyJSONScalar {
    func write(to json: inout PrettyJSONWriter) { json.value(self) }
}

extension Bool: PrettyJSONScalar {
    func write(to json: inout PrettyJSONWriter) { json.value(self) }
}
