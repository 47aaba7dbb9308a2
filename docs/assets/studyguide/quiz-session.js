/*
 * Study guide quiz, session: what to ask and in which order. No DOM.
 *
 * "Now" and the URL's settings (test hooks: `window.studyGuideQuizNow` or
 * `?now=<ISO or ms>` fix the time, `?seed=<integer>` the shuffle; the quiz
 * page's filters `?topic=<slug>`, `?tag=<tag title>`, `?level=easy|medium|hard`,
 * `?state=new|due|weak`); choosing cards for a session and shuffling them with
 * a seeded generator; and a session's steps as pure functions over
 * {ids, index, results}: each returns a new session, never changes one.
 *
 * Needs quiz-storage.js and quiz-scheduler.js loaded first.
 * Attaches `StudyGuide.session` (and module.exports under Node, for tests).
 */
(function (root, factory) {
  "use strict";
  var SG = (root.StudyGuide = root.StudyGuide || {});
  SG.session = factory(root, SG.storage, SG.scheduler);
  if (typeof module === "object" && module.exports) module.exports = SG.session;
})(typeof window !== "undefined" ? window : globalThis, function (root, storage, scheduler) {
  "use strict";

  /** A URL query parameter of the page, or null. */
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
    var d = o == null ? null : storage.parseDate(o);
    if (d) return d;
    var p = param("now");
    d = p ? storage.parseDate(/^\d+$/.test(p) ? Number(p) : p) : null;
    return d || new Date();
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

  /** The session's random source: seeded by `seed` (a string) if it is a number. */
  function randomFor(seed) {
    var n = parseInt(seed, 10);
    return rng(isNaN(n) ? Math.floor(Math.random() * 4294967296) : n);
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

  /** The filters from the page's URL (or `get`, a name -> value lookup). */
  function filtersFrom(get) {
    get = get || param;
    return { topic: get("topic") || "", tag: get("tag") || "", level: get("level") || "", state: get("state") || "" };
  }

  /** Whether question `q` passes filters `f`, given progress `state` at time `t`. */
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

  /**
   * The cards for a new session: {ids (shuffled), filters, firstVisit}. With
   * nothing reviewed yet "due" would be an empty list, so the session starts
   * with the new cards instead: filters.state is then "new", firstVisit true.
   */
  function choose(deck, f, state, t, random) {
    var filters = { topic: f.topic, tag: f.tag, level: f.level, state: f.state };
    var firstVisit = false;
    if (filters.state === "due" && !Object.keys(state.cards).length) {
      filters.state = "new";
      firstVisit = true;
    }
    var ids = deck.questions.filter(function (q) {
      return matches(q, filters, state, t);
    }).map(function (q) {
      return q.id;
    });
    return { ids: shuffle(ids, random), filters: filters, firstVisit: firstVisit };
  }

  function start(ids) {
    return { ids: ids.slice(), index: 0, results: {} };
  }

  /** `session` moved by `step` cards (the summary is one past the last), or null if it cannot move. */
  function move(session, step) {
    if (!session || !session.ids.length) return null;
    var i = Math.max(0, Math.min(session.ids.length, session.index + step));
    if (i === session.index) return null;
    return { ids: session.ids, index: i, results: session.results };
  }

  /** `session` with `rating` recorded for card `id`. */
  function graded(session, id, rating) {
    var results = {};
    Object.keys(session.results).forEach(function (k) {
      results[k] = session.results[k];
    });
    results[id] = rating;
    return { ids: session.ids, index: session.index, results: results };
  }

  /** Where the session is, for the progress bar, the buttons and the live region. */
  function progress(session) {
    var n = session.ids.length;
    var done = Object.keys(session.results).length;
    var atEnd = session.index >= n;
    return {
      total: n,
      done: done,
      atEnd: atEnd,
      percent: n ? (100 * done) / n : 0,
      text: n ? (atEnd ? "Summary" : "Card " + (session.index + 1) + " of " + n) : "",
      where: atEnd ? "Session summary." : "Card " + (session.index + 1) + " of " + n + ".",
      canPrev: session.index !== 0 && !!n,
      canNext: !atEnd && !!n,
    };
  }

  /**
   * The summary's groups [{key, label, ids}] (Skipped only if some were) and
   * `again`, the shaky and missed ids to repeat.
   */
  function summary(session) {
    var groups = [];
    var again = [];
    [
      ["known", "Known", [3, 4]],
      ["shaky", "Shaky", [2]],
      ["repeat", "To repeat", [1]],
      ["skipped", "Skipped", [0]],
    ].forEach(function (g) {
      var ids = session.ids.filter(function (id) {
        return g[2].indexOf(session.results[id] || 0) >= 0;
      });
      if (g[0] === "skipped" && !ids.length) return;
      if (g[0] === "shaky" || g[0] === "repeat") again = again.concat(ids);
      groups.push({ key: g[0], label: g[1], ids: ids });
    });
    return { groups: groups, again: again };
  }

  /** Progress `state` with question `id` graded `rating` at `when`: {state, card}. */
  function applyGrade(state, id, rating, when) {
    var card = scheduler.review(state.cards[id], when, rating);
    var out = { version: state.version, cards: {}, lastRating: {} };
    Object.keys(state.cards).forEach(function (k) {
      out.cards[k] = state.cards[k];
    });
    Object.keys(state.lastRating).forEach(function (k) {
      out.lastRating[k] = state.lastRating[k];
    });
    out.cards[id] = card;
    out.lastRating[id] = rating;
    return { state: out, card: card };
  }

  /** How many reviewed cards are due at `t`. */
  function dueCount(state, t) {
    return Object.keys(state.cards).filter(function (id) {
      var c = state.cards[id];
      return c.state !== 0 && new Date(c.due) <= t;
    }).length;
  }

  return {
    param: param,
    now: now,
    rng: rng,
    randomFor: randomFor,
    shuffle: shuffle,
    filtersFrom: filtersFrom,
    matches: matches,
    choose: choose,
    start: start,
    move: move,
    graded: graded,
    progress: progress,
    summary: summary,
    applyGrade: applyGrade,
    dueCount: dueCount,
  };
});
