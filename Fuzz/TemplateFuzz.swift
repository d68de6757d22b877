import EpisodeTemplates

/// libFuzzer entry: arbitrary text as a template named `main` (which may include itself and a
/// fixed partial), parsed, checked and rendered against a small context. Anything but a
/// `TemplateError` (a crash, a hang, unbounded memory) is a finding. Built by Scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let context = TemplateValue.object([
        "show": .object(["name": .string("Fuzz Daily"), "count": .number(3)]),
        "stories": .list([
            .object(["title": .string("fix a <crash>"), "people": .list([.string("A"), .string("B")])]),
            .object(["title": .string("add a feature"), "people": .list([])]),
        ]),
        "flag": .bool(true),
        "nothing": .null,
    ])
    let sources = [
        "main": TemplateSource(text: text),
        "partial": TemplateSource(text: "{{ show.name }} {% for story in stories %}{{ story.title }}{% endfor %}"),
    ]
    guard let set = try? TemplateSet(sources: sources) else { return 0 }
    _ = try? set.render("main", context: context, seed: "2026-06-08")
    return 0
}
