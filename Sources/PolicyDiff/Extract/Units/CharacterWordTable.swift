/// A list of words of the genre (verbs, labels, level heads) matched against a
/// character array at a position, longest word first, without allocating: the
/// extractor tries it at every character of every parenthesis of a document.
/// (The target reader's Targets/WordTable does the same over Unicode scalars;
/// one of the two should absorb the other.)
struct CharacterWordTable<Value: Sendable>: Sendable {
    let words: [(characters: [Character], value: Value)]
    private let firstCharacters: CharacterClass

    init(_ entries: [(String, Value)]) {
        words = entries.map { (Array($0.0), $0.1) }.sorted { $0.characters.count > $1.characters.count }
        firstCharacters = CharacterClass(Set(words.compactMap(\.characters.first)))
    }

    /// The longest word starting at `i`, with its length.
    func match<C: RandomAccessCollection>(in text: C, at i: C.Index) -> (length: Int, value: Value)?
    where C.Element == Character, C.Index == Int {
        guard i >= text.startIndex, i < text.endIndex, firstCharacters.contains(text[i]) else { return nil }
        for word in words where CharacterWordTable.matches(word.characters, in: text, at: i) {
            return (word.characters.count, word.value)
        }
        return nil
    }

    /// The longest word `text` ends with.
    func suffix<C: RandomAccessCollection>(of text: C) -> (length: Int, value: Value)?
    where C.Element == Character, C.Index == Int {
        for word in words where word.characters.count <= text.count
            && CharacterWordTable.matches(word.characters, in: text, at: text.endIndex - word.characters.count) {
            return (word.characters.count, word.value)
        }
        return nil
    }

    /// Whether any word occurs anywhere in `text`.
    func occurs<C: RandomAccessCollection>(in text: C) -> Bool where C.Element == Character, C.Index == Int {
        text.indices.contains { match(in: text, at: $0) != nil }
    }

    static func matches<C: RandomAccessCollection>(_ word: [Character], in text: C, at i: Int) -> Bool
    where C.Element == Character, C.Index == Int {
        guard i >= text.startIndex, i + word.count <= text.endIndex else { return false }
        for k in 0..<word.count where !CharacterClass.same(text[i + k], word[k]) { return false }
        return true
    }
}

extension CharacterWordTable where Value == Void {
    init(_ words: [String]) {
        self.init(words.map { ($0, ()) })
    }
}
