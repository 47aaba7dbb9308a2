// quiz-storage.js: card checks, parsing, migration to canonical ids,
// reconciling with the deck, export/import, and the localStorage store.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { storage } = require("./load.cjs")("storage");

const CARD = {
  due: "2024-01-03T09:10:00.000Z", stability: 2.3, difficulty: 2.1, elapsed_days: 0,
  scheduled_days: 2, learning_steps: 0, reps: 2, lapses: 0, state: 2,
  last_review: "2024-01-01T09:10:00.000Z",
};
const card = (extra) => ({ ...CARD, ...extra });
const DECK = storage.loadDeck({
  questions: [
    { id: "autoencoder", title: "What is an autoencoder?", tags: ["AE"], aliases: ["what-is-autoencoder", "dropout"], level: "medium" },
    { id: "dropout", aliases: [] },
    { id: "dropout", title: "duplicate, ignored" },
    { id: "", title: "no id" },
    "not an object",
  ],
  topics: [{ slug: "architectures", title: "Architectures" }, { title: "no slug" }],
  tags: ["AE", 3],
});

/** A stand-in for localStorage; `fail` makes get/set/remove throw. */
function memoryStorage(initial, fail = {}) {
  const data = new Map(initial == null ? [] : [[storage.STORAGE_KEY, initial]]);
  return {
    data,
    getItem(k) { if (fail.get) throw new Error("denied"); return data.has(k) ? data.get(k) : null; },
    setItem(k, v) { if (fail.set) throw new Error("quota"); data.set(k, String(v)); },
    removeItem(k) { if (fail.remove) throw new Error("denied"); data.delete(k); },
  };
}

test("cleanCard normalises dates and fills the fields ts-fsrs added later", () => {
  const { learning_steps, elapsed_days, ...older } = CARD;
  assert.deepEqual(storage.cleanCard({ ...older, due: Date.parse(CARD.due) }), card({}));
  assert.equal(storage.cleanCard(card({ last_review: null })).last_review, undefined);
});

test("cleanCard rejects what is not a card", () => {
  for (const bad of [null, [], "x", card({ due: "never" }), card({ reps: -1 }), card({ reps: 1.5 }),
    card({ state: 4 }), card({ difficulty: 11 }), card({ stability: "3" }), card({ lapses: Infinity }),
    card({ last_review: "soon" })]) {
    assert.equal(storage.cleanCard(bad), null, JSON.stringify(bad));
  }
});

test("loadDeck keeps valid questions once and builds the lookups", () => {
  assert.equal(storage.loadDeck(null), null);
  assert.equal(storage.loadDeck({ questions: "x" }), null);
  assert.deepEqual(DECK.questions.map((q) => q.id), ["autoencoder", "dropout"]);
  assert.equal(DECK.byId.dropout.title, "dropout"); // the first wins, title defaults to the id
  assert.deepEqual(DECK.aliasOf, { "what-is-autoencoder": "autoencoder" }); // never shadows a real id
  assert.deepEqual(DECK.topics, [{ slug: "architectures", title: "Architectures" }]);
  assert.deepEqual(DECK.tags, ["AE", "3"]);
  assert.deepEqual(DECK.levels, ["medium"]);
});

test("parseState says what is wrong with a stored value", () => {
  assert.deepEqual(storage.parseState(null), { state: storage.emptyState(), problem: null, dropped: 0 });
  assert.equal(storage.parseState("{bad").problem, "corrupt");
  assert.equal(storage.parseState("[1]").problem, "foreign");
  assert.equal(storage.parseState('{"cards": {}}').problem, "foreign");
  assert.equal(storage.parseState('{"version": 1, "cards": []}').problem, "foreign");
  const other = storage.parseState('{"version": 2, "cards": {}}');
  assert.equal(other.problem, "version");
  assert.equal(other.version, 2);
});

test("parseState drops unreadable cards, keeps them aside, and ignores bad ratings", () => {
  const text = JSON.stringify({
    version: 1,
    cards: { a: CARD, b: { due: "x" }, c: CARD },
    lastRating: { a: 2, b: 1, c: 7 },
  });
  const parsed = storage.parseState(text);
  assert.equal(parsed.problem, null);
  assert.equal(parsed.dropped, 1);
  assert.deepEqual(parsed.malformed, { b: { due: "x" } });
  assert.deepEqual(Object.keys(parsed.state.cards), ["a", "c"]);
  assert.deepEqual(parsed.state.lastRating, { a: 2 });
});

