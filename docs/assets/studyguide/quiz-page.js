/*
 * Study guide quiz, the quiz page (#sg-quiz): its DOM and events.
 *
 * Filters (selects), progress bar, one CardView at a time, Previous/Next, the
 * session summary, and the progress file tools (export, import, reset).
 * What to ask and the session's steps come from quiz-session.js; this file
 * only draws them and wires the controls.
 *
 * Needs quiz-storage.js, quiz-scheduler.js, quiz-session.js and quiz-view.js
 * loaded first. Attaches `StudyGuide.page` (and module.exports under Node).
 */
(function (root, factory) {
  "use strict";
  var SG = (root.StudyGuide = root.StudyGuide || {});
  SG.page = factory(root, SG.storage, SG.scheduler, SG.session, SG.view);
  if (typeof module === "object" && module.exports) module.exports = SG.page;
})(typeof window !== "undefined" ? window : globalThis, function (root, storage, scheduler, S, V) {
  "use strict";

  var el = V.el;
  var button = V.button;
  var siteUrl = V.siteUrl;

  /** The message after an import attempt (readImport's result), "" if it is to go ahead. */
  function importProblem(r) {
    if (!r.problem && !r.dropped) return "";
    return "Import failed: " + (r.problem === "corrupt" ? "the file is not valid JSON." :
      r.problem === "version" ? "the file is from a different version of this guide." :
      r.problem ? "the file is not a study guide progress file." :
      r.dropped + " card(s) in the file are malformed.") + " Nothing was changed.";
  }

  /** Build the quiz page in `rootEl` for `deck`; returns its controls for quiz.js. */
  function initQuiz(app, rootEl, deck) {
    var store = app.store;
    rootEl.textContent = "";
    rootEl.classList.add("sg-quiz");
    var random = S.randomFor(S.param("seed"));
    var region = V.liveRegion();
    var announce = V.announcer(region);
    var f = S.filtersFrom();
    var session = null;
    var view = null;

    var filters = V.filterForm(deck, f);
    var count = el("span", { class: "sg-quiz-count" });
    filters.appendChild(count);
    filters.addEventListener("submit", function (e) {
      e.preventDefault();
    });
    filters.addEventListener("change", function () {
      var fe = filters.elements;
      f = { topic: fe.topic.value, tag: fe.tag.value, level: fe.level ? fe.level.value : "", state: fe.state.value };
      startSession(null);
    });

    var barFill = el("div", { class: "sg-progress__fill" });
    var progress = el("div", { class: "sg-progress", role: "progressbar", "aria-label": "Session progress", "aria-valuemin": "0" }, [barFill]);
    var progressText = el("span", { class: "sg-progress__text" });
    var stage = el("div", { class: "sg-quiz-stage" });
    var prevBtn = button("← Previous", "sg-btn sg-prev", function () {
      go(-1);
    });
    var nextBtn = button("Next →", "sg-btn sg-next", function () {
      go(1);
    });
    prevBtn.setAttribute("aria-keyshortcuts", "ArrowLeft");
    nextBtn.setAttribute("aria-keyshortcuts", "ArrowRight");
    var nav = el("div", { class: "sg-quiz-nav" }, [prevBtn, progressText, nextBtn]);

    var fileInput = el("input", { type: "file", accept: "application/json,.json", class: "sg-import-file", hidden: "", "aria-hidden": "true", tabindex: "-1" });
    var toolsMsg = el("p", { class: "sg-tools-msg", role: "status" });
    var tools = el("div", { class: "sg-quiz-tools", role: "group", "aria-label": "Progress file" }, [
      button("Export progress", "sg-btn sg-export", exportProgress),
      button("Import progress…", "sg-btn sg-import", function () {
        fileInput.click();
      }),
      button("Reset progress", "sg-btn sg-reset-all", function () {
        if (!root.confirm("Delete all quiz progress saved in this browser? This cannot be undone.")) return;
        store.reset();
        toolsMsg.textContent = "Progress reset.";
        app.refresh();
      }),
      fileInput,
    ]);
    fileInput.addEventListener("change", function () {
      var file = fileInput.files && fileInput.files[0];
      fileInput.value = "";
      if (file) importFile(file);
    });

    var notices = el("div", { class: "sg-quiz-notices" });
    [notices, filters, progress, stage, nav, tools, toolsMsg, fileInput, region].forEach(function (n) {
      rootEl.appendChild(n);
    });

    /** A new session: on `ids`, or (null) on the cards the filters choose. */
    function startSession(ids) {
      var state = store.load();
      var firstVisit = false;
      if (!ids) {
        var chosen = S.choose(deck, f, state, S.now(), random);
        if (chosen.filters.state !== f.state) filters.elements.state.value = chosen.filters.state;
        f = chosen.filters;
        firstVisit = chosen.firstVisit;
        ids = chosen.ids;
      }
      session = S.start(ids);
      count.textContent = ids.length + (ids.length === 1 ? " card" : " cards");
      notices.textContent = "";
      if (firstVisit) {
        notices.appendChild(el("p", { class: "sg-quiz-first", text: "No cards reviewed yet, so nothing is due: here are the new cards." }));
      }
      V.notice(app, notices);
      show();
    }

    function updateProgress() {
      var p = S.progress(session);
      progress.setAttribute("aria-valuemax", String(p.total));
      progress.setAttribute("aria-valuenow", String(p.done));
      progress.setAttribute("aria-valuetext", p.done + " of " + p.total + " graded");
      barFill.style.width = p.percent + "%";
      progressText.textContent = p.text;
      prevBtn.disabled = !p.canPrev;
      nextBtn.disabled = !p.canNext;
    }

    function show(focus) {
      stage.textContent = "";
      view = null;
      var n = session.ids.length;
      if (!n) {
        stage.appendChild(el("p", { class: "sg-quiz-empty", text: f.state === "due" ? "Nothing is due for review right now." : "No questions match these filters." }));
        if (f.state === "due") {
          stage.appendChild(button("Study new cards instead", "sg-btn sg-btn--primary sg-start-new", function () {
            f.state = "new";
            filters.elements.state.value = "new";
            startSession(null);
            if (view) view.focusStart();
          }));
        }
      } else if (session.index >= n) {
        summary(focus);
      } else {
        var q = deck.byId[session.ids[session.index]];
        var answer = el("div", { class: "sg-answer" });
        answer.innerHTML = q.answerHtml;
        var meta = [q.topicTitle].concat(q.tags).filter(function (x, i, all) {
          return x && all.indexOf(x) === i;
        }).join(" · ");
        var card = el("article", { class: "sg-quiz-card", "data-sg-id": q.id, "aria-label": "Question " + (session.index + 1) + " of " + n }, [
          el("p", { class: "sg-quiz-meta", text: meta }),
          el("h2", { class: "sg-quiz-title" }, [el("a", { href: siteUrl(q.url), text: q.title })]),
          answer,
        ]);
        stage.appendChild(card);
        view = V.CardView(app, card, answer, {
          id: q.id,
          announce: announce,
          graded: session.results[q.id] || 0,
          onGraded: function (rating, c) {
            session = S.graded(session, q.id, rating);
            go(1, scheduler.gradeName(rating) + ": next review in " + V.formatWait(new Date(c.due), S.now()) + ".");
          },
        });
        if (focus) view.focusStart();
      }
      updateProgress();
    }

    function go(step, msg) {
      var moved = S.move(session, step);
      if (!moved) return;
      session = moved;
      show(true);
      announce((msg ? msg + " " : "") + S.progress(session).where);
    }

    function summary(focus) {
      var result = S.summary(session);
      var heading = el("h2", { class: "sg-summary__title", tabindex: "-1", text: "Session summary" });
      var box = el("section", { class: "sg-summary", "aria-label": "Session summary" }, [heading]);
      result.groups.forEach(function (g) {
        var list = el("ul", {});
        g.ids.forEach(function (id) {
          var q = deck.byId[id];
          list.appendChild(el("li", {}, [el("a", { href: siteUrl(q.url), text: q.title })]));
        });
        box.appendChild(el("div", { class: "sg-summary__group sg-summary__group--" + g.key, "data-sg-group": g.key }, [
          el("h3", { text: g.label + " (" + g.ids.length + ")" }),
          g.ids.length ? list : null,
        ]));
      });
      var actions = el("div", { class: "sg-summary__actions" });
      if (result.again.length) {
        actions.appendChild(button("Repeat shaky and missed (" + result.again.length + ")", "sg-btn sg-btn--primary sg-repeat", function () {
          startSession(S.shuffle(result.again, random));
          if (view) view.focusStart();
        }));
      }
      actions.appendChild(button("New session", "sg-btn sg-restart", function () {
        startSession(null);
        if (view) view.focusStart();
      }));
      box.appendChild(actions);
      stage.appendChild(box);
      if (focus) heading.focus();
    }

    function exportProgress() {
      var state = store.load();
      var data = storage.exportData(state, S.now());
      var blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
      var url = URL.createObjectURL(blob);
      var a = el("a", { href: url, download: "studyguide-progress-" + S.now().toISOString().slice(0, 10) + ".json" });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () {
        URL.revokeObjectURL(url);
      }, 1000);
      toolsMsg.textContent = "Exported " + Object.keys(state.cards).length + " cards.";
    }

    function importFile(file) {
      if (file.size > 5e6) {
        toolsMsg.textContent = "Import failed: the file is too large to be a progress file.";
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        var r = storage.readImport(String(reader.result), deck, store.aliases);
        if (importProblem(r)) {
          toolsMsg.textContent = importProblem(r);
          return;
        }
        var have = Object.keys(store.load().cards).length;
        if (have && !root.confirm("Replace your current progress (" + have + " cards) with the file's (" + r.count + " cards)?")) return;
        if (store.problem && store.problem !== "unavailable") store.reset();
        store.save(r.state);
        toolsMsg.textContent = "Imported " + r.count + " cards" + (r.skipped ? " (" + r.skipped + " for questions no longer in the guide were skipped)" : "") + ".";
        app.refresh();
      };
      reader.onerror = function () {
        toolsMsg.textContent = "Import failed: the file could not be read.";
      };
      reader.readAsText(file);
    }

    startSession(null);
    return {
      current: function () {
        return view;
      },
      next: function () {
        go(1);
      },
      prev: function () {
        go(-1);
      },
      refresh: function () {
        startSession(null);
      },
      session: function () {
        return session;
      },
    };
  }

  return { importProblem: importProblem, initQuiz: initQuiz };
});
