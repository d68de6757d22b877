/// How much a finding matters: errors fail the check (exit 8), warnings are advice.
public enum CheckSeverity: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
    case error
    case warning
}
