#!/usr/bin/env node
/*
 * Typeset every formula of a build in one run: KaTeX (from node_modules, installed by
 * `npm ci`) turns TeX into its HTML (drawn with KaTeX's stylesheet and fonts) and
 * MathML (read by screen readers), so pages carry no math script.
 *
 * stdin:  JSON [{"tex": "\\frac{1}{2}", "display": false}, ...]
 * stdout: JSON [{"html": "<span class=\"katex\">...</span>"} or {"error": "KaTeX parse error: ..."}, ...]
 * argv[2]: the folder that holds katex/ (default: node_modules beside the repository).
 */
"use strict";

const path = require("path");

const vendor = process.argv[2] || path.join(__dirname, "..", "node_modules");
const katex = require(path.join(path.resolve(vendor), "katex"));

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  input += chunk;
});
process.stdin.on("end", () => {
  const formulas = JSON.parse(input);
  const out = formulas.map((f) => {
    try {
      return {
        html: katex.renderToString(f.tex, {
          displayMode: Boolean(f.display),
          output: "htmlAndMathml",
          throwOnError: true,
          strict: "ignore",
        }),
      };
    } catch (err) {
      return { error: String(err && err.message ? err.message : err) };
    }
  });
  process.stdout.write(JSON.stringify(out));
});
