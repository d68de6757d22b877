// Generated from Inputs/templates/*.tmpl: edit those files, then copy each text here.
// `DefaultTemplatesTests` fails when the two differ by a single byte.

/// The default episode templates, built into the binary so an installed `episodegen`
/// needs no resource files. A show overrides any of them with a same-named `*.tmpl`
/// file in its `templatesPath` folder; `Inputs/templates/` holds these texts as the
/// editable starting point.
public enum DefaultTemplates {
    /// Template text by name (`greeting`, `lead`, ...).
    public static let all: [String: String] = [
        "focus": #"""
        {# Who should care: the platforms and tools the day's stories name, a crash fix, or the areas. #}
        {% if focus.affects | count > 0 and focus.affectsPeople | count > 0 %}
        {% choose "focus" %}
        {% if span.several %}The focus{% else %}Today's focus{% endif %}: if you work with {{ focus.affects | join: "or" }}, read up on the changes from {{ focus.affectsPeople | join }}.
        {% or %}
        If {{ focus.affects | join: "or" }} {{ focus.affects | count | plural: "is", "are" }} part of your setup, the changes from {{ focus.affectsPeople | join }} are the ones to look at.
        {% or %}
        A note for anyone using {{ focus.affects | join: "or" }}: the changes from {{ focus.affectsPeople | join }} speak to that directly.
        {% endchoose %}
        {% elif focus.crash %}
        {% choose "focus" %}
        {% if span.several %}The focus{% else %}Today's focus{% endif %}: if {{ focus.crashArea }} has ever crashed or hung on you, {{ focus.crashAuthor }}'s fix is the one to pick up.
        {% or %}
        If you depend on {{ focus.crashArea }}, the crash fix from {{ focus.crashAuthor }} is the change to watch for in your next update.
        {% or %}
        A note for anyone who depends on {{ focus.crashArea }}: {{ focus.crashAuthor }}'s crash fix is the one to pick up.
        {% endchoose %}
        {% elif focus.areas | count > 0 %}
        {% choose "focus" %}
        {% if span.several %}The focus{% else %}Today's focus{% endif %}: if you work with {{ focus.areas | join: "or" }}, {% if focus.fixes > 1 %}these fixes are for you{% elif focus.fixes == 1 %}this fix is for you{% else %}{{ day.commits | plural: "this change is", "these changes are" }} worth a look{% endif %}.
        {% or %}
        If your work touches {{ focus.areas | join: "or" }}, {{ day.commits | plural: "this change is", "these changes are" }} worth a look{% if focus.fixes > 0 and day.commits > 1 %}, especially the {{ focus.fixes | plural: "fix", "fixes" }}{% endif %}.
        {% or %}
        For people who work on {{ focus.areas | join: "or" }}: {% if focus.fixes > 0 %}that's where the fixes landed{% else %}that's where the work went{% endif %}.
        {% endchoose %}
        {% endif %}

        """#,
        "framing": #"""
        {# One or two sentences on how much landed, from whom, what kind of work and where. #}
        {% if day.total == 0 %}
        {% choose "quiet" %}
        Nothing landed {{ span.when }}, so this one is short: no new commits, and no news.
        {% or %}
        An empty log {{ span.when }}: no commits, so no stories.
        {% or %}
        No commits {{ span.when }}, which makes for a short show.
        {% endchoose %}
        {% elif day.people == 0 and day.commits > 0 %}
        {{ day.commits | words | capitalized }} {{ day.commits | plural: "change", "changes" }} landed {{ span.when }}, though the log doesn't say who wrote {{ day.commits | plural: "it", "them" }}.
        {% elif day.people == 0 %}
        Only automated changes landed {{ span.when }}: {{ day.bots | words }} of them, from {{ day.botNames | join }}.
        {% elif day.commits == 1 %}
        {% choose "framing-one" %}
        Just one change landed {{ span.when }}, from {{ lead.author }}, in {{ lead.area }}
        {%- or %}
        A quiet day: one change, from {{ lead.author }}, in {{ lead.area }}
        {%- or %}
        One change {{ span.when }}, and it comes from {{ lead.author }}, in {{ lead.area }}
        {%- endchoose %}
        {%- if day.bots > 0 %}, plus {{ day.bots | words }} automated {{ day.bots | plural: "update", "updates" }} from {{ day.botNames | join }}{% endif %}.
        {% else %}
        {% choose "framing-count" %}
        {{ day.commits | words | capitalized }} changes landed {{ span.when }}
        {%- if day.people == 1 %} from {{ day.topPerson.name }}
        {%- else %} from {{ day.people | words }} people
        {%- endif %}
        {%- or %}
        {% if day.people == 1 %}{{ day.topPerson.name }}{% else %}{{ day.people | words | capitalized }} people{% endif %} landed {{ day.commits | words }} changes {{ span.when }}
        {%- or %}
        The log shows {{ day.commits | words }} changes {{ span.when }}
        {%- if day.people == 1 %}, all from {{ day.topPerson.name }}
        {%- else %}, from {{ day.people | words }} people
        {%- endif %}
        {%- or %}
        We have {{ day.commits | words }} changes to get through{% if not span.several %} today{% endif %}
        {%- if day.people == 1 %}, all from {{ day.topPerson.name }}
        {%- else %}, from {{ day.people | words }} people
        {%- endif %}
        {%- endchoose %}
        {%- if day.bots > 0 %}, plus {{ day.bots | words }} automated {{ day.bots | plural: "update", "updates" }} from {{ day.botNames | join }}{% endif %}.
        {% if day.mostly == "fix" and day.fixes == day.commits %}{% if day.commits == 2 %}Both are fixes.{% else %}All of them are fixes.{% endif %}
        {% elif day.mostlyPhrase %}{% choose "mostly" %}{% if day.commits == 2 %}Both are {{ day.mostlyPhrase }}.{% else %}Most of them are {{ day.mostlyPhrase }}.{% endif %}{% or %}The bulk of it: {{ day.mostlyPhrase }}.{% or %}Mostly {{ day.mostlyPhrase }}, as it happens.{% endchoose %}
        {% elif day.fixes > 1 %}{% choose "framing-fixes" %}{{ day.fixes | words | capitalized }} of them are fixes.{% or %}Fixes account for {{ day.fixes | words }} of them.{% or %}Among them: {{ day.fixes | words }} fixes.{% endchoose %}
        {% endif %}
        {% if day.issuesFixed > 1 %}
        {% choose "framing-issues" %}
        Between them, they close {{ day.issuesFixed | words }} reported issues.
        {% or %}
        Together they settle {{ day.issuesFixed | words }} reported issues.
        {% or %}
        That adds up to {{ day.issuesFixed | words }} reported issues closed.
        {% endchoose %}
        {% endif %}
        {% if day.areas | count > 1 and day.areasCoverMost %}
        {% choose "framing-areas" %}
        The busiest areas were {{ day.areas | join }}.
        {% or %}
        The action was mostly in {{ day.areas | join }}.
        {% or %}
        Activity clustered in {{ day.areas | join }}.
        {% endchoose %}
        {% elif day.areas | count > 1 %}
        {% choose "framing-spread" %}
        {% if day.areaCount > day.areas | count %}The work was spread over {{ day.areaCount | words }} areas, among them {{ day.areas | join }}.{% else %}The work was spread over {{ day.areas | join }}.{% endif %}
        {% or %}
        It touched {{ day.areas | join }}{% if day.areaCount > day.areas | count %}, among other places{% endif %}.
        {% endchoose %}
        {% endif %}
        {% if day.people > 1 and day.topPerson.commits > 2 %}
        {% choose "top-person" %}
        {{ day.topPerson.name }} alone landed {{ day.topPerson.commits | words }}.
        {% or %}
        The busiest hands belonged to {{ day.topPerson.name }}, with {{ day.topPerson.commits | words }} of them.
        {% or %}
        {{ day.topPerson.name }} wrote {{ day.topPerson.commits | words }} of them.
        {% endchoose %}
        {% endif %}
        {% endif %}

        """#,
        "greeting": #"""
        {# The first words of the show: its name and the day, or the days an episode covers. #}
        {% if span.several %}
        {% choose "greeting-span" %}
        Welcome to {{ show.name }}. This episode covers {{ span.from }} to {{ span.to }}.
        {% or %}
        This is {{ show.name }}, looking back from {{ span.from }} to {{ span.to }}.
        {% endchoose %}
        {% else %}
        {% choose "greeting" %}
        Hello and welcome to {{ show.name }} for {{ date.spoken }}.
        {% or %}
        This is {{ show.name }}, for {{ date.spoken }}.
        {% or %}
        Welcome to {{ show.name }}. It's {{ date.spoken }}, and here's what landed.
        {% endchoose %}
        {% endif %}

        """#,
        "lead": #"""
        {# The top-ranked story: who and where, what was going wrong, what changed, and why it matters. #}
        {% if not story.author %}
        Our lead is {% include "story-noun" %} in {{ story.area }}: {{ story.summary }}.
        {% if story.problem %}{% include "tell-problem" %}{% endif %}
        {% elif story.sentence %}
        {% choose "lead-topic" %}
        Our lead comes from {{ story.author }}, in {{ story.area }}. {{ story.sentence }}
        {% or %}
        We start with {{ story.area }} and work from {{ story.author }}. {{ story.sentence }}
        {% endchoose %}
        {% elif story.problem and story.action %}
        {% choose "lead" %}
        Our lead is {% include "story-noun" %} from {{ story.author | emphasis }} in {{ story.area }}.
        {% or %}
        The top story {{ span.when }} is {% include "story-noun" %} in {{ story.area }}, from {{ story.author | emphasis }}.
        {% or %}
        We begin in {{ story.area }}, with {% include "story-noun" %} from {{ story.author | emphasis }}.
        {% or %}
        First up: {% include "story-noun" %} in {{ story.area }}, from {{ story.author | emphasis }}.
        {% endchoose %}
        {% include "tell-problem" %}
        {% choose "lead-change" %}
        {{ story.firstName }}'s change {% include "tell-what" %}.
        {% or %}
        So {{ story.firstName }} {% include "tell-what" %}.
        {% or %}
        {{ story.firstName }} {% include "tell-what" %}.
        {% endchoose %}
        {% elif day.commits == 1 %}
        {{ story.firstName }} {% include "tell-what" %}.
        {% elif not story.action %}
        {# A summary without a verb of its own is named, not retold: "a change" is said once. #}
        Our lead comes from {{ story.author | emphasis }}, in {{ story.area }}: work on {{ story.summary | quoted }}.
        {% else %}
        {% choose "lead" %}
        Our lead is {% include "story-noun" %} from {{ story.author | emphasis }} in {{ story.area }}. {{ story.firstName }} {% include "tell-what" %}.
        {% or %}
        The top story {{ span.when }} is {% include "story-noun" %} in {{ story.area }}. {{ story.author | emphasis }} {% include "tell-what" %}.
        {% or %}
        We begin in {{ story.area }}, where {{ story.author | emphasis }} {% include "tell-what" %}.
        {% or %}
        First up: {% include "story-noun" %} in {{ story.area }}. {{ story.author | emphasis }} {% include "tell-what" %}.
        {% endchoose %}
        {% endif %}
        {% include "tell-why" %}

        """#,
        "more": #"""
        {# What was not told in full, counted by area; bots are counted, never narrated. #}
        {% if more.commits == 1 %}
        One more change landed{% if more.areas | count > 0 %}, in {{ more.areas.0.name }}{% endif %}.
        {% elif more.commits > 0 %}
        {% choose "more" %}
        There's more we don't have time for: {{ more.commits | words }} other {{ more.commits | plural: "change", "changes" }}
        {% or %}
        Beyond those, {{ more.commits | words }} more {{ more.commits | plural: "change", "changes" }} landed
        {% endchoose %}
        {%- if more.areas | count > 0 %},
        {% for area in more.areas %}
        {%- if loop.last and not loop.first %} and {% elif not loop.first %}, {% endif %}{{ area.commits | words }} in {{ area.name }}
        {%- endfor %}
        {%- if more.otherCommits > 0 %}, and {{ more.otherCommits | words }} elsewhere{% endif %}
        {%- endif %}.
        {% endif %}
        {% if more.names | count > 0 %}
        Thanks also to {{ more.names | join }}{% if more.otherPeople > 0 %}, and {{ more.otherPeople | words }} {{ more.otherPeople | plural: "other", "others" }}{% endif %}.
        {% endif %}

        """#,
        "notes-summary": #"""
        {# One written paragraph for the show notes: one to three sentences of prose. #}
        {% if day.total == 0 %}
        No changes landed.
        {% elif day.people == 0 and day.commits == 0 %}
        Only automated updates: {{ day.bots | words }} from {{ day.botNames | join }}.
        {% else %}
        {{ day.commits | words | capitalized }} {{ day.commits | plural: "change", "changes" }} from {{ day.people | words }} {{ day.people | plural: "person", "people" }}
        {%- if day.bots > 0 %}, plus {{ day.bots | words }} automated {{ day.bots | plural: "update", "updates" }}{% endif %}
        {%- if notes.mix %}: {{ notes.mix }}{% endif %}.
        {% if notes.told | count > 0 %}
        {{ notes.told.0 | capitalized }}.
        {% endif %}
        {% if notes.told | count > 1 %}
        Also: {% for told in notes.told %}{% if not loop.first %}{% if loop.last and loop.index > 2 %} and {% elif loop.index > 2 %}; {% endif %}{{ told }}{% endif %}{% endfor %}.
        {% endif %}
        {% endif %}

        """#,
        "notes-title": #"""
        {# The show notes' title: the theme of the day, written, not spoken. #}
        {% if notes.theme %}{{ notes.theme }}{% elif day.people == 0 and day.bots > 0 %}{{ show.name }}: automated updates{% else %}{{ show.name }}: a quiet day{% endif %}

        """#,
        "person": #"""
        {# Someone with several stories: one segment, biggest first, linked by their name and "And";
        two quiet stories in a row share one sentence ("Alan also did X, and did Y"). #}
        {% if person.wroteLead %}
        {% choose "person-again" %}
        {{ person.firstName }} had more {{ span.when }}.
        {% or %}
        There's more from {{ person.firstName }}.
        {% or %}
        Back to {{ person.firstName }}, for the rest of that list.
        {% endchoose %}
        {% elif person.commits < 3 %}
        {% choose "person-two" %}
        Up next, {{ person.name }}, with {{ person.commits | words }} changes.
        {% or %}
        Now to {{ person.name }}, who landed {{ person.commits | words }} changes.
        {% or %}
        {{ person.name }} brought {{ person.commits | words }} changes.
        {% endchoose %}
        {% else %}
        {% choose "person" %}
        {{ person.name }} had a busy {% if span.several %}stretch{% else %}day{% endif %}, with {{ person.commits | words }} changes.
        {% or %}
        Next up is {{ person.name }}, with {{ person.commits | words }} changes.
        {% or %}
        Now to {{ person.name }}, who landed {{ person.commits | words }} changes.
        {% endchoose %}
        {% endif %}
        {% for story in person.stories %}
        {% if story.sentence %}
        {% if loop.first %}In{% elif loop.last %}And in{% elif loop.index == 3 %}Then, in{% else %}Also in{% endif %} {{ story.area }}: {{ story.sentence }}
        {% elif loop.first %}
        {% choose "person-first" %}
        In {{ story.area }}, {{ story.firstName }} {% include "tell-what" %}.
        {% or %}
        {{ story.firstName }} {% include "tell-what" %} in {{ story.area }}.
        {% or %}
        Over in {{ story.area }}, {{ story.firstName }} {% include "tell-what" %}.
        {% endchoose %}
        {% elif loop.last %}
        {% choose "person-last" %}And{% or %}Finally,{% or %}To finish,{% endchoose %} {{ story.firstName }} {% if story.sameAction %}did the same in {{ story.area }}{% else %}{% include "tell-what" %}{% if story.newArea %} in {{ story.area }}{% endif %}{% endif %}{% if story.countHandled %}, across {{ story.commits | words }} changes{% endif %}.
        {% elif story.continued %}
        and {% if story.sameAction %}did the same in {{ story.area }}{% else %}{% include "tell-what" %}{% if story.newArea %} in {{ story.area }}{% endif %}{% endif %}.
        {% else %}
        {% if loop.index == 3 %}On top of that, {{ story.firstName }}{% else %}{% choose "person-also" %}{{ story.firstName }} also{% or %}Besides that, {{ story.firstName }}{% or %}What's more, {{ story.firstName }}{% endchoose %}{% endif %} {% if story.sameAction %}did the same in {{ story.area }}{% else %}{% include "tell-what" %}{% if story.newArea %} in {{ story.area }}{% endif %}{% endif %}{% if story.countHandled %}, across {{ story.commits | words }} changes{% endif %}{% if story.continues %},{% else %}.{% endif %}
        {% endif %}
        {% include "tell-why" %}
        {% endfor %}

        """#,
        "problem-text": #"""
        {# The problem sentences: the one before the best, when it says when it happens, then the best. #}
        {% if story.problemBefore %}{{ story.problemBefore }} {% endif %}{{ story.problem }}

        """#,
        "roundup": #"""
        {# The small things, naming everyone not named yet. #}
        {% choose "roundup" %}
        In the round-up:
        {% or %}
        A few more, quickly.
        {% or %}
        Quickly, the rest of the list.
        {% endchoose %}
        {% for story in roundup.stories %}
        {% if not story.author %}
        {% if loop.last and not loop.first %}And in{% else %}In{% endif %} {{ story.area }}: {{ story.summary }}
        {%- elif story.sentence %}
        {% if loop.last and not loop.first %}And from{% else %}From{% endif %} {{ story.author }}: {{ story.sentence | trimperiod }}
        {%- else %}
        {% if loop.last and not loop.first %}And {% endif %}{{ story.author }} {% include "tell-what" %} in {{ story.area }}
        {%- endif %}
        {%- if story.more > 0 %}, plus {{ story.more | words }} more {{ story.more | plural: "change", "changes" }}{% endif %}.
        {% endfor %}

        """#,
        "signoff": #"""
        {# The closing line. #}
        {% choose "signoff" %}
        That's the show. Thanks for listening{% if span.several %}, and see you next time{% else %}, and see you tomorrow{% endif %}.
        {% or %}
        That's all for {% if span.several %}this episode{% else %}{{ date.weekday }}{% endif %}. Thanks for listening to {{ show.name }}.
        {% or %}
        And that's {{ show.name }}{% if not span.several %} for today{% endif %}. See you next time.
        {% endchoose %}

        """#,
        "story": #"""
        {# One more story, by someone with just this one told in full. #}
        {% if not story.author %}
        {% choose "story-anonymous" %}
        Also in {{ story.area }}: {{ story.summary }}.
        {% or %}
        In {{ story.area }}: {{ story.summary }}.
        {% endchoose %}
        {% elif story.sentence %}
        {% choose "story-topic" %}
        From {{ story.author }}, in {{ story.area }}: {{ story.sentence }}
        {% or %}
        {{ story.author }} worked on {{ story.area }}. {{ story.sentence }}
        {% endchoose %}
        {% else %}
        {% choose "handover" %}
        Meanwhile, in {{ story.area }}, {{ story.author }} {% include "tell-what" %}.
        {% or %}
        Next, {{ story.author }}, in {{ story.area }}, {% include "tell-what" %}.
        {% or %}
        In {{ story.area }}, {{ story.author }} {% include "tell-what" %}.
        {% or %}
        {{ story.author }} {% include "tell-what" %} in {{ story.area }}.
        {% or %}
        Then there's {{ story.area }}, where {{ story.author }} {% include "tell-what" %}.
        {% endchoose %}
        {% endif %}
        {% include "tell-why" %}

        """#,
        "story-noun": #"""
        {# "a fix", "a new feature", ...: what kind of change a story is, with its article. #}
        {% if story.breaking %}a breaking change
        {%- elif story.category == "fix" and story.fixesCrash %}a crash fix
        {%- elif story.category == "fix" %}a fix
        {%- elif story.category == "feature" %}a new feature
        {%- elif story.category == "performance" %}a speed-up
        {%- elif story.category == "revert" %}a revert
        {%- elif story.category == "docs" %}a documentation change
        {%- elif story.category == "tests" %}a testing change
        {%- elif story.category == "build" %}a build change
        {%- elif story.category == "release" %}a release
        {%- elif story.category == "merge" %}a merged topic
        {%- elif story.category == "refactor" or story.category == "chore" or story.category == "style" %}some cleanup
        {%- else %}a change
        {%- endif %}

        """#,
        "tell-problem": #"""
        {# What was going wrong, from the commit message, before the change is told. Quoting the
        author ("in Alan's words") only when the words are exactly the author's. #}
        {% if story.problemVerbatim and story.firstName %}
        {% choose "problem" %}
        Here's what was going wrong, in {{ story.firstName }}'s words: {% include "problem-text" %}
        {% or %}
        As {{ story.firstName }} describes the problem: {% include "problem-text" %}
        {% or %}
        {{ story.firstName }} sums up the problem: {% include "problem-text" %}
        {% endchoose %}
        {% else %}
        {% choose "problem" %}
        Here's what was going wrong: {% include "problem-text" %}
        {% or %}
        The commit message describes the problem: {% include "problem-text" %}
        {% or %}
        First, the background: {% include "problem-text" %}
        {% endchoose %}
        {% endif %}

        """#,
        "tell-remedy": #"""
        {# The change in the message's own imperative words, introduced so it never sounds like advice. #}
        {% choose "remedy" %}
        {% if story.category == "fix" %}The fix{% else %}The change{% endif %}: {{ story.changeImperative }}
        {% or %}
        {% if story.category == "fix" %}The remedy{% else %}What it does{% endif %}, in the commit's words: {{ story.changeImperative }}
        {% endchoose %}

        """#,
        "tell-what": #"""
        {# What a story changed, as a predicate after a name: "fixed reporting in the tool". #}
        {% if story.action %}{{ story.action }}
        {%- else %}landed a change titled {{ story.summary | quoted }}
        {%- endif %}

        """#,
        "tell-why": #"""
        {# Why it matters, only as far as the commit messages say so. Never invented.
        The lead ("full") tells the effect and a measured result after the change (its problem came
        before); other stories ("brief") one sentence of why; the round-up none. #}
        {% if story.breaking %}
        {% choose "breaking" %}
        Heads up: this one is marked as a breaking change.
        {% or %}
        Note that it's marked as a breaking change, so check before you upgrade.
        {% endchoose %}
        {% endif %}
        {% if story.revertReason %}
        {% choose "revert-reason" %}
        The reason for the revert: {{ story.revertReason }}
        {% or %}
        Why undo it? The commit message says: {{ story.revertReason }}
        {% endchoose %}
        {% endif %}
        {% if story.depth == "full" and story.changeRest %}
        {% choose "change" %}
        The change {{ story.changeRest }}
        {% or %}
        In short, it {{ story.changeRest }}
        {% or %}
        {{ story.firstName }}'s commit {{ story.changeRest }}
        {% endchoose %}
        {% elif story.depth == "full" and story.changeImperative and story.problem %}
        {% include "tell-remedy" %}
        {% endif %}
        {# Issues closed are said for the lead; the framing counts the rest. #}
        {% if story.depth != "full" %}
        {% elif story.issuesFixed > 1 %}
        {% choose "closes-several" %}
        That closes {{ story.issuesFixed | words }} reported issues.
        {% or %}
        It closes {{ story.issuesFixed | words }} reported issues, too.
        {% endchoose %}
        {% elif story.issuesFixed == 1 %}
        {% choose "closes" %}
        That closes a reported issue.
        {% or %}
        It settles an open issue, too.
        {% or %}
        With that, one more reported issue is closed.
        {% or %}
        That fixes a reported issue.
        {% or %}
        One more issue off the tracker.
        {% or %}
        This one answers a bug report.
        {% endchoose %}
        {% endif %}
        {% if story.depth == "full" %}
        {% if story.problem and not story.problemTold %}{% include "tell-problem" %}{% endif %}
        {% if story.effect %}
        {% choose "effect" %}
        The commit message goes on: {{ story.effect }}
        {% or %}
        More from the message: {{ story.effect }}
        {% or %}
        As the message puts it: {{ story.effect }}
        {% endchoose %}
        {% endif %}
        {% if story.measurement %}
        {% choose "measurement" %}
        There's a number to go with it: {{ story.measurement }}
        {% or %}
        The commit message measures it: {{ story.measurement }}
        {% endchoose %}
        {% endif %}
        {% elif story.depth == "brief" and not story.revertReason %}
        {% if story.problem %}
        {% choose "brief-problem" %}
        The problem it solves: {{ story.problem }}
        {% or %}
        Why? {{ story.problem }}
        {% or %}
        Behind it: {{ story.problem }}
        {% endchoose %}
        {% if story.changeImperative %}{% include "tell-remedy" %}{% endif %}
        {% if story.measurement %}
        {% choose "brief-measurement" %}
        Measured: {{ story.measurement }}
        {% or %}
        By the numbers: {{ story.measurement }}
        {% endchoose %}
        {% elif story.effect %}
        {% choose "brief-effect" %}
        In the message's words: {{ story.effect }}
        {% or %}
        Its message adds: {{ story.effect }}
        {% endchoose %}
        {% endif %}
        {% elif story.measurement %}
        {% choose "brief-measurement" %}
        Measured: {{ story.measurement }}
        {% or %}
        By the numbers: {{ story.measurement }}
        {% endchoose %}
        {% elif story.effect %}
        {% choose "brief-effect" %}
        In the message's words: {{ story.effect }}
        {% or %}
        Its message adds: {{ story.effect }}
        {% endchoose %}
        {% elif story.changeRest and not story.reason %}
        {% choose "brief-change" %}
        Put simply, the change {{ story.changeRest }}
        {% or %}
        Its commit {{ story.changeRest }}
        {% endchoose %}
        {% endif %}
        {% endif %}
        {% if story.reason and story.depth != "none" %}
        {% if story.reasonVerbatim and story.firstName %}
        {% choose "quote" %}
        As {{ story.firstName }} put it in the commit message: {{ story.reason }}
        {% or %}
        In {{ story.firstName }}'s own words: {{ story.reason }}
        {% endchoose %}
        {% else %}
        {% choose "explains" %}
        The commit message explains: {{ story.reason }}
        {% or %}
        From the commit message: {{ story.reason }}
        {% or %}
        For background: {{ story.reason }}
        {% endchoose %}
        {% endif %}
        {% endif %}
        {% if story.countHandled or story.sentence %}
        {% elif story.commits > 1 and story.brief %}
        That took {{ story.commits | words }} changes.
        {% elif story.commits > 1 %}
        {% if story.others | count > 0 %}
        {% if story.firstName %}{% choose "along" %}Along the way, {{ story.firstName }} also {{ story.others | actions }}.{% or %}Alongside that, {{ story.firstName }} {{ story.others | actions }}.{% endchoose %}{% else %}It also {{ story.others | actions }}.{% endif %}
        {% endif %}
        {% if story.unnamedCommits > 0 %}
        {% choose "in-all" %}
        That story took {{ story.commits | words }} changes in all.
        {% or %}
        The whole story took {{ story.commits | words }} changes.
        {% endchoose %}
        {% endif %}
        {% endif %}

        """#,
    ]
}
