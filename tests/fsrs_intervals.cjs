// Apply fixed grades at fixed times with the quiz's own scheduler code
// (docs/assets/studyguide/quiz.js on top of node_modules/ts-fsrs's UMD build,
// the same file the site serves) and print the resulting cards as JSON.
//
// stdin:  {"scenarios": [{"name": "...", "start": "<ISO>",
//                         "reviews": [[<minutes after start>, <rating 1-4>], ...]}]}
// stdout: {"fsrsVersion": "...", "params": {...},
//          "results": {"<name>": [{"rating", "review", "due", "state",
//                                  "stability", "difficulty", "scheduled_days",
//                                  "lapses", "reps"}, ...]}}
"use strict";
const path = require("path");
const fs = require("fs");

const root = path.resolve(__dirname, "..");
// Run the UMD build as a classic script, as the browser does (ts-fsrs's
// package is "type": "module", so require() would treat it as ESM).
const umd = path.join(root, "node_modules/ts-fsrs/dist/index.umd.js");
require("vm").runInThisContext(fs.readFileSync(umd, "utf8"), { filename: umd });
const quiz = require(path.join(root, "docs/assets/studyguide/quiz.js"));

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
