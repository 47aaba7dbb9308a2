/*
 * Study guide self-quiz: reveal, self-grade, spaced repetition (FSRS).
 *
 * No framework. Needs ts-fsrs's UMD build loaded first (global `FSRS`) and,
 * for the quiz page and the home page's due count, the generated deck
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
 *
 * Storage: one localStorage key, "studyguide.v1", holding JSON
 *   {
 *     "version": 1,
 *     "cards": {"<question id>": {              // a ts-fsrs Card
 *         "due": "2024-03-01T09:00:00.000Z",   // dates as ISO strings
 *         "last_review": "...",                // absent for a new card
 *         "stability": 3.17, "difficulty": 5.28, "elapsed_days": 0,
 *         "scheduled_days": 3, "learning_steps": 0, "reps": 2,
 *         "lapses": 0, "state": 2}},           // 0 New 1 Learning 2 Review 3 Relearning
 *     "lastRating": {"<question id>": 3}       // 1 Again 2 Hard 3 Good 4 Easy
 *   }
 * keyed by question id, never by page path. A card stored under an id that
 * the deck now lists as an alias moves to the canonical id (the most recently
 * reviewed one wins); ids no longer in the deck are dropped when saving.
 * An unreadable value (bad JSON, foreign object, other version) is never
 * overwritten: the page works in memory and offers a reset. If localStorage
 * is unavailable the quiz works in memory and says so.
 *
 * Test hooks: `window.studyGuideQuizNow` (Date, ISO string, ms, or a function
 * returning one) or the URL parameter `?now=<ISO or ms>` fixes "now";
 * `?seed=<integer>` fixes the quiz page's shuffle. The quiz page also reads
 * `?topic=<slug>`, `?tag=<tag title>`, `?level=easy|medium|hard` and
 * `?state=new|due|weak` as filters.
 * API for tests and the plugin: `window.studyGuideQuiz` (schedulerParams(),
 * storageKey, init(), ...).
 */
