/*
 * Study guide self-quiz: reveal, self-grade, spaced repetition (FSRS).
 * This file starts it; the work is done by the scripts loaded before it, in
 * this order (classic scripts on one namespace, `window.StudyGuide`; no
 * framework, no build step, so the site works from file://):
 *   quiz-storage.js    the deck, saved progress (localStorage), export/import
 *   quiz-scheduler.js  FSRS over ts-fsrs: review, preview, parameters
 *   quiz-session.js    "now", URL settings, choosing and ordering cards
 *   quiz-view.js       DOM for one card, notices, live region, filter selects
 *   quiz-page.js       the quiz page: filters, progress, summary, file tools
 *   quiz.js            this: question pages' cards, the due count, keys, start
 * Needs ts-fsrs's UMD build loaded first (global `FSRS`) and, for the quiz
 * page and the home page's due count, the generated deck
 * (`window.studyGuideDeck`, from assets/studyguide/deck.js).
 *
 * What it enhances (see the HTML contract in docs/quiz.md and the plugin):
 *   .sg-card[data-sg-id]      question page: the .sg-answer inside is hidden
 *                             behind "Show answer", then Again/Hard/Good/Easy
 *   #sg-quiz                  quiz page: filtered, shuffled deck, one card at
 *                             a time, progress bar, summary, export/import/reset
 *   [data-sg-due]             home page: "3 due"
 * Keys: Space reveals, 1-4 grade, ArrowLeft/ArrowRight move on the quiz page;
 * never while typing in an input, select, textarea or contenteditable.
 * Storage format: see quiz-storage.js. Test hooks (`studyGuideQuizNow`,
 * `?now=`, `?seed=`) and the quiz page's URL filters: see quiz-session.js.
 * API for tests and the plugin: `window.studyGuideQuiz` (schedulerParams(),
 * storageKey, init(), ...).
 */
