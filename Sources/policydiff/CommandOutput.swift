import ArgumentParser
import Foundation
import PolicyDiff

/// Everything the commands print or write: reports on standard output or to `-o`,
/// and the one-line messages on standard error.
///
/// Standard output is written with write(2), not FileHandle (which traps on a
/// failing write): a full disk or a closed stdout is `cannot write` and exit 1; a
/// reader that went away (`| head`) ends the output quietly, as Unix tools do.
enum CommandOutput {
    /// Standard output, or an atomically written file when -o is given.
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            try emitToStandardOutput(text)
            return
        }
        do {
            AtomicFile.removeStaleTemporaries(named: (path as NSString).lastPathComponent,
                                                  in: (path as NSString).deletingLastPathComponent)
            try AtomicFile.write(text, to: path)
        } catch {
            report("\(error)")
            throw ExitCode(1)
        }
    }

    /// Standard output, or an atomically written file when -o is given, written by
    /// `body` as it makes the text: the file appears (renamed into place) only when
    /// `body` is done and every write succeeded; `-o` that cannot be written is
    /// refused before `body` runs.
    static func stream(to path: String?, _ body: (BufferedOutput) -> Void) throws {
        guard let path else {
            signal(SIGPIPE, SIG_IGN)
            let terminal = isatty(1) == 1
            let out = BufferedOutput(fd: 1, transform: terminal ? { TerminalText.escaped($0, keepingLineBreaks: true) } : nil)
            body(out)
            try standardOutputFailed(out.flush())
            return
        }
        do {
            AtomicFile.removeStaleTemporaries(named: (path as NSString).lastPathComponent,
                                                  in: (path as NSString).deletingLastPathComponent)
            try AtomicFile.stream(to: path) { body($0) }
        } catch {
            report("\(error)")
            throw ExitCode(1)
        }
    }

    private static func emitToStandardOutput(_ text: String) throws {
        // A broken pipe is an EPIPE to handle, not a signal that kills the process.
        signal(SIGPIPE, SIG_IGN)
        // Reports hold file names and document text: a terminal gets them with
        // control characters shown, not obeyed (a file may also be piped as-is).
        let shown = isatty(1) == 1 ? TerminalText.escaped(text, keepingLineBreaks: true) : text
        try standardOutputFailed(AtomicFile.writeAll(Data(shown.utf8), to: 1))
    }

    private static func standardOutputFailed(_ failure: Int32?) throws {
        guard let failure else { return }
        if failure == EPIPE { return } // the reader has all it wanted
        let reason = failure == EBADF ? "it is closed" : String(cString: strerror(failure))
        report("standard output: cannot write: \(reason)")
        throw ExitCode(1)
    }

    /// One line on standard error, "policydiff: " first, control characters escaped
    /// (a file name may hold a newline or an escape sequence). Never traps: with
    /// stderr closed the message is lost, not the run.
    static func report(_ message: String) {
        let line = "policydiff: " + TerminalText.escaped(message, keepingLineBreaks: false) + "\n"
        _ = AtomicFile.writeAll(Data(line.utf8), to: 2)
    }

    /// A usage error as ArgumentParser words it (several lines), escaped the same way.
    static func reportUsage(_ message: String) {
        _ = AtomicFile.writeAll(Data((TerminalText.escaped(message, keepingLineBreaks: true) + "\n").utf8), to: 2)
    }

    /// Before any work: `-o` naming one of the inputs would replace a document with
    /// its own report. Compared by file identity, so ./plan.txt, a link to it or
    /// another spelling of the path is caught too.
    static func refuseOverwritingAnInput(_ output: String?, inputs: [String]) throws {
        guard let output, let target = FileIdentity(path: output) else { return }
        for input in inputs where FileIdentity(path: input) == target {
            report("\(output): cannot write: it is the input file \(input); choose another -o")
            throw ExitCode(2)
        }
    }

    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }
}
