/// Walks a compiled template once, appending to one output string (linear in the output).
/// Holds the per-render state: loop scopes, how often each choose slot has been used, the
/// include depth and the work done so far.
struct TemplateRenderer {
    /// Includes nested deeper than this are taken for a template including itself.
    static let maximumIncludeDepth = 32
    /// The work one render may do: nodes visited, loop iterations and includes together. Depth
    /// alone does not bound it (each level including the next twice is 2^32 renders), so a
    /// render over this is a template error rather than minutes of work.
    static let maximumSteps = 2_000_000
    /// The most text one render may produce.
    static let maximumOutputBytes = 64 << 20

    private let set: TemplateSet
    private let seed: String
    private var scopes: [[String: TemplateValue]]
    var choices: TemplateChoices
    private var includeDepth = 0
    private var output = ""
    private var steps = 0
    /// The template `render(_:)` was called for, named when the budget runs out.
    private var rootName = ""

    init(set: TemplateSet, seed: String, root: [String: TemplateValue], choices: TemplateChoices = TemplateChoices()) {
        self.set = set
        self.seed = seed
        self.scopes = [root]
        self.choices = choices
    }

    mutating func render(_ template: CompiledTemplate) throws -> String {
        output = ""
        steps = 0
        rootName = template.name
        try render(template.nodes, in: template)
        return output
    }

    private mutating func render(_ nodes: [TemplateNode], in template: CompiledTemplate) throws {
        for node in nodes {
            try spend(at: node, in: template)
            switch node {
            case .text(let text):
                output += text
            case .output(let expression, let position):
                let value = try evaluate(expression, in: template)
                output += try printable(value, expression: expression, at: template.location(position))
            case .conditional(let branches, let otherwise):
                var matched = false
                for branch in branches where try evaluate(branch.condition, in: template).isTruthy {
                    try render(branch.body, in: template)
                    matched = true
                    break
                }
                if !matched, let otherwise { try render(otherwise, in: template) }
            case .loop(let variable, let sequence, let body, let empty, let position):
                let value = try evaluate(sequence, in: template)
                guard case .list(let items) = value else {
                    throw TemplateError.loopNeedsList(variable, sequence, got: value.kindDescription, at: template.location(position))
                }
                if items.isEmpty {
                    if let empty { try render(empty, in: template) }
                    continue
                }
                for (offset, item) in items.enumerated() {
                    try spend(at: node, in: template)
                    scopes.append([variable: item, "loop": Self.loopVariable(offset: offset, count: items.count)])
                    defer { scopes.removeLast() }
                    try render(body, in: template)
                }
            case .choose(let slot, let branches, _):
                let occurrence = choices.next(slot)
                let pick = TemplateChoice.branchIndex(seed: seed, slot: slot, occurrence: occurrence, count: branches.count)
                try render(branches[pick], in: template)
            case .include(let name, let lineBreak, let position):
                guard let included = set.templates[name] else {
                    throw TemplateError(
                        kind: .unknownTemplate, message: "unknown template '\(name)' in include",
                        location: template.location(position))
                }
                guard includeDepth < Self.maximumIncludeDepth else {
                    throw TemplateError(
                        kind: .includeCycle,
                        message: "includes are nested more than \(Self.maximumIncludeDepth) deep; does '\(name)' include itself?",
                        location: template.location(position))
                }
                includeDepth += 1
                defer { includeDepth -= 1 }
                let start = output.utf8.count
                try render(included.nodes, in: included)
                if let lineBreak, output.utf8.count > start, !output.hasSuffix("\n"), !output.hasSuffix("\r\n") {
                    output += lineBreak
                }
            }
        }
    }

    /// Counts one step (and checks the output so far) against the render's budget.
    private mutating func spend(at node: TemplateNode, in template: CompiledTemplate) throws {
        steps += 1
        guard steps > Self.maximumSteps || output.utf8.count > Self.maximumOutputBytes else { return }
        let what = steps > Self.maximumSteps
            ? "took more than \(Self.maximumSteps) steps (includes, loop iterations and values)"
            : "produced more than \(Self.maximumOutputBytes) bytes"
        throw TemplateError(
            kind: .tooMuchWork,
            message: "rendering '\(rootName)' \(what) in '\(template.name)'; does a template include itself, or loop over a huge list?",
            location: node.position.map { template.location($0) })
    }

    /// `loop` for the item at `offset` of `count` (Docs/TEMPLATES.md lists its fields); the
    /// checker takes its shape from here too.
    static func loopVariable(offset: Int, count: Int) -> TemplateValue {
        [
            "index": .int(offset + 1),
            "index0": .int(offset),
            "first": .bool(offset == 0),
            "last": .bool(offset == count - 1),
            "length": .int(count),
        ]
    }

