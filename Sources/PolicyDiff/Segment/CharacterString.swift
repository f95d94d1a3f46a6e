/// A String made from Characters through their UTF-8 bytes. `String(characters)`
/// appends them one by one, each a small String of its own, and costs about three
/// times more; titles, heading labels and unit names are built this way on every
/// heading and every tag. The bytes are the same either way.
func characterString<C: Collection>(_ characters: C) -> String where C.Element == Character {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(characters.count * 3)
    for character in characters { utf8.append(contentsOf: character.utf8) }
    return String(decoding: utf8, as: UTF8.self)
}