(function (root, factory) {
  "use strict";
  var SG = root.StudyGuide || {};
  if (!(SG.storage && SG.scheduler && SG.session && SG.view && SG.page)) {
    // a part failed to load: the CSS shows the answers after a while, as without script
    if (root.console) root.console.warn("studyguide quiz: a quiz-*.js script did not load; quiz disabled");
    return;
  }
  var api = factory(root, SG);
  if (typeof module === "object" && module.exports) {
    module.exports = api; // Node (tests): load the other quiz scripts first
  } else {
    root.studyGuideQuiz = api;
    api.start();
  }
})(typeof window !== "undefined" ? window : globalThis, function (root, SG) {
  "use strict";

  var storage = SG.storage;
  var scheduler = SG.scheduler;
  var session = SG.session;
  var view = SG.view;
  var app = {
    store: storage.createStore(function () {
      return root.localStorage;
    }),
    refresh: refresh,
  };
  var page = null; // {views, quiz, dues}

  function init() {
    var store = app.store;
    store.deck = storage.loadDeck(root.studyGuideDeck);
    store.aliases = {};
    page = { views: [], quiz: null, dues: [] };
    page.dues = Array.prototype.slice.call(document.querySelectorAll("[data-sg-due]"));
    page.dues.forEach(initDue);
    var needsScheduler = document.querySelector(".sg-card[data-sg-id], #sg-quiz");
    if (needsScheduler && !scheduler.available()) {
      if (root.console) root.console.warn("studyguide quiz: ts-fsrs not loaded; quiz disabled");
      return;
    }
    document.querySelectorAll(".sg-card[data-sg-id]").forEach(function (host) {
      if (host.hasAttribute("data-sg-ready")) return;
      host.setAttribute("data-sg-ready", "");
      var v = initQuestionCard(host);
      if (v) page.views.push(v);
    });
    var quizEl = document.getElementById("sg-quiz");
    if (quizEl && !quizEl.hasAttribute("data-sg-ready")) {
      quizEl.setAttribute("data-sg-ready", "");
      if (store.deck) page.quiz = SG.page.initQuiz(app, quizEl, store.deck);
      else quizEl.appendChild(view.el("p", { class: "sg-notice", role: "alert", text: "The question deck (deck.js) did not load, so the quiz cannot start." }));
    }
  }

  /** A question page's .sg-card[data-sg-id]: its CardView, or null if it has no answer. */
  function initQuestionCard(host) {
    var id = host.getAttribute("data-sg-id");
    var answer = host.querySelector(".sg-answer");
    if (!id || !answer) return null;
    (host.getAttribute("data-sg-aliases") || "").split(/\s+/).forEach(function (a) {
      if (a && a !== id) app.store.aliases[a] = id;
    });
    var region = view.liveRegion();
    host.appendChild(region);
    var v = view.CardView(app, host, answer, { id: id, announce: view.announcer(region) });
    view.notice(app, host);
    // a link into the answer (e.g. from search) shows it without grading
    var target = root.location.hash ? document.getElementById(decodeURIComponent(root.location.hash.slice(1))) : null;
    if (target && answer.contains(target)) v.reveal(true);
    return v;
  }

  /** The home page's [data-sg-due]: "3 due", its link hidden when nothing is. */
  function initDue(span) {
    var n = dueCount();
    span.textContent = n + " due";
    span.setAttribute("data-sg-due-count", String(n));
    span.setAttribute("title", n === 1 ? "1 question is due for review" : n + " questions are due for review");
    // nothing due (always so on a first visit): no button that leads to an empty list
    var link = span.closest("a");
    if (link) link.hidden = n === 0;
    var holder = span.closest("p, li, div") || span.parentNode;
    if (holder && holder.parentNode) {
      var next = holder.nextElementSibling;
      if (next && next.classList.contains("sg-notice")) next.remove();
      if (app.store.problem) {
        var tmp = view.el("div", {});
        view.notice(app, tmp);
        holder.parentNode.insertBefore(tmp.firstChild, holder.nextSibling);
      }
    }
  }

  function dueCount() {
    return session.dueCount(app.store.load(), session.now());
  }

  /** Re-render after a reset or an import. */
  function refresh() {
    if (!page) return;
    app.store.load();
    page.views.forEach(function (v) {
      view.notice(app, v.host);
      v.status();
    });
    if (page.quiz) page.quiz.refresh();
    page.dues.forEach(initDue);
  }

  function isTyping(t) {
    if (!t || !t.tagName) return false;
    var tag = t.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || t.isContentEditable;
  }

  function currentView() {
    if (!page) return null;
    if (page.quiz) return page.quiz.current();
    var active = document.activeElement;
    for (var i = 0; i < page.views.length; i++) {
      if (page.views[i].host.contains(active)) return page.views[i];
    }
    return page.views.filter(function (v) {
      return !v.graded;
    })[0] || null;
  }

  function onKey(e) {
    if (!page || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    var t = e.target;
    if (isTyping(t)) return;
    var v = currentView();
    if (e.key === " " || e.key === "Spacebar") {
      // buttons, links and summaries keep their own Space behaviour
      if (t && t.closest && t.closest("button, a, summary, [role=button]")) return;
      if (v && !v.revealed) {
        e.preventDefault();
        v.reveal();
      }
    } else if (/^[1-4]$/.test(e.key)) {
      if (v && v.revealed && !v.graded) {
        e.preventDefault();
        v.grade(Number(e.key));
      }
    } else if (page.quiz && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
      e.preventDefault();
      if (e.key === "ArrowRight") page.quiz.next();
      else page.quiz.prev();
    }
  }

  var started = false;

  function start() {
    if (started || typeof document === "undefined") return;
    started = true;
    document.addEventListener("keydown", onKey);
    if (root.document$ && typeof root.document$.subscribe === "function") {
      root.document$.subscribe(function () {
        init();
      });
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", init);
    } else {
      init();
    }
  }

  return {
    version: storage.VERSION,
    storageKey: storage.STORAGE_KEY,
    schedulerParams: scheduler.schedulerParams,
    start: start,
    init: init,
    now: session.now,
    review: scheduler.review,
    preview: scheduler.preview,
    parseState: storage.parseState,
    reconcile: storage.reconcile,
    dueCount: dueCount,
    cleanCard: storage.cleanCard,
    /** The quiz page's session {ids, index, results}, or null elsewhere. */
    currentSession: function () {
      return page && page.quiz ? page.quiz.session() : null;
    },
  };
});
