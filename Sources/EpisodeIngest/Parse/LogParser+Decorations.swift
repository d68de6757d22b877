import EpisodeModel
import EpisodeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Colour escapes and `--graph` columns: what is not content, taken off a line before its state sees it.
extension LogParser {
    /// The `--graph` columns: whether the input has them (decided by its first line) and how
    /// wide they are for the current commit.
    struct GraphColumns {
        var decided = false
        var isOn = false
        var width = 0
    }

    /// Copies `line` without ANSI escape sequences (`ESC [ ... letter` and two-byte `ESC x`).
    static func stripEscapes(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte != Self.escape {
                output.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < line.count else { break }
            if line[index] == UInt8(ascii: "[") {
                index += 1
                while index < line.count, !(line[index] >= UInt8(ascii: "@") && line[index] <= UInt8(ascii: "~")) { index += 1 }
            }
            index += 1
        }
    }

    @inline(__always)
    static func isGraphByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "_")
    }

    /// Removes `--graph` columns. A commit line sets the width for the lines that follow it,
    /// because git pads every line of one commit to the same graph width; message lines keep
    /// their own indentation that way. Lines made only of graph characters become empty.
    mutating func stripGraph(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var greedy = 0
        while greedy < line.count {
            let byte = line[greedy]
            if Self.isGraphByte(byte) || ((byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) && greedy > 0 && (line[greedy - 1] == UInt8(ascii: "*") || line[greedy - 1] == UInt8(ascii: "-"))) {
                greedy += 1
            } else {
                break
            }
        }
        var exact: UnsafeBufferPointer<UInt8>?
        if graph.width > 0, graph.width <= line.count {
            var index = 0
            while index < graph.width, Self.isGraphByte(line[index]) || line[index] == UInt8(ascii: "-") || line[index] == UInt8(ascii: ".") { index += 1 }
            if index == graph.width { exact = ByteText.drop(line, graph.width) }
        }
        // Inside a message or a hunk, the fixed width wins: the text may itself start with `*` or `|`
        // or be made of graph-like characters only (`    ***`).
        if let exact {
            if (state == .message || state == .notes) && ByteText.hasPrefix(exact, Self.messageIndent) { return exact }
            if state == .patch, patch.hunkOld > 0 || patch.hunkNew > 0 { return exact }
        }
        if greedy == line.count { return ByteText.slice(line, 0, 0) }
        let rest = ByteText.drop(line, greedy)
        if ByteText.firstIndex(of: UInt8(ascii: "*"), in: ByteText.slice(line, 0, greedy)) != nil,
           commitLineHashLength(rest) != nil || (style != .full && Self.onelineHashLength(rest) > 0) {
            graph.width = greedy
            return rest
        }
        return exact ?? rest
    }
}
