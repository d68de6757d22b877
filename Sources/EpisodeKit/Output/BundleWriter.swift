import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes episode bundles: the only code that writes files. This is IO.
///
/// - Atomic: each file is written to a temporary file in the same folder and renamed over the
///   old one, so a reader never sees half a file.
/// - Idempotent: a file whose bytes are already right is not touched (its mtime stays).
/// - Careful with people's work: the manifest (`.episodegen.json`) keeps the digest of every file
///   as episodegen last wrote it. A file on disk that differs from that, or that episodegen never
///   wrote, is not overwritten unless `force` is set. Nothing is written when any file is refused.
public struct BundleWriter: Sendable {
    /// What a write did, by file name.
    public struct Report: Equatable, Sendable {
        /// Files created or replaced.
        public var written: [String]
        /// Files already up to date.
        public var unchanged: [String]
    }

    public init() {}

    /// Writes `files` into `directory`, creating it if needed.
    /// - Parameters:
    ///   - files: the bundle's files; names are plain file names inside `directory`.
    ///   - directory: the bundle folder.
    ///   - force: overwrite files a person edited or that episodegen did not write.
    /// - Throws: `BundleWriteError.editedByPerson` / `.notWrittenByEpisodegen` (nothing was
    ///   written), `.invalidFileName`, `.fileSystem`.
    @discardableResult
    public func write(_ files: [RenderedFile], into directory: URL, force: Bool) throws -> Report {
        var names: Set<String> = []
        for file in files {
            let name = file.name
            guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0"),
                name != BundleManifest.fileName, !name.hasPrefix(".episodegen-tmp-"), names.insert(name).inserted
            else { throw BundleWriteError.invalidFileName(name) }
        }
        let folder = directory.path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BundleWriteError.fileSystem(path: folder, reason: "\(error.localizedDescription)")
        }
        let manifestPath = directory.appendingPathComponent(BundleManifest.fileName).path
        let oldManifest = readManifest(at: manifestPath)
        var manifest = oldManifest ?? BundleManifest()

        // Decide everything before writing anything.
        var plan: [(path: String, bytes: [UInt8])] = []
        var report = Report(written: [], unchanged: [])
        for file in files {
            let path = directory.appendingPathComponent(file.name).path
            let bytes = Array(file.contents.utf8)
            let digest = ContentDigest.of(bytes)
            if let existing = FileManager.default.contents(atPath: path) {
                if existing.elementsEqual(bytes) {
                    report.unchanged.append(file.name)
                    manifest.files[file.name] = digest
                    continue
                }
                if !force {
                    guard let recorded = oldManifest?.files[file.name] else {
                        throw BundleWriteError.notWrittenByEpisodegen(path: path)
                    }
                    if recorded != ContentDigest.of(existing) { throw BundleWriteError.editedByPerson(path: path) }
                }
            }
            plan.append((path, bytes))
            manifest.files[file.name] = digest
            report.written.append(file.name)
        }
        for (path, bytes) in plan { try writeAtomically(bytes, to: path) }
        if manifest != oldManifest { try writeManifest(manifest, to: manifestPath) }
        return report
    }

    func readManifest(at path: String) -> BundleManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(BundleManifest.self, from: data)
    }

    /// Writes to a new temporary file beside `path`, flushes it to disk, then renames it over `path`.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(folder)/.episodegen-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw BundleWriteError.fileSystem(path: path, reason: String(cString: strerror(errno))) }
        var failure: String? = nil
        do {
            try bytes.withUnsafeBytes { try FileDescriptorOutput.writeAll($0, to: descriptor) }
        } catch let error as OutputError {
            failure = error.message
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw BundleWriteError.fileSystem(path: path, reason: failure)
        }
    }
}
