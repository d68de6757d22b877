/// The review page's inline styles and script: fixed text, no data, nothing fetched. The script
/// builds the panel with `createElement` and `textContent` only, and links only http(s) URLs.
enum ReviewPageAssets {
    static let style = """

        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
        header { padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; }
        h1 { font-size: 1.3em; margin: 0; }
        h2 { font-size: 1em; text-transform: uppercase; letter-spacing: .05em; color: #555; }
        .meta { margin: 2px 0; color: #555; }
        main { display: flex; gap: 24px; padding: 0 24px; align-items: flex-start; }
        #script { flex: 3; }
        #panel { flex: 2; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
        .segment { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: 4px 14px; margin-bottom: 12px; }
        .segment::before { content: attr(data-kind); font-size: .75em; color: #888; text-transform: uppercase; }
        .segment p { margin: 4px 0 8px; }
        .sentence { cursor: pointer; border-radius: 3px; }
        .sentence:hover, .sentence:focus { background: #eef3ff; outline: none; }
        .sentence.selected { background: #ffe9a8; }
        .findings { margin: 0 0 8px; padding-left: 18px; font-size: .9em; }
        .finding.error { color: #b00020; }
        .finding.warning { color: #8a5a00; }
        .commit { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: 8px 12px; margin-bottom: 10px; }
        .commit h3 { font-size: 1em; margin: 0 0 4px; }
        .commit dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 0; font-size: .9em; }
        .commit dt { color: #666; }
        .commit dd { margin: 0; }
        .reasons, .message { font-size: .9em; margin: 6px 0 0; padding-left: 18px; }
        .message .used { background: #e4f6e4; }
        #commit-list h4 { font-size: .85em; color: #555; margin: 10px 0 6px; font-weight: normal; }
        #left-out li { margin-bottom: 4px; }
        #left-out .who, #left-out .score { color: #666; font-size: .9em; }

        """

    static let script = """

        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("review-data").textContent);
          var list = document.getElementById("commit-list");
          var hint = document.getElementById("hint");
          function add(parent, tag, text, className) {
            var element = document.createElement(tag);
            if (text !== undefined) { element.textContent = text; }
            if (className) { element.className = className; }
            parent.appendChild(element);
            return element;
          }
          function field(list, name, value) { add(list, "dt", name); add(list, "dd", value); }
          function points(value) { return (value >= 0 ? "+" : "") + value.toFixed(1); }
          function showCommit(commit) {
            var card = add(list, "article", undefined, "commit");
            card.setAttribute("data-commit", commit.hash);
            var title = add(card, "h3");
            if (commit.link && /^https?:\\/\\//.test(commit.link)) {
              var link = add(title, "a", commit.subject);
              link.href = commit.link;
              link.rel = "noopener noreferrer";
            } else {
              title.textContent = commit.subject;
            }
            var facts = add(card, "dl");
            field(facts, "author", commit.author);
            field(facts, "area", commit.area);
            field(facts, "kind", commit.category);
            field(facts, "commit", commit.shortHash);
            field(facts, "score", commit.score.toFixed(1));
            if (commit.reasons.length) {
              var reasons = add(card, "ul", undefined, "reasons");
              commit.reasons.forEach(function (reason) {
                add(reasons, "li", points(reason.points) + " " + reason.signal + ": " + reason.detail);
              });
            }
            if (commit.message.length) {
              var message = add(card, "ul", undefined, "message");
              commit.message.forEach(function (sentence) {
                add(message, "li", sentence.text, sentence.used ? "used" : "");
              });
            }
          }
          function show(index) {
            var sentence = data.sentences[index];
            if (!sentence) { return; }
            document.querySelectorAll(".sentence.selected").forEach(function (element) { element.classList.remove("selected"); });
            var target = document.getElementById("sentence-" + index);
            if (target) { target.classList.add("selected"); }
            while (list.firstChild) { list.removeChild(list.firstChild); }
            hint.textContent = sentence.commits.length === 0
              ? "No commit is behind this sentence: it is the show's own wording."
              : (sentence.commits.length === 1 ? "1 commit" : sentence.commits.length + " commits") + " behind this " + sentence.kind + " paragraph; message sentences the script says are highlighted.";
            var others = sentence.commits.filter(function (hash) { return sentence.named.indexOf(hash) < 0; });
            if (sentence.named.length && others.length) { add(list, "h4", "Named in this sentence"); }
            sentence.named.forEach(function (hash) { if (data.commits[hash]) { showCommit(data.commits[hash]); } });
            if (sentence.named.length && others.length) { add(list, "h4", "Also behind this paragraph"); }
            others.forEach(function (hash) { if (data.commits[hash]) { showCommit(data.commits[hash]); } });
          }
          document.querySelectorAll(".sentence").forEach(function (element) {
            var index = Number(element.getAttribute("data-sentence"));
            element.addEventListener("click", function () { show(index); });
            element.addEventListener("keydown", function (event) {
              if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(index); }
            });
          });
          // `review.html#click=N` opens with sentence N clicked: a link to a sentence, and how the browser test clicks.
          var asked = /^#click=(\\d+)$/.exec(window.location.hash);
          if (asked) {
            var start = document.getElementById("sentence-" + asked[1]);
            if (start) { start.click(); }
          }
        })();

        """
}
