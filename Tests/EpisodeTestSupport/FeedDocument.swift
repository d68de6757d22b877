import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An RSS feed read with Foundation's `XMLParser`: fails unless the XML is well-formed, then keeps
/// each element's path (`rss/channel/item/title`), attributes and text, for tests to check.
public struct FeedDocument {
    public struct Element {
        public var path: String
        public var attributes: [String: String]
        public var text: String
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    public var elements: [Element]

    public init(parsing data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw Malformed(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)")
        }
        elements = collector.finished
    }

    /// The elements at `path`, in document order.
    public func all(_ path: String) -> [Element] { elements.filter { $0.path == path } }

    /// The text of the first element at `path`.
    public func text(_ path: String) -> String? { all(path).first?.text }

    private final class Collector: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var finished: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let path = (stack.last.map { $0.path + "/" } ?? "") + name
            stack.append(Element(path: path, attributes: attributes, text: ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let element = stack.popLast() { finished.append(element) }
        }
    }
}
