// quiz-session.js: "now" and the URL's settings, choosing and ordering the
// cards of a session, and a session's steps (pure: a new session each time).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { session: S, storage, scheduler } = require("./load.cjs")("session");

const T = new Date("2024-03-01T12:00:00Z");
const DECK = storage.loadDeck({
  questions: [
    { id: "ae", topic: "arch", tags: ["Neural networks", "Autoencoders"], level: "medium" },
    { id: "dropout", topic: "reg", tags: ["Neural networks"], level: "easy" },
    { id: "boot", topic: "stats", tags: ["Statistics"], level: "hard" },
    { id: "cost", topic: "opt", tags: [] },
  ],
});
const reviewed = (due, extra) => ({
  due, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0,
  reps: 2, lapses: 0, state: 2, last_review: "2024-02-01T00:00:00.000Z", ...extra,
});
const STATE = {
  version: 1,
  cards: {
    ae: reviewed("2024-02-28T00:00:00.000Z"), // due
    dropout: reviewed("2024-04-01T00:00:00.000Z", { lapses: 1 }), // not due, weak by lapses
    boot: reviewed("2024-03-01T12:00:00.000Z", { state: 0 }), // a card in state New
  },
  lastRating: { ae: 2, dropout: 3 },
};
const pick = (f) => DECK.questions.filter((q) => S.matches(q, { topic: "", tag: "", level: "", state: "", ...f }, STATE, T)).map((q) => q.id);

test("now: the test hook, then ?now=, then the clock", (t) => {
  t.after(() => { delete globalThis.studyGuideQuizNow; delete globalThis.location; });
  globalThis.studyGuideQuizNow = "2024-05-01T00:00:00Z";
  assert.equal(S.now().toISOString(), "2024-05-01T00:00:00.000Z");
  globalThis.studyGuideQuizNow = () => 0;
  assert.equal(S.now().getTime(), 0);
  globalThis.studyGuideQuizNow = "garbage";
  globalThis.location = { search: "?now=86400000&seed=7&topic=arch&state=due" };
  assert.equal(S.now().getTime(), 864e5);
  assert.equal(S.param("seed"), "7");
  assert.deepEqual(S.filtersFrom(), { topic: "arch", tag: "", level: "", state: "due" });
  globalThis.location = { search: "?now=2024-06-01" };
  assert.equal(S.now().toISOString(), "2024-06-01T00:00:00.000Z");
  delete globalThis.location; // no URL at all (Node): param() is null
  delete globalThis.studyGuideQuizNow;
  assert.equal(S.param("now"), null);
  assert.ok(Math.abs(S.now() - Date.now()) < 5000);
});

test("rng is mulberry32: the numbers the pre-split quiz.js gave for the seed", () => {
  const a = S.rng(42);
  const first = [a(), a(), a()];
  assert.deepEqual(first.map((x) => x.toFixed(8)), ["0.60110375", "0.44829056", "0.85246579"]);
  const b = S.randomFor("42");
  assert.deepEqual([b(), b(), b()], first);
  const c = S.randomFor(null); // unseeded: still a generator in [0, 1)
  assert.ok(c() >= 0 && c() < 1);
});

test("shuffle is a seeded permutation and leaves its input alone", () => {
  const list = ["a", "b", "c", "d", "e", "f"];
  const once = S.shuffle(list, S.rng(7));
  assert.deepEqual(once, ["e", "b", "c", "d", "f", "a"]); // as before the split: ?seed= orders hold
  assert.deepEqual(once, S.shuffle(list, S.rng(7)));
  assert.deepEqual([...once].sort(), list);
  assert.deepEqual(list, ["a", "b", "c", "d", "e", "f"]);
  assert.deepEqual(S.shuffle([], S.rng(1)), []);
});