test("reconcile moves an alias's card to the canonical id, the latest review winning", () => {
  const state = {
    version: 1,
    cards: {
      "what-is-autoencoder": card({ last_review: "2024-02-01T00:00:00.000Z" }),
      autoencoder: card({ last_review: "2024-01-01T00:00:00.000Z" }),
      gone: CARD,
    },
    lastRating: { "what-is-autoencoder": 1, autoencoder: 4, gone: 3 },
  };
  const out = storage.reconcile(state, DECK, {});
  assert.deepEqual(Object.keys(out.cards), ["autoencoder"]); // "gone" is not in the deck
  assert.equal(out.cards.autoencoder.last_review, "2024-02-01T00:00:00.000Z");
  assert.deepEqual(out.lastRating, { autoencoder: 1 });
});

test("reconcile: on a tie the canonical id's own card wins; without a deck only page aliases move", () => {
  const tie = { version: 1, cards: { "what-is-autoencoder": card({ reps: 9 }), autoencoder: CARD }, lastRating: { "what-is-autoencoder": 2 } };
  const out = storage.reconcile(tie, DECK, {});
  assert.equal(out.cards.autoencoder.reps, 2);
  assert.deepEqual(out.lastRating, {});
  const noDeck = storage.reconcile({ version: 1, cards: { old: CARD, other: CARD }, lastRating: { old: 3 } }, null, { old: "new" });
  assert.deepEqual(Object.keys(noDeck.cards).sort(), ["new", "other"]);
  assert.deepEqual(noDeck.lastRating, { new: 3 });
});

test("readImport reconciles a progress file and counts what it skips", () => {
  const file = JSON.stringify(storage.exportData({ version: 1, cards: { dropout: CARD, gone: CARD }, lastRating: {} }, new Date(0)));
  assert.equal(JSON.parse(file).exported, "1970-01-01T00:00:00.000Z");
  const r = storage.readImport(file, DECK, {});
  assert.equal(r.problem, null);
  assert.equal(r.count, 1);
  assert.equal(r.skipped, 1);
  assert.deepEqual(Object.keys(r.state.cards), ["dropout"]);
  assert.deepEqual(storage.readImport("nope", DECK, {}), { problem: "corrupt", dropped: 0 });
  assert.deepEqual(storage.readImport('{"version":1,"cards":{"a":1}}', DECK, {}), { problem: null, dropped: 1 });
});

test("store: saves, and writes unreadable cards back as they were", () => {
  const ls = memoryStorage(JSON.stringify({ version: 1, cards: { dropout: { due: "x" } }, lastRating: {} }));
  const store = storage.createStore(() => ls);
  store.deck = DECK;
  const state = store.load();
  assert.equal(store.problem, null);
  assert.deepEqual(Object.keys(store.malformed), ["dropout"]);
  state.cards.autoencoder = CARD;
  assert.equal(store.save(state), true);
  const saved = JSON.parse(ls.data.get(storage.STORAGE_KEY));
  assert.deepEqual(saved.cards, { dropout: { due: "x" }, autoencoder: CARD });
  state.cards.dropout = CARD; // graded again: the readable card replaces it
  store.save(state);
  assert.deepEqual(JSON.parse(ls.data.get(storage.STORAGE_KEY)).cards.dropout, CARD);
});

test("store: an unreadable value is never overwritten, until a reset", () => {
  const ls = memoryStorage("{bad");
  const store = storage.createStore(() => ls);
  const state = store.load();
  assert.equal(store.problem, "corrupt");
  state.cards.x = CARD;
  assert.equal(store.save(state), false);
  assert.equal(ls.data.get(storage.STORAGE_KEY), "{bad");
  assert.deepEqual(Object.keys(store.load().cards), ["x"]); // kept in memory
  assert.equal(store.reset(), true);
  assert.equal(store.problem, null);
  assert.equal(ls.data.has(storage.STORAGE_KEY), false);
});

test("store: a full storage keeps grades in memory; no storage at all says so", () => {
  const full = storage.createStore(() => memoryStorage(null, { set: true }));
  const state = full.load();
  state.cards.a = CARD;
  assert.equal(full.save(state), false);
  assert.equal(full.problem, "full");
  assert.deepEqual(Object.keys(full.load().cards), ["a"]);
  const none = storage.createStore(() => { throw new Error("SecurityError"); });
  assert.deepEqual(none.load(), storage.emptyState());
  assert.equal(none.problem, "unavailable");
  assert.equal(none.save(storage.emptyState()), false);
  assert.equal(none.reset(), false);
});
