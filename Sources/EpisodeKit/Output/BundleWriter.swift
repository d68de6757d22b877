import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes episode bundles: the only code that writes files. This is IO.
///
/// - One writer at a time: a `FolderLock` on the bundle; a second run stops with exit 9.
/// - Atomic: every file is first written in full to a temporary file in the same folder; only then
///   are they renamed into place, so a reader never sees half a file. The manifest lists the new
///   digests as pending before the first rename, so a run killed between renames leaves files
///   episodegen still knows as its own. Temporary files of a killed run are removed by the next.
/// - Idempotent: a file whose bytes are already right is not touched (its mtime stays).
/// - Careful with people's work: the manifest (`.episodegen.json`) keeps the digest of every file
///   as episodegen last wrote it. A file a person edited is kept: the new draft of it goes beside
///   it (`script.new.txt`), the other files are refreshed, and `changes.txt` says which commits
///   came or went. With `force` the edited file is replaced and kept as `<name>.bak`. A file
///   episodegen never wrote is refused (nothing is written) unless `force` is set.
/// - An approved bundle is never rewritten.
public struct BundleWriter: Sendable {
    /// What a write did, by file name.
    public struct Report: Equatable, Sendable {
        /// Files created or replaced.
        public var written: [String] = []
        /// Files already up to date.
        public var unchanged: [String] = []
        /// A file a person edited, and the name its new draft was written under.
        public struct Beside: Equatable, Sendable {
            public var edited: String
            public var draft: String
        }

        /// Files a person edited, each with its new draft.
        public var besides: [Beside] = []
        /// Backups of edited files that `force` replaced.
        public var backups: [String] = []
        /// Set when a draft went beside an edited file: the commits that came or went since.
        public var changes: CommitChanges?
        /// The bundle is approved: nothing was written.
        public var skippedApproved = false
    }

    /// The file that says what changed when a draft goes beside an edited one.
    public static let changesName = "changes.txt"

    /// Called after each temporary file is written and after each rename, with the file's name;
    /// tests throw from it to stop a write half way.
    var interruption: (@Sendable (String) throws -> Void)?

    public init() {}