test("filters: topic, tag, level, and new / due / weak", () => {
  assert.deepEqual(pick({}), ["ae", "dropout", "boot", "cost"]);
  assert.deepEqual(pick({ topic: "reg" }), ["dropout"]);
  assert.deepEqual(pick({ tag: "Neural networks" }), ["ae", "dropout"]);
  assert.deepEqual(pick({ level: "hard" }), ["boot"]);
  assert.deepEqual(pick({ state: "new" }), ["boot", "cost"]);
  assert.deepEqual(pick({ state: "due" }), ["ae"]);
  assert.deepEqual(pick({ state: "weak" }), ["ae", "dropout"]);
  assert.deepEqual(pick({ tag: "Neural networks", state: "weak", level: "easy" }), ["dropout"]);
});

test("choose: the filtered cards, shuffled by the seed", () => {
  const f = { topic: "", tag: "Neural networks", level: "", state: "" };
  const chosen = S.choose(DECK, f, STATE, T, S.rng(3));
  assert.deepEqual(chosen.ids, S.shuffle(["ae", "dropout"], S.rng(3)));
  assert.deepEqual(chosen.filters, f);
  assert.notEqual(chosen.filters, f); // a copy
  assert.equal(chosen.firstVisit, false);
});

test("choose: nothing reviewed yet, 'due' becomes the new cards", () => {
  const chosen = S.choose(DECK, { topic: "", tag: "", level: "", state: "due" }, storage.emptyState(), T, S.rng(1));
  assert.equal(chosen.firstVisit, true);
  assert.equal(chosen.filters.state, "new");
  assert.deepEqual([...chosen.ids].sort(), ["ae", "boot", "cost", "dropout"]);
  assert.equal(S.choose(DECK, { state: "due" }, STATE, T, S.rng(1)).firstVisit, false);
});

test("a session's steps: move (summary one past the end), grade, progress", () => {
  const s0 = S.start(["a", "b"]);
  assert.deepEqual(s0, { ids: ["a", "b"], index: 0, results: {} });
  assert.equal(S.move(s0, -1), null);
  assert.equal(S.move(S.start([]), 1), null);
  assert.equal(S.move(null, 1), null);
  assert.deepEqual(S.progress(s0), {
    total: 2, done: 0, atEnd: false, percent: 0, text: "Card 1 of 2", where: "Card 1 of 2.", canPrev: false, canNext: true,
  });
  const s1 = S.graded(s0, "a", 3);
  assert.deepEqual(s0.results, {}); // unchanged
  const s2 = S.move(s1, 1);
  assert.equal(s2.index, 1);
  const end = S.move(s2, 5);
  assert.equal(end.index, 2);
  assert.equal(S.move(end, 1), null);
  assert.deepEqual(S.progress(end), {
    total: 2, done: 1, atEnd: true, percent: 50, text: "Summary", where: "Session summary.", canPrev: true, canNext: false,
  });
  const none = S.progress(S.start([]));
  assert.equal(none.text, "");
  assert.equal(none.canPrev || none.canNext, false);
});

test("summary: known, shaky, to repeat, skipped (only if any); again = shaky and missed", () => {
  let s = S.start(["a", "b", "c", "d", "e"]);
  [["a", 4], ["b", 2], ["c", 1], ["d", 3]].forEach(([id, r]) => { s = S.graded(s, id, r); });
  const out = S.summary(s);
  assert.deepEqual(out.groups.map((g) => [g.key, g.label, g.ids]), [
    ["known", "Known", ["a", "d"]],
    ["shaky", "Shaky", ["b"]],
    ["repeat", "To repeat", ["c"]],
    ["skipped", "Skipped", ["e"]],
  ]);
  assert.deepEqual(out.again, ["b", "c"]);
  s = S.graded(s, "e", 4);
  assert.deepEqual(S.summary(s).groups.map((g) => g.key), ["known", "shaky", "repeat"]);
});

test("applyGrade: a new progress state with the card and rating; dueCount", () => {
  const done = S.applyGrade(STATE, "cost", 3, T);
  assert.deepEqual(done.card, scheduler.review(undefined, T, 3));
  assert.equal(done.state.cards.cost, done.card);
  assert.equal(done.state.lastRating.cost, 3);
  assert.equal(STATE.cards.cost, undefined); // the input is untouched
  assert.equal(S.dueCount(STATE, T), 1); // ae; boot is New, dropout later
  assert.equal(S.dueCount(STATE, new Date("2024-05-01T00:00:00Z")), 2);
});
