/// Numbers written for the ear.
///
/// The show's rule, used everywhere a count is spoken: 0 to 99 as words
/// ("six", "twenty-three"), 100 and above as digits ("480"), which hosts and
/// TTS voices both read well.
public enum SpokenNumber {
    private static let small = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let smallOrdinals = [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ]
    private static let tensOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]

    /// "six", "twenty-three", "480", "-3".
    public static func cardinal(_ n: Int) -> String {
        guard n >= 0, n < 100 else { return String(n) }
        if n < 20 { return small[n] }
        let unit = n % 10
        return unit == 0 ? tens[n / 10] : tens[n / 10] + "-" + small[unit]
    }

    /// "first", "eighth", "twenty-first", "thirtieth"; digits with a suffix from 100 on ("101st").
    public static func ordinal(_ n: Int) -> String {
        guard n >= 0, n < 100 else {
            let suffix: String
            switch (n % 10, n % 100) {
            case (_, 11...13): suffix = "th"
            case (1, _): suffix = "st"
            case (2, _): suffix = "nd"
            case (3, _): suffix = "rd"
            default: suffix = "th"
            }
            return String(n) + suffix
        }
        if n < 20 { return smallOrdinals[n] }
        let unit = n % 10
        return unit == 0 ? tensOrdinals[n / 10] : tens[n / 10] + "-" + smallOrdinals[unit]
    }

    /// `count` and the noun in the right number: "one change", "six changes", "480 changes".
    public static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        cardinal(count) + " " + (count == 1 ? singular : (plural ?? EnglishGrammar.plural(of: singular)))
    }
}
