/// How values print: integral numbers without a fraction, booleans as words.
enum TemplateValueFormatter {
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 9.0e15 {
            return String(Int(number))
        }
        return String(number)
    }
}
