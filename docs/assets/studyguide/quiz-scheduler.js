/*
 * Study guide quiz, scheduler: FSRS through ts-fsrs. No DOM, no storage.
 *
 * Needs ts-fsrs's UMD build (global `FSRS`) by the time a card is reviewed,
 * and quiz-storage.js loaded first (a reviewed card comes back in the stored
 * form, checked by StudyGuide.storage.cleanCard).
 * review() applies a grade, preview() says when each grade would bring the
 * card back, schedulerParams() gives the full settings (checked against
 * py-fsrs by tests/test_fsrs_reference.py).
 *
 * Attaches `StudyGuide.scheduler` (and module.exports under Node, for tests).
 */
(function (root, factory) {
  "use strict";
  var SG = (root.StudyGuide = root.StudyGuide || {});
  SG.scheduler = factory(root, SG.storage);
  if (typeof module === "object" && module.exports) module.exports = SG.scheduler;
})(typeof window !== "undefined" ? window : globalThis, function (root, storage) {
  "use strict";

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

  var scheduler = null;

  function fsrsLib() {
    var F = root.FSRS;
    if (!F || typeof F.fsrs !== "function") throw new Error("ts-fsrs (global FSRS) is not loaded");
    return F;
  }

  /** Whether ts-fsrs is there to schedule with. */
  function available() {
    return !!root.FSRS && typeof root.FSRS.fsrs === "function";
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

  /** A stored card (ISO strings) as the ts-fsrs Card it stands for (Dates). */
  function toFsrsCard(stored) {
    var c = {};
    Object.keys(stored).forEach(function (k) {
      c[k] = stored[k];
    });
    c.due = new Date(stored.due);
    c.last_review = stored.last_review ? new Date(stored.last_review) : undefined;
    return c;
  }

  /** A ts-fsrs Card in the stored form (checked; null if it does not fit). */
  function fromFsrsCard(card) {
    var c = {};
    ["due", "last_review"].concat(storage.NUMBER_FIELDS).forEach(function (k) {
      if (card[k] != null) c[k] = card[k] instanceof Date ? card[k].toISOString() : card[k];
    });
    return storage.cleanCard(c);
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

  function gradeName(rating) {
    return (GRADES[rating - 1] || {}).name || "";
  }

  return {
    GRADES: GRADES,
    available: available,
    schedulerParams: schedulerParams,
    toFsrsCard: toFsrsCard,
    fromFsrsCard: fromFsrsCard,
    review: review,
    preview: preview,
    gradeName: gradeName,
  };
});
