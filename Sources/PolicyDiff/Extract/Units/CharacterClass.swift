import Foundation

/// A set of characters of the genre (separators, final characters of unit names,
/// marks of prose) that the unit-tag parser asks about at every character of
/// every tag. `Set<Character>` hashes a normalised form of the character on each
/// look-up; here the common case — a character that is one Han ideograph, ASCII
/// or CJK punctuation — is one bit, and only other characters go to the set.
struct CharacterClass: Sendable {
    private let members: Set<Character>
    /// One bit per scalar of the Basic Multilingual Plane: the members that are,
    /// once normalised (NFC), a single scalar.
    private var bits = [UInt64](repeating: 0, count: 1024)

    init(_ members: Set<Character>) {
        self.members = members
        for member in members {
            let normalised = String(member).precomposedStringWithCanonicalMapping.unicodeScalars
            guard normalised.count == 1, let scalar = normalised.first, scalar.value < 65536 else { continue }
            bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
    }

    init(_ members: String) {
        self.init(Set(members))
    }

    func contains(_ c: Character) -> Bool {
        guard let scalar = CharacterClass.plainScalar(of: c) else { return members.contains(c) }
        return bits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }

    /// `contains(Character(scalar))` for a scalar that stands alone
    /// (`CharacterText.standsAlone`: its own normal form, no other spelling equal to
    /// it): one bit, with no Character made.
    func contains(standingAlone scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 65536 else { return members.contains(Character(scalar)) }
        return bits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }

    func union(_ other: CharacterClass) -> CharacterClass {
        CharacterClass(members.union(other.members))
    }

    /// The scalar of a character that is one scalar no other spelling is
    /// canonically equivalent to (`ScalarText.isSoleSpelling`), or nil. Character
    /// equality is canonical equivalence; for these it is equality of the scalar.
    @inline(__always)
    static func plainScalar(of c: Character) -> Unicode.Scalar? {
        var scalars = c.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil, ScalarText.isSoleSpelling(scalar) else { return nil }
        return scalar
    }

    /// `a == b`, decided on the scalars when both characters are plain.
    @inline(__always)
    static func same(_ a: Character, _ b: Character) -> Bool {
        if let x = plainScalar(of: a), let y = plainScalar(of: b) { return x == y }
        return a == b
    }
}
