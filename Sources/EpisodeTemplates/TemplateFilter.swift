/// A named filter: `{{ value | name: arg1, arg2 }}` calls it with the value and the
/// evaluated arguments. Filters are pure functions; the show stage registers its own
/// (number words, spoken names, emphasis markers) next to the built-ins.
///
/// A filter reports bad input by throwing `TemplateFilterError`; the engine adds the
/// template, line and column. Any other error is reported with its description.
public typealias TemplateFilter = @Sendable (TemplateValue, [TemplateValue]) throws -> TemplateValue
