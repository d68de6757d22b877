import Foundation

extension ShowConfigurationLoader {
    /// Typed access to the values `JSONSerialization` returns, with errors that name the key path.
    struct Reader {
        let file: String

        func error(_ keyPath: String, _ message: String) -> ConfigurationError {
            ConfigurationError(file: file, keyPath: keyPath, message: message)
        }

        /// `parent.key`, or `key` at the top level; keys that are not identifiers are quoted (`spokenNames["cmd/link"]`).
        static func join(_ parent: String, _ key: String) -> String {
            let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
            if plain { return parent.isEmpty ? key : parent + "." + key }
            return parent + "[\"" + key + "\"]"
        }

        func object(_ value: Any, at path: String) throws -> [String: Any] {
            guard let object = value as? [String: Any] else { throw error(path, "expected an object, found \(Reader.kind(of: value))") }
            return object
        }

        func checkKeys(_ object: [String: Any], known: [String], at path: String) throws {
            for key in object.keys.sorted() where !known.contains(key) {
                throw error(Reader.join(path, key), "unknown key \"\(key)\"" + ShowConfigurationLoader.suggestion(for: key, among: known))
            }
        }

        func optionalString(_ object: [String: Any], _ key: String, at path: String) throws -> String? {
            guard let value = present(object, key) else { return nil }
            guard let string = value as? String else { throw error(Reader.join(path, key), "expected a string, found \(Reader.kind(of: value))") }
            return string
        }

        func optionalBool(_ object: [String: Any], _ key: String, at path: String) throws -> Bool? {
            guard let value = present(object, key) else { return nil }
            guard Reader.isBool(value), let flag = value as? Bool else {
                throw error(Reader.join(path, key), "expected true or false, found \(Reader.kind(of: value))")
            }
            return flag
        }

        func optionalNumber(_ object: [String: Any], _ key: String, at path: String) throws -> Double? {
            guard let value = present(object, key) else { return nil }
            return try number(value, at: Reader.join(path, key))
        }

        func optionalInteger(_ object: [String: Any], _ key: String, at path: String) throws -> Int? {
            guard let value = try optionalNumber(object, key, at: path) else { return nil }
            guard value.rounded() == value, abs(value) < 1e9 else {
                throw error(Reader.join(path, key), "expected a whole number, found \(value)")
            }
            return Int(value)
        }

        func optionalArray(_ object: [String: Any], _ key: String, at path: String) throws -> [Any]? {
            guard let value = present(object, key) else { return nil }
            guard let array = value as? [Any] else { throw error(Reader.join(path, key), "expected an array, found \(Reader.kind(of: value))") }
            return array
        }

        func optionalStringArray(_ object: [String: Any], _ key: String, at path: String) throws -> [String]? {
            guard let array = try optionalArray(object, key, at: path) else { return nil }
            return try array.enumerated().map { index, element in
                guard let string = element as? String else {
                    throw error(Reader.join(path, key) + "[\(index)]", "expected a string, found \(Reader.kind(of: element))")
                }
                return string
            }
        }

        func optionalStringMap(_ object: [String: Any], _ key: String, at path: String) throws -> [String: String]? {
            guard let value = present(object, key) else { return nil }
            let map = try self.object(value, at: Reader.join(path, key))
            var result: [String: String] = [:]
            for name in map.keys.sorted() {
                guard let string = map[name] as? String else {
                    throw error(Reader.join(Reader.join(path, key), name), "expected a string, found \(Reader.kind(of: map[name]!))")
                }
                result[name] = string
            }
            return result
        }

        func optionalNumberMap(_ object: [String: Any], _ key: String, at path: String) throws -> [String: Double]? {
            guard let value = present(object, key) else { return nil }
            let map = try self.object(value, at: Reader.join(path, key))
            var result: [String: Double] = [:]
            for name in map.keys.sorted() {
                result[name] = try number(map[name]!, at: Reader.join(Reader.join(path, key), name))
            }
            return result
        }

        /// Throws unless `value` lies in `range`, naming the range so the fix is obvious.
        func checkRange(_ value: Double, in range: ClosedRange<Double>, at keyPath: String, what: String) throws {
            guard range.contains(value) else {
                throw error(keyPath, "\(what) must be from \(Reader.plain(range.lowerBound)) to \(Reader.plain(range.upperBound)) (found \(value))")
            }
        }

        /// Links end up on web pages, where any other scheme (`javascript:`) could run code.
        func checkWebAddress(_ link: String, at keyPath: String) throws {
            let lowered = link.lowercased()
            guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
                throw error(keyPath, "a link pattern must start with https:// or http:// (found \"\(link.prefix(40))\")")
            }
        }

        /// `20` rather than `20.0` for whole numbers.
        static func plain(_ value: Double) -> String {
            value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }

        /// Throws for the first pattern that is not a valid glob, at `keyPath[index]`.
        func checkGlobs(_ patterns: [String], caseInsensitive: Bool = false, at keyPath: String) throws {
            for (index, pattern) in patterns.enumerated() {
                do {
                    _ = try Glob(pattern, caseInsensitive: caseInsensitive)
                } catch let problem as Glob.SyntaxError {
                    throw error(keyPath + "[\(index)]", problem.message)
                }
            }
        }

        private func number(_ value: Any, at keyPath: String) throws -> Double {
            guard !Reader.isBool(value), let number = value as? NSNumber else {
                throw error(keyPath, "expected a number, found \(Reader.kind(of: value))")
            }
            let double = number.doubleValue
            guard double.isFinite else { throw error(keyPath, "expected a finite number") }
            return double
        }

        /// A key whose value is `null` counts as absent, so a preset can spell out a default.
        private func present(_ object: [String: Any], _ key: String) -> Any? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            return value
        }

        static func isBool(_ value: Any) -> Bool {
            guard let number = value as? NSNumber, !(value is String) else { return false }
            return String(cString: number.objCType) == "c"
        }

        static func kind(of value: Any) -> String {
            if value is NSNull { return "null" }
            if isBool(value) { return "a boolean" }
            if value is String { return "a string" }
            if value is NSNumber { return "a number" }
            if value is [Any] { return "an array" }
            if value is [String: Any] { return "an object" }
            return "\(type(of: value))"
        }
    }
}
