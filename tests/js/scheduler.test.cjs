// quiz-scheduler.js: the FSRS wrapper over ts-fsrs. Checked against ts-fsrs
// itself and against cards the single-file quiz.js produced before the split
// (py-fsrs, the reference FSRS, is compared in tests/test_fsrs_reference.py).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { scheduler, storage } = require("./load.cjs")("scheduler");

const START = Date.parse("2024-01-01T09:00:00Z");
const at = (minutes) => new Date(START + minutes * 60000);
const DAY = 1440;

test("parameters: FSRS-6 default weights, 90 % retention, no fuzz, steps 1m 10m / 10m", () => {
  const p = scheduler.schedulerParams();
  assert.deepEqual(p.w, [...globalThis.FSRS.default_w]);
  assert.equal(p.request_retention, 0.9);
  assert.equal(p.maximum_interval, 36500);
  assert.equal(p.enable_fuzz, false);
  assert.equal(p.enable_short_term, true);
  assert.deepEqual(p.learning_steps, ["1m", "10m"]);
  assert.deepEqual(p.relearning_steps, ["10m"]);
  p.w[0] = 99; // a copy each time
  assert.notEqual(scheduler.schedulerParams().w[0], 99);
});

test("review gives the cards the pre-split quiz.js gave (Good, Good, Good, Again, Good)", () => {
  const expected = [
    ["2024-01-01T09:10:00.000Z", 2.3065, 2.11810397, 1, 1, 0, 1],
    ["2024-01-03T09:10:00.000Z", 2.3065, 2.11121424, 2, 2, 0, 0],
    ["2024-01-14T09:10:00.000Z", 10.97104786, 2.1043314, 2, 3, 0, 0],
    ["2024-01-13T09:20:00.000Z", 1.52281067, 7.38997579, 3, 4, 1, 0],
    ["2024-01-15T09:20:00.000Z", 1.55637757, 7.37781418, 2, 5, 1, 0],
  ];
  const reviews = [[0, 3], [10, 3], [2 * DAY + 10, 3], [12 * DAY + 10, 1], [12 * DAY + 20, 3]];
  let card = null;
  reviews.forEach(([minutes, rating], i) => {
    card = scheduler.review(card, at(minutes), rating);
    const [due, stability, difficulty, state, reps, lapses, steps] = expected[i];
    assert.deepEqual(
      [card.due, card.stability, card.difficulty, card.state, card.reps, card.lapses, card.learning_steps],
      [due, stability, difficulty, state, reps, lapses, steps],
    );
    assert.equal(card.last_review, at(minutes).toISOString());
    assert.deepEqual(storage.cleanCard(card), card); // stored form, as saved
  });
});

test("review agrees with ts-fsrs used directly", () => {
  const F = globalThis.FSRS;
  const f = F.fsrs(scheduler.schedulerParams());
  let mine = null;
  let theirs = F.createEmptyCard(at(0));
  for (const [minutes, rating] of [[0, 2], [6, 4], [5 * DAY, 1], [5 * DAY + 10, 2], [9 * DAY, 3]]) {
    mine = scheduler.review(mine, at(minutes), rating);
    theirs = f.next(theirs, at(minutes), rating).card;
    assert.equal(mine.due, theirs.due.toISOString());
    assert.equal(mine.stability, theirs.stability);
    assert.equal(mine.state, theirs.state);
  }
});

test("preview says when each grade would bring the card back", () => {
  const fresh = scheduler.preview(null, at(0));
  assert.deepEqual(Object.fromEntries(Object.entries(fresh).map(([k, d]) => [k, d.toISOString()])), {
    1: "2024-01-01T09:01:00.000Z",
    2: "2024-01-01T09:06:00.000Z",
    3: "2024-01-01T09:10:00.000Z",
    4: "2024-01-09T09:00:00.000Z",
  });
  const card = scheduler.review(scheduler.review(null, at(0), 3), at(10), 3);
  const when = at(3 * DAY);
  const preview = scheduler.preview(card, when);
  for (const rating of [1, 2, 3, 4]) {
    assert.equal(preview[rating].toISOString(), scheduler.review(card, when, rating).due);
  }
});

test("card conversion: stored strings <-> ts-fsrs Dates, round trip", () => {
  const stored = scheduler.review(null, at(0), 3);
  const live = scheduler.toFsrsCard(stored);
  assert.ok(live.due instanceof Date && live.last_review instanceof Date);
  assert.deepEqual(scheduler.fromFsrsCard(live), stored);
  const fresh = scheduler.toFsrsCard({ ...stored, last_review: undefined });
  assert.equal(fresh.last_review, undefined);
  assert.equal(scheduler.fromFsrsCard({ ...live, reps: -1 }), null);
});

test("grades and their names; available() follows the global FSRS", () => {
  assert.deepEqual(scheduler.GRADES.map((g) => g.name), ["Again", "Hard", "Good", "Easy"]);
  assert.equal(scheduler.gradeName(3), "Good");
  assert.equal(scheduler.gradeName(7), "");
  assert.equal(scheduler.available(), true);
});
