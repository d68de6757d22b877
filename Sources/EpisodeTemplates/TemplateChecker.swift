/// Load-time checks across a whole set: every filter and included template exists, and,
/// when the caller declares its variables, every variable a template uses is declared
/// or is a loop variable in scope, and every field it reads exists in the sample context.
struct TemplateChecker {
    let templates: [String: CompiledTemplate]
    let filterNames: Set<String>
    /// Argument counts of the built-in filters the caller did not replace.
    let argumentCounts: [String: ClosedRange<Int>]
    /// The root variables the caller declared, with their shapes; nil skips variable checks.
    let declaredVariables: Scope?

    /// Checks filters and includes of one template; checks variables when it is a root
    /// (a template no other template includes), following its includes with the loop
    /// variables in scope at each include.
    func check(_ template: CompiledTemplate) throws {
        try checkNames(template.nodes, in: template)
        guard let declaredVariables, !includedNames.contains(template.name) else { return }
        var visited: Set<Visit> = []
        try checkVariables(template.nodes, in: template, scope: declaredVariables, visited: &visited)
    }

    /// Templates that some template includes.
    private var includedNames: Set<String> {
        Set(templates.values.flatMap { Self.includes(in: $0.nodes) })
    }

    /// The names a node tree includes, in order, with repeats.
    static func includes(in nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        func collect(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .include(let name, _, _): names.append(name)
                case .conditional(let branches, let otherwise):
                    branches.forEach { collect($0.body) }
                    collect(otherwise ?? [])
                case .loop(_, _, let body, let empty, _):
                    collect(body)
                    collect(empty ?? [])
                case .choose(_, let branches, _): branches.forEach(collect)
                case .text, .output: break
                }
            }
        }
        collect(nodes)
        return names
    }

    // MARK: Filters and includes

    private func checkNames(_ nodes: [TemplateNode], in template: CompiledTemplate) throws {
        for node in nodes {
            switch node {
            case .text: break
            case .output(let expression, _):
                try checkFilters(expression, in: template)
            case .conditional(let branches, let otherwise):
                for branch in branches {
                    try checkFilters(branch.condition, in: template)
                    try checkNames(branch.body, in: template)
                }
                try checkNames(otherwise ?? [], in: template)
            case .loop(_, let sequence, let body, let empty, _):
                try checkFilters(sequence, in: template)
                try checkNames(body, in: template)
                try checkNames(empty ?? [], in: template)
            case .choose(_, let branches, _):
                for branch in branches { try checkNames(branch, in: template) }
            case .include(let name, _, let position):
                guard templates[name] != nil else {
                    throw TemplateError(
                        kind: .unknownTemplate,
                        message: "unknown template '\(name)' in include — known templates: \(templates.keys.sorted().joined(separator: ", "))",
                        location: template.location(position))
                }
            }
        }
    }

    private func checkFilters(_ expression: TemplateExpression, in template: CompiledTemplate) throws {
        switch expression {
        case .literal, .path: break
        case .filter(let input, let name, let arguments, let position):
            guard filterNames.contains(name) else {
                throw TemplateError(
                    kind: .unknownFilter,
                    message: "unknown filter '\(name)' — known filters: \(filterNames.sorted().joined(separator: ", "))",
                    location: template.location(position))
            }
            if let allowed = argumentCounts[name], !allowed.contains(arguments.count) {
                throw TemplateError(
                    kind: .typeMismatch,
                    message: BuiltInFilters.argumentCountMessage(filter: name, allowed: allowed, given: arguments.count),
                    location: template.location(position))
            }
            try checkFilters(input, in: template)
            for argument in arguments { try checkFilters(argument, in: template) }
        case .not(let inner): try checkFilters(inner, in: template)
        case .and(let left, let right), .or(let left, let right), .comparison(_, let left, let right, _):
            try checkFilters(left, in: template)
            try checkFilters(right, in: template)
        }
    }

    // MARK: Variables

    /// The variables in scope at one point, with what is known about each.
    typealias Scope = [String: TemplateShape]

    /// A template checked in one scope; a partial included twice in the same scope is checked once.
    private struct Visit: Hashable {
        let template: String
        let scope: Scope
    }

    private func checkVariables(
        _ nodes: [TemplateNode], in template: CompiledTemplate, scope: Scope, visited: inout Set<Visit>
    ) throws {
        for node in nodes {
            switch node {
            case .text: break
            case .output(let expression, _):
                _ = try shape(of: expression, in: template, scope: scope)
            case .conditional(let branches, let otherwise):
                for branch in branches {
                    _ = try shape(of: branch.condition, in: template, scope: scope)
                    try checkVariables(branch.body, in: template, scope: scope, visited: &visited)
                }
                try checkVariables(otherwise ?? [], in: template, scope: scope, visited: &visited)
            case .loop(let variable, let sequence, let body, let empty, let position):
                let item: TemplateShape
                switch try shape(of: sequence, in: template, scope: scope) {
                case .list(let element): item = element
                case .any: item = .any
                case .scalar(let kind):
                    throw TemplateError.loopNeedsList(variable, sequence, got: kind, at: template.location(position))
                case .object:
                    throw TemplateError.loopNeedsList(variable, sequence, got: "an object", at: template.location(position))
                }
                var inner = scope
                inner[variable] = item
                inner["loop"] = .loop
                try checkVariables(body, in: template, scope: inner, visited: &visited)
                try checkVariables(empty ?? [], in: template, scope: scope, visited: &visited)
            case .choose(_, let branches, _):
                for branch in branches { try checkVariables(branch, in: template, scope: scope, visited: &visited) }
            case .include(let name, _, _):
                guard let included = templates[name],
                      visited.insert(Visit(template: name, scope: scope)).inserted else { continue }
                try checkVariables(included.nodes, in: included, scope: scope, visited: &visited)
            }
        }
    }

    /// Checks every variable of an expression and returns what is known of its value.
    private func shape(of expression: TemplateExpression, in template: CompiledTemplate, scope: Scope) throws -> TemplateShape {
        switch expression {
        case .literal(let value):
            return TemplateShape(sample: value)
        case .path(let segments, let position):
            guard var current = scope[segments[0]] else {
                throw TemplateError.unknownVariable(segments[0], knownHere: scope.keys.sorted(), at: template.location(position))
            }
            for (offset, segment) in segments.enumerated().dropFirst() {
                let walked = segments[..<offset].joined(separator: ".")
                switch current {
                case .any:
                    return .any
                case .object(let fields):
                    guard let next = fields[segment] else {
                        throw TemplateError.noField(segment, in: walked, fields: Array(fields.keys), at: template.location(position))
                    }
                    current = next
                case .list(let element):
                    guard Int(segment) != nil else {
                        throw TemplateError.listNeedsIndex(segment, in: walked, at: template.location(position))
                    }
                    current = element
                case .scalar(let kind):
                    throw TemplateError.scalarHasNoField(segment, in: walked, kind: kind, at: template.location(position))
                }
            }
            return current
        case .filter(let input, _, let arguments, _):
            _ = try shape(of: input, in: template, scope: scope)
            for argument in arguments { _ = try shape(of: argument, in: template, scope: scope) }
            return .any
        case .not(let inner):
            _ = try shape(of: inner, in: template, scope: scope)
            return .scalar("a boolean")
        case .and(let left, let right), .or(let left, let right), .comparison(_, let left, let right, _):
            _ = try shape(of: left, in: template, scope: scope)
            _ = try shape(of: right, in: template, scope: scope)
            return .scalar("a boolean")
        }
    }
}
