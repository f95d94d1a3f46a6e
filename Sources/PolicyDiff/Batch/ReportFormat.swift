import Foundation

/// The files a corpus run writes per pair (`batch --formats html,json,csv`): a run that
/// only feeds a database or a script need not write the HTML pages.
public enum ReportFormat: String, Sendable, CaseIterable, Hashable {
    case html, json, csv

    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var text: String
        public var description: String { "--formats \(text): expected a comma-separated list of html, json, csv" }
    }

    public static func parse(_ text: String) throws -> Set<ReportFormat> {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var out = Set<ReportFormat>()
        for name in names {
            guard let format = ReportFormat(rawValue: name) else { throw ParseError(text: text) }
            out.insert(format)
        }
        guard !out.isEmpty else { throw ParseError(text: text) }
        return out
    }
}
