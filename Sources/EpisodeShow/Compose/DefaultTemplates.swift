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
        {# Who should care, from the areas of the stories told. #}
        {% if focus.areas | count > 0 %}
        {% choose "focus" %}
        Today's focus: if you work with {{ focus.areas | join: "or" }}, {% if focus.fixes > 1 %}these fixes are for you{% elif focus.fixes == 1 %}this fix is for you{% else %}{{ day.commits | plural: "this change is", "these changes are" }} worth a look{% endif %}.
        {% or %}
        Who should care? Anyone who relies on {{ focus.areas | join: "or" }}{% if focus.fixes > 0 %}, and most of all anyone who ran into the {{ focus.fixes | plural: "bug", "bugs" }} fixed today{% endif %}.
        {% or %}
        If your work touches {{ focus.areas | join: "or" }}, {{ day.commits | plural: "today's change is", "today's changes are" }} worth a look{% if focus.fixes > 0 %}, especially the {{ focus.fixes | plural: "fix", "fixes" }}{% endif %}.
        {% endchoose %}
        {% endif %}

        """#,
        "framing": #"""
        {# One or two sentences on how much landed, from whom, what kind of work and where. #}
        {% if day.total == 0 %}
        Nothing landed today, so this one is short.
        {% elif day.people == 0 and day.commits > 0 %}
        {{ day.commits | words | capitalized }} {{ day.commits | plural: "change", "changes" }} landed today, though the log doesn't say who wrote {{ day.commits | plural: "it", "them" }}.
        {% elif day.people == 0 %}
        Only automated changes landed today: {{ day.bots | words }} of them, from {{ day.botNames | join }}.
        {% elif day.commits == 1 %}
        {% choose "framing-one" %}
        Just one change landed today, from {{ lead.author }}, in {{ lead.area }}
        {%- or %}
        A quiet day: one change, from {{ lead.author }}, in {{ lead.area }}
        {%- endchoose %}
        {%- if day.bots > 0 %}, plus {{ day.bots | words }} automated {{ day.bots | plural: "update", "updates" }} from {{ day.botNames | join }}{% endif %}.
        {% else %}
        {{ day.commits | words | capitalized }} changes landed today
        {%- if day.people == 1 %} from {{ day.topPerson.name }}
        {%- else %} from {{ day.people | words }} people
        {%- endif %}
        {%- if day.bots > 0 %}, plus {{ day.bots | words }} automated {{ day.bots | plural: "update", "updates" }} from {{ day.botNames | join }}{% endif %}.
        {% if day.mostly == "fix" and day.fixes == day.commits %}{% if day.commits == 2 %}Both are fixes.{% else %}All of them are fixes.{% endif %}
        {% elif day.mostly == "fix" %}Most of them are fixes.
        {% elif day.mostly == "feature" %}{% if day.commits == 2 %}Both{% else %}Most of them{% endif %} add something new.
        {% elif day.mostly == "tests" %}{% if day.commits == 2 %}Both{% else %}Most of them{% endif %} are about tests.
        {% elif day.mostly == "docs" %}{% if day.commits == 2 %}Both{% else %}Most of them{% endif %} are documentation.
        {% elif day.mostly == "refactor" or day.mostly == "chore" %}{% if day.commits == 2 %}Both{% else %}Most of them{% endif %} are cleanup.
        {% elif day.mostly == "merge" %}{% if day.commits == 2 %}Both{% else %}Most of them{% endif %} merge finished topics.
        {% elif day.fixes > 1 %}{{ day.fixes | words | capitalized }} of them are fixes.
        {% endif %}
        {% if day.areas | count > 1 and day.areasCoverMost %}
        {% choose "framing-areas" %}
        The busiest areas were {{ day.areas | join }}.
        {% or %}
        Most of it happened in {{ day.areas | join }}.
        {% endchoose %}
        {% elif day.areas | count > 1 %}
        {% choose "framing-spread" %}
        {% if day.areaCount > day.areas | count %}The work was spread over {{ day.areaCount | words }} areas, among them {{ day.areas | join }}.{% else %}The work was spread over {{ day.areas | join }}.{% endif %}
        {% or %}
        It touched {{ day.areas | join }}{% if day.areaCount > day.areas | count %}, among other places{% endif %}.
        {% endchoose %}
        {% endif %}
        {% if day.people > 1 and day.topPerson.commits > 2 %}
        {{ day.topPerson.name }} alone landed {{ day.topPerson.commits | words }}.
        {% endif %}
        {% endif %}

        """#,
        "greeting": #"""
        {# The first words of the show: its name and the day. #}
        {% choose "greeting" %}
        Hello and welcome to {{ show.name }} for {{ date.spoken }}.
        {% or %}
        This is {{ show.name }}, for {{ date.spoken }}.
        {% or %}
        Welcome to {{ show.name }}. It's {{ date.spoken }}, and here's what landed.
        {% endchoose %}

        """#,
        "lead": #"""
        {# The top-ranked story: who, what, why. #}
        {% if not story.author %}
        Our lead is {% include "story-noun" %} in {{ story.area }}: {{ story.summary }}.
        {% elif story.sentence %}
        {% choose "lead-topic" %}
        Our lead comes from {{ story.author }}, in {{ story.area }}. {{ story.sentence }}
        {% or %}
        We start with {{ story.area }} and work from {{ story.author }}. {{ story.sentence }}
        {% endchoose %}
        {% elif day.commits == 1 %}
        {{ story.firstName }} {% include "tell-what" %}.
        {% elif not story.action %}
        {# A summary without a verb of its own is named, not retold: "a change" is said once. #}
        Our lead comes from {{ story.author | emphasis }}, in {{ story.area }}: a change titled {{ story.summary | quoted }}.
        {% else %}
        {% choose "lead" %}
        Our lead is {% include "story-noun" %} from {{ story.author | emphasis }} in {{ story.area }}. {{ story.firstName }} {% include "tell-what" %}.
        {% or %}
        The top story today is {% include "story-noun" %} in {{ story.area }}. {{ story.author | emphasis }} {% include "tell-what" %}.
        {% or %}
        We begin in {{ story.area }}, where {{ story.author | emphasis }} {% include "tell-what" %}.
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
        {# One written paragraph for the show notes. #}
        {% if day.total == 0 %}
        No changes landed.
        {% else %}
        {{ day.commits | words | capitalized }} {{ day.commits | plural: "change", "changes" }} from {{ day.people | words }} {{ day.people | plural: "person", "people" }}
        {%- if day.bots > 0 %} and {{ day.bots | words }} automated {{ day.bots | plural: "update", "updates" }}{% endif %}
        {%- if notes.stories | count > 0 %}:
        {% for story in notes.stories %}
        {%- if loop.last and not loop.first %} and {% elif not loop.first %}; {% endif %}{{ story.headline }} ({{ story.authors | join }})
        {%- endfor %}
        {%- endif %}.
        {% endif %}

        """#,
        "notes-title": #"""
        {# The show notes' title: the headline of the day, written, not spoken. #}
        {% if notes.lead %}{{ notes.lead.title | capitalized }}{% else %}{{ show.name }}: a quiet day{% endif %}

        """#,
        "person": #"""
        {# Someone with several stories: one segment, biggest first, linked by their name and "And";
        two quiet stories in a row share one sentence ("Alan also did X, and did Y"). #}
        {% if person.wroteLead %}
        {% choose "person-again" %}
        {{ person.firstName }} had more today.
        {% or %}
        There's more from {{ person.firstName }}.
        {% endchoose %}
        {% elif person.commits < 3 %}
        {% choose "person-two" %}
        Next up is {{ person.name }}, with {{ person.commits | words }} changes.
        {% or %}
        Now to {{ person.name }}, who landed {{ person.commits | words }} changes.
        {% endchoose %}
        {% else %}
        {% choose "person" %}
        {{ person.name }} had a busy day, with {{ person.commits | words }} changes.
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
        In {{ story.area }}, {{ story.firstName }} {% include "tell-what" %}.
        {% elif loop.last %}
        And {{ story.firstName }} {% if story.sameAction %}did the same in {{ story.area }}{% else %}{% include "tell-what" %}{% if story.newArea %} in {{ story.area }}{% endif %}{% endif %}{% if story.countHandled %}, across {{ story.commits | words }} changes{% endif %}.
        {% elif story.continued %}
        and {% if story.sameAction %}did the same in {{ story.area }}{% else %}{% include "tell-what" %}{% if story.newArea %} in {{ story.area }}{% endif %}{% endif %}.
        {% else %}
        {% if loop.index == 3 %}On top of that, {{ story.firstName }}{% else %}{{ story.firstName }} also{% endif %} {% if story.sameAction %}did the same in {{ story.area }}{% else %}{% include "tell-what" %}{% if story.newArea %} in {{ story.area }}{% endif %}{% endif %}{% if story.countHandled %}, across {{ story.commits | words }} changes{% endif %}{% if story.continues %},{% else %}.{% endif %}
        {% endif %}
        {% include "tell-why" %}
        {% endfor %}

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
        That's the show. Thanks for listening, and see you tomorrow.
        {% or %}
        That's all for {{ date.weekday }}. Thanks for listening to {{ show.name }}.
        {% or %}
        And that's {{ show.name }} for today. See you next time.
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
        Over in {{ story.area }}, {{ story.author }} {% include "tell-what" %}.
        {% or %}
        Next, {{ story.author }}, in {{ story.area }}, {% include "tell-what" %}.
        {% or %}
        In {{ story.area }}, {{ story.author }} {% include "tell-what" %}.
        {% endchoose %}
        {% endif %}
        {% include "tell-why" %}

        """#,
        "story-noun": #"""
        {# "a fix", "a new feature", ...: what kind of change a story is, with its article. #}
        {% if story.breaking %}a breaking change
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
        "tell-what": #"""
        {# What a story changed, as a predicate after a name: "fixed reporting in the tool". #}
        {% if story.action %}{{ story.action }}
        {%- else %}landed a change titled {{ story.summary | quoted }}
        {%- endif %}

        """#,
        "tell-why": #"""
        {# Why it matters, only when the commit message says so. Never invented. #}
        {% if story.breaking %}
        {% choose "breaking" %}
        Heads up: this one is marked as a breaking change.
        {% or %}
        Note that it's marked as a breaking change, so check before you upgrade.
        {% endchoose %}
        {% endif %}
        {% if story.issuesFixed > 1 %}
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
        {% endchoose %}
        {% endif %}
        {% if story.reason %}
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
        The commit message gives the background: {{ story.reason }}
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
        That's {{ story.commits | words }} changes in all.
        {% or %}
        All told, that makes {{ story.commits | words }} changes.
        {% or %}
        That makes {{ story.commits | words }} changes altogether.
        {% endchoose %}
        {% endif %}
        {% endif %}

        """#,
    ]
}
