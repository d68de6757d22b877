/// A piece of a parsed template, rendered in order.
indirect enum TemplateNode: Sendable {
    /// Literal text, whitespace rules already applied.
    case text(String)
    /// `{{ expression }}`.
    case output(TemplateExpression, SourcePosition)
    /// `{% if %}…{% elif %}…{% else %}…{% endif %}`: the first true branch wins.
    case conditional([ConditionalBranch], otherwise: [TemplateNode]?)
    /// `{% for variable in sequence %}…{% else %}…{% endfor %}`.
    case loop(variable: String, sequence: TemplateExpression, body: [TemplateNode], empty: [TemplateNode]?, SourcePosition)
    /// `{% choose "slot" %}…{% or %}…{% endchoose %}`.
    case choose(slot: String, branches: [[TemplateNode]], SourcePosition)
    /// `{% include "name" %}`; `lineBreak` ends the included text when the tag stood alone on its line.
    case include(name: String, lineBreak: String?, SourcePosition)
}

/// One `if`/`elif` branch.
struct ConditionalBranch: Sendable {
    let condition: TemplateExpression
    let body: [TemplateNode]
}

extension TemplateNode {
    /// Where the node's tag starts; nil for literal text and `if` blocks, which keep no position.
    var position: SourcePosition? {
        switch self {
        case .text, .conditional: return nil
        case .output(_, let position), .loop(_, _, _, _, let position), .choose(_, _, let position), .include(_, _, let position):
            return position
        }
    }
}
