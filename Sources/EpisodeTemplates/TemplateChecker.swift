/// Load-time checks across a whole set: every filter and included template exists, and,
/// when the caller declares its variables, every variable a template uses is declared
/// or is a loop variable in scope.
struct TemplateChecker {
    let templates: [String: CompiledTemplate]
    let filterNames: Set<String>
    /// Argument counts of the built-in filters the caller did not replace.
    let argumentCounts: [String: ClosedRange<Int>]
    let declaredVariables: Set<String>?

    /// Checks filters and includes of one template; checks variables when it is a root
    /// (a template no other template includes), following its includes with the loop
    /// variables in scope at each include.
    func check(_ template: CompiledTemplate) throws {
        try checkNames(template.nodes, in: template)
        guard let declaredVariables, !includedNames.contains(template.name) else { return }
        var visited: Set<String> = []
        try checkVariables(template.nodes, in: template, scope: declaredVariables, visited: &visited)
    }

    /// Templates that some template includes.
    private var includedNames: Set<String> {
        var names: Set<String> = []
        func collect(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .include(let name, _): names.insert(name)
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
        templates.values.forEach { collect($0.nodes) }
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
            case .include(let name, let position):
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

    private func checkVariables(
        _ nodes: [TemplateNode], in template: CompiledTemplate, scope: Set<String>, visited: inout Set<String>
    ) throws {
        for node in nodes {
            switch node {
            case .text: break
            case .output(let expression, _):
                try checkVariables(expression, in: template, scope: scope)
            case .conditional(let branches, let otherwise):
                for branch in branches {
                    try checkVariables(branch.condition, in: template, scope: scope)
                    try checkVariables(branch.body, in: template, scope: scope, visited: &visited)
                }
                try checkVariables(otherwise ?? [], in: template, scope: scope, visited: &visited)
            case .loop(let variable, let sequence, let body, let empty, _):
                try checkVariables(sequence, in: template, scope: scope)
                try checkVariables(body, in: template, scope: scope.union([variable, "loop"]), visited: &visited)
                try checkVariables(empty ?? [], in: template, scope: scope, visited: &visited)
            case .choose(_, let branches, _):
                for branch in branches { try checkVariables(branch, in: template, scope: scope, visited: &visited) }
            case .include(let name, _):
                guard let included = templates[name] else { continue }
                let key = name + "\u{1F}" + scope.sorted().joined(separator: ",")
                guard visited.insert(key).inserted else { continue }
                try checkVariables(included.nodes, in: included, scope: scope, visited: &visited)
            }
        }
    }

    private func checkVariables(_ expression: TemplateExpression, in template: CompiledTemplate, scope: Set<String>) throws {
        switch expression {
        case .literal: break
        case .path(let segments, let position):
            guard scope.contains(segments[0]) else {
                throw TemplateError(
                    kind: .unknownVariable,
                    message: "unknown variable '\(segments[0])' — known here: \(scope.sorted().joined(separator: ", "))",
                    location: template.location(position))
            }
        case .filter(let input, _, let arguments, _):
            try checkVariables(input, in: template, scope: scope)
            for argument in arguments { try checkVariables(argument, in: template, scope: scope) }
        case .not(let inner): try checkVariables(inner, in: template, scope: scope)
        case .and(let left, let right), .or(let left, let right), .comparison(_, let left, let right, _):
            try checkVariables(left, in: template, scope: scope)
            try checkVariables(right, in: template, scope: scope)
        }
    }
}