(function (root, factory) {
  "use strict";
  var api = factory(root);
  if (typeof module === "object" && module.exports) {
    module.exports = api; // Node: the scheduler tests use the same code
  } else {
    root.studyGuideQuiz = api;
    api.start();
  }
})(typeof window !== "undefined" ? window : globalThis, function (root) {
  "use strict";

  var STORAGE_KEY = "studyguide.v1";
  var VERSION = 1;
  // One place for the scheduler settings; tests/test_fsrs_reference.py
  // checks py-fsrs gives the same intervals with these (FSRS-6 default w).
  var SCHEDULER_PARAMS = {
    request_retention: 0.9,
    maximum_interval: 36500,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: ["1m", "10m"],
    relearning_steps: ["10m"],
  };
  var GRADES = [
    { rating: 1, name: "Again", key: "again" },
    { rating: 2, name: "Hard", key: "hard" },
    { rating: 3, name: "Good", key: "good" },
    { rating: 4, name: "Easy", key: "easy" },
  ];
  var NUMBER_FIELDS = [
    "stability", "difficulty", "elapsed_days", "scheduled_days",
    "learning_steps", "reps", "lapses", "state",
  ];
  var DAY = 864e5;
  var LEVELS = ["easy", "medium", "hard"];

  /* ---------- small helpers ---------- */

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function parseDate(v) {
    if (v instanceof Date) v = v.getTime();
    if (typeof v !== "string" && typeof v !== "number") return null;
    var d = new Date(v);
    return isNaN(d.getTime()) ? null : d;
  }

  function param(name) {
    try {
      return new URLSearchParams(root.location.search).get(name);
    } catch (e) {
      return null;
    }
  }

  /** "Now", overridable for tests (see header). */
  function now() {
    var o = root.studyGuideQuizNow;
    if (typeof o === "function") o = o();
    var d = o == null ? null : parseDate(o);
    if (d) return d;
    var p = param("now");
    d = p ? parseDate(/^\d+$/.test(p) ? Number(p) : p) : null;
    return d || new Date();
  }

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

  /** Seeded PRNG (mulberry32) so `?seed=` gives a fixed order. */
  function rng(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffle(list, random) {
    var a = list.slice();
    for (var i = a.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1));
      var t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
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

  function gradeName(rating) {
    return (GRADES[rating - 1] || {}).name || "";
  }

  /* ---------- scheduler (ts-fsrs) ---------- */

  var scheduler = null;

  function fsrsLib() {
    var F = root.FSRS;
    if (!F || typeof F.fsrs !== "function") throw new Error("ts-fsrs (global FSRS) is not loaded");
    return F;
  }

  function getScheduler() {
    if (!scheduler) scheduler = fsrsLib().fsrs(schedulerParams());
    return scheduler;
  }

  /** The full scheduler parameters (FSRS-6 default weights filled in). */
  function schedulerParams() {
    var p = JSON.parse(JSON.stringify(SCHEDULER_PARAMS));
    var F = root.FSRS;
    if (F && F.generatorParameters) p = JSON.parse(JSON.stringify(F.generatorParameters(p)));
    return p;
  }

  /** A stored card, validated and normalised (ISO dates), or null. */
  function cleanCard(c) {
    if (!isObject(c)) return null;
    var due = parseDate(c.due);
    if (!due) return null;
    var out = { due: due.toISOString() };
    for (var i = 0; i < NUMBER_FIELDS.length; i++) {
      var k = NUMBER_FIELDS[i];
      var v = c[k];
      if (v === undefined && (k === "learning_steps" || k === "elapsed_days")) v = 0;
      if (typeof v !== "number" || !isFinite(v) || v < 0) return null;
      out[k] = v;
    }
    if ([0, 1, 2, 3].indexOf(out.state) < 0 || out.difficulty > 10) return null;
    if (out.reps % 1 || out.lapses % 1 || out.learning_steps % 1) return null;
    if (c.last_review != null) {
      var last = parseDate(c.last_review);
      if (!last) return null;
      out.last_review = last.toISOString();
    }
    return out;
  }

  function toFsrsCard(stored) {
    var c = {};
    Object.keys(stored).forEach(function (k) {
      c[k] = stored[k];
    });
    c.due = new Date(stored.due);
    c.last_review = stored.last_review ? new Date(stored.last_review) : undefined;
    return c;
  }

  function fromFsrsCard(card) {
    var c = {};
    ["due", "last_review"].concat(NUMBER_FIELDS).forEach(function (k) {
      if (card[k] != null) c[k] = card[k] instanceof Date ? card[k].toISOString() : card[k];
    });
    return cleanCard(c);
  }

  /** Apply one grade (1-4) at `when` to a stored card (or a new one). */
  function review(stored, when, rating) {
    var card = stored ? toFsrsCard(stored) : fsrsLib().createEmptyCard(when);
    return fromFsrsCard(getScheduler().next(card, when, rating).card);
  }

  /** Due date per grade if graded now: {1: Date, ..., 4: Date}. */
  function preview(stored, when) {
    var card = stored ? toFsrsCard(stored) : fsrsLib().createEmptyCard(when);
    var log = getScheduler().repeat(card, when);
    var out = {};
    GRADES.forEach(function (g) {
      out[g.rating] = log[g.rating].card.due;
    });
    return out;
  }

  /* ---------- deck ---------- */

  /** The generated deck, checked, with lookup tables; null if absent/invalid. */
  function loadDeck() {
    var d = root.studyGuideDeck;
    if (!isObject(d) || !Array.isArray(d.questions)) return null;
    var deck = { questions: [], byId: {}, aliasOf: {}, topics: [], tags: [], levels: [] };
    d.questions.forEach(function (q) {
      if (!isObject(q) || typeof q.id !== "string" || !q.id || deck.byId[q.id]) return;
      var item = {
        id: q.id,
        title: String(q.title || q.id),
        url: String(q.url || ""),
        topic: String(q.topic || ""),
        topicTitle: String(q.topicTitle || q.topic || ""),
        tags: Array.isArray(q.tags) ? q.tags.map(String) : [],
        aliases: Array.isArray(q.aliases) ? q.aliases.map(String) : [],
        summary: String(q.summary || ""),
        answerHtml: String(q.answerHtml || ""),
        level: String(q.level || ""),
      };
      deck.questions.push(item);
      deck.byId[item.id] = item;
    });
    deck.questions.forEach(function (q) {
      q.aliases.forEach(function (a) {
        if (!deck.byId[a]) deck.aliasOf[a] = q.id;
      });
    });
    deck.topics = (Array.isArray(d.topics) ? d.topics : []).filter(function (t) {
      return isObject(t) && typeof t.slug === "string";
    });
    deck.tags = (Array.isArray(d.tags) ? d.tags : []).map(String);
    deck.levels = LEVELS.filter(function (level) {
      return deck.questions.some(function (q) {
        return q.level === level;
      });
    });
    return deck;
  }

  /* ---------- storage ---------- */

  function emptyState() {
    return { version: VERSION, cards: {}, lastRating: {} };
  }

  /**
   * Parse a stored or imported JSON text. Returns {state, problem, dropped}:
   * problem is null, "corrupt" (not JSON), "foreign" (not our object) or
   * "version" (another version); dropped counts unreadable cards left out.
   */
  function parseState(text) {
    if (text == null) return { state: emptyState(), problem: null, dropped: 0 };
    var data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { state: null, problem: "corrupt", dropped: 0 };
    }
    if (!isObject(data) || !("version" in data) || !isObject(data.cards)) {
      return { state: null, problem: "foreign", dropped: 0 };
    }
    if (data.version !== VERSION) return { state: null, problem: "version", dropped: 0, version: data.version };
    var state = emptyState();
    var dropped = 0;
    var malformed = {};
    var ratings = isObject(data.lastRating) ? data.lastRating : {};
    Object.keys(data.cards).forEach(function (id) {
      var c = cleanCard(data.cards[id]);
      if (!c || !id) {
        dropped++;
        malformed[id] = data.cards[id];
        return;
      }
      state.cards[id] = c;
      var r = ratings[id];
      if ([1, 2, 3, 4].indexOf(r) >= 0) state.lastRating[id] = r;
    });
    return { state: state, problem: null, dropped: dropped, malformed: malformed };
  }

  /**
   * Move cards stored under aliases to their canonical id (most recently
   * reviewed wins) and, when the deck is known, drop ids not in it.
   */
  function reconcile(state, deck, extraAliases) {
    var out = emptyState();
    var aliasOf = {};
    Object.keys(extraAliases || {}).forEach(function (a) {
      aliasOf[a] = extraAliases[a];
    });
    if (deck) {
      Object.keys(deck.aliasOf).forEach(function (a) {
        aliasOf[a] = deck.aliasOf[a];
      });
    }
    Object.keys(state.cards).forEach(function (id) {
      var known = deck ? !!deck.byId[id] : !aliasOf[id];
      var target = known ? id : aliasOf[id];
      if (!target || (deck && !deck.byId[target])) return;
      var card = state.cards[id];
      var have = out.cards[target];
      if (have) {
        var a = card.last_review || "";
        var b = have.last_review || "";
        if (a < b || (a === b && id !== target)) return;
      }
      out.cards[target] = card;
      if (state.lastRating[id]) out.lastRating[target] = state.lastRating[id];
      else delete out.lastRating[target];
    });
    return out;
  }

  var store = {
    problem: null, // null | "corrupt" | "foreign" | "version" | "unavailable" | "full"
    memory: null, // the state while we cannot (or must not) write
    malformed: {}, // stored cards that cannot be read: reported, and written back as they were
    deck: null,
    aliases: {}, // aliases found on the current page (data-sg-aliases)
  };

  function readRaw() {
    try {
      return { ok: true, text: root.localStorage.getItem(STORAGE_KEY) };
    } catch (e) {
      return { ok: false };
    }
  }

  function writeRaw(text) {
    try {
      if (text === null) root.localStorage.removeItem(STORAGE_KEY);
      else root.localStorage.setItem(STORAGE_KEY, text);
      return true;
    } catch (e) {
      return false;
    }
  }

  /** Current progress (re-read each time, so other tabs' grades count). */
  function load() {
    var raw = readRaw();
    var state;
    if (store.problem === "full" && store.memory) {
      state = store.memory; // grades the full storage could not take live here until saved
    } else if (!raw.ok) {
      store.problem = "unavailable";
      state = store.memory || emptyState();
    } else {
      var parsed = parseState(raw.text);
      store.problem = parsed.problem;
      store.malformed = parsed.malformed || {};
      state = parsed.problem ? store.memory || emptyState() : parsed.state;
    }
    state = reconcile(state, store.deck, store.aliases);
    store.memory = state;
    return state;
  }

  function save(state) {
    state = reconcile(state, store.deck, store.aliases);
    store.memory = state;
    if (store.problem && store.problem !== "full") return false; // unreadable value kept; or no storage
    var out = { version: state.version, cards: {}, lastRating: state.lastRating };
    Object.keys(store.malformed).forEach(function (id) {
      if (!state.cards[id]) out.cards[id] = store.malformed[id];
    });
    Object.keys(state.cards).forEach(function (id) {
      out.cards[id] = state.cards[id];
    });
    if (!writeRaw(JSON.stringify(out))) {
      store.problem = readRaw().ok ? "full" : "unavailable"; // quota exceeded, or no storage
      return false;
    }
    store.problem = null;
    return true;
  }

  /** Grade question `id` now; saves and returns the new card. */
  function record(id, rating, when) {
    var state = load();
    var card = review(state.cards[id], when, rating);
    state.cards[id] = card;
    state.lastRating[id] = rating;
    save(state);
    return card;
  }

  function resetProgress() {
    store.memory = emptyState();
    store.malformed = {};
    var ok = writeRaw(null);
    store.problem = ok ? null : "unavailable";
    return ok;
  }

  /* ---------- notices ---------- */

  var MESSAGES = {
    corrupt: "Your saved quiz progress could not be read (it is not valid JSON).",
    foreign: "The saved quiz progress in this browser is not in the format this guide uses.",
    version: "Your saved quiz progress was written by a different version of this guide.",
  };

  function notice(container, before) {
    var old = container.querySelector(":scope > .sg-notice");
    if (old) old.remove();
    var p = store.problem;
    var bad = Object.keys(store.malformed).length;
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
        resetProgress();
        refresh();
      }));
    }
    container.insertBefore(box, before || container.firstChild);
  }

  /* ---------- one card: reveal and grade ---------- */

  /**
   * Enhance `host` (which contains `answer`) with the reveal button, the
   * grade buttons and status text. opts: {id, announce, onGraded, graded}.
   */
  function CardView(host, answer, opts) {
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
    var gradeButtons = GRADES.map(function (g) {
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
      var t = now();
      var card = load().cards[opts.id];
      if (view.graded && card) {
        status.textContent = gradeName(view.graded) + " recorded. Next review in " +
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
        var t = now();
        var when = preview(load().cards[opts.id], t);
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
      var card = record(opts.id, rating, now());
      view.graded = rating;
      controls.hidden = true;
      if (store.problem === "full") notice(host); // kept in memory only: say so
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

  /* ---------- question page ---------- */

  function initQuestionCard(host) {
    var id = host.getAttribute("data-sg-id");
    var answer = host.querySelector(".sg-answer");
    if (!id || !answer) return null;
    (host.getAttribute("data-sg-aliases") || "").split(/\s+/).forEach(function (a) {
      if (a && a !== id) store.aliases[a] = id;
    });
    var region = liveRegion();
    host.appendChild(region);
    var view = CardView(host, answer, { id: id, announce: announcer(region) });
    notice(host);
    // a link into the answer (e.g. from search) shows it without grading
    var target = root.location.hash ? document.getElementById(decodeURIComponent(root.location.hash.slice(1))) : null;
    if (target && answer.contains(target)) view.reveal(true);
    return view;
  }

  /* ---------- quiz page ---------- */

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

  function siteUrl(rel) {
    var base = siteBase();
    return (base ? base + "/" : "") + rel.replace(/^\/+/, "");
  }

  function matches(q, f, state, t) {
    if (f.topic && q.topic !== f.topic) return false;
    if (f.tag && q.tags.indexOf(f.tag) < 0) return false;
    if (f.level && q.level !== f.level) return false;
    var card = state.cards[q.id];
    if (f.state === "new") return !card || card.state === 0;
    if (f.state === "due") return !!card && card.state !== 0 && new Date(card.due) <= t;
    if (f.state === "weak") {
      var r = state.lastRating[q.id];
      return !!card && (card.lapses > 0 || r === 1 || r === 2);
    }
    return true;
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

  function initQuiz(rootEl, deck) {
    rootEl.textContent = "";
    rootEl.classList.add("sg-quiz");
    var seed = parseInt(param("seed"), 10);
    var random = rng(isNaN(seed) ? Math.floor(Math.random() * 4294967296) : seed);
    var region = liveRegion();
    var announce = announcer(region);
    var f = {
      topic: param("topic") || "",
      tag: param("tag") || "",
      level: param("level") || "",
      state: param("state") || "",
    };

    var filters = el("form", { class: "sg-quiz-filters", "aria-label": "Quiz filters" }, [
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
      filters.insertBefore(
        select("level", "Level", [["", "All levels"]].concat(deck.levels.map(function (l) {
          return [l, l.charAt(0).toUpperCase() + l.slice(1)];
        })), f.level),
        filters.lastChild
      );
    }
    var count = el("span", { class: "sg-quiz-count" });
    filters.appendChild(count);
    filters.addEventListener("submit", function (e) {
      e.preventDefault();
    });
    filters.addEventListener("change", function () {
      f.topic = filters.elements.topic.value;
      f.tag = filters.elements.tag.value;
      f.level = filters.elements.level ? filters.elements.level.value : "";
      f.state = filters.elements.state.value;
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
        resetProgress();
        toolsMsg.textContent = "Progress reset.";
        refresh();
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

    var session = null;
    var view = null;

    function startSession(ids) {
      var state = load();
      var t = now();
      var firstVisit = false;
      if (!ids) {
        // nothing reviewed yet: "due" would be an empty list, so start with new cards
        if (f.state === "due" && !Object.keys(state.cards).length) {
          f.state = "new";
          filters.elements.state.value = "new";
          firstVisit = true;
        }
        ids = shuffle(deck.questions.filter(function (q) {
          return matches(q, f, state, t);
        }).map(function (q) {
          return q.id;
        }), random);
      }
      session = { ids: ids, index: 0, results: {} };
      count.textContent = ids.length + (ids.length === 1 ? " card" : " cards");
      notices.textContent = "";
      if (firstVisit) {
        notices.appendChild(el("p", { class: "sg-quiz-first", text: "No cards reviewed yet, so nothing is due: here are the new cards." }));
      }
      notice(notices);
      show();
    }

    function updateProgress() {
      var n = session.ids.length;
      var done = Object.keys(session.results).length;
      progress.setAttribute("aria-valuemax", String(n));
      progress.setAttribute("aria-valuenow", String(done));
      progress.setAttribute("aria-valuetext", done + " of " + n + " graded");
      barFill.style.width = (n ? (100 * done) / n : 0) + "%";
      var atEnd = session.index >= n;
      progressText.textContent = n ? (atEnd ? "Summary" : "Card " + (session.index + 1) + " of " + n) : "";
      prevBtn.disabled = session.index === 0 || !n;
      nextBtn.disabled = atEnd || !n;
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
        view = CardView(card, answer, {
          id: q.id,
          announce: announce,
          graded: session.results[q.id] || 0,
          onGraded: function (rating, c) {
            session.results[q.id] = rating;
            var msg = gradeName(rating) + ": next review in " + formatWait(new Date(c.due), now()) + ".";
            go(1, msg);
          },
        });
        if (focus) view.focusStart();
      }
      updateProgress();
    }

    function go(step, msg) {
      if (!session || !session.ids.length) return;
      var i = Math.max(0, Math.min(session.ids.length, session.index + step));
      if (i === session.index) return;
      session.index = i;
      show(true);
      var where = i >= session.ids.length ? "Session summary." : "Card " + (i + 1) + " of " + session.ids.length + ".";
      announce((msg ? msg + " " : "") + where);
    }

    function summary(focus) {
      var groups = [
        ["known", "Known", [3, 4]],
        ["shaky", "Shaky", [2]],
        ["repeat", "To repeat", [1]],
        ["skipped", "Skipped", [0]],
      ];
      var heading = el("h2", { class: "sg-summary__title", tabindex: "-1", text: "Session summary" });
      var box = el("section", { class: "sg-summary", "aria-label": "Session summary" }, [heading]);
      var again = [];
      groups.forEach(function (g) {
        var ids = session.ids.filter(function (id) {
          return g[2].indexOf(session.results[id] || 0) >= 0;
        });
        if (g[0] === "skipped" && !ids.length) return;
        if (g[0] === "shaky" || g[0] === "repeat") again = again.concat(ids);
        var list = el("ul", {});
        ids.forEach(function (id) {
          var q = deck.byId[id];
          list.appendChild(el("li", {}, [el("a", { href: siteUrl(q.url), text: q.title })]));
        });
        box.appendChild(el("div", { class: "sg-summary__group sg-summary__group--" + g[0], "data-sg-group": g[0] }, [
          el("h3", { text: g[1] + " (" + ids.length + ")" }),
          ids.length ? list : null,
        ]));
      });
      var actions = el("div", { class: "sg-summary__actions" });
      if (again.length) {
        actions.appendChild(button("Repeat shaky and missed (" + again.length + ")", "sg-btn sg-btn--primary sg-repeat", function () {
          startSession(shuffle(again, random));
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
      var state = load();
      var data = { version: VERSION, exported: now().toISOString(), cards: state.cards, lastRating: state.lastRating };
      var blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
      var url = URL.createObjectURL(blob);
      var a = el("a", { href: url, download: "studyguide-progress-" + now().toISOString().slice(0, 10) + ".json" });
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
        var parsed = parseState(String(reader.result));
        if (parsed.problem || parsed.dropped) {
          toolsMsg.textContent = "Import failed: " + (parsed.problem === "corrupt" ? "the file is not valid JSON." :
            parsed.problem === "version" ? "the file is from a different version of this guide." :
            parsed.problem ? "the file is not a study guide progress file." :
            parsed.dropped + " card(s) in the file are malformed.") + " Nothing was changed.";
          return;
        }
        var incoming = reconcile(parsed.state, deck, store.aliases);
        var n = Object.keys(incoming.cards).length;
        var skipped = Object.keys(parsed.state.cards).length - n;
        var have = Object.keys(load().cards).length;
        if (have && !root.confirm("Replace your current progress (" + have + " cards) with the file's (" + n + " cards)?")) return;
        if (store.problem && store.problem !== "unavailable") resetProgress();
        save(incoming);
        toolsMsg.textContent = "Imported " + n + " cards" + (skipped ? " (" + skipped + " for questions no longer in the guide were skipped)" : "") + ".";
        refresh();
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

  /* ---------- home page ---------- */

  function dueCount() {
    var state = load();
    var t = now();
    return Object.keys(state.cards).filter(function (id) {
      var c = state.cards[id];
      return c.state !== 0 && new Date(c.due) <= t;
    }).length;
  }

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
      if (store.problem) {
        var tmp = el("div", {});
        notice(tmp);
        holder.parentNode.insertBefore(tmp.firstChild, holder.nextSibling);
      }
    }
  }

  /* ---------- page wiring ---------- */

  var page = null; // {views, quiz, dues}

  function init() {
    store.deck = loadDeck();
    store.aliases = {};
    page = { views: [], quiz: null, dues: [] };
    page.dues = Array.prototype.slice.call(document.querySelectorAll("[data-sg-due]"));
    page.dues.forEach(initDue);
    var needsScheduler = document.querySelector(".sg-card[data-sg-id], #sg-quiz");
    if (needsScheduler && (!root.FSRS || typeof root.FSRS.fsrs !== "function")) {
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
      if (store.deck) page.quiz = initQuiz(quizEl, store.deck);
      else quizEl.appendChild(el("p", { class: "sg-notice", role: "alert", text: "The question deck (deck.js) did not load, so the quiz cannot start." }));
    }
  }

  /** Re-render after a reset or an import. */
  function refresh() {
    if (!page) return;
    load();
    page.views.forEach(function (v) {
      notice(v.host);
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
    var view = currentView();
    if (e.key === " " || e.key === "Spacebar") {
      // buttons, links and summaries keep their own Space behaviour
      if (t && t.closest && t.closest("button, a, summary, [role=button]")) return;
      if (view && !view.revealed) {
        e.preventDefault();
        view.reveal();
      }
    } else if (/^[1-4]$/.test(e.key)) {
      if (view && view.revealed && !view.graded) {
        e.preventDefault();
        view.grade(Number(e.key));
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
    version: VERSION,
    storageKey: STORAGE_KEY,
    schedulerParams: schedulerParams,
    start: start,
    init: init,
    now: now,
    review: review,
    preview: preview,
    parseState: parseState,
    reconcile: reconcile,
    dueCount: dueCount,
    cleanCard: cleanCard,
    /** The quiz page's session {ids, index, results}, or null elsewhere. */
    currentSession: function () {
      return page && page.quiz ? page.quiz.session() : null;
    },
  };
});
