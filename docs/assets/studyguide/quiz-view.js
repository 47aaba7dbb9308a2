/*
 * Study guide quiz, view: DOM building shared by the question pages and the
 * quiz page.
 *
 * Element helpers, wait and date wording, the notice about unreadable or
 * unsaved progress, CardView (reveal, grade buttons with the next interval,
 * status line, its events), the live region, the quiz page's filter selects
 * and links into the site. The quiz page's layout and session are wired in
 * quiz-page.js; quiz.js puts the cards on the pages.
 *
 * Functions take `app` ({store, refresh}, made by quiz.js): the progress
 * store of quiz-storage.js and a re-render after a reset.
 * Needs quiz-storage.js, quiz-scheduler.js and quiz-session.js loaded first.
 * Attaches `StudyGuide.view` (and module.exports under Node, for tests).
 */
(function (root, factory) {
  "use strict";
  var SG = (root.StudyGuide = root.StudyGuide || {});
  SG.view = factory(root, SG.scheduler, SG.session);
  if (typeof module === "object" && module.exports) module.exports = SG.view;
})(typeof window !== "undefined" ? window : globalThis, function (root, scheduler, session) {
  "use strict";

  var DAY = 864e5;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function button(label, cls, onClick) {
    var b = el("button", { type: "button", class: cls, text: label });
    b.addEventListener("click", onClick);
    return b;
  }

  /** "10 min", "3 days", "2.5 months": the wait until `due`. */
  function formatWait(due, from) {
    var ms = due.getTime() - from.getTime();
    var min = Math.round(ms / 6e4);
    if (min < 1) return "now";
    if (min < 60) return min + " min";
    if (min < 60 * 24) return Math.round(min / 60) + " h";
    var days = Math.round(ms / DAY);
    if (days < 31) return days + (days === 1 ? " day" : " days");
    if (days < 365) return Math.round(days / 3.04375) / 10 + " months";
    return Math.round(days / 36.525) / 10 + " years";
  }

  function formatDate(d) {
    try {
      return d.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
    } catch (e) {
      return d.toISOString().slice(0, 10);
    }
  }

  var MESSAGES = {
    corrupt: "Your saved quiz progress could not be read (it is not valid JSON).",
    foreign: "The saved quiz progress in this browser is not in the format this guide uses.",
    version: "Your saved quiz progress was written by a different version of this guide.",
  };

  /** Put (or take away) the notice about the store's problem at the top of `container`. */
  function notice(app, container, before) {
    var old = container.querySelector(":scope > .sg-notice");
    if (old) old.remove();
    var p = app.store.problem;
    var bad = Object.keys(app.store.malformed).length;
    if (!p && !bad) return;
    var box = el("div", { class: "sg-notice", role: p === "unavailable" ? "status" : "alert" });
    if (!p) {
      box.appendChild(el("p", {
        text: bad + " saved card(s) could not be read. They are kept as they are, and " +
          "those questions count as new until you grade them again.",
      }));
    } else if (p === "full") {
      box.appendChild(el("p", {
        text: "This browser's storage for the guide is full, so your latest grades could " +
          "not be saved: they are kept only while this page is open. Free some space or " +
          "export your progress on the quiz page to keep them.",
      }));
    } else if (p === "unavailable") {
      box.appendChild(el("p", {
        text: "This browser does not let the guide save progress, so grades are kept only " +
          "while this page is open. Export your progress on the quiz page to keep it.",
      }));
    } else {
      box.appendChild(el("p", {
        text: MESSAGES[p] + " It was left untouched and is ignored; grades you give now are " +
          "not saved until you reset it.",
      }));
      box.appendChild(button("Reset saved progress", "sg-btn sg-reset", function () {
        if (!root.confirm("Delete the unreadable quiz progress saved in this browser?")) return;
        app.store.reset();
        app.refresh();
      }));
    }
    container.insertBefore(box, before || container.firstChild);
  }

  /** Grade question `id` now: saves and returns the new card. */
  function record(app, id, rating, when) {
    var done = session.applyGrade(app.store.load(), id, rating, when);
    app.store.save(done.state);
    return done.card;
  }

  /**
   * Enhance `host` (which contains `answer`) with the reveal button, the
   * grade buttons and status text. opts: {id, announce, onGraded, graded}.
   */
  function CardView(app, host, answer, opts) {
    var view = { id: opts.id, revealed: false, graded: opts.graded || 0, host: host };
    var answerId = answer.id || "sg-answer-" + opts.id;
    answer.id = answerId;
    answer.classList.add("sg-answer--hidden");
    answer.setAttribute("tabindex", "-1");
    answer.setAttribute("role", "region");
    answer.setAttribute("aria-label", "Answer");

    var reveal = button("Show answer", "sg-btn sg-btn--primary sg-reveal", function () {
      view.reveal();
    });
    reveal.setAttribute("aria-expanded", "false");
    reveal.setAttribute("aria-controls", answerId);
    reveal.setAttribute("aria-keyshortcuts", "Space");
    var status = el("span", { class: "sg-status", tabindex: "-1" });
    var bar = el("div", { class: "sg-quiz-bar" }, [reveal, status]);
    var controls = el("div", { class: "sg-quiz-controls", role: "group", "aria-label": "How well did you know it?", hidden: "" });
    controls.appendChild(el("span", { class: "sg-quiz-prompt", text: "How well did you know it?" }));
    var gradeButtons = scheduler.GRADES.map(function (g) {
      var b = el("button", {
        type: "button",
        class: "sg-grade sg-grade--" + g.key,
        "data-sg-rating": String(g.rating),
        "aria-keyshortcuts": String(g.rating),
      }, [el("kbd", { text: String(g.rating), "aria-hidden": "true" }), " " + g.name + " ", el("small", { class: "sg-grade__when" })]);
      b.addEventListener("click", function () {
        view.grade(g.rating);
      });
      controls.appendChild(b);
      return b;
    });
    host.insertBefore(bar, answer);
    answer.parentNode.insertBefore(controls, answer.nextSibling);

    view.status = function () {
      var t = session.now();
      var card = app.store.load().cards[opts.id];
      if (view.graded && card) {
        status.textContent = scheduler.gradeName(view.graded) + " recorded. Next review in " +
          formatWait(new Date(card.due), t) + " (" + formatDate(new Date(card.due)) + ").";
      } else if (!card) {
        status.textContent = "New card";
      } else if (new Date(card.due) <= t) {
        status.textContent = "Due for review";
      } else {
        status.textContent = "Next review in " + formatWait(new Date(card.due), t) +
          " (" + formatDate(new Date(card.due)) + ")";
      }
    };

    view.reveal = function (quiet) {
      if (view.revealed) return;
      view.revealed = true;
      answer.classList.remove("sg-answer--hidden");
      reveal.setAttribute("aria-expanded", "true");
      reveal.hidden = true;
      if (!view.graded) {
        var t = session.now();
        var when = scheduler.preview(app.store.load().cards[opts.id], t);
        gradeButtons.forEach(function (b, i) {
          b.querySelector(".sg-grade__when").textContent = formatWait(when[i + 1], t);
        });
        controls.hidden = false;
      }
      if (quiet) return;
      var text = answer.textContent.replace(/\s+/g, " ").trim();
      if (text.length > 600) text = text.slice(0, 600) + "…";
      opts.announce("Answer: " + text + (view.graded ? "" : " Grade it with 1 to 4."));
      // the answer opens below the question: the page stays where it is, so the
      // question stays in view (on a phone, scrolling to the answer pushed it away)
      answer.focus({ preventScroll: true });
    };

    view.grade = function (rating) {
      if (!view.revealed || view.graded) return;
      var card = record(app, opts.id, rating, session.now());
      view.graded = rating;
      controls.hidden = true;
      if (app.store.problem === "full") notice(app, host); // kept in memory only: say so
      view.status();
      if (opts.onGraded) opts.onGraded(rating, card);
      else {
        opts.announce(status.textContent);
        status.focus();
      }
    };

    view.focusStart = function () {
      (view.revealed ? answer : reveal).focus();
    };
    view.status();
    if (view.graded) view.reveal(true);
    return view;
  }

  function siteBase() {
    var cfg = document.getElementById("__config");
    if (cfg) {
      try {
        var b = JSON.parse(cfg.textContent).base;
        if (typeof b === "string") return b.replace(/\/+$/, "");
      } catch (e) {
        /* no config: links relative to this page */
      }
    }
    return ".";
  }

  /** A site path (a deck question's url) as a link from this page. */
  function siteUrl(rel) {
    var base = siteBase();
    return (base ? base + "/" : "") + rel.replace(/^\/+/, "");
  }

  function select(name, label, options, value) {
    var s = el("select", { name: name, class: "sg-select", id: "sg-filter-" + name });
    options.forEach(function (o) {
      var opt = el("option", { value: o[0], text: o[1] });
      if (o[0] === value) opt.selected = true;
      s.appendChild(opt);
    });
    return el("div", { class: "sg-filter" }, [el("label", { for: s.id, text: label }), s]);
  }

  /** The quiz page's filter form: topic, tag, (level,) cards; `f` selected. */
  function filterForm(deck, f) {
    var form = el("form", { class: "sg-quiz-filters", "aria-label": "Quiz filters" }, [
      select("topic", "Topic", [["", "All topics"]].concat(deck.topics.map(function (t) {
        return [t.slug, String(t.title || t.slug)];
      })), f.topic),
      select("tag", "Tag", [["", "All tags"]].concat(deck.tags.map(function (t) {
        return [t, t];
      })), f.tag),
      select("state", "Cards", [["", "All"], ["new", "New"], ["due", "Due for review"], ["weak", "Weak"]], f.state),
    ]);
    if (deck.levels.length) {
      // Only where a source marked difficulty: then "Level" filters by it.
      form.insertBefore(select("level", "Level", [["", "All levels"]].concat(deck.levels.map(function (l) {
        return [l, l.charAt(0).toUpperCase() + l.slice(1)];
      })), f.level), form.lastChild);
    }
    return form;
  }

  function liveRegion() {
    return el("p", { class: "sg-live sg-visually-hidden", "aria-live": "polite" });
  }

  function announcer(region) {
    return function (text) {
      region.textContent = "";
      // a fresh text node after a tick is announced even if the text repeats
      setTimeout(function () {
        region.textContent = text;
      }, 30);
    };
  }

  return {
    el: el,
    button: button,
    formatWait: formatWait,
    formatDate: formatDate,
    notice: notice,
    record: record,
    CardView: CardView,
    liveRegion: liveRegion,
    announcer: announcer,
    siteUrl: siteUrl,
    select: select,
    filterForm: filterForm,
  };
});
