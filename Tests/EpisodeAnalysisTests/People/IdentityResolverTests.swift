import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct IdentityResolverTests {
    typealias C = CommitBuilder

    @Test func mailmapReadsAllFourFormsAndComments() {
        let mailmap = MailmapParser.parse("""
        # comment line
        René Scharfe <l.s.r@web.de>
        <orhunparmaksiz@gmail.com> <orhun@archlinux.org>
        Orhun Parmaksız <orhunparmaksiz@gmail.com> <orhun.parmaksiz@example.com>
        Alan Donovan <adonovan@google.com> alan <ALAN@golang.org>  # trailing comment

        """)
        #expect(mailmap.entries.count == 4)
        #expect(mailmap.resolve(name: "Rene Scharfe", email: "L.S.R@web.de") == ("René Scharfe", "L.S.R@web.de"))
        #expect(mailmap.resolve(name: "Orhun", email: "orhun@archlinux.org") == ("Orhun", "orhunparmaksiz@gmail.com"))
        #expect(mailmap.resolve(name: "orhun", email: "orhun.parmaksiz@example.com") == ("Orhun Parmaksız", "orhunparmaksiz@gmail.com"))
        #expect(mailmap.resolve(name: "alan", email: "alan@golang.org") == ("Alan Donovan", "adonovan@google.com"))
        // The name-and-email form applies only to that commit name.
        #expect(mailmap.resolve(name: "someone else", email: "alan@golang.org") == ("someone else", "alan@golang.org"))
    }

    @Test func mailmapAndIdentitiesMergeSpellings() {
        let commits = [
            C.commit(C.hash("a1"), author: "Rene Scharfe <l.s.r@web.de>", message: "archive: one"),
            C.commit(C.hash("a2"), author: "René Scharfe <rene.scharfe@lsrfire.ath.cx>", message: "archive: two"),
            C.commit(C.hash("a3"), author: "Alex Putman <aputman@google.com>", message: "gopls: three"),
            C.commit(C.hash("a4"), author: "Alex Putman <APutman@golang.org>", message: "gopls: four"),
            C.commit(C.hash("a5"), author: "Orhun Parmaksız <orhun@archlinux.org>", message: "docs: five"),
        ]
        let resolver = IdentityResolver(
            mailmap: MailmapParser.parse("René Scharfe <l.s.r@web.de>\n"),
            identities: [Identity(name: "René Scharfe", email: "l.s.r@web.de", aliases: ["rene.scharfe@lsrfire.ath.cx"])]
        )
        let result = resolver.resolve(commits)
        #expect(result.authorIDs[0] == "l.s.r@web.de")
        #expect(result.authorIDs[1] == "l.s.r@web.de")
        // Same full name, two e-mails: one person.
        #expect(result.authorIDs[2] == result.authorIDs[3])
        let rene = result.people.first { $0.id == "l.s.r@web.de" }
        #expect(rene?.name == "René Scharfe")
        #expect(rene?.commits == [C.hash("a1"), C.hash("a2")])
        #expect(rene?.aliases == ["Rene Scharfe <l.s.r@web.de>", "René Scharfe <rene.scharfe@lsrfire.ath.cx>"])
        #expect(result.people.contains { $0.name == "Orhun Parmaksız" })
        #expect(result.people.count == 3)
    }

    @Test func coAuthorsAreCredited() {
        let commit = C.commit(
            C.hash("b1"), author: "Orhun Parmaksız <orhunparmaksiz@gmail.com>", message: "feat(changelog): support sorting",
            trailers: [("Co-authored-by", "Shingo OKAWA <shingo.okawa.g.h.c@gmail.com>"), ("Co-authored-by", "Orhun Parmaksız <orhunparmaksiz@gmail.com>")]
        )
        let result = IdentityResolver().resolve([commit])
        #expect(result.coAuthorIDs[0] == ["shingo.okawa.g.h.c@gmail.com"])
        let shingo = result.people.first { $0.id == "shingo.okawa.g.h.c@gmail.com" }
        #expect(shingo?.coAuthored == [C.hash("b1")])
        #expect(shingo?.commits == [])
    }

    @Test(arguments: [
        ("dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", true),
        ("Gopher Robot <gobot@golang.org>", true),
        ("renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>", true),
        ("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>", true),
        ("Orhun Parmaksız <orhunparmaksiz@gmail.com>", false),
        ("Jean-Noël Avila <jn.avila@free.fr>", false),
        ("Sergey Sitnikov <59214617+sergey-robot@users.noreply.github.com>", false),
    ])
    func recognisesBots(author: String, isBot: Bool) {
        let result = IdentityResolver().resolve([C.commit(C.hash("c1"), author: author, message: "chore: x")])
        #expect(result.people.count == 1)
        #expect(result.people[0].isBot == isBot)
    }

    @Test func configuredBotGlobsApply() {
        let bots = BotDetector(extra: ["ci-runner*"], includeDefaults: false)
        #expect(bots.isBot(name: "CI-Runner 3", email: "ci@example.com"))
        #expect(!bots.isBot(name: "dependabot[bot]", email: ""))
    }
}
