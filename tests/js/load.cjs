// Load the quiz's browser scripts into Node as the browser does: classic
// scripts, in the site's order, on one namespace (globalThis.StudyGuide),
// with ts-fsrs's UMD build first (global FSRS). The quiz scripts also set
// module.exports, but they find each other through the namespace.
//
//   const SG = require("./load.cjs")("storage", "scheduler");  // -> StudyGuide
"use strict";
const path = require("path");
const fs = require("fs");
const vm = require("vm");

const root = path.resolve(__dirname, "..", "..");
const assets = path.join(root, "docs", "assets", "studyguide");
// The order of mkdocs.yml's extra_javascript (tests/test_quiz_js.py checks it).
const ORDER = ["storage", "scheduler", "session", "view", "page"];

let fsrsLoaded = false;

function loadFsrs() {
  if (fsrsLoaded) return;
  // ts-fsrs's package is "type": "module", so require() would treat it as ESM.
  const umd = path.join(root, "node_modules", "ts-fsrs", "dist", "index.umd.js");
  vm.runInThisContext(fs.readFileSync(umd, "utf8"), { filename: umd });
  fsrsLoaded = true;
}

/** Load ts-fsrs and the quiz scripts up to the last of `names`; return StudyGuide. */
module.exports = function load(...names) {
  loadFsrs();
  const last = Math.max(...names.map((n) => ORDER.indexOf(n)));
  if (last < 0) throw new Error("unknown quiz script: " + names.join(", "));
  for (const name of ORDER.slice(0, last + 1)) require(path.join(assets, "quiz-" + name + ".js"));
  return globalThis.StudyGuide;
};
module.exports.ORDER = ORDER;
module.exports.assets = assets;
