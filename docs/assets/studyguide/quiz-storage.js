/*
 * Study guide quiz, storage: the data the quiz reads and keeps. No DOM.
 *
 * - the deck (`window.studyGuideDeck`, from deck.js): checked, with lookup tables;
 * - saved progress: one localStorage key, "studyguide.v1", holding JSON
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
 * is unavailable the quiz works in memory and says so. Export/import: the same JSON.
 * Loads first. Attaches `StudyGuide.storage` (and module.exports under Node).
 */
(function (root, factory) {
  "use strict";
  var SG = (root.StudyGuide = root.StudyGuide || {});
  SG.storage = factory();
  if (typeof module === "object" && module.exports) module.exports = SG.storage;
})(typeof window !== "undefined" ? window : globalThis, function () {
  "use strict";

  var STORAGE_KEY = "studyguide.v1";
  var VERSION = 1;
  var NUMBER_FIELDS = [
    "stability", "difficulty", "elapsed_days", "scheduled_days",
    "learning_steps", "reps", "lapses", "state",
  ];
  var LEVELS = ["easy", "medium", "hard"];

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function parseDate(v) {
    if (v instanceof Date) v = v.getTime();
    if (typeof v !== "string" && typeof v !== "number") return null;
    var d = new Date(v);
    return isNaN(d.getTime()) ? null : d;
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

  /** The generated deck, checked, with lookup tables; null if absent/invalid. */
  function loadDeck(d) {
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

  /** The export file's object for `state`, stamped with `when`. */
  function exportData(state, when) {
    return { version: VERSION, exported: when.toISOString(), cards: state.cards, lastRating: state.lastRating };
  }

  /**
   * An import file's text, checked: {problem, dropped} as parseState says, and
   * when both are clear {state (reconciled), count, skipped (not in the deck)}.
   */
  function readImport(text, deck, aliases) {
    var parsed = parseState(text);
    if (parsed.problem || parsed.dropped) return { problem: parsed.problem, dropped: parsed.dropped };
    var incoming = reconcile(parsed.state, deck, aliases);
    var n = Object.keys(incoming.cards).length;
    return { problem: null, dropped: 0, state: incoming, count: n, skipped: Object.keys(parsed.state.cards).length - n };
  }

  /**
   * Progress kept in `storage` (a localStorage, or something that throws like
   * one) under STORAGE_KEY. `problem` is null | "corrupt" | "foreign" |
   * "version" | "unavailable" | "full"; `deck` and `aliases` (found on the page,
   * data-sg-aliases) are set by the page and used to reconcile.
   */
  function createStore(getStorage) {
    var store = {
      problem: null,
      memory: null, // the state while we cannot (or must not) write
      malformed: {}, // stored cards that cannot be read: reported, and written back as they were
      deck: null,
      aliases: {},
    };

    function readRaw() {
      try {
        return { ok: true, text: getStorage().getItem(STORAGE_KEY) };
      } catch (e) {
        return { ok: false };
      }
    }

    function writeRaw(text) {
      try {
        if (text === null) getStorage().removeItem(STORAGE_KEY);
        else getStorage().setItem(STORAGE_KEY, text);
        return true;
      } catch (e) {
        return false;
      }
    }

    /** Current progress (re-read each time, so other tabs' grades count). */
    store.load = function () {
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
    };

    store.save = function (state) {
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
    };

    store.reset = function () {
      store.memory = emptyState();
      store.malformed = {};
      var ok = writeRaw(null);
      store.problem = ok ? null : "unavailable";
      return ok;
    };

    return store;
  }

  return {
    STORAGE_KEY: STORAGE_KEY,
    VERSION: VERSION,
    NUMBER_FIELDS: NUMBER_FIELDS,
    isObject: isObject,
    parseDate: parseDate,
    cleanCard: cleanCard,
    loadDeck: loadDeck,
    emptyState: emptyState,
    parseState: parseState,
    reconcile: reconcile,
    exportData: exportData,
    readImport: readImport,
    createStore: createStore,
  };
});
