import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The editor's side of a bundle: reading its manifest, setting its status, and taking in a file
/// made by another program (the audio). IO.
extension BundleWriter {
    /// The bundle's manifest; `nil` when there is none or it cannot be read.
    public func manifest(of directory: URL) -> BundleManifest? {
        readManifest(at: directory.appendingPathComponent(BundleManifest.fileName).path)
    }

    /// Sets the bundle's status, keeping everything else of its manifest.
    /// - Throws: `BundleWriteError.notWrittenByEpisodegen` when the folder has no manifest,
    ///   `FolderLockedError` when a run is writing the bundle, `.fileSystem`.
    public func setStatus(_ status: BundleStatus, of directory: URL) throws {
        let lock = try FolderLock(folder: directory.path)
        defer { withExtendedLifetime(lock) {} }
        let path = directory.appendingPathComponent(BundleManifest.fileName).path
        guard var manifest = readManifest(at: path) else { throw BundleWriteError.notWrittenByEpisodegen(path: path) }
        guard manifest.status != status else { return }
        manifest.status = status
        try writeManifest(manifest, to: path)
    }

    /// Renames `temporary` (a finished file in the bundle folder) to `name` and records its digest,
    /// so the file is atomic and listed like the others.
    /// - Throws: `BundleWriteError.invalidFileName`, `.notWrittenByEpisodegen` (no manifest),
    ///   `FolderLockedError` when a run is writing the bundle, `.fileSystem`.
    public func install(_ temporary: URL, as name: String, in directory: URL) throws {
        let lock = try FolderLock(folder: directory.path)
        defer { withExtendedLifetime(lock) {} }
        guard !name.isEmpty, !name.contains("/"), name != BundleManifest.fileName, !name.hasPrefix(".") else {
            throw BundleWriteError.invalidFileName(name)
        }
        let manifestPath = directory.appendingPathComponent(BundleManifest.fileName).path
        guard var manifest = readManifest(at: manifestPath) else { throw BundleWriteError.notWrittenByEpisodegen(path: manifestPath) }
        let target = directory.appendingPathComponent(name).path
        guard let bytes = FileManager.default.contents(atPath: temporary.path) else {
            throw BundleWriteError.fileSystem(path: temporary.path, reason: "cannot read the file")
        }
        guard rename(temporary.path, target) == 0 else {
            throw BundleWriteError.fileSystem(path: target, reason: String(cString: strerror(errno)))
        }
        manifest.files[name] = ContentDigest.of(bytes)
        try writeManifest(manifest, to: manifestPath)
    }

    /// The manifest as `write` stores it: sorted keys, pretty-printed, a final newline.
    func writeManifest(_ manifest: BundleManifest, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(manifest)) ?? Data()
        try writeAtomically(Array(data) + [UInt8(ascii: "\n")], to: path)
    }
}
