import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads template overrides from a folder: every `*.tmpl` file directly in it becomes a
/// template named after the file without the extension (`opening.tmpl` -> `opening`).
/// Other files and subfolders are ignored. A `*.tmpl` that is a symbolic link, a pipe or a
/// device is refused, so a template can never bring in a file from outside its folder or block
/// the run; so is one larger than `maximumFileSize`. This is the engine's only IO; the show stage
/// and the CLI both use it, then hand the result to `TemplateSet(defaults:overrides:)`.
public enum TemplateDirectoryLoader {
    /// The file extension of template files, without the dot.
    public static let fileExtension = "tmpl"

    /// Loads the `*.tmpl` files of a folder.
    ///
    /// - Parameter directory: the folder to read (not recursive).
    /// - Returns: each template's text and path, by template name.
    /// - Throws: `TemplateError` of kind `.unreadable` when the folder is missing or a file
    ///   cannot be read as UTF-8.
    public static func load(directory: URL) throws -> [String: TemplateSource] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(
                kind: .unreadable, message: "template folder '\(directory.path)' does not exist or is not a folder",
                location: nil)
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw TemplateError(
                kind: .unreadable, message: "cannot list template folder '\(directory.path)': \(error.localizedDescription)",
                location: nil)
        }
        var sources: [String: TemplateSource] = [:]
        for fileName in names.sorted() where fileName.hasSuffix(".\(fileExtension)") {
            let name = String(fileName.dropLast(fileExtension.count + 1))
            guard !name.isEmpty else { continue }
            let file = directory.appendingPathComponent(fileName)
            guard let data = try readRegularFile(file.path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(
                    kind: .unreadable, message: "cannot read template file '\(file.path)' as UTF-8 text", location: nil)
            }
            sources[name] = TemplateSource(text: text, path: file.path)
        }
        return sources
    }

    /// Template files larger than this are refused (the built-in templates are a few hundred bytes).
    public static let maximumFileSize = 1 << 20

    /// The bytes of a regular file, or nil for a subfolder (ignored). The file is opened without
    /// following a symbolic link and without blocking, and checked on the open descriptor, so
    /// nothing can swap it between the check and the read.
    /// - Throws: `TemplateError` of kind `.unreadable` for a link, pipe, device, or a file too large or unreadable.
    static func readRegularFile(_ path: String) throws -> Data? {
        func refuse(_ reason: String) -> TemplateError {
            TemplateError(kind: .unreadable, message: "template file '\(path)' \(reason)", location: nil)
        }
        var linkInfo = stat()
        guard lstat(path, &linkInfo) == 0 else { throw refuse("cannot be read: \(String(cString: strerror(errno)))") }
        switch linkInfo.st_mode & S_IFMT {
        case S_IFDIR: return nil
        case S_IFLNK: throw refuse("is a symbolic link; template files must be regular files inside the template folder")
        case S_IFREG: break
        default: throw refuse("is not a regular file (a pipe, socket or device); template files must be regular files")
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw refuse("cannot be opened: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw refuse("changed while it was read; template files must be regular files")
        }
        guard info.st_size <= maximumFileSize else {
            throw refuse("is \(info.st_size) bytes; a template file may be at most \(maximumFileSize) bytes")
        }
        var data = Data()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw refuse("cannot be read: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            data.append(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
            guard data.count <= maximumFileSize else {
                throw refuse("grew while it was read; a template file may be at most \(maximumFileSize) bytes")
            }
        }
        return data
    }
}
