import Foundation

/// A mistake in a template, found while loading (syntax, unknown filter, unknown include,
/// undeclared variable) or while rendering (unknown variable, wrong kind of value, a
/// filter that refused its input). The message says what is wrong and what was expected;
/// `location` says where.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// What kind of mistake; lets callers and tests tell them apart without parsing text.
    public enum Kind: String, Equatable, Sendable {
        /// The template text does not parse (unclosed tag, unexpected token, bad block structure).
        case syntax
        /// A filter name that is neither built in nor registered by the caller.
        case unknownFilter
        /// `{% include "name" %}` or `render("name")` names no template of the set.
        case unknownTemplate
        /// A variable (root name or key) that the context or the declared variables do not have.
        case unknownVariable
        /// A value of the wrong kind: looping over a non-list, printing a list, a bad filter argument.
        case typeMismatch
        /// A filter threw; the message is the filter's.
        case filterFailed
        /// Includes nested too deeply (a template that includes itself).
        case includeCycle
        /// A render went over its budget of steps or output (`TemplateRenderer.maximumSteps`).
        case tooMuchWork
        /// A template file or folder could not be read.
        case unreadable
    }

    public var kind: Kind
    /// What is wrong, written for the person editing the template.
    public var message: String
    /// Where; nil only for errors that belong to no template position (an unreadable folder).
    public var location: TemplateLocation?

    public init(kind: Kind, message: String, location: TemplateLocation?) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// `file:line:column: message`, or just the message when there is no location.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    public var errorDescription: String? { description }
}
