import CSQLite
import Foundation

/// The little of SQLite a corpus database needs: open, run a statement, bind and step,
/// transactions. One connection is used by one thread at a time (the writer serialises).
final class SQLiteConnection {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    let path: String
    private var handle: OpaquePointer?

    init(path: String) throws {
        self.path = path
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw Failure(path: path, message: message)
        }
    }

    // close_v2: statements still cached by their owner may be finalized after the
    // connection goes (Swift releases stored properties in no order we rely on);
    // plain sqlite3_close would then answer SQLITE_BUSY and leak the connection.
    deinit { sqlite3_close_v2(handle) }

    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "error"
            sqlite3_free(error)
            throw Failure(path: path, message: message)
        }
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(path: path, message: String(cString: sqlite3_errmsg(handle)))
        }
        return Statement(statement, connection: self)
    }

    var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    /// A value bound to a statement's parameter.
    enum Value {
        case text(String?)
        case real(Double?)
        case integer(Int?)
    }

    final class Statement {
        private let statement: OpaquePointer
        // Strong: a statement keeps its connection open (Swift may end a local
        // connection's lifetime at its last use, while its statement still steps).
        private let connection: SQLiteConnection
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        init(_ statement: OpaquePointer, connection: SQLiteConnection) {
            self.statement = statement
            self.connection = connection
        }

        deinit { sqlite3_finalize(statement) }

        /// Binds the values in order, runs the statement to its end and resets it.
        func run(_ values: [Value]) throws {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (i, value) in values.enumerated() {
                let at = Int32(i + 1)
                switch value {
                case .text(let s?): sqlite3_bind_text(statement, at, s, -1, Self.transient)
                case .real(let d?): sqlite3_bind_double(statement, at, d)
                case .integer(let n?): sqlite3_bind_int64(statement, at, Int64(n))
                default: sqlite3_bind_null(statement, at)
                }
            }
            let rc = sqlite3_step(statement)
            guard rc == SQLITE_DONE || rc == SQLITE_ROW else {
                throw Failure(path: connection.path, message: connection.lastError)
            }
            sqlite3_reset(statement)
        }

        /// Every row, each column as text (NULL as nil).
        func rows() throws -> [[String?]] {
            sqlite3_reset(statement)
            var out: [[String?]] = []
            while true {
                let rc = sqlite3_step(statement)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else { throw Failure(path: connection.path, message: connection.lastError) }
                let n = sqlite3_column_count(statement)
                out.append((0..<n).map { c in sqlite3_column_text(statement, c).map { String(cString: $0) } })
            }
            sqlite3_reset(statement)
            return out
        }
    }
}
