import Foundation

extension String {
    /// A page with the `<span lang="en">` of its bilingual labels taken out (their text
    /// kept), so a test can look for a whole label as a reader reads it.
    var withoutLanguageSpans: String {
        replacingOccurrences(of: "<span lang=\"en\">([^<]*)</span>", with: "$1", options: .regularExpression)
    }
}
