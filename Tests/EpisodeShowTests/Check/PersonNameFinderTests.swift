import Testing
@testable import EpisodeShow

@Suite struct PersonNameFinderTests {
    @Test(arguments: [
        ("Alan Donovan fixed it.", ["Alan Donovan"]),
        ("In Madeline Kalil's own words", ["Madeline Kalil"]),
        ("thanks to Orhun Parmaksız and Dương Quốc Khánh", ["Orhun Parmaksız", "Dương Quốc", "Quốc Khánh"]),
        ("The go slash S S A package and the M C P server", []),
        ("It's Monday, June eighth. Today's focus: Go.", []),
        ("fixed it, Alan. Donovan merged", []),
        ("Welcome to Go Tools Daily", ["Go Tools", "Tools Daily"]),
    ])
    func findsCapitalisedPairs(text: String, names: [String]) {
        #expect(PersonNameFinder.names(in: text) == names)
    }
}
