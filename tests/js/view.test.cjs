// quiz-view.js and quiz-page.js where they do not need a DOM (wording), and
// quiz.js's API under Node. Their DOM is tested in the browser
// (tests/test_quiz_browser.py and friends).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("path");
const load = require("./load.cjs");
const SG = load("page");

test("formatWait: minutes, hours, days, months, years", () => {
  const from = new Date("2024-01-01T00:00:00Z");
  const after = (ms) => SG.view.formatWait(new Date(from.getTime() + ms), from);
  const MIN = 6e4;
  const DAY = 864e5;
  assert.equal(after(-5 * MIN), "now");
  assert.equal(after(29e3), "now");
  assert.equal(after(MIN), "1 min");
  assert.equal(after(59 * MIN), "59 min");
  assert.equal(after(60 * MIN), "1 h");
  assert.equal(after(23 * 60 * MIN), "23 h");
  assert.equal(after(DAY), "1 day");
  assert.equal(after(30 * DAY), "30 days");
  assert.equal(after(76 * DAY), "2.5 months");
  assert.equal(after(730 * DAY), "2 years");
});

test("formatDate: a short local date", () => {
  assert.match(SG.view.formatDate(new Date("2024-03-05T12:00:00Z")), /2024/);
});

test("importProblem: why an import was refused, or nothing", () => {
  const p = SG.page.importProblem;
  assert.equal(p({ problem: null, dropped: 0 }), "");
  assert.equal(p({ problem: "corrupt" }), "Import failed: the file is not valid JSON. Nothing was changed.");
  assert.equal(p({ problem: "version" }), "Import failed: the file is from a different version of this guide. Nothing was changed.");
  assert.equal(p({ problem: "foreign" }), "Import failed: the file is not a study guide progress file. Nothing was changed.");
  assert.equal(p({ problem: null, dropped: 2 }), "Import failed: 2 card(s) in the file are malformed. Nothing was changed.");
});

test("each script attaches its part to one namespace; quiz.js exposes the API without starting", () => {
  assert.deepEqual(Object.keys(SG).sort(), ["page", "scheduler", "session", "storage", "view"]);
  const api = require(path.join(load.assets, "quiz.js"));
  assert.equal(api.storageKey, "studyguide.v1");
  assert.equal(api.version, 1);
  assert.equal(api.review, SG.scheduler.review);
  assert.deepEqual(api.schedulerParams(), SG.scheduler.schedulerParams());
  assert.equal(api.currentSession(), null);
  api.start(); // no document: nothing to do
  assert.equal(typeof globalThis.document, "undefined");
});
