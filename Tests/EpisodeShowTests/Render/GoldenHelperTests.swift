import Testing

@Suite struct GoldenHelperTests {
    @Test func lineDiffShowsOnlyChangedLinesWithNumbers() {
        let diff = Golden.lineDiff("a\nb\nc\n", "a\nB\nc\nd\n")
        #expect(diff == "+2: B\n-2: b\n+4: d")
    }

    @Test func identicalTextHasNoDiff() {
        #expect(Golden.lineDiff("same\n", "same\n").isEmpty)
    }
}
