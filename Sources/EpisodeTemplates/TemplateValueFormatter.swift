/// How numbers print, in output and in messages: integral numbers without a fraction ("3", not "3.0").
enum TemplateValueFormatter {
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 9.0e15 {
            return String(Int(number))
        }
        return String(number)
    }
}