    /// Text for `{{ }}`: strings as they are, numbers without a needless fraction,
    /// booleans as words; null, lists and objects are mistakes worth reporting.
    private func printable(_ value: TemplateValue, expression: TemplateExpression, at location: TemplateLocation) throws -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return TemplateValueFormatter.format(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null:
            throw TemplateError(
                kind: .typeMismatch,
                message: "'\(Self.describe(expression))' is null; test it with {% if %} or give a fallback with '| default: \"…\"'",
                location: location)
        case .list:
            throw TemplateError(
                kind: .typeMismatch,
                message: "'\(Self.describe(expression))' is a list and cannot be printed; loop over it with {% for %} or use '| join'",
                location: location)
        case .object:
            throw TemplateError(
                kind: .typeMismatch,
                message: "'\(Self.describe(expression))' is an object and cannot be printed; print one of its fields",
                location: location)
        }
    }

    // MARK: Expressions

    private func evaluate(_ expression: TemplateExpression, in template: CompiledTemplate) throws -> TemplateValue {
        switch expression {
        case .literal(let value):
            return value
        case .path(let segments, let position):
            return try lookUp(segments, at: template.location(position))
        case .filter(let inputExpression, let name, let argumentExpressions, let position):
            let input = try evaluate(inputExpression, in: template)
            let arguments = try argumentExpressions.map { try evaluate($0, in: template) }
            guard let filter = set.filters[name] else {
                throw TemplateError(
                    kind: .unknownFilter, message: "unknown filter '\(name)'", location: template.location(position))
            }
            do {
                return try filter(input, arguments)
            } catch let error as TemplateFilterError {
                throw TemplateError(
                    kind: error.isTypeMismatch ? .typeMismatch : .filterFailed, message: error.message,
                    location: template.location(position))
            } catch let error as TemplateError {
                throw error
            } catch {
                throw TemplateError(
                    kind: .filterFailed, message: "filter '\(name)' failed: \(error)", location: template.location(position))
            }
        case .not(let inner):
            return .bool(!(try evaluate(inner, in: template).isTruthy))
        case .and(let left, let right):
            guard try evaluate(left, in: template).isTruthy else { return false }
            return .bool(try evaluate(right, in: template).isTruthy)
        case .or(let left, let right):
            if try evaluate(left, in: template).isTruthy { return true }
            return .bool(try evaluate(right, in: template).isTruthy)
        case .comparison(let comparison, let leftExpression, let rightExpression, let position):
            let left = try evaluate(leftExpression, in: template)
            let right = try evaluate(rightExpression, in: template)
            switch comparison {
            case .equal: return .bool(left == right)
            case .notEqual: return .bool(left != right)
            default: break
            }
            guard case .number(let a) = left, case .number(let b) = right else {
                throw TemplateError(
                    kind: .typeMismatch,
                    message: "'\(comparison.rawValue)' compares numbers, got \(left.kindDescription) and \(right.kindDescription)",
                    location: template.location(position))
            }
            switch comparison {
            case .less: return .bool(a < b)
            case .lessOrEqual: return .bool(a <= b)
            case .greater: return .bool(a > b)
            default: return .bool(a >= b)
            }
        }
    }

    /// Resolves a dotted path; a missing name or key is an error, never an empty string.
    private func lookUp(_ segments: [String], at location: TemplateLocation) throws -> TemplateValue {
        let root = segments[0]
        guard var value = scopes.reversed().lazy.compactMap({ $0[root] }).first else {
            throw TemplateError.unknownVariable(root, knownHere: Set(scopes.flatMap(\.keys)).sorted(), at: location)
        }
        for (offset, segment) in segments.enumerated().dropFirst() {
            let walked = segments[..<offset].joined(separator: ".")
            switch value {
            case .object(let fields):
                guard let next = fields[segment] else {
                    throw TemplateError.noField(segment, in: walked, fields: Array(fields.keys), at: location)
                }
                value = next
            case .list(let items):
                guard let position = Int(segment) else {
                    throw TemplateError.listNeedsIndex(segment, in: walked, at: location)
                }
                guard items.indices.contains(position) else {
                    throw TemplateError(
                        kind: .typeMismatch,
                        message: "'\(walked)' has \(items.count) items, so there is no index \(position)", location: location)
                }
                value = items[position]
            default:
                throw TemplateError.scalarHasNoField(segment, in: walked, kind: value.kindDescription, at: location)
            }
        }
        return value
    }

    /// Template-like text of an expression, for messages.
    static func describe(_ expression: TemplateExpression) -> String {
        switch expression {
        case .literal(let value):
            switch value {
            case .string(let text): return "\"\(text)\""
            case .number(let number): return TemplateValueFormatter.format(number)
            case .bool(let flag): return flag ? "true" : "false"
            case .null: return "null"
            case .list, .object: return "…"
            }
        case .path(let segments, _): return segments.joined(separator: ".")
        case .filter(let input, let name, let arguments, _):
            let list = arguments.isEmpty ? "" : ": " + arguments.map(describe).joined(separator: ", ")
            return "\(describe(input)) | \(name)\(list)"
        case .not(let inner): return "not \(describe(inner))"
        case .and(let left, let right): return "\(describe(left)) and \(describe(right))"
        case .or(let left, let right): return "\(describe(left)) or \(describe(right))"
        case .comparison(let comparison, let left, let right, _):
            return "\(describe(left)) \(comparison.rawValue) \(describe(right))"
        }
    }
}