    /// The name the new draft of an edited file gets: `script.txt` → `script.new.txt`.
    public static func draftName(besides name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + ".new" }
        return name[..<dot] + ".new" + name[dot...]
    }

    /// Writes `files` into `directory`, creating it if needed.
    /// - Parameters:
    ///   - files: the bundle's files; names are plain file names inside `directory`.
    ///   - directory: the bundle folder.
    ///   - force: replace files a person edited (keeping `<name>.bak`) or that episodegen did not write.
    ///   - commits: the commits the files were made from, kept in the manifest to tell an editor
    ///     what changed later.
    ///   - leavingApproved: write nothing into an approved bundle (a draft); `approve` itself
    ///     writes into the bundle it approves.
    /// - Throws: `FolderLockedError` (another run writes the bundle), `BundleWriteError.notWrittenByEpisodegen`
    ///   (nothing was written), `.invalidFileName`, `.fileSystem`.
    @discardableResult
    public func write(
        _ files: [RenderedFile], into directory: URL, force: Bool, commits: [BundleCommit] = [], leavingApproved: Bool = true
    ) throws -> Report {
        var names: Set<String> = []
        for file in files {
            let name = file.name
            guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0"),
                !name.hasPrefix(".episodegen"), name != Self.changesName, names.insert(name).inserted
            else { throw BundleWriteError.invalidFileName(name) }
        }
        let folder = directory.path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BundleWriteError.fileSystem(path: folder, reason: "\(error.localizedDescription)")
        }
        let lock = try FolderLock(folder: folder)
        defer { withExtendedLifetime(lock) {} }
        removeStaleTemporaryFiles(in: folder)

        let manifestPath = directory.appendingPathComponent(BundleManifest.fileName).path
        let oldManifest = readManifest(at: manifestPath)
        var report = Report()
        if leavingApproved, oldManifest?.effectiveStatus == .approved {
            report.skippedApproved = true
            return report
        }
        var manifest = oldManifest ?? BundleManifest()
        manifest.pending = nil

        // Decide everything before writing anything.
        var plan: [(name: String, bytes: [UInt8])] = []
        for file in files {
            let path = directory.appendingPathComponent(file.name).path
            var name = file.name
            let bytes = Array(file.contents.utf8)
            if let existing = FileManager.default.contents(atPath: path) {
                if existing.elementsEqual(bytes) {
                    report.unchanged.append(name)
                    manifest.files[name] = ContentDigest.of(bytes)
                    continue
                }
                let episodegenWroteIt = oldManifest?.wrote(ContentDigest.of(existing), as: name) ?? false
                if !episodegenWroteIt {
                    let edited = oldManifest?.files[name] != nil || oldManifest?.pending?[name] != nil
                    if force {
                        let backup = name + ".bak"
                        plan.append((backup, Array(existing)))
                        report.backups.append(backup)
                    } else if edited, oldManifest?.files[name] == ContentDigest.of(bytes) {
                        // The draft is what the editor started from: nothing new to show them.
                        report.unchanged.append(name)
                        continue
                    } else if edited {
                        name = Self.draftName(besides: name)
                        report.besides.append(Report.Beside(edited: file.name, draft: name))
                        if let draft = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                            draft.elementsEqual(bytes)
                        {
                            report.unchanged.append(name)
                            manifest.files[name] = ContentDigest.of(bytes)
                            continue
                        }
                    } else {
                        throw BundleWriteError.notWrittenByEpisodegen(path: path)
                    }
                }
            }
            plan.append((name, bytes))
            manifest.files[name] = ContentDigest.of(bytes)
            report.written.append(name)
        }
        if report.besides.isEmpty {
            if leavingApproved || !commits.isEmpty { manifest.commits = commits }
        } else {
            // The edited draft was made from the old commits: keep them as its base.
            let changes = CommitChanges(from: oldManifest?.commits ?? [], to: commits)
            report.changes = changes
            let drafts = report.besides.map { "\($0.draft) (\($0.edited) was edited)" }.joined(separator: ", ")
            let text = (["New draft beside the edited one: \(drafts)."] + changes.lines).joined(separator: "\n") + "\n"
            let bytes = Array(text.utf8)
            if FileManager.default.contents(atPath: directory.appendingPathComponent(Self.changesName).path)?.elementsEqual(bytes) == true {
                report.unchanged.append(Self.changesName)
            } else {
                plan.append((Self.changesName, bytes))
                report.written.append(Self.changesName)
            }
            manifest.files[Self.changesName] = ContentDigest.of(bytes)
        }
        // Backups are the person's bytes, not episodegen's: not in the manifest.
        for backup in report.backups { manifest.files[backup] = nil }

        try apply(plan, in: folder, manifest: manifest, oldManifest: oldManifest, manifestPath: manifestPath)
        return report
    }

    /// Writes every planned file to a temporary file, records the new digests as pending, renames
    /// the files into place, then writes the final manifest.
    private func apply(_ plan: [(name: String, bytes: [UInt8])], in folder: String, manifest: BundleManifest, oldManifest: BundleManifest?, manifestPath: String) throws {
        guard !plan.isEmpty else {
            if manifest != oldManifest { try writeManifest(manifest, to: manifestPath) }
            return
        }
        var temporaries: [String] = []
        do {
            for (name, bytes) in plan {
                temporaries.append(try writeTemporary(bytes, in: folder, for: folder + "/" + name))
                try interruption?(name)
            }
        } catch {
            for temporary in temporaries { unlink(temporary) }
            throw error
        }
        var journal = oldManifest ?? BundleManifest()
        journal.pending = Dictionary(plan.map { ($0.name, ContentDigest.of($0.bytes)) }, uniquingKeysWith: { $1 })
        do {
            try writeManifest(journal, to: manifestPath)
        } catch {
            for temporary in temporaries { unlink(temporary) }
            throw error
        }
        for (index, (name, _)) in plan.enumerated() {
            let path = folder + "/" + name
            guard rename(temporaries[index], path) == 0 else {
                let reason = String(cString: strerror(errno))
                for temporary in temporaries[index...] { unlink(temporary) }
                throw BundleWriteError.fileSystem(path: path, reason: reason)
            }
            try interruption?(name)
        }
        try writeManifest(manifest, to: manifestPath)
    }

    func readManifest(at path: String) -> BundleManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(BundleManifest.self, from: data)
    }

    /// Temporary files left by a run that was killed: those whose process (the number after the
    /// prefix) is gone. A live process may still own one outside the lock (`approve` rendering audio).
    func removeStaleTemporaryFiles(in folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(Self.temporaryPrefix) {
            let pid = Int32(name.dropFirst(Self.temporaryPrefix.count).prefix { $0.isNumber })
            if let pid, pid > 0, kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(folder + "/" + name)
        }
    }

    static let temporaryPrefix = ".episodegen-tmp-"

    /// Writes to a new temporary file beside `path`, flushes it to disk, then renames it over `path`.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = try writeTemporary(bytes, in: (path as NSString).deletingLastPathComponent, for: path)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BundleWriteError.fileSystem(path: path, reason: reason)
        }
    }

    /// Writes `bytes` to a new temporary file in `folder` and flushes it to disk.
    /// - Returns: the temporary file's path. On failure nothing is left behind.
    private func writeTemporary(_ bytes: [UInt8], in folder: String, for path: String) throws -> String {
        let temporary = "\(folder)/\(Self.temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BundleWriteError.fileSystem(path: path, reason: String(cString: strerror(errno))) }
        var failure: String? = nil
        do {
            try bytes.withUnsafeBytes { try FileDescriptorOutput.writeAll($0, to: descriptor) }
        } catch let error as OutputError {
            failure = error.message
        } catch {
            failure = "\(error)"
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw BundleWriteError.fileSystem(path: path, reason: failure)
        }
        return temporary
    }
}
