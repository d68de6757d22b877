import EpisodeAnalysis
import EpisodeIngest
import EpisodeShow
import EpisodeTemplates

/// The one place where errors become exit statuses. Docs/CLI.md documents the same table.
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let internalError: Int32 = 1
    public static let usage: Int32 = 2
    public static let unparseableInput: Int32 = 3
    public static let gitFailed: Int32 = 4
    public static let configuration: Int32 = 5
    public static let template: Int32 = 6
    public static let refusedOverwrite: Int32 = 7
    /// `episodegen check` found errors in an edited script.
    public static let checkFailed: Int32 = 8
    /// Another run is writing the same show or bundle (`FolderLock`).
    public static let busy: Int32 = 9
    /// `episodegen approve --audio` could not make audio (espeak-ng missing or failing).
    public static let audioFailed: Int32 = 10

    /// The exit status for an error that ended a command.
    public static func code(for error: Error) -> Int32 {
        switch error {
        case is UsageError: return usage
        case is UnparseableInputError, is InputReadError, is CheckInputError: return unparseableInput
        case is GitError: return gitFailed
        case is ConfigurationError: return configuration
        case is TemplateError, is EpisodeComposerError: return template
        case is CheckFailedError, is ApprovalRefusedError: return checkFailed
        case is FolderLockedError: return busy
        case is AudioError: return audioFailed
        case let bundle as BundleWriteError: return bundle.isRefusal ? refusedOverwrite : internalError
        default: return internalError
        }
    }
}
