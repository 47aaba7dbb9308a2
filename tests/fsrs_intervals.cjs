// Apply fixed grades at fixed times with the quiz's own scheduler code
// (docs/assets/studyguide/quiz-scheduler.js on top of node_modules/ts-fsrs's UMD build,
// the same file the site serves) and print the resulting cards as JSON.
//
// stdin:  {"scenarios": [{"name": "...", "start": "<ISO>",
//                         "reviews": [[<minutes after start>, <rating 1-4>], ...]}]}
// stdout: {"fsrsVersion": "...", "params": {...},
//          "results": {"<name>": [{"rating", "review", "due", "state",
//                                  "stability", "difficulty", "scheduled_days",
//                                  "lapses", "reps"}, ...]}}
"use strict";
const fs = require("fs");

// ts-fsrs's UMD build, then quiz-storage.js and quiz-scheduler.js, as classic
// scripts in the site's order (tests/js/load.cjs).
const { scheduler: quiz } = require("./js/load.cjs")("scheduler");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const results = {};
for (const sc of input.scenarios) {
  const start = new Date(sc.start).getTime();
  let card = null;
  results[sc.name] = sc.reviews.map(([minutes, rating]) => {
    const when = new Date(start + minutes * 60000);
    card = quiz.review(card, when, rating);
    return { rating, review: when.toISOString(), ...card };
  });
}
process.stdout.write(
  JSON.stringify({ fsrsVersion: globalThis.FSRS.FSRSVersion, params: quiz.schedulerParams(), results }),
);
