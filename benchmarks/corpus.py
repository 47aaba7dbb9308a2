"""A seeded synthetic corpus of raw interview Q&A dumps, with the ground truth of its repeats.

The files are written in the seed's text format (``content/sources/*.txt``): unindented
``12. Question?`` and ``Q3. Question?`` lines, answers below as paragraphs, ``  • ``
bullets, ``  1. `` numbered sub-lists and ``Label:`` lines, with page furniture lines
sprinkled in. Labels have at most five digits, so a large corpus is split over several
files, each numbering its entries ``1.``, ``2.``, ... and then ``Q1.``, ``Q2.``, ...

Made independently of the generator's lists (nothing here reads ``content/`` or
``generator/``):

- **Distinct questions**: subjects built combinatorially, modifier x head x context
  ("stochastic" x "dropout" x "for image classification"), each asked with one ask
  (what is / advantages / limitations / how it works / how to fix / when to use /
  examples / purpose).
- **Look-alikes**: questions one key word apart (the modifier swapped within its contrast
  group: "supervised" / "unsupervised"), and the same subject with another ask.
- **Repeats**, each with an answer of its own, of four kinds: *reword* (another phrasing
  of the same ask from :data:`PHRASINGS`), *typo* (one random letter inserted, deleted,
  swapped or replaced in any word), *abbreviation* (the subject's initials, "SGD"), and
  *cross-style* (each file has its own style: Title Case, lower case without question
  marks, a follow-up sentence, a leading "Q:").
- **Held-out phrasings**: every ask has eight phrasings; the even ones are the *tuning*
  half, the odd ones the *held-out* half. Each distinct question draws its phrasings from
  one half only, so quality can be reported on phrasings nobody tuned on.
- **Blind phrasings**: eight more phrasings per ask (:data:`BLIND_PHRASINGS`), written
  after the finder was tuned by someone who had not read its code or word lists, and
  looked at by nobody tuning it. ``phrasings="blind"`` (``--phrasings blind``) makes a
  corpus whose every question draws from them (half ``"blind"``); everything else is
  made as for the halves.
- **Second blind set**: eight more phrasings per ask (:data:`BLIND2_PHRASINGS`), written
  later, by someone who had read neither the generator, its word lists nor what the finder
  was known to miss, once the first blind set had been looked at. ``phrasings="blind2"``
  (``--phrasings blind2``) draws every question from them (half ``"blind2"``); the
  questions and their cluster sizes are planned by the same random draws as for the
  other sets.
- **Third blind set** (:data:`BLIND3_PHRASINGS`, ``--phrasings blind3``): eight more per
  ask, written by someone who read none of the generator, its lists, the benchmark's
  other phrasings or its results, after the finder learned to confirm repeats by their
  answers; measured once.
- **Fourth blind set** (:data:`BLIND4_PHRASINGS`, ``--phrasings blind4``): eight more per
  ask, written the same way after the finder speed-up; measured once.
- **Fifth blind set** (:data:`BLIND5_PHRASINGS`, ``--phrasings blind5``): eight more per
  ask, written the same way after the fixes found on the third and fourth; measured once.
- **Sixth blind set** (:data:`BLIND6_PHRASINGS`, ``--phrasings blind6``): eight more per
  ask, written the same way after the cue fixes found on the fifth; measured once.
- **Seventh blind set** (:data:`BLIND7_PHRASINGS`, ``--phrasings blind7``): eight more per
  ask, written the same way after learned phrasings were allowed six words; measured once.
- **Eighth blind set** (:data:`BLIND8_PHRASINGS`, ``--phrasings blind8``): eight more per
  ask, written the same way after the fixes found on the seventh; measured once.
- **Ninth blind set** (:data:`BLIND9_PHRASINGS`, ``--phrasings blind9``): eight more per
  ask, written the same way after the fixes found on the eighth; measured once.
- **Tenth blind set** (:data:`BLIND10_PHRASINGS`, ``--phrasings blind10``): eight more per
  ask, written the same way after the fixes found on the ninth; measured once.
- **Eleventh blind set** (:data:`BLIND11_PHRASINGS`, ``--phrasings blind11``): eight more
  per ask, written the same way after the speed work (no finder change); measured once.
- **Twelfth blind set** (:data:`BLIND12_PHRASINGS`, ``--phrasings blind12``): eight more
  per ask, written avoiding the stock phrasings, after the cue fixes found on the eleventh;
  measured once.
- **Thirteenth blind set** (:data:`BLIND13_PHRASINGS`, ``--phrasings blind13``): eight
  more per ask, written the same way after the run-on follow-up fix; measured once.
- **Fourteenth blind set** (:data:`BLIND14_PHRASINGS`, ``--phrasings blind14``): eight
  more per ask, written the same way after the corpus fixes (a suffix inside a last word,
  a fronted short form lower-cased); measured at once, before any finder change.
- **Fifteenth blind set** (:data:`BLIND15_PHRASINGS`, ``--phrasings blind15``): eight
  more per ask, written the same way after the finder changes that blind14 had shown;
  measured once.
- **Sixteenth blind set** (:data:`BLIND16_PHRASINGS`, ``--phrasings blind16``): eight
  more per ask, written the same way after the fixes read from blind15; measured once.
- **Seventeenth blind set** (:data:`BLIND17_PHRASINGS`, ``--phrasings blind17``): eight
  more per ask, written as an ordinary mix of collections (half plain, a quarter chatty,
  a quarter terse) after the fix read from blind16; measured once.
- **Eighteenth blind set** (:data:`BLIND18_PHRASINGS`, ``--phrasings blind18``): eight
  more per ask, written the same way after the fixes read from blind17; measured once,
  with the finder of the end of that work.
- **Nineteenth blind set** (:data:`BLIND19_PHRASINGS`, ``--phrasings blind19``): eight
  more per ask, written the same way after the clash line; measured once.
- **Twentieth blind set** (:data:`BLIND20_PHRASINGS`, ``--phrasings blind20``): eight
  more per ask, asked for as the long tail of forums, exam papers, interview cards,
  non-native writers and chat; measured once, with the finder of the session before.
- **Twenty-first blind set** (:data:`BLIND21_PHRASINGS`, ``--phrasings blind21``): eight
  more per ask, as pooled from published collections (half plain, a quarter forum and
  chat, a quarter terse); measured once, with the finder after blind20's fixes.
- **Twenty-second blind set** (:data:`BLIND22_PHRASINGS`, ``--phrasings blind22``): eight
  more per ask, each abstracted from a question a helper read in a real published
  collection (interview-question repositories, an Anki deck, university question
  banks; sources in the comment above it); measured once.
- **Twenty-third blind set** (:data:`BLIND23_PHRASINGS`, ``--phrasings blind23``): eight
  more per ask, abstracted the same way from other real sources (Q&A site and forum
  titles, GitHub issues, textbook exercises, flashcards, other interview lists);
  measured once.
- **Twenty-fourth blind set** (:data:`BLIND24_PHRASINGS`, ``--phrasings blind24``): eight
  more per ask, abstracted from real questions of other technical fields (DevOps,
  system design, databases, operating systems, statistics interview lists and exam
  papers); measured once.
- **Twenty-fifth blind set** (:data:`BLIND25_PHRASINGS`, ``--phrasings blind25``): eight
  more per ask, abstracted from real forum and chat-style questions (GitHub issues by
  non-native writers, Reddit threads quoted on mirror sites, course forums, chatbot
  training data); measured once.
- **Twenty-sixth blind set** (:data:`BLIND26_PHRASINGS`, ``--phrasings blind26``): eight
  more per ask, abstracted from flashcard decks, textbook questionnaires (fastbook,
  the Deep Learning book, Hands-On Machine Learning) and course quizzes; measured once.
- **Twenty-seventh blind set** (:data:`BLIND27_PHRASINGS`, ``--phrasings blind27``):
  eight more per ask, abstracted from library documentation FAQs, GitHub issues
  phrased as questions, Q&A-site titles, interview-prep pages and blog titles;
  measured once.
- **Twenty-eighth blind set** (:data:`BLIND28_PHRASINGS`, ``--phrasings blind28``):
  eight more per ask, abstracted from other interview-question lists and study notes
  (NLP, computer vision, random forests, PCA; university question papers, assignment
  repositories); measured once.
- **Twenty-ninth blind set** (:data:`BLIND29_PHRASINGS`, ``--phrasings blind29``):
  eight more per ask, abstracted from question titles on Q&A sites and forums (Cross
  Validated, Data Science and AI Stack Exchange, fast.ai and Hugging Face forums) and
  GitHub issues in machine-learning repositories; measured once.
- **Thirtieth blind set** (:data:`BLIND30_PHRASINGS`, ``--phrasings blind30``):
  eight more per ask, abstracted from teaching material (university question banks and
  exam papers, course exam-question lists, homework sheets, a MOOC quiz, flashcard
  decks); measured once.
- **Thirty-first blind set** (:data:`BLIND31_PHRASINGS`, ``--phrasings blind31``):
  eight more per ask, abstracted from interview-preparation articles and interview
  reports, and the FAQs of machine-learning libraries (scikit-learn, XGBoost); measured
  once.
- **Thirty-second blind set** (:data:`BLIND32_PHRASINGS`, ``--phrasings blind32``):
  eight more per ask, abstracted from textbook and course review questions, university
  question banks, quiz pages, and notes and GitHub issues by non-native writers;
  measured once.
- **Thirty-third blind set** (:data:`BLIND33_PHRASINGS`, ``--phrasings blind33``):
  eight more per ask, abstracted from video, lecture and talk titles, blog and
  newsletter headings, social posts and interview-prep pages by non-native writers;
  measured once.
- **Thirty-fourth blind set** (:data:`BLIND34_PHRASINGS`, ``--phrasings blind34``):
  eight more per ask, abstracted from flashcard decks (Brainscape, Quizgecko and
  others) and course forums; measured once.
- **Thirty-fifth blind set** (:data:`BLIND35_PHRASINGS`, ``--phrasings blind35``):
  eight more per ask, abstracted from interview notes and flashcards in GitHub
  repositories, Reddit, HackMD, Medium and Hashnode posts, Q&A sites and video search
  titles; measured once.
- **Thirty-sixth blind set** (:data:`BLIND36_PHRASINGS`, ``--phrasings blind36``):
  eight more per ask, abstracted from questions by learners writing in a second
  language (GitHub issues, study notes, course Q&A boards) and casual asks ("explain
  like I am five"); measured once.
- **Thirty-seventh blind set** (:data:`BLIND37_PHRASINGS`, ``--phrasings blind37``):
  eight more per ask, abstracted from the documentation, quizzes and notes of machine
  learning libraries and courses (Hugging Face, Keras, fast.ai, Kaggle Learn, the
  scikit-learn user guide, open books); measured once.
- **Thirty-eighth blind set** (:data:`BLIND38_PHRASINGS`, ``--phrasings blind38``):
  eight more per ask, abstracted from vendor and product material (cloud "What is X?"
  pages, platform docs, glossaries and engineering blogs of machine learning tool
  companies); measured once.
- **Thirty-ninth blind set** (:data:`BLIND39_PHRASINGS`, ``--phrasings blind39``):
  eight more per ask, abstracted from questions people type or ask outside interview
  lists (video search queries, "people also ask" lists, reader-question columns,
  Reddit and ELI5 threads, unrolled social threads, forum titles); measured once.
- **Fortieth blind set** (:data:`BLIND40_PHRASINGS`, ``--phrasings blind40``):
  eight more per ask, abstracted from questions written inside code projects and
  coursework (course quizzes and lab notebooks on GitHub, issue titles, library FAQs,
  README question sections, a docstring); measured once.
- **Forty-first blind set** (:data:`BLIND41_PHRASINGS`, ``--phrasings blind41``):
  eight more per ask, abstracted from exam and self-study material (university question
  banks and past papers, viva question sets, NPTEL assignments, practice worksheets,
  students' exam-preparation repositories); measured once.
- **Forty-second blind set** (:data:`BLIND42_PHRASINGS`, ``--phrasings blind42``):
  eight more per ask, abstracted from questions asked on Q&A sites and forums (Cross
  Validated, AI and Data Science Stack Exchange, Stack Overflow, Quora titles, vendor
  community forums, GitHub issues, homework Q&A pages); measured once.
- **Forty-third blind set** (:data:`BLIND43_PHRASINGS`, ``--phrasings blind43``):
  eight more per ask, abstracted from questions kept as data (flashcard decks and quiz
  banks in code, retrieval and chatbot test questions, a glossary with FAQs, revision
  question lists); measured once.
- **Forty-fourth blind set** (:data:`BLIND44_PHRASINGS`, ``--phrasings blind44``):
  eight more per ask, abstracted from data-science practitioner communities (Kaggle
  notebooks and discussions, DataCamp and fast.ai forums, Ask HN, Stack Exchange) and
  practitioners' interview notes and course notes in public repositories; measured
  once.
- **Forty-fifth blind set** (:data:`BLIND45_PHRASINGS`, ``--phrasings blind45``):
  abstracted from questions asked aloud and then written down (podcast transcripts,
  researchers' AMA threads, an interview, a panel and a lecture Q&A) and from Q&A pages
  and code documentation; measured once. It is short: 45 templates, with eight per ask
  only for definitions, advantages, how it works and purpose (limitations 6, when to
  use 3, examples 3, fix 1), because the helper's lookups ran out; nothing was made up
  to fill the gaps. A question asked of a short key draws from fewer wordings, so its
  repeats are easier to find than in a full set.
- **Forty-sixth blind set** (:data:`BLIND46_PHRASINGS`, ``--phrasings blind46``):
  abstracted from how fields next to machine learning ask about their concepts
  (database, data-warehousing and Spark viva and interview lists, cloud and DevOps
  notes, econometrics and statistics exam and homework questions, operations-research,
  bioinformatics and signal-processing question banks); measured once.
- **Forty-seventh blind set** (:data:`BLIND47_PHRASINGS`, ``--phrasings blind47``):
  abstracted from questions as search engines show them: "People also ask" lists,
  FAQ blocks of explainer and glossary pages, article titles written as search queries
  and question headings on explainer pages (some are headings, not questions: "X
  Limitations", "Avoid X If:"); measured once.
- **Forty-eighth blind set** (:data:`BLIND48_PHRASINGS`, ``--phrasings blind48``):
  abstracted from questions written for reading groups, seminars and self-study:
  course reading and discussion questions (some written by students), paper-seminar
  lists, chapter questionnaires, study-group question files and "you should be able to
  answer" lists in repositories; measured once.
- **Forty-ninth blind set** (:data:`BLIND49_PHRASINGS`, ``--phrasings blind49``):
  abstracted from what people ask chatbots and assistants: user turns and suggested
  prompts of chat apps and tutor bots, instruction and preference training files,
  evaluation query lists of retrieval and chat applications, and question-template
  lists used to generate such queries; measured once.
- **Fiftieth blind set** (:data:`BLIND50_PHRASINGS`, ``--phrasings blind50``):
  abstracted from questions as interviewers phrase them: interviewer question lists and
  answer rubrics, mock-interview posts, "why interviewers ask this" pages, candidates'
  reports of interview screens and interview Q&A files in repositories; measured once.
- **Fifty-first blind set** (:data:`BLIND51_PHRASINGS`, ``--phrasings blind51``):
  abstracted from questions used as headings and titles: lesson outlines of a course,
  lecture slide titles, tutorial and book section headings, documentation FAQ entries
  and README headings (some are noun phrases: "Advantages of X", "Trade-offs of X");
  measured once.
- **Fifty-second blind set** (:data:`BLIND52_PHRASINGS`, ``--phrasings blind52``):
  abstracted from questions reviewers and readers ask about methods in papers:
  OpenReview-style reviews, readers' GitHub issues on papers' code, paper reading-note
  templates and paper Q&A tools; several asks were filled from interview question banks
  and course notes; measured once.
- **Fifty-third blind set** (:data:`BLIND53_PHRASINGS`, ``--phrasings blind53``):
  abstracted from questions engineers ask when deciding whether to adopt a technique:
  GitHub issues, pull requests and Discussions of ML projects, kernel mailing-list
  review threads, project FAQs and design notes, and question lists in repositories;
  measured once.
- **Fifty-fourth blind set** (:data:`BLIND54_PHRASINGS`, ``--phrasings blind54``):
  abstracted from assessment items: multiple-choice and short-answer items of quiz banks
  kept in code, university exam papers and question banks, certification practice tests
  (AI fundamentals, cloud platforms, software testing) and quiz-generator output (a Moodle
  GIFT item, generated review quizzes); measured once.
- **Fifty-fifth blind set** (:data:`BLIND55_PHRASINGS`, ``--phrasings blind55``):
  abstracted from questions business readers ask: explainers for executives, founders and
  small businesses, consulting-firm articles, MBA and business-school material,
  product-manager interview banks and a news explainer; measured once.
- **Fifty-sixth blind set** (:data:`BLIND56_PHRASINGS`, ``--phrasings blind56``):
  abstracted from how scientists of other fields ask about the methods they apply: biology
  and bioinformatics workshops and tutorials, clinical and medical-imaging projects,
  physics and chemistry lessons and tools, climate and remote-sensing material, and
  econometrics and causal-inference libraries' FAQs and issues; measured once.
- **Fifty-seventh blind set** (:data:`BLIND57_PHRASINGS`, ``--phrasings blind57``):
  abstracted from translated and bilingual collections: English versions of Chinese
  interview lists, study plans and documentation (bilingual blog FAQs, a translated
  interview guide, Chinese and English learning notes), and Japanese, Ukrainian, Spanish
  and Taiwanese bilingual files; measured once.
- **Fifty-eighth blind set** (:data:`BLIND58_PHRASINGS`, ``--phrasings blind58``):
  abstracted from questions for schoolchildren, teachers and the general public: K-12
  lesson plans, worksheets and quizzes, teachers' guides, kids' explainer sites, parents'
  and families' AI-literacy guides and general-public quizzes; measured once.
- **Fifty-ninth blind set** (:data:`BLIND59_PHRASINGS`, ``--phrasings blind59``):
  abstracted from how embedded, hardware and edge engineers ask: issues on on-device
  inference tools (TensorRT, OpenVINO, Jetson, Rockchip and wake-word projects), a vendor
  community forum, a robotics forum post, accelerator and FPGA-tool FAQs, edge-AI and
  TinyML course quizzes and blog headings; measured once.
- **Sixtieth blind set** (:data:`BLIND60_PHRASINGS`, ``--phrasings blind60``): abstracted
  from how users of statistical software ask: GitHub issues on R packages, CRAN package
  FAQ vignettes, MATLAB Answers and MathWorks pages, Stack Overflow questions tagged
  matlab, Stata list and course pages, and SAS Insights headings; measured once.
- **Sixty-first blind set** (:data:`BLIND61_PHRASINGS`, ``--phrasings blind61``):
  abstracted from chat communities where the helper could find them (Slack-built course
  FAQs, Discord project FAQs, a Telegram channel, book-club chat logs; 26 templates) and
  otherwise from GitHub issues, community Q&A pages, FAQ lists and headings; measured
  once.
- **Sixty-second blind set** (:data:`BLIND62_PHRASINGS`, ``--phrasings blind62``):
  abstracted from team documents published openly: hackathon and hackweek FAQs and guides,
  company and team handbooks and playbooks, new-hire question lists, team wikis, lab
  cluster documentation and datathon preparation lists (32 sources); measured once.
- **Sixty-third blind set** (:data:`BLIND63_PHRASINGS`, ``--phrasings blind63``):
  abstracted from how policy makers, lawyers, regulators and ethicists ask:
  data-protection regulators' guidance, government digital blogs and playbooks, law-firm
  and legal-tech explainers, law-review and practice-journal titles, AI-governance exam
  questions and a law-school reading list (53 sources); measured once.
- **Sixty-fourth blind set** (:data:`BLIND64_PHRASINGS`, ``--phrasings blind64``):
  abstracted from how creative and hobbyist users ask: GitHub issues and pull requests of
  image-generation, LoRA-training, voice, music and text-to-speech tools, local-LLM and
  roleplay apps, Unity and Godot game-development projects, maker projects and
  creative-coding material (59 sources); measured once.
- **Sixty-fifth blind set** (:data:`BLIND65_PHRASINGS`, ``--phrasings blind65``):
  abstracted from how quantitative finance, trading, banking, insurance and actuarial
  people ask: quant interview lists and manuals, FRM and actuarial exam material and
  flashcards, trading and backtesting blogs and FAQs, a risk-candidate forum,
  credit-scoring and fraud pages and bank and fintech blogs (50 sources); measured once.
- **Sixty-sixth blind set** (:data:`BLIND66_PHRASINGS`, ``--phrasings blind66``):
  abstracted from how security engineers and analysts ask about machine learning: issues
  of intrusion- and anomaly-detection projects, security course quizzes and exam notes,
  viva guides, security-conference talk titles, SOC and threat-hunting blogs and an AI
  red-teaming write-up (45 sources); measured once.
- **Sixty-seventh blind set** (:data:`BLIND67_PHRASINGS`, ``--phrasings blind67``):
  abstracted from how journalists, editors, fact-checkers and communications people ask:
  newsroom AI guides and policies, journalism-school and fact-checking material,
  data-journalism tipsheets and courses, media-industry press and PR and communications
  blogs (49 sources); measured once.
- **Sixty-eighth blind set** (:data:`BLIND68_PHRASINGS`, ``--phrasings blind68``):
  abstracted from how marketing, advertising and e-commerce practitioners ask: ad-platform
  certification material, PPC-agency and CRO-tool blogs, recommendation, personalisation
  and marketing-mix vendors' explainers and users' GitHub issues on marketing and
  recommender libraries (59 sources); measured once.
- **Sixty-ninth blind set** (:data:`BLIND69_PHRASINGS`, ``--phrasings blind69``):
  abstracted from how mathematicians and theoretical statisticians ask: Mathematics Stack
  Exchange, MathOverflow, Cross Validated and Physics Forums titles and numerical-analysis
  exam and review questions (61 sources); measured once.
- **Seventieth blind set** (:data:`BLIND70_PHRASINGS`, ``--phrasings blind70``):
  abstracted from how robotics, autonomous-driving and control engineers ask: GitHub
  issues of SLAM, odometry, autopilot and autonomy projects, Robotics Stack Exchange and
  PX4 forum questions, self-driving and robotics course material and control-theory
  question banks (48 sources); measured once.
- **Seventy-first blind set** (:data:`BLIND71_PHRASINGS`, ``--phrasings blind71``):
  abstracted from how HR, recruiting and people-analytics readers ask: HR question banks
  and exam items (MBA HR analytics, HR officer and HRM quizzes), HR-tech vendor glossaries
  and blog headings, an interview-site question, a chat question list and a GitHub issue
  (56 sources).
- **Seventy-second blind set** (:data:`BLIND72_PHRASINGS`, ``--phrasings blind72``):
  abstracted from how MLOps, data-engineering and platform engineers ask: pull requests
  and issues of serving and feature-store tools, MLOps interview and course files,
  glossaries, blog and newsletter titles (59 sources).
- **Seventy-third blind set** (:data:`BLIND73_PHRASINGS`, ``--phrasings blind73``):
  abstracted from how social scientists, psychologists and education researchers ask:
  research-methods flashcard decks, ResearchGate questions, GitHub issues, a Cross
  Validated mirror, survey seminars and wikis, homework Q&A and researchers' blogs (53
  sources).
- **Seventy-fourth blind set** (:data:`BLIND74_PHRASINGS`, ``--phrasings blind74``):
  abstracted from how industrial engineers in manufacturing, energy, agriculture and
  utilities ask: PLC, SCADA and instrumentation interview pages and forums,
  predictive-maintenance, quality-control and machine-vision explainers, farming and grid
  pages, two GitHub sources (57 sources).
- **Seventy-fifth blind set** (:data:`BLIND75_PHRASINGS`, ``--phrasings blind75``):
  abstracted from how clinicians, nurses, medical students and clinical-informatics staff
  ask: nursing- and health-informatics exam banks and flashcards, nursing-school question
  sheets, clinician forums and blogs, hospital informatics and clinical-AI blogs, two
  stored GitHub files and one repository (55 sources).
- **Seventy-sixth blind set** (:data:`BLIND76_PHRASINGS`, ``--phrasings blind76``):
  abstracted from how sports, fitness and wearables analysts ask: sports-analytics blogs,
  coaching and cycling forums, wearable and fitness-device Q&A pages, fantasy-sports and
  betting pages, interview pages, one repository file (60 sources).
- **Seventy-seventh blind set** (:data:`BLIND77_PHRASINGS`, ``--phrasings blind77``):
  abstracted from how librarians, archivists and digital-humanities scholars ask:
  library-science exam papers, Library Carpentry lessons and LibGuides, digital-humanities
  course blogs and workshops, TEI mailing lists, digitization FAQs, OCR projects' issues
  (62 sources).
- **Seventy-eighth blind set** (:data:`BLIND78_PHRASINGS`, ``--phrasings blind78``):
  abstracted from how UX designers, product designers and user researchers ask:
  design-community articles and Q&A threads, a UX-research lecture, an HCI question bank,
  product- and UX-design interview lists, two design-tool plugin issues (54 sources).
- **Seventy-ninth blind set** (:data:`BLIND79_PHRASINGS`, ``--phrasings blind79``):
  abstracted from how supply-chain, logistics and operations-research practitioners ask:
  demand-planning and inventory material, logistics and warehouse blogs,
  operations-research course and homework questions, forecasting-library issues (52
  sources).
- **Eightieth blind set** (:data:`BLIND80_PHRASINGS`, ``--phrasings blind80``): abstracted
  from how GIS, geoscience and remote-sensing analysts ask: GIS interview and exam lists,
  remote-sensing course material, Earth-observation tool issues, geoscience Q&A pages (44
  sources).
- **Eighty-first blind set** (:data:`BLIND81_PHRASINGS`, ``--phrasings blind81``):
  abstracted from how customer-support, call-centre and customer-experience teams ask:
  contact-centre and helpdesk vendor blogs and glossaries, CX articles, call-centre
  quizzes and interview pages, chatbot FAQs and course material, support-bot projects'
  issues and pull requests (58 sources).
- **Eighty-second blind set** (:data:`BLIND82_PHRASINGS`, ``--phrasings blind82``):
  abstracted from how real-estate, hospitality, tourism and retail-store managers ask:
  hotel and tourism exam papers, retail and hotel-IT question banks, hotel-tech and
  property-tech blogs and FAQs, retail trade articles, a host-community post, FAQ and
  prompt lists of retail and hotel AI tools (55 sources).

The ground truth maps each entry's ``file#label`` to its cluster id; :class:`Corpus` also
keeps each entry's features (half, phrasing, typo, abbreviation, file style) to score
repeats per kind. Nothing of it is in the text: labels are numbered after a global shuffle.
Same ``n`` and ``seed``, same bytes.

    python -m benchmarks.corpus 10000 --seed 1 --out /tmp/corpus
    python -m benchmarks.corpus 10000 --seed 1 --phrasings blind --out /tmp/blind
    python -m benchmarks.corpus 10000 --seed 1 --phrasings blind2 --out /tmp/blind2
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

GROUND_TRUTH = "ground-truth.json"
FEATURES = "entry-features.json"
ENTRIES_PER_FILE = 2000

# Modifiers in contrast groups: members of one group are look-alikes of each other.
MODIFIER_GROUPS: tuple[tuple[str, ...], ...] = (
    ("supervised", "unsupervised", "semi-supervised"),
    ("total", "within-group", "between-group"),
    ("forward", "backward"),
    ("batch", "stochastic", "mini-batch"),
    ("linear", "nonlinear"),
    ("sparse", "dense"),
    ("shallow", "deep"),
    ("static", "dynamic"),
    ("local", "global"),
    ("max", "average", "min"),
    ("early", "late"),
    ("online", "offline"),
    ("synchronous", "asynchronous"),
    ("parametric", "non-parametric"),
    ("discrete", "continuous"),
    ("symmetric", "asymmetric"),
    ("hard", "soft"),
    ("univariate", "multivariate", "bivariate"),
    ("weighted", "unweighted"),
    ("conditional", "marginal"),
    ("adaptive", "fixed"),
    ("residual", "gated", "dilated"),
    ("bayesian", "frequentist"),
    ("greedy", "exhaustive"),
    ("random", "systematic", "stratified"),
    ("spectral", "spatial", "temporal"),
    ("contrastive", "generative", "discriminative"),
    ("hierarchical", "flat"),
    ("centralized", "federated", "distributed"),
    ("label", "belief"),
    ("cyclical", "constant", "decaying"),
    ("masked", "causal"),
)

HEADS: tuple[str, ...] = (
    "dropout",
    "gradient descent",
    "gradient clipping",
    "normalization",
    "pooling",
    "attention",
    "autoencoder",
    "embedding",
    "regularization",
    "weight initialization",
    "sampling",
    "loss function",
    "activation function",
    "learning rate schedule",
    "clustering",
    "feature selection",
    "data augmentation",
    "backpropagation",
    "propagation",
    "imputation",
    "sum of squares",
    "convolution",
    "tokenization",
    "beam search",
    "cross-validation",
    "ensemble",
    "decision tree",
    "kernel",
    "optimizer",
    "momentum",
    "network pruning",
    "knowledge distillation",
    "hyperparameter search",
    "transfer learning",
    "quantization",
    "variance estimate",
    "bias correction",
    "hypothesis test",
    "dimensionality reduction",
    "anomaly detection",
    "label smoothing",
    "early stopping",
    "weight decay",
    "batch size",
    "encoder",
    "decoder",
    "recurrent layer",
    "residual connection",
    "positional encoding",
    "softmax",
    "bootstrap",
    "permutation test",
    "confusion matrix",
    "precision estimate",
    "dataset shift",
    "feature scaling",
    "one-hot encoding",
    "matrix factorization",
    "graph convolution",
    "reward shaping",
)

CONTEXTS: tuple[str, ...] = (
    "image classification",
    "object detection",
    "speech recognition",
    "machine translation",
    "time series forecasting",
    "text classification",
    "recommender systems",
    "fraud detection",
    "medical imaging",
    "tabular data",
    "graph data",
    "language modelling",
    "sentiment analysis",
    "question answering",
    "video understanding",
    "robot control",
    "credit scoring",
    "click prediction",
    "protein folding",
    "weather forecasting",
    "music generation",
    "face recognition",
    "document retrieval",
    "spam filtering",
    "churn prediction",
    "demand forecasting",
    "satellite imagery",
    "self-driving cars",
    "handwriting recognition",
    "audio tagging",
    "named entity recognition",
    "image segmentation",
    "survival analysis",
    "A/B testing",
    "search ranking",
    "chatbots",
    "genomics",
    "sensor networks",
    "edge devices",
    "small datasets",
)

# Eight phrasings per ask, written from how interviewers and question collections word
# them (not from the generator's cue lists). Even positions: the tuning half; odd: held out.
# ``{s}`` is the subject, ``{S}`` the same with a capital first letter.
PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}?",
        "Give a short definition of {s}.",
        "Define {s}.",
        "What exactly is meant by the term {s}?",
        "What do you mean by {s}?",
        "In your own words, what is {s}?",
        "Can you explain what {s} is?",
        "{S}: what is it?",
    ),
    "advantages": (
        "What are the advantages of {s}?",
        "What makes {s} useful?",
        "What are the benefits of {s}?",
        "What do we gain from {s}?",
        "Why would you use {s}?",
        "Why is {s} a good choice?",
        "What are the pros of {s}?",
        "What are the strengths of {s}?",
    ),
    "limitations": (
        "What are the disadvantages of {s}?",
        "What are the weak points of {s}?",
        "What are the limitations of {s}?",
        "Where does {s} fall short?",
        "When does {s} fail?",
        "What can go wrong with {s}?",
        "What are the drawbacks of {s}?",
        "What are the downsides of {s}?",
    ),
    "works": (
        "How does {s} work?",
        "Walk me through how {s} operates.",
        "Describe the working of {s}.",
        "What happens inside {s}?",
        "Explain how {s} works.",
        "How is {s} carried out step by step?",
        "What is the mechanism behind {s}?",
        "Can you describe the inner workings of {s}?",
    ),
    "fix": (
        "How do you fix problems with {s}?",
        "What is the remedy for trouble with {s}?",
        "How can issues with {s} be avoided?",
        "How would you get around trouble with {s}?",
        "How do you deal with problems in {s}?",
        "How can one mitigate issues with {s}?",
        "What can be done to prevent problems with {s}?",
        "How do you troubleshoot {s}?",
    ),
    "when": (
        "When should you use {s}?",
        "In what scenarios does {s} make sense?",
        "When would you choose {s}?",
        "Under which circumstances would you pick {s}?",
        "In which situations is {s} the right choice?",
        "At what point should one reach for {s}?",
        "When is {s} appropriate?",
        "When is {s} worth it?",
    ),
    "examples": (
        "Give examples of {s}.",
        "Name a few places where {s} shows up.",
        "What are some use cases of {s}?",
        "Can you list practical uses of {s}?",
        "Where is {s} used?",
        "Where would you see {s} in industry?",
        "What are real-world applications of {s}?",
        "Share some instances of {s}.",
    ),
    "purpose": (
        "What is the role of {s}?",
        "What problem does {s} address?",
        "What is the purpose of {s}?",
        "What is the point of {s}?",
        "Why do we need {s}?",
        "What job does {s} do?",
        "What is {s} used for?",
        "Why does {s} exist?",
    ),
}
# A third, blind set: eight more phrasings per ask, written for measuring only. Nothing
# in the generator was tuned or debugged on them (see docs/performance.md). A corpus made
# with ``phrasings="blind"`` draws every question's phrasings from this set.
BLIND_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Talk about {s}.",
        "Give me the gist of {s}.",
        "{S} in a nutshell?",
        "How would you describe {s} to a non-technical colleague?",
        "I keep hearing about {s}. What's that all about?",
        "Briefly introduce the concept of {s}.",
        "What's your understanding of {s}?",
        "Could you summarise the idea of {s}, briefly?",
    ),
    "advantages": (
        "What does {s} buy you?",
        "Sell me on {s}: what's good about it?",
        "In what ways does {s} come out ahead?",
        "Why do practitioners favour {s}?",
        "Upsides of {s}?",
        "What's the appeal of {s}?",
        "List the merits of {s}.",
        "What edge does {s} give you over the alternatives?",
    ),
    "limitations": (
        "What are the catches with {s}?",
        "Where does {s} break down?",
        "Is there a price to pay for using {s}?",
        "What are the known pitfalls of {s}?",
        "{S} isn't perfect. What are its shortcomings?",
        "Criticise {s}.",
        "Any caveats to keep in mind about {s}?",
        "What would make you hesitant to rely on {s}?",
    ),
    "works": (
        "What's going on under the hood of {s}?",
        "Break down the algorithm behind {s}.",
        "Outline the procedure for {s}.",
        "Talk me through the internals of {s}.",
        "What are the steps involved in {s}?",
        "How does {s} actually do what it does?",
        "Explain the nuts and bolts of {s}.",
        "Mechanically speaking, what does {s} compute?",
    ),
    "fix": (
        "{S} is misbehaving. What would you try?",
        "Your {s} isn't working well. How do you sort it out?",
        "What are the usual workarounds when {s} goes wrong?",
        "How would you debug {s}?",
        "What steps would you take to repair a broken {s}?",
        "Suggest ways to address difficulties with {s}.",
        "What tricks help when {s} gives bad results?",
        "How do you resolve trouble that comes up with {s}?",
    ),
    "when": (
        "What kind of problem calls for {s}?",
        "How do you decide whether to apply {s}?",
        "What conditions favour {s}?",
        "When does {s} earn its keep?",
        "Would you recommend {s} for every project? If not, when?",
        "When is {s} the right tool for the job?",
        "Describe the settings in which {s} is preferable.",
        "When would {s} be your go-to?",
    ),
    "examples": (
        "Can you think of a concrete case of {s}?",
        "Illustrate {s} with a couple of scenarios.",
        "Where have you come across {s}?",
        "Which products or systems rely on {s}?",
        "Who actually uses {s}, and for what?",
        "Point to some well-known deployments of {s}.",
        "Any examples of {s} in the wild?",
        "What would be a typical example of {s}?",
    ),
    "purpose": (
        "What does {s} set out to achieve?",
        "What's the motivation behind {s}?",
        "Why bother with {s} at all?",
        "What goal does {s} serve?",
        "Explain the aim of {s}.",
        "What function does {s} fulfil?",
        "What is the rationale for {s}?",
        "Without {s}, what would we be missing?",
    ),
}
# A fourth, second blind set: eight more phrasings per ask, written for measuring only by
# someone who had read neither the generator nor its word lists nor docs/performance.md.
# A corpus made with ``phrasings="blind2"`` draws every question's phrasings from this set.
BLIND2_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "ELI5: {s}.",
        "{S} — definition?",
        "What does {s} actually mean?",
        "I've heard of {s} but never used it. What is it, in plain terms?",
        "Explain the concept of {s}.",
        "Characterise {s} in a sentence or two.",
        "Could you put {s} into simple words for me?",
        "Write a short note on {s}.",
    ),
    "advantages": (
        "{S} — pros?",
        "Make the case for {s}.",
        "Name the main plus points of {s}.",
        "What improvements does {s} bring?",
        "Discuss the positive aspects of {s}.",
        "What are the key selling points of {s}?",
        "Why is {s} considered an improvement over simpler approaches?",
        "I've heard {s} is popular. Why do people like it so much?",
    ),
    "limitations": (
        "{S} — cons?",
        "What issues does {s} have?",
        "What do you give up by choosing {s}?",
        "Discuss the negative aspects of {s}.",
        "Why might {s} be a bad idea?",
        "List the demerits of {s}.",
        "Play devil's advocate: what's wrong with {s}?",
        "What are the main objections to {s}?",
    ),
    "works": (
        "Explain {s} from first principles.",
        "Sketch the maths behind {s}.",
        "Write pseudocode for {s}.",
        "Trace through what {s} does on a small example.",
        "How is {s} implemented?",
        "I've only ever used {s} as a black box. What is it doing?",
        "Describe, in order, the operations {s} performs.",
        "Could you explain the theory of operation of {s}?",
    ),
    "fix": (
        "Something's off with your {s}. Where do you start looking?",
        "How would you diagnose a failing {s}?",
        "What corrective measures exist for a faulty {s}?",
        "How do you go about fixing a {s} that underperforms?",
        "Give practical tips for getting {s} to behave.",
        "Your team's {s} has stopped working in production. How do you handle it?",
        "What are the common failure modes of {s}, and how do you fix each?",
        "Outline a strategy for recovering from a bad {s}.",
    ),
    "when": (
        "{S} — when to use it, and when to avoid it?",
        "Is {s} always a good idea, or only sometimes?",
        "What signals tell you that {s} is needed?",
        "For what sort of task would you opt for {s}?",
        "In practice, how do you know it's time to bring in {s}?",
        "When would you prefer {s} over a simpler option?",
        "Should I use {s}? What does it depend on?",
        "Where does {s} fit best?",
    ),
    "examples": (
        "{S} — sample applications?",
        "Walk me through an application of {s} that you know well.",
        "Describe a project in which {s} would be applied.",
        "Mention two or three applications of {s}.",
        "Can you name a company that uses {s}?",
        "Show {s} in action with an example.",
        "What are some famous success stories of {s}?",
        "Tell me about a time you've seen {s} used.",
    ),
    "purpose": (
        "What need does {s} meet?",
        "Why was {s} introduced in the first place?",
        "What issue was {s} designed to solve?",
        "Explain why {s} is necessary.",
        "What gap does {s} fill?",
        "What's {s} there for?",
        "What is the intended effect of {s}?",
        "ELI5 — why would anybody want {s}?",
    ),
}
# Written by someone who opened neither generator/, content/, docs/ nor these lists, after
# the finder was changed to confirm repeats by their answers; measured once.
BLIND3_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can someone explain in plain words what {s} actually means?",
        "{S} — meaning?",
        "I keep seeing the term {s} in papers. What does it refer to?",
        "What do people mean when they say {s}?",
        "Briefly, what is meant by the term {s}?",
        "{S}: definition please",
        "What exactly does one understand by {s}?",
        "Define {s} in one or two sentences, no maths.",
    ),
    "advantages": (
        "{S}: upsides?",
        "What does {s} buy you compared with the plain baseline?",
        "What are the strong points of {s}?",
        "Name the main merits of {s}.",
        "What's so good about {s}, honestly?",
        "List the plus points of {s}.",
        "What gains can we expect from doing {s}?",
        "Summarise the strengths of {s} w.r.t. the usual alternatives.",
    ),
    "limitations": (
        "{S}: what are the catches?",
        "Where does {s} fall short?",
        "In which cases does {s} break down or give bad results?",
        "Any gotchas with {s} I should know about before relying on it?",
        "What are the shortcomings of {s}?",
        "What price do you pay for using {s}?",
        "Which weak spots of {s} tend to get glossed over?",
        "Critique {s}. What are its weaknesses in practice?",
    ),
    "works": (
        "Walk me through {s} step by step — what is actually computed?",
        "Explain the mechanics behind {s}.",
        "{S}: how is it done internally?",
        "What goes on inside {s} during training?",
        "Can you describe the inner workings of {s}?",
        "Sketch the internals of {s}, roughly at the level of pseudo-code.",
        "What is the working principle of {s}?",
        "I get the idea but not the mechanism. What does {s} do behind the scenes?",
    ),
    "fix": (
        "My {s} setup is giving garbage results. Where do I start troubleshooting?",
        "{S} not converging or behaving oddly — what can I do to sort it out?",
        "How to rescue {s} when it goes wrong?",
        "Tips for getting a broken {s} pipeline back on track?",
        "I tried {s} and the results got worse. What should I check first?",
        "What steps would you take to diagnose problems with {s}?",
        "{S} is acting up. How to correct its behaviour?",
        "Which knobs do you turn when {s} isn't behaving?",
    ),
    "when": (
        "In which situations would you reach for {s}?",
        "{S}: good choice when?",
        "How do you decide whether {s} is the right tool for a given problem?",
        "Under what conditions is it sensible to pick {s} over something simpler?",
        "When does it make sense to opt for {s}?",
        "At what point in a project would you switch to {s}?",
        "What kind of data or problem setting calls for {s}?",
        "Which scenarios justify going with {s} rather than the default?",
    ),
    "examples": (
        "Can you point to some concrete cases where {s} has been applied?",
        "{S} in the wild — any concrete cases?",
        "Show me a worked instance of {s}.",
        "Which well-known systems or papers make use of {s}?",
        "Where has {s} been put to use in industry?",
        "Any famous success stories of {s}?",
        "Can you illustrate {s} with a couple of concrete cases from practice?",
        "Cite some sample scenarios from real projects that employ {s}.",
    ),
    "purpose": (
        "Why does {s} exist in the first place?",
        "What problem is {s} meant to solve?",
        "What is the point of {s}?",
        "{S} — what's it there for?",
        "What motivated the introduction of {s}?",
        "What gap does {s} fill?",
        "Why was {s} invented? What was missing before it?",
        "For what aim do we apply {s}?",
    ),
}
# Written by someone who opened nothing of the project, from a prompt that described only
# the eight asks, after the finder speed-up; measured once.
BLIND4_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can someone explain in plain English what {s} actually means?",
        "ELI5: {s}",
        "I keep seeing the term {s} in papers but nobody ever defines it. What does it refer to?",
        "Briefly state what is meant by the term {s}.",
        "Flashcard: {S} — definition?",
        "what mean {s} in machine learning? my teacher use it but i dont understand the meaning",
        "In one or two sentences, how would you define {s} to an interviewer?",
        "Quick question — what exactly do people mean when they say {s}?",
    ),
    "advantages": (
        "{S} — pros?",
        "Why is {s} considered such a good idea? What do you actually gain from it?",
        "What benefits does {s} bring to the table?",
        "Interview prep: list the main upsides of {s}.",
        "i read that {s} is very helpful, what is the good points of it?",
        "Outline the key strengths of {s}.",
        "What makes {s} so beneficial in practice?",
        "Everyone on my team swears by {s}. What's the actual payoff compared to not using it?",
    ),
    "limitations": (
        "{S} — cons?",
        "What are the downsides of {s}?",
        "Where does {s} break down?",
        "Discuss the weaknesses and failure modes of {s}.",
        "is there some drawback of {s}? i think it cannot be perfect, what is the bad side",
        "I've been using {s} for a while and it seems great, but what shortcomings should I be aware of?",
        "Exam question: critically discuss the main pitfalls of {s}.",
        "What can go wrong with {s}?",
    ),
    "works": (
        "Walk me through what {s} actually does under the hood.",
        "Can someone explain the mechanism behind {s} step by step?",
        "What's going on inside {s}, mechanically speaking?",
        "{S}: how does it actually operate, step by step?",
        "I get the high-level idea of {s}, but not the mechanics. Can someone break down what is going on internally?",
        "Explain the inner workings of {s}.",
        "how {s} is working inside? please explain the process",
        "In an interview, how would you describe the mechanics of {s} from the inputs to the outputs?",
    ),
    "fix": (
        "How can I get rid of {s} in my model?",
        "My training run is suffering from {s}. Any tips on how to deal with it?",
        "What are common strategies to mitigate {s}?",
        "{S} — how to prevent it?",
        "How do practitioners avoid {s} in practice?",
        "i have {s} in my network, what should i do to solve it?",
        "List techniques for addressing {s}.",
        "In a production setting, what steps would you take to remedy {s} once you've detected it?",
    ),
    "when": (
        "In which situations would you reach for {s}?",
        "When does it make sense to go with {s}?",
        "{S} — when is it the right choice?",
        "How do I decide whether my problem calls for {s}?",
        "in what case we should apply {s}? i am confused when to choose it",
        "Under what circumstances is {s} the appropriate tool?",
        "In a production setting, how do you know it's the right time to use {s}?",
        "Interview question: what kinds of problems would make you pick {s}?",
    ),
    "examples": (
        "What are some concrete instances of {s}?",
        "Where is {s} used in practice?",
        "What are some real-world applications of {s}?",
        "{S} — examples?",
        "Name a few well-known systems or models that rely on {s}.",
        "please give me some example of {s}, i want to see where it appear in real life",
        "I learn better from concrete cases. Could you show me a couple of examples of {s} in action?",
        "Which industries or products make use of {s}?",
    ),
    "purpose": (
        "Why do we even need {s}?",
        "What problem is {s} meant to solve?",
        "What's the point of {s}?",
        "{S}: what is it for?",
        "Why was {s} introduced in the first place?",
        "what is the goal of {s}? why people invent it?",
        "I'm reviewing for my exam and I still don't get why {s} exists. What role is it supposed to play?",
        "Explain the motivation behind {s}.",
    ),
}
# blind5 to blind21: each written the same way, after the fixes found on the set before it,
# by a helper that opened nothing of the project; each measured once (docs/performance.md).
BLIND5_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Give a one-sentence definition of {s}.",
        "{S} — what does that term actually mean?",
        "Phone screen question: can you define {s} for me?",
        "what is mean by {s}? i see this word in many papers but not understand it",
        "In your own words, what does the term {s} refer to?",
        "Term: {s}. Definition?",
        "ELI5: what exactly is meant by {s}?",
        "How would you describe what {s} is to someone who has never heard of it? Keep it short.",
    ),
    "advantages": (
        "What do you gain by using {s}?",
        "List the main strengths of {s}.",
        "{S}: pros?",
        "Sell me on {s} — what makes it attractive compared to doing without it?",
        "what benefit we get from {s}? please explain the plus points",
        "Name two or three upsides of {s}.",
        "For a senior role: walk me through the key selling points of {s}.",
        "What are the real wins of {s}, in your experience? Focus on the merits only.",
    ),
    "limitations": (
        "Where does {s} fall short?",
        "{S}: cons / pitfalls?",
        "What are the weak points of {s}?",
        "Be honest — in which cases does {s} break down?",
        "What's the catch with {s}? Nothing comes for free.",
        "Any downsides to {s} that people tend to overlook?",
        "what is the disadvantage of {s}? in which case it not work well?",
        "Critique {s}: what are its known failure modes and shortcomings?",
    ),
    "works": (
        "Walk me through what happens under the hood of {s}.",
        "Explain the mechanics of {s} step by step.",
        "Describe the algorithm behind {s}.",
        "Can you break down the inner workings of {s}?",
        "how {s} is working internally? please explain with steps",
        "{S} — what's going on mechanically? Sketch it on the whiteboard.",
        "Whiteboard exercise: trace what {s} does from input to output.",
        "Describe the process by which {s} operates, at the level of the actual computation.",
    ),
    "fix": (
        "How would you combat {s}?",
        "What techniques do you know to mitigate {s}?",
        "Your model suffers from {s}. What do you try first?",
        "{S} — remedies?",
        "how to avoid {s}? my model always have this problem",
        "Name a few ways to keep {s} from happening in the first place.",
        "Suggest practical strategies for dealing with {s}.",
        "Be honest — what's your go-to trick for getting rid of {s}?",
    ),
    "when": (
        "In what scenarios would you reach for {s}?",
        "Under which conditions is {s} the right choice?",
        "{S} — when to use it, and when to skip it?",
        "Give me a rule of thumb for deciding whether to use {s}.",
        "when we should go for {s}? which situation it is preferred?",
        "Recruiter screen: at what point in a project would you bring in {s}?",
        "What kind of problem setting calls for {s}?",
        "If you had to decide on the spot, what signals tell you that {s} is appropriate here?",
    ),
    "examples": (
        "Give some real-world applications of {s}.",
        "Name a few concrete examples of {s} being used in practice.",
        "{S} — any examples?",
        "Where is {s} used in industry? Cite specific products or systems.",
        "pls share some example of {s} so i can understand better",
        "List well-known models or systems that rely on {s}.",
        "Point me to a couple of famous papers or projects that showcase {s}.",
        "Can you illustrate {s} with a practical case from your own work?",
    ),
    "purpose": (
        "What's the point of {s}, really?",
        "Why do we even bother with {s}?",
        "What problem was {s} invented to solve?",
        "{S} exists to do what, exactly?",
        "what is the goal of using {s}? why people use it?",
        "For a junior role: what need does {s} address?",
        "What motivated the introduction of {s}?",
        "Explain the rationale for using {s}. Why is it needed at all?",
    ),
}
BLIND6_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Q3 (5 marks): Define {s}.",
        "Can someone explain in plain English what {s} actually means?",
        "{S} — meaning?",
        "ELI5: {s}. I keep seeing the term in papers and have no idea what it refers to.",
        "what is mean by {s} in deep learning",
        "Briefly state what is understood by the term {s}.",
        "Flashcard front: {s} (what is it?)",
        "Blanked in a phone screen when asked what {s} is. What's a crisp one-line answer?",
    ),
    "advantages": (
        "What does {s} buy you compared to the alternatives?",
        "List the main benefits of {s}. (4 marks)",
        "{S}: pros?",
        "What are the strengths of {s}?",
        "In what ways is {s} superior to the vanilla approach?",
        "what is the good points of using {s}",
        "Hot take thread: what's actually great about {s}? Genuinely curious what upsides people see in practice.",
        "Interview prep — make the case for {s}. What gains does it bring to a model?",
    ),
    "limitations": (
        "What are the downsides of {s}?",
        "{S}: cons?",
        "Under what conditions does {s} break down?",
        "Discuss the shortcomings of {s}. (6 marks)",
        "Asking for a friend — where does {s} fall short? Any known pitfalls?",
        "what is the weakness of {s}, any problem with it",
        "Is {s} overrated? What are the catches nobody mentions in the tutorials?",
        "{S} failure modes — what should I watch out for?",
    ),
    "works": (
        "Explain the mechanism behind {s}.",
        "Walk me through what {s} does under the hood, step by step.",
        "{S} — how does it actually do its thing?",
        "Describe the internal workings of {s}, with equations where appropriate. (8 marks)",
        "how {s} is operate internally? please explain the steps",
        "Can someone break down what's going on inside {s}? I get the idea but not the math.",
        "Intuition check: what is {s} actually computing, and how?",
        "Outline the procedure that {s} follows.",
    ),
    "fix": (
        "How can {s} be mitigated?",
        "My model is suffering from {s}. What should I try?",
        "Techniques to combat {s}?",
        "Q5 (6 marks): Suggest three remedies for {s}.",
        "how to avoid {s} in neural network training, please help",
        "What steps would you take to reduce {s} in a production model?",
        "{S} keeps killing my training runs — any tricks to get rid of it?",
        "Best practices for guarding against {s}?",
    ),
    "when": (
        "In which situations is {s} the right choice?",
        "When should I reach for {s} instead of the default?",
        "{S} — when is it appropriate?",
        "Under what circumstances would you recommend {s}? Justify your answer. (4 marks)",
        "in what case we should apply {s}?",
        "What kinds of problems is {s} best suited for?",
        "Any rule of thumb for knowing if {s} is worth adding to a project?",
        "Which scenarios call for {s}?",
    ),
    "examples": (
        "Name a few real-world applications of {s}.",
        "Can you give some concrete instances of {s} in practice?",
        "{S} — examples?",
        "Where is {s} used in industry today? Looking for actual products or systems.",
        "pls share some use cases of {s}",
        "Cite two well-known models or papers that rely on {s}. (4 marks)",
        "Drop your favourite demo of {s} in action below",
        "Looking for a toy illustration of {s} to show my students — any ideas?",
    ),
    "purpose": (
        "Why do we need {s} at all?",
        "What problem does {s} solve?",
        "{S} — what's the point?",
        "State the motivation behind introducing {s}. (3 marks)",
        "why people use {s}, what is the goal of it",
        "What role does {s} play in a training pipeline?",
        "Honest question: what is {s} for? Feels like an extra knob nobody explained.",
        "What gap was {s} designed to fill?",
    ),
}
BLIND7_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "#3: Define {s} in a single sentence.",
        "Can someone ELI5 what {s} even is? Every blog assumes I already know.",
        "{S} — meaning?",
        "my professor keep say {s} in every lecture but i dont know what this term refer to, please help",
        "Short answer (2 marks): Write a concise description of the concept of {s}.",
        "From the team wiki: we need a glossary entry for {s}. How would you phrase it?",
        "Got asked 'so, in your own words, what's {s}?' during a phone screen and totally blanked. What's a clean answer?",
        "Real talk: how would you characterize {s} to someone who has never heard the term?",
    ),
    "advantages": (
        "#7: Pros of {s}?",
        "What do you actually gain by switching to {s}?",
        "List the main strengths of {s} compared with the alternatives.",
        "Real talk: what's the upside of {s}, beyond the hype?",
        "why people say {s} is better? what benefit it give over the normal approach",
        "From the code review: what concrete wins does {s} buy us? Convince me.",
        "Discuss the merits of {s}. (10 marks)",
        "{S} seems to be everywhere lately — what makes it so appealing?",
    ),
    "limitations": (
        "#12: Cons of {s}?",
        "Where does {s} break down?",
        "Real talk: what are the weak spots of {s} that nobody mentions in tutorials?",
        "Critically evaluate the shortcomings of {s}.",
        "is there any downside of {s}? my senior say it is not always good",
        "From the team wiki: known pitfalls and caveats of {s}",
        "What are the typical failure modes of {s}?",
        "{S} sounds great on paper. What's the catch?",
    ),
    "works": (
        "#5: Walk me through the mechanics of {s}.",
        "What happens under the hood when you apply {s}?",
        "Can someone explain step by step what {s} is doing internally?",
        "Describe the algorithm behind {s}.",
        "how {s} is working actually? i read the paper but the math part confuse me",
        "Real talk: what's the intuition for the inner workings of {s}?",
        "Interview Q: trace through, at a high level, the computation that {s} performs.",
        "{S}: principle of operation?",
    ),
    "fix": (
        "#9: How do you combat {s}?",
        "Strategies to mitigate {s}",
        "My training run is suffering from {s}. What can I do about it?",
        "Real talk: what are the go-to remedies for {s}?",
        "how to stop {s} from happening in my model? please suggest some tricks",
        "From the code review: this PR still shows signs of {s}. What changes would reduce it?",
        "List techniques for avoiding {s} and briefly justify each.",
        "{S} keeps showing up in my experiments. How do I get rid of it?",
    ),
    "when": (
        "#11: In what situations should you reach for {s}?",
        "Under which circumstances is {s} the right choice?",
        "Real talk: how do you decide whether a problem calls for {s}?",
        "when should i apply {s} and when i should not bother? confused",
        "From the team wiki: guidelines on when {s} is appropriate",
        "What kinds of scenarios is {s} best suited to?",
        "Quiz: Identify the conditions under which a practitioner should employ {s}.",
        "{S}: in which cases would you pick it over the alternatives?",
    ),
    "examples": (
        "#15: Real-world applications of {s}",
        "Can you name a few concrete instances of {s}?",
        "Where is {s} used in industry today?",
        "Real talk: show me a use case where {s} actually shows up in production.",
        "give some example of {s} please, with simple case",
        "From the team wiki: well-known models or systems that rely on {s}",
        "Illustrate {s} with a couple of cases from computer vision or NLP.",
        "{S} in the wild — any notable cases you can point to?",
    ),
    "purpose": (
        "#2: What problem does {s} solve?",
        "Why do we even bother with {s}?",
        "What is {s} meant to accomplish?",
        "Real talk: what's the point of {s}?",
        "why we need {s} in deep learning, what is the reason for using it?",
        "From the team wiki: what role does {s} serve in our pipeline?",
        "State the motivation behind introducing {s}.",
        "{S}: what is it for? Trying to see which gap it fills.",
    ),
}
BLIND8_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Exercise 2.3: Define {s} in your own words.",
        "can someone explain in plain words what {s} is? my lecturer keeps throwing the term around",
        "{S}?? what's that even",
        "Q: Give a concise definition of {s}.",
        "what exactly do people refer to when they say {s}",
        "In interviews they often ask me to characterize the concept of {s}. How would you sum up what it is in one or two sentences?",
        "Sorry for basic question, what is mean by {s}? I am new in deep learning.",
        "Quick terminology check — what does the term {s} denote?",
    ),
    "advantages": (
        "Why is {s} considered superior to the alternatives?",
        "what do you gain by using {s}",
        "{S}: pros?",
        "Exercise 4.1: List three benefits of {s}.",
        "interviewer asked me what the strengths of {s} are and i blanked, what should i have said",
        "What's the upside of {s}? Everyone on kaggle says it's great but I want to know concretely what it improves.",
        "Sir what is the merit of {s} over the plain method?",
        "Key selling points of {s}",
    ),
    "limitations": (
        "What are the downsides of {s}?",
        "{S} — cons / pitfalls?",
        "In which cases does {s} break down or give bad results?",
        "Exercise 5.2: Discuss the weaknesses of {s}.",
        "is there any catch with {s}? seems too good to be true",
        "Interview Q: Where does {s} fall short?",
        "i have read many blogs praising {s} but what are its shortcomings? i want to know the problems before i use it in my thesis",
        "what's the price you pay for relying on {s}, like any trade-offs or failure modes",
    ),
    "works": (
        "Walk me through the mechanics of {s}.",
        "what happens under the hood in {s}",
        "Exercise 3.4: Explain step by step the algorithm behind {s}.",
        "{S}: how does it actually operate?",
        "can someone break down what {s} is doing mathematically during training? I understand the idea but not the actual computation",
        "Describe the working principle of {s}.",
        "how {s} function internally? please explain with simple words, I am confused",
        "great video but could you show what goes on inside {s} in more detail",
    ),
    "fix": (
        "How can {s} be avoided?",
        "my model is suffering from {s}, any tips to get rid of it?",
        "Exercise 6.1: Suggest three remedies for {s}.",
        "{S} — mitigation strategies?",
        "What techniques reduce {s}?",
        "how do i stop {s} from happening in my network lol",
        "In an interview setting, how would you deal with {s} if you notice it during training?",
        "I have tried lowering the learning rate but still face {s}. What else can I do to combat it? please help",
    ),
    "when": (
        "In which situations should one apply {s}?",
        "When is {s} the right choice?",
        "{S} — when does it make sense?",
        "Exercise 7.2: Under what circumstances would you prefer {s}?",
        "how do you decide whether to go with {s} for a given problem",
        "is {s} something to reach for on small tabular datasets or only for big models? basically what scenarios call for it",
        "at what point in a project should I bring in {s}?",
        "for which kind of task we should employ {s}?",
    ),
    "examples": (
        "Name a few real-world applications of {s}.",
        "can you show a concrete instance of {s}",
        "Exercise 8.1: Provide two illustrations of {s} from practice.",
        "{S} use cases?",
        "Where is {s} actually deployed in industry? looking for specific products or papers",
        "any well-known models or systems that rely on {s}?",
        "For my report I need some sample scenarios where {s} shows up, can anyone list a few?",
        "Please share one or two worked examples of {s}.",
    ),
    "purpose": (
        "Why do we need {s} in the first place?",
        "What problem is {s} meant to solve?",
        "{S} — what's the point?",
        "Exercise 1.5: State the motivation behind {s}.",
        "what is {s} used for",
        "I keep seeing {s} in every architecture diagram but no one explains why it's there. What role does it play?",
        "What goal does {s} serve in a training pipeline?",
        "why people bother adding {s}? what is the reason of it",
    ),
}
BLIND9_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Ex. 3.1 Give a precise definition of {s}.",
        "[Google ML L4] In one or two sentences, explain to a non-technical PM what {s} refers to.",
        "{S} — meaning?",
        "Long-time listener, first-time caller. My manager keeps throwing around the term {s} in standups and I just nod along. Could you spell out, in plain words, what that term actually denotes? I come from a stats background if that helps.",
        "{S}: defn?? (write down in own words before exam)",
        "Please can you tell me what is understood by {s}, I am not getting the concept clearly from my lecture slides",
        "Q from a reader: how would you characterise {s} to someone who has never encountered the idea?",
        "what do ppl actually mean when they say {s}",
    ),
    "advantages": (
        "Ex. 5.4 List three benefits of {s} over a naive baseline.",
        "[Meta ML E5] What do you gain by adding {s} to a model pipeline?",
        "{S} pros",
        "Hi, big fan of the pod. I'm trying to convince my team lead to adopt {s} and she keeps asking me what's actually in it for us. What are the strongest upsides I can bring to that conversation?",
        "{S} - why good? (strengths, list 3-4)",
        "What makes {s} superior compared to the alternatives, according to your experience?",
        "A reader asks: what are the selling points of {s} that earned it such popularity among practitioners?",
        "whats so great about {s} anyway",
    ),
    "limitations": (
        "Ex. 6.3 Discuss the shortcomings of {s}.",
        "[Amazon Applied Scientist] Where does {s} fall apart in practice?",
        "{S} cons",
        "Question for the show: I used {s} on my last project and it kind of bit me. What are the known pitfalls or gotchas I should have been aware of before relying on it?",
        "{S} -> downsides / failure modes ??",
        "What are the weak points of {s}? In which cases it is not performing well?",
        "Reader mailbag: is {s} ever a bad idea? What are its main caveats?",
        "why does {s} sometimes not help at all",
    ),
    "works": (
        "Ex. 4.2 Describe, step by step, the algorithm behind {s}.",
        "[Apple MLE onsite] Walk me through what happens under the hood when you apply {s}.",
        "{S} internals",
        "I've been using {s} for a while through a library call, but I realized I have no idea what it's actually doing to my data or my weights. Could you unpack the inner workings for a listener who is comfortable with linear algebra but not much more?",
        "{S}: how it operates? (draw diagram, fwd + bwd)",
        "Can you explain the working principle of {s}? I read the paper but the procedure is not clear to me",
        "This week's question: what is going on mechanically inside {s}, from input to output?",
        "how does {s} actually do its thing",
    ),
    "fix": (
        "Ex. 8.5 Propose three techniques to mitigate {s}.",
        "[Meta ML E5] Your model is suffering from {s}. What would you try first to address it?",
        "{S} remedies",
        "Hey, I'm training a model at home on a single GPU and I keep running into {s}. I've tried a couple of things I found on forums with no luck. What's your go-to playbook for getting rid of it?",
        "{S} - countermeasures? (reg, arch changes, data...)",
        "Which methods can be applied for avoiding {s} during the training? Please suggest.",
        "Reader question: what are the standard ways to combat {s}, and which of them actually hold up in practice?",
        "how do i stop {s} from happening",
    ),
    "when": (
        "Ex. 9.1 Under what conditions is {s} the appropriate choice?",
        "[Google L5 ML] Given a new problem, how do you decide whether to reach for {s}?",
        "{S} — when appropriate?",
        "Love the episodes. Quick one from a junior data scientist: how do I know if my situation actually calls for {s}, versus just sticking with what I already have? Is there a rule of thumb?",
        "{S}: in which scenarios to pick it? (vs alternatives)",
        "In which type of problems we should apply {s} and in which not?",
        "From the mailbag: at what point in a project does it make sense to bring in {s}?",
        "when should i bother with {s}",
    ),
    "examples": (
        "Ex. 2.6 Name some real-world applications of {s}.",
        "[Netflix MLE] Describe a production system you know of that relies on {s}.",
        "{S} eg's",
        "I'm a high-school teacher prepping a unit on AI and I want to show my students {s} in action. Could you point me to a few vivid, real instances where it shows up — ideally things teenagers would recognize?",
        "{S}: examples (>=3, diff domains)",
        "Please share some practical cases where {s} is being applied in industry.",
        "Reader asks: where would I actually encounter {s} outside of a textbook?",
        "cool real life uses of {s}??",
    ),
    "purpose": (
        "Ex. 1.4 What problem was {s} designed to solve?",
        "[Meta ML E4] What gap in earlier approaches was {s} meant to fill?",
        "{S} — what for?",
        "Maybe a dumb question, but I've been going through a course and {s} just kind of appeared without explanation. What is it there to accomplish? Like, what was broken before it came along?",
        "{S}: raison d'etre / motivation?",
        "What is the objective of applying {s}? For which reason researchers have proposed it?",
        "Reader question: what job does {s} serve in a modern deep learning pipeline?",
        "why do we even need {s}",
    ),
}
BLIND10_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Define {s} in one or two sentences.",
        "{S} \u2014 what exactly does the term refer to?",
        "Can someone explain in plain words what {s} actually means?",
        "How would you explain the notion of {s} to a non-technical person?",
        "i keep seeing {s} in papers but what is it exactly??",
        "What is meant by {s}?",
        "Could you clarify what {s} stands for in machine learning?",
        "What's {s}, in a nutshell?",
    ),
    "advantages": (
        "What does {s} buy you compared to the alternatives?",
        "List the main benefits of {s}.",
        "What are the strengths of {s}?",
        "{S}: pros?",
        "In what ways is {s} better than the naive approach?",
        "What upside do you get from {s}?",
        "what's so great about {s} honestly, everyone seems to love it",
        "Name a few merits of {s}.",
    ),
    "limitations": (
        "What are the weaknesses of {s}?",
        "{S} \u2014 cons?",
        "Where does {s} break down?",
        "What are some shortcomings of {s} that you should be aware of?",
        "In which cases does {s} fail to give good results?",
        "what are the downsides of using {s}",
        "Discuss the pitfalls and known issues of {s}.",
        "Is there any drawback in using {s}?",
    ),
    "works": (
        "Explain the mechanics behind {s}.",
        "Walk me through what happens under the hood in {s}.",
        "Can you describe step by step how {s} operates?",
        "What's the underlying mechanism of {s}?",
        "how does {s} actually do what it does, mathematically speaking",
        "Outline the inner workings of {s}.",
        "{S}: what's going on internally?",
        "Please explain the working principle of {s}.",
    ),
    "fix": (
        "How can {s} be avoided?",
        "What techniques help to mitigate {s}?",
        "Your model suffers from {s}. What would you do about it?",
        "Ways to combat {s}?",
        "How do you deal with {s} in practice?",
        "what are some remedies for {s}",
        "Suggest strategies for reducing {s}.",
        "{S} shows up during training \u2014 how do you get rid of it?",
    ),
    "when": (
        "In which scenarios is {s} the right choice?",
        "When would you reach for {s} instead of something else?",
        "Under what circumstances should one apply {s}?",
        "What situations make {s} appropriate?",
        "When does it make sense to use {s}?",
        "How do you decide if {s} is a good fit for your problem?",
        "{S} \u2014 in what settings should I pick it?",
        "At what point in a project would you consider {s}?",
    ),
    "examples": (
        "Name some real-world applications of {s}.",
        "Can you give a concrete example of {s}?",
        "Where is {s} used in practice?",
        "List a few use cases for {s}.",
        "What are some instances of {s} you have seen in industry?",
        "Illustrate {s} with a case from computer vision or NLP.",
        "which well-known models or products rely on {s}?",
        "Mention a couple of domains where {s} has been successfully deployed.",
    ),
    "purpose": (
        "Why do we need {s}?",
        "What problem does {s} solve?",
        "What is {s} used for?",
        "What's the point of {s}?",
        "What motivated the introduction of {s}?",
        "Why was {s} invented in the first place?",
        "What role does {s} serve in a training pipeline?",
        "What goal is {s} meant to achieve?",
    ),
}
ASKS = tuple(PHRASINGS)
BLIND11_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can someone explain in plain English what {s} actually means?",
        "{S} — definition?",
        "ok dumb question but what exactly is {s}",
        "Define {s} in one or two sentences, as you would for an interviewer.",
        "I keep running into the term {s} in papers and I'm not sure I get it. What does it refer to?",
        "Please explain me what is {s}.",
        "In your own words, what do we mean by {s}?",
        "Whats the meaning of {s} in machine learning?",
    ),
    "advantages": (
        "What are the main advantages of {s}?",
        "{S}: pros?",
        "what does {s} buy you compared to not using it",
        "For an interviewer, make the case for {s} — what makes it attractive?",
        "Why do so many practitioners swear by {s}?",
        "What is the benefit to use {s}?",
        "Briefly list the strengths of {s}.",
        "Why is {s} considered a good idea?",
    ),
    "limitations": (
        "What are the limitations of {s}?",
        "{S}: cons / weaknesses?",
        "Where does {s} break down?",
        "What are the downsides of relying on {s}?",
        "Be honest — what's wrong with {s}?",
        "Discuss the main shortcomings of {s}.",
        "i've been using {s} on a project and it's been great so far, but what are the catches I should know about?",
        "Disadvantages of {s}",
    ),
    "works": (
        "How does {s} work?",
        "Walk me through what {s} is doing under the hood.",
        "Explain the mechanism behind {s}, step by step.",
        "{S}: how does it work internally?",
        "Can you describe the inner workings of {s}?",
        "I get the high-level idea of {s}, but what actually happens mechanically when it runs?",
        "Outline, briefly, the algorithm behind {s}.",
        "how does {s} actualy do its thing",
    ),
    "fix": (
        "How do you fix {s}?",
        "What can be done to prevent {s}?",
        "My model is suffering from {s}. What should I try to get rid of it?",
        "{S}: remedies?",
        "List techniques for mitigating {s}.",
        "How to avoid the {s}?",
        "Any tips for keeping {s} under control when training deep nets?",
        "Strategies to deal with {s}",
    ),
    "when": (
        "When should you use {s}?",
        "In which situations is {s} the right choice?",
        "{S} — when to use?",
        "How do I decide whether {s} is appropriate for my problem?",
        "Under what circumstances would you reach for {s} over the alternatives?",
        "what kind of problems call for {s}",
        "Describe the conditions under which you would pick {s}.",
        "hey, quick q — at what point does it make sense to bring in {s}?",
    ),
    "examples": (
        "Give some examples of {s}.",
        "What are real-world applications of {s}?",
        "{S}: use cases?",
        "Where is {s} actually used in industry?",
        "Name a few practical applications of {s}.",
        "Can you give me a concrete example where {s} gets applied?",
        "list some use-cases for {s}",
        "Provide a couple of illustrative examples of {s} from research or production systems.",
    ),
    "purpose": (
        "What is the purpose of {s}?",
        "Why do we need {s}?",
        "What problem does {s} solve?",
        "{S}: what's it for?",
        "What was {s} invented to address?",
        "Why does {s} even exist — what's the point of it?",
        "Explain the motivation behind {s}.",
        "what is the goal of {s} in a typical ML pipleine",
    ),
}
BLIND12_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can someone explain in plain English what {s} actually means?",
        "{S}: definition?",
        "Define {s} in one or two sentences, as you would for a junior engineer.",
        "ELI5: what exactly is {s}",
        "what do people mean when they say {s}?",
        "I keep seeing the term {s} in papers but nobody ever defines it. What does it refer to?",
        "Briefly state the meaning of the term {s}.",
        "Quick one — what's meant by {s}, in a nutshell?",
    ),
    "advantages": (
        "What does {s} do well compared to the alternatives?",
        "{S} — strengths",
        "List the main benifits of {s}.",
        "What do you gain by using {s}?",
        "In an interview, how would you sell the upsides of {s}?",
        "what's good about {s}",
        "Outline the key merits of {s} for a junior engineer.",
        "Our team is debating this: what real-world benefits does {s} bring to the table?",
    ),
    "limitations": (
        "What are the downsides of {s}?",
        "{S} weaknesses?",
        "In what situations does {s} tend to fail or perform poorly?",
        "Discuss the shortcomings of {s}.",
        "what's the catch with {s}",
        "Been using it for a while and I'm curious — what are the known pitfalls and drawbacks of {s}?",
        "Name two disadvantages of {s}.",
        "Where does {s} fall short?",
    ),
    "works": (
        "Walk me through what happens under the hood in {s}.",
        "{S}, mechanism — explain",
        "Describe step by step how {s} operates.",
        "Can someone break down the inner workings of {s}? The docs only show the API.",
        "how does {s} actually do its thing internally",
        "Explain the mechanics of {s} for a junior engineer.",
        "Sketch the algorithm underlying {s}.",
        "I get the high-level idea of {s} but not the internals — can someone explain the mechansim step by step?",
    ),
    "fix": (
        "How can I get rid of {s} in my model?",
        "{S} keeps showing up in my training runs — how do I prevent it?",
        "What techniques help mitigate {s}?",
        "My network is suffering from {s}. What can I do about it?",
        "how to prevent {s}",
        "Suggest three ways to reduce {s}.",
        "Any tips for avoiding {s} in practice?",
        "What's the standard cure for {s}, in a nutshell?",
    ),
    "when": (
        "In which scenarios is {s} the right choice?",
        "{S} — when to use",
        "At what point does it make sense to reach for {s} instead of something simpler?",
        "Under what conditions would you choose {s}?",
        "when should i go for {s} over other options",
        "Characterise the situations in which {s} is an appropriate choice.",
        "How do I decide whether {s} is the right tool for a given problem?",
        "In what circumstances shoud you deliberately pick {s}?",
    ),
    "examples": (
        "Name a few real-world applications of {s}.",
        "{S} examples",
        "Where is {s} actually used in industry?",
        "Can you give a concrete example where {s} is applied?",
        "list some applications of {s}",
        "I learn better from concrete cases — could someone share a couple of practical examples of {s}?",
        "Provide two illustrative instances of {s}.",
        "Which well-known products or systems rely on {s}?",
    ),
    "purpose": (
        "Why do we need {s} in the first place?",
        "{S}: what problem does it solve?",
        "What problem was {s} designed to address?",
        "What's {s} meant to accomplish?",
        "why does {s} even exist",
        "State the goal that {s} serves.",
        "Before memorising the details, I'd like to understand: what is the point of {s}?",
        "For a junior engineer, explain what {s} is for, in a nutshell.",
    ),
}
BLIND13_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Define {s} in one or two sentences, as you would in an exam answer.",
        "quick q — what exactly do people mean when they say {s}?",
        "{S} — definition (flashcard front)",
        "Could you give me a precise definition of the term {s}?",
        "I keep seeing {s} in papers but never understood the meaning. What does this term refer to?",
        "Briefly state what is meant by {s}.",
        "what does the term {s} mean in ML",
        "In your own words, tell me what {s} means.",
    ),
    "advantages": (
        "List the main strengths of {s}.",
        "What does {s} do well compared to the alternatives?",
        "{S} — key benefits (interview cheat sheet)",
        "Outline the merits of {s}.",
        "what makes {s} so good? genuinely asking, everyone at work raves about it",
        "Discuss the benifits one gains from applying {s}.",
        "Name three upsides of {s}.",
        "What are the strong points of {s}, in your experience?",
    ),
    "limitations": (
        "Critically assess the shortcomings of {s}.",
        "What are the downsides of {s} that nobody mentions in tutorials?",
        "{S} — weaknesses / cons",
        "In which situations does {s} fail or perform poorly?",
        "what's the catch with {s}? seems too good to be true",
        "Identify the main drawbacks associated with {s}.",
        "State two disadvantages of {s} and explain each briefly.",
        "Is there any problem or weak point with using {s}? I want to know the negative sides of it.",
    ),
    "works": (
        "Walk me through the internal mechanics of {s}, step by step.",
        "Explain the mechanism behind {s}.",
        "{S} — how it works under the hood",
        "Can someone ELI5 what actually happens inside {s} when it runs?",
        "Describe the sequence of operations that {s} carries out internally.",
        "how does {s} actually do its thing internally",
        "I understand roughly what {s} is for, but what is the underlying process that makes it work?",
        "Characterise the inner workings of {s}.",
    ),
    "fix": (
        "How can {s} be prevented?",
        "What technqiues help reduce {s}?",
        "{S} — remedies",
        "My model is suffering from {s}. What can I do to get rid of it?",
        "Suggest strategies to mitigate {s}.",
        "ways to avoid {s} during training",
        "How do practitioners usually combat {s}?",
        "Any tips for fixing {s}? tried a few things, nothing helped so far",
    ),
    "when": (
        "In which scenarios is {s} the right choice?",
        "Under what conditions would you opt for {s} over alternatives?",
        "{S} — when to reach for it",
        "When does it make sense to apply {s}?",
        "How do I decide whether my problem calls for {s}?",
        "what kind of situations is {s} best suited for",
        "Identify the circumstances under which {s} is the appropriate choice.",
        "Starting a new project and wondering if {s} fits — in what situations is it generally recommended?",
    ),
    "examples": (
        "Cite some real-world applications of {s}.",
        "Name a few practical use cases for {s}.",
        "{S} — examples in industry",
        "Where is {s} used in practice? Looking for concrete examples.",
        "Provide two illustrative examples of {s}.",
        "List some exemples where {s} is applied",
        "Can you show me a concrete instance of {s} from an actual project?",
        "Illustrate {s} with examples from computer vision or NLP.",
    ),
    "purpose": (
        "Why does {s} exist — what problem is it meant to solve?",
        "What is {s} used for, i.e. what is its goal?",
        "{S} — what problem does it address?",
        "State the objective of {s}.",
        "what's the point of {s}? why not just skip it",
        "For what reason was {s} introduced in the first place?",
        "Which need does {s} address, i.e. why do we bother with it?",
        "What goal does {s} serve in a machine learning pipeline?",
    ),
}
BLIND14_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can someone explain in plain English what {s} actually means? I keep seeing the term in papers and just nod along",
        "ELI5 what {s} is, no jargon please",
        "Flashcard - {S}: definition",
        "Quick question, what exactly do people mean when they say {s}?",
        "Define the term {s} in one or two sentences. (2 marks)",
        "I'm new to ML and I don't understand what is {s}, can you describe it simply?",
        "{S} - what does that term actually refer to",
        "Sorry if this is dumb, but what's the meaning of {s}? Googled it and the wikipedia article went over my head.",
    ),
    "advantages": (
        "What makes {s} worth bothering with compared to the alternatives?",
        "Interview prep: list the main strengths of {s}.",
        "{S} - pros?",
        "My team lead keeps pushing {s}. What do we actually gain from it",
        "In what ways is {s} beneficial? Explain with reference to at least two benefits. (5 marks)",
        "What is the upside of using {s}, and is the benefit big enough to matter in practice?",
        "Why do people say {s} is so good? what's the big plus",
        "Genuinely curious what the selling points of {s} are, because from the outside it looks like extra complexity for nothing.",
    ),
    "limitations": (
        "Where does {s} fall short?",
        "What are the downsides / gotchas of {s} that nobody mentions in tutorials",
        "{S}: cons and failure modes.",
        "Discuss the main weaknesses of {s}. (6 marks)",
        "In which cases {s} does not work well? I tried it and got worse results than before.",
        "Been burned before - what are the pitfalls of {s} I should watch out for?",
        "What's the catch with {s}? it sounds too good to be true",
        "Criticisms of {s}",
    ),
    "works": (
        "Can someone walk me through what's going on under the hood with {s}?",
        "Explain the mechanism behind {s}, step by step.",
        "{S} - how does it actually do its thing internally",
        "I understand the high-level idea but what happens mechanically in {s}? like what is being computed at each step",
        "Describe the inner workings of {s}. Use a diagram if helpful. (8 marks)",
        "how {s} is working internally? i read the paper but the math is hard for me",
        "Whats the intuition for how {s} operates, in terms of the actual math",
        "Flashcard: {S} - mechanism",
    ),
    "fix": (
        "How can I get rid of {s} in my model? Tried a few things already and nothing helped.",
        "Best ways to mitigate {s}?",
        "{S} keeps showing up in my experiments - what are the standard remedies",
        "What steps would you take to reduce {s}? (4 marks)",
        "any tips for avoiding {s}? deadline is friday lol",
        "How to prevent {s} from happening in the first place, and how to fix it if it already happened?",
        "Interview question: you notice {s} during training. How do you deal with it?",
        "What are some practical countermeasures against {s}.",
    ),
    "when": (
        "In what situations does it make sense to reach for {s}?",
        "How do I know if my problem is a good fit for {s}",
        "Under which conditions would you choose {s} over the alternatives? Justify your answer.",
        "Is {s} appropriate for my use case? Is there a rough rule of thumb for when to apply it?",
        "At what point should I consider switching to {s}? we have a small dataset and a tight compute budget",
        "{S} - when is it the right call?",
        "in which scenario is better to apply {s}?",
        "Senior folks - what's your heuristic for deciding whether {s} is warranted on a new project?",
    ),
    "examples": (
        "Where is {s} used in the real world? Any concrete products or companies?",
        "Can you point me to some real applications of {s}? Need them for a presentation.",
        "{S} - real-life use cases",
        "Name two practical applications of {s}. (2 marks)",
        "Looking for concrete examples of {s} in industry, not toy datasets",
        "What are some well-known systems that rely on {s}?",
        "Any cool real world projects that showcase {s}",
        "can you share some exemple of industries where {s} is being applied in practice?",
    ),
    "purpose": (
        "What problem was {s} invented to solve?",
        "What's the point of {s}? Like, what would go wrong without it",
        "{S} - what is it for, what gap does it fill",
        "State the motivation behind {s}. (3 marks)",
        "I get what {s} does, but why does it exist at all? What was missing before it came along?",
        "What is the goal of {s}, for what reason people introduced it?",
        "What issue is {s} meant to address",
        "Flashcard: {S} - purpose / motivation",
    ),
}
BLIND15_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "ok dumb question but what does {s} actually mean",
        "Term: {s}. Definition??",
        "Explain in one or two sentences what is meant by the term {s}.",
        "Can someone ELI5 {s}? I keep seeing it in papers and have no idea what it refers to",
        "In your own words, describe what {s} is, as you would to a new team member with no ML background.",
        "whats the meaning of {s} in machine learning",
        "Interviewer asked me to define {s} and I blanked. How would you define it concisely?",
        "{S} = ? (give the formal definition)",
    ),
    "advantages": (
        "What makes {s} better than the alternatives?",
        "List three benefits of {s}.",
        "why do people like {s} so much, what's the upside",
        "I'm writing a design doc. What strengths of {s} should I highlight to convince my team to adopt it?",
        "pros of {s}??",
        "Discuss the main advantages that {s} offers over simpler baselines.",
        "What do you actually gain by using {s}",
        "{S} benefits in practice, anyone? Not the textbook answer, what real gains have you seen!!",
    ),
    "limitations": (
        "Where does {s} break down?",
        "Known failure modes of {s} - go.",
        "what are the downsides of {s} that nobody talks about",
        "In which scenarios does {s} fail or perform poorly, and why?",
        "Critically evaluate {s}: identify at least two weaknesses.",
        "been using {s} for a month and hitting walls. what are its known drawbacks??",
        "Shortcomings / cons of {s}.",
        "Interview Q: what would you say is the biggest weakness of {s}, and how would it show up in production?",
    ),
    "works": (
        "Can someone walk me through what happens under the hood in {s}?",
        "Describe the mechanism of {s} step by step.",
        "how does {s} actually do its thing internally, like mathematically",
        "Explain the inner workings of {s}.",
        "I understand the idea of {s} at a high level but not the mechanics. What's going on inside, step by step?",
        "what's the intuition behind how {s} operates internally",
        "Sketch the internal mechanism of {s}, including the key equations",
        "{S} - how does it work under the hood??",
    ),
    "fix": (
        "How can I prevent {s}?",
        "My model is suffering from {s}, what can I do to reduce it?",
        "{S} keeps happening in my training runs. any tips to get rid of it??",
        "List techniques for mitigating {s}.",
        "Interviewer: 'Suppose you notice {s} in production. What steps do you take to fix it?'",
        "best ways to avoid {s}",
        "How do you deal with {s}? Looking for practical remedies, not theory.",
        "Fixes for {s}, ranked by how well they work in practice?",
    ),
    "when": (
        "In what situations would you reach for {s} instead of something simpler?",
        "is {s} a good fit for my problem? how do I tell when it's the right choice",
        "When does it make sense to apply {s}, and when is it overkill?",
        "Under which conditions is {s} the appropriate choice? Justify your answer.",
        "rule of thumb for when to use {s}??",
        "Working on a small tabular dataset with ~5k rows. Would {s} be appropriate here, or is it meant for other settings?",
        "In which scenarios should {s} be your go-to",
        "At what point in a project is it the right time to bring in {s}?",
    ),
    "examples": (
        "Where is {s} used in the real world?",
        "Name some real-world applications of {s}.",
        "any cool examples of {s} being used in actual products?",
        "Can you point to a concrete industry example where {s} made a difference? Preferably a well-known company or paper.",
        "{S} in the wild: who uses it and for what?",
        "Describe two practical applications of {s}, one from computer vision and one from NLP.",
        "real life use cases of {s} pls",
        "Looking for examples of {s} I can cite in my thesis intro, like actual deployed systems",
    ),
    "purpose": (
        "What problem was {s} invented to solve?",
        "why does {s} even exist? what was wrong with the approach before it",
        "What's the point of {s}?",
        "Explain the motivation behind {s}: what gap in earlier methods does it address?",
        "{S} is for what exactly? Like what it is trying to achieve",
        "Purpose of {s}, in one line.",
        "I get the definiton of {s} but not the why. What issue is it meant to address?",
        "so what is {s} even for?!!",
    ),
}
BLIND16_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Exam Q1 (5 pts): State a precise definition of {s} in your own words, without copying from the lecture slides.",
        "Screening question: in two or three sentences, explain to a non-specialist what {s} actually means.",
        "Please, what means {s}? My professor say it many times in class but I not understand the concept.",
        "{S} — definition, please?",
        "ok dumb question but what exactly is meant by {s} lol",
        "Hi, long-time listener. Quick one: when the guests say {s}, what are they actually referring to...",
        "Office hours note: student asked what the term {s} refers to; write up a clean one-paragraph definition",
        "Kindly explain the meaning of {s}. What it is exactly, sir?",
    ),
    "advantages": (
        "Q3 (10 marks). Discuss the principal strengths of {s} relative to simpler alternatives.",
        "In your experience, what makes {s} worth using? List the main benefits you have seen in practice.",
        "PM here, need a one-liner for the deck: what do we actually gain from {s}?",
        "Why everybody say {s} is so good? Which benefits it brings, concretely?",
        "hot take wanted: what's the real upside of {s}? #MachineLearning",
        "Nit: the PR description should say why {s} is the better choice here. What concrete advantages does it give us over the baseline?",
        "Pros of {s}...",
        "Which strong points has {s}? For my thesis I must write one section about its merits.",
    ),
    "limitations": (
        "Critically evaluate {s}: identify at least three weaknesses and explain the consequences of each.",
        "Where does {s} break down?",
        "Tell me about a time {s} let you down. What would you say are its biggest shortcomings?",
        "Before we commit to {s} on the roadmap — what are the downsides, what can go wrong with it?",
        "{S} has which disadvantages? Teacher says no method is perfect, so what is bad in it.",
        "cons of {s}?? asking before i waste a week on it",
        "Hey, uh, so I keep hearing {s} is great, but like, what's the catch? Where does it fall short? Thanks.",
        "Review comment: I'm wary of {s} here, it has known failure modes. Can you list its weak spots and confirm none of them bite us?",
    ),
    "works": (
        "Explain, step by step, the internal mechanism of {s}. Derivations are welcome but not required.",
        "Walk me through what happens under the hood of {s}, from input to output.",
        "How {s} is working inside? I read the paper two times but the mechanism is still not clear for me.",
        "{S}: what's the actual math/logic behind it, what does it do internally at each step?",
        "TA notes - whiteboard the mechanics of {s}; several students could not follow the algorithm's individual steps",
        "can someone ELI5 the inner workings of {s}...",
        "After which principle functions {s}? I want to understand the mechanism, not only call the library.",
        "Let's not treat {s} as a black box in this review: please add a comment explaining how it computes its result.",
    ),
    "fix": (
        "Propose and justify three strategies for preventing or mitigating problems related to {s} in a production model.",
        "Our model has trouble with {s}. What concrete steps would you take to fix that?",
        "How I can avoid the problems of {s}? My model has this issue and I not know how to solve it.",
        "{S} is hurting our metrics. What's the remedy, and how fast can we ship it?",
        "kaggle newbie here: my LB score tanks because of {s}, how do i reduce it / get rid of it?!",
        "tips to keep {s} from wrecking your model",
        "Code review: this will run into {s} issues. Before merging, please add a mitigation - how do you plan to prevent it?",
        "Please tell me the ways to overcome {s}. Which remedies are working best in practice?",
    ),
    "when": (
        "Describe two scenarios in which {s} is the appropriate choice, and one in which it is not.",
        "In which situations would you reach for {s}, and in which would you avoid it?",
        "At what moment is it correct to apply {s}? I never know in which cases to choose it.",
        "{S} — when is it the right call?",
        "PM question: for which kinds of projects or data does it make sense to pick {s}? Need a rule of thumb.",
        "is there like a checklist for deciding if {s} fits my problem? when do ppl actually go for it",
        "Hi, caller from Ohio. I'm just wondering, uh, in what circumstances you'd actually choose {s} over the usual stuff...",
        "Use {s} in what case? What kind of data, what kind of task, it is suitable?",
    ),
    "examples": (
        "Cite two real-world applications of {s} and, for each, identify the data involved.",
        "Can you name a product or system you know of that uses {s} in production?",
        "Where is {s} used in real life? Please some examples from industry, not from the book.",
        "{S} in the wild: which companies actually deploy it, and in which products?",
        "Looking for real-world use cases of {s} to show stakeholders. Any concrete case studies?",
        "show me some cool real projects that use {s} pls",
        "Office hours: students want concrete industry examples of {s}. Prepare three case studies (domain, data, outcome).",
        "Kindly share some practical applications of {s} in industries like healthcare, banking or e-commerce.",
    ),
    "purpose": (
        "What problem was {s} originally designed to solve, and why were earlier approaches insufficient?",
        "In one sentence: what is the point of {s}? What would be missing without it?",
        "For what serves {s}? Which problem it solves exactly?",
        "{S}: what is it for, what problem motivated it in the first place?",
        "PM here - what user or business problem does {s} exist to address? Trying to understand the 'why'.",
        "genuinely confused why {s} was even invented... what gap does it fill",
        "To what end does one use {s} at all? Which problem stands behind it?",
        "Before adding {s} here: what is it actually solving for us, what job does it do that the existing code doesn't?",
    ),
}
BLIND17_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What does {s} mean?",
        "What does the term {s} refer to?",
        "How would you define {s} to someone new to machine learning?",
        "What is meant by {s}, exactly?",
        "I keep seeing {s} mentioned in papers and blog posts but never really understood it. What is it, in simple terms?",
        "Someone in my study group brought up {s} today and I nodded along, but honestly I have no idea what it refers to. Could someone explain what it actually is?",
        "Define {s}.",
        "{S}, defined in plain words",
    ),
    "advantages": (
        "What are the main benefits of using {s}?",
        "Why is {s} considered a good approach?",
        "What strengths does {s} have over the alternatives?",
        "In what ways does {s} improve on simpler methods?",
        "My team lead wants us to adopt {s} for our next project. What do we actually gain from it compared to what we do now?",
        "Everyone seems really excited about {s} lately. Whats so great about it?",
        "Benefits of {s}.",
        "what {s} is good at",
    ),
    "limitations": (
        "Where does {s} tend to fall short?",
        "What downsides come with {s}?",
        "Are there any serious weaknesses or failure modes of {s} to be aware of?",
        "What goes wrong with {s} in practice?",
        "We tried {s} on our dataset and the results were underwhelming. What are its known shortcomings, and where does it usually break down?",
        "Before I commit to {s} for my thesis, I'd like to know the catch. What disadvantages do people typically run into?",
        "{S}: drawbacks and failure modes",
        "Pitfalls to watch out for with {s}.",
    ),
    "works": (
        "Can you walk me through how {s} works under the hood?",
        "What is the underlying mechanism of {s}?",
        "Explain the inner workings of {s}.",
        "What happens, step by step, when {s} is applied?",
        "I understand roughly what {s} is supposed to do, but I'm fuzzy on the mechanics. What's actually going on internally?",
        "Could somebody break down how {s} operates internally? The high-level descriptions I've read skip over the details.",
        "{S} internals, step by step",
        "Mechanism behind {s}?",
    ),
    "fix": (
        "How can {s} be prevented?",
        "What can be done to reduce {s}?",
        "Which techniques help mitigate {s}?",
        "How do practitioners deal with {s} in their models?",
        "Our model is suffering from {s} and it's hurting performance in production. What can we do to get rid of it?",
        "I've been fighting {s} for a week now on my project. Any tips on how to avoid it, or at least keep it under control?",
        "Mitigating {s}",
        "how to get rid of {s}",
    ),
    "when": (
        "In which situations is {s} the right choice?",
        "When does it make sense to use {s}?",
        "Under what circumstances would you pick {s} over other approaches?",
        "How do you decide whether {s} is appropriate for a given problem?",
        "I'm choosing between a few approaches for a new project. How do I know when {s} is the appropriate tool to use?",
        "As a junior engineer I never know when to reach for {s} and when to leave it alone. Is there a rule of thumb?",
        "When to reach for {s}?",
        "Situations that call for {s}.",
    ),
    "examples": (
        "Where is {s} used in the real world?",
        "Which real products or systems rely on {s}?",
        "Could you share a few concrete applications of {s}?",
        "Who actually uses {s}, and for what kinds of tasks?",
        "Textbooks explain {s} well enough, yet they rarely show it in action. Where is it actually used in real systems?",
        "For a presentation I'm preparing, I need a couple of real applications of {s}. What are some good ones?",
        "{S} in the real world: examples?",
        "Example applications using {s}.",
    ),
    "purpose": (
        "What problem does {s} solve?",
        "Why was {s} introduced in the first place?",
        "What is {s} meant to accomplish?",
        "What is {s} actually for?",
        "Sorry if this is a basic question, but I've never understood the motivation for {s}. Why does it exist at all?",
        "Our professor spent a whole lecture on {s} without saying why anyone bothered inventing it. What gap does it fill?",
        "{S} -> motivation, problem it addresses",
        "Why {s} exists.",
    ),
}
BLIND18_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can you explain what {s} is?",
        "What exactly is meant by {s}?",
        "Define {s} in your own words.",
        "What does the term {s} refer to in machine learning?",
        "I keep seeing {s} mentioned in papers but never really got it. What does it actually mean?",
        "Quick one before my interview tomorrow: how would you define {s} in a sentence or two?",
        "{S} — definition",
        "Flashcard: {S} = ?",
    ),
    "advantages": (
        "What benefits does {s} offer?",
        "What makes {s} better than the alternatives?",
        "Why is {s} considered a strong choice, i.e. what are its main strengths?",
        "What do you gain by using {s}?",
        "Our team is debating whether to adopt {s}. What are the main upsides we'd get from it?",
        "Everyone keeps recommending {s} to me. What is actually so good about it?",
        "Pros of {s}?",
        "Advantages/strengths — {s}",
    ),
    "limitations": (
        "What are the main drawbacks of {s}?",
        "Where does {s} tend to fail or perform poorly?",
        "Is there any real downside to relying on {s}?",
        "What weaknesses should I be aware of before choosing {s}?",
        "I tried {s} on my own dataset and the results were disappointing. What are its known shortcomings?",
        "Exam prep: besides the benefits, what are the disadvantages and failure cases of {s}?",
        "{S}: cons / limitations",
        "Where {s} falls short",
    ),
    "works": (
        "Could you walk me through what {s} does internally?",
        "What happens under the hood in {s}?",
        "Explain the inner mechanics of {s}.",
        "How is {s} actually computed, mathematically speaking?",
        "I understand what {s} is supposed to achieve, but not the mechanics. What is going on inside it, step by step?",
        "Reading the original paper right now and getting lost. Could someone break down how {s} operates in simple terms?",
        "{S} internals?",
        "Mechanism behind {s} (explain breifly)",
    ),
    "fix": (
        "How can {s} be prevented?",
        "What techniques help reduce {s}?",
        "What steps would you take to fix {s} in a model?",
        "How do you mitigate {s} in practice?",
        "My model is clearly suffering from {s}. What can I do to get rid of it?",
        "Validation loss started climbing after a few epochs and I think {s} is to blame. Any tips to deal with it?",
        "Ways to avoid {s}.",
        "Tips for reducing {s}",
    ),
    "when": (
        "In what situations is {s} the right choice?",
        "When does it make sense to apply {s}?",
        "Under which conditions would you prefer {s} over other approaches?",
        "For what kinds of problems is {s} appropriate?",
        "I'm starting a project with a fairly small dataset and limited compute. In general, in which scenarios is it worth reaching for {s}?",
        "Interview question: describe a scenario in which you would choose {s}.",
        "When to use {s} vs. alternatives",
        "Use {s} when...?",
    ),
    "examples": (
        "Name a few real-world applications of {s}.",
        "Where is {s} used in practice?",
        "What are some concrete examples of {s} in industry?",
        "Which well-known systems or products rely on {s}?",
        "I get the theory, but I'd like to see it in action. What are some practical examples of {s}?",
        "For my presentation I need a couple of real case studies. Where has {s} been applied successfully?",
        "e.g. of {s} in real life",
        "Real-world applications ({s})",
    ),
    "purpose": (
        "What problem does {s} solve?",
        "Why was {s} introduced in the first place?",
        "What is {s} meant to accomplish?",
        "What is the motivation behind {s}?",
        "Before {s} came along, what issue were people struggling with that it was designed to address?",
        "I can follow the math, but I don't see the point. What is {s} actually for?",
        "Why does {s} exist? What gap does it fill",
        "12) The problem {s} addresses",
    ),
}
BLIND19_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can someone explain in simple terms what {s} actually means?",
        "Define the term {s}.",
        "Definition of {s}?",
        "ELI5 {s} please",
        "I keep seeing the term {s} in papers and blog posts but nobody ever bothers to define it properly. What exactly does it refer to, in plain words?",
        "Briefly state what is meant by {s}. (2 marks)",
        "What do people mean when they say {s}?",
        "Please what is the meaning of {s} in machine learning?",
    ),
    "advantages": (
        "Why is {s} worth using, what are its main benefits?",
        "What makes {s} attractive compared to simpler alternatives?",
        "State any three merits of {s}.",
        "{S}: key strengths?",
        "In an interview I was asked what is good about {s}. Which strengths should I mention?",
        "Which benefits does {s} bring to a machine learning pipeline?",
        "What do we gain by adopting {s}?",
        "Why is {s} so popular, what does it do well?",
    ),
    "limitations": (
        "Where does {s} tend to fall short?",
        "In which cases does {s} fail or perform poorly?",
        "Main weaknesses to keep in mind with {s}?",
        "Explain why {s} may not always give good results. (4 marks)",
        "Is there any known weakness of {s} I should be careful about",
        "Why might {s} not work well in practice? What are its shortcomings?",
        "What are the cons of relying on {s}? Where does it break down?",
        "{S} has some drawbacks, right? What are they?",
    ),
    "works": (
        "Can you walk me through what happens under the hood in {s}?",
        "Explain the mechanism behind {s} step by step.",
        "How is {s} actually implemented, what is going on internally?",
        "Intution behind how {s} operates",
        "Describe the working principle of {s} with a suitable diagram.",
        "I understand the idea but not the mechanics. What does {s} do internally?",
        "Could somebody explain me how {s} is working inside?",
        "{S}: what are the steps of the algorithm?",
    ),
    "fix": (
        "How can I prevent {s}?",
        "What are some ways to reduce {s} in my model?",
        "Tips for mitigating {s}?",
        "Suggest two techniques to alleviate {s}. (3 marks)",
        "I'm running into problems with {s} in my project. How do I fix it?",
        "What steps would you take to avoid {s} during training?",
        "Best practices to counter {s}",
        "How to overcome {s}, any tips?",
    ),
    "when": (
        "In which situations is {s} the right choice?",
        "When does it make sense to apply {s}?",
        "Right time to use {s}?",
        "Under what circumstances would you prefer {s} over the alternatives? Justify your answer.",
        "How do I decide whether my problem needs {s} or not?",
        "For what kind of problems is {s} suitable?",
        "Is there a rule of thumb for when to reach for {s}",
        "In what scenario we should apply {s}?",
    ),
    "examples": (
        "Can you name some real-world applications of {s}?",
        "Where is {s} used in industry? Looking for concrete examples.",
        "Give two practical use cases of {s}.",
        "Any well-known products or systems that rely on {s}?",
        "Examples of {s} in the wild",
        "Which companies or projects use {s} in production?",
        "Illustrate {s} with a real-life example.",
        "Could you share some real life example where {s} is used?",
    ),
    "purpose": (
        "What problem does {s} solve?",
        "Why was {s} introduced in the first place?",
        "What is the point of {s}?",
        "{S} exists to address which issue?",
        "State the motivation behind {s}.",
        "What is {s} for? I don't get what gap it is filling.",
        "Which gap in earlier methods was {s} designed to close?",
        "Why does {s} even exist, what is the purpose of it",
    ),
}
BLIND20_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "ok probably a dumb question but what exactly is meant by {s}? keep seeing it in papers and nobody ever explains it",
        "Define {s}. (2 marks)",
        "{S} — definition?",
        "Can someone explain in plain english what {s} actually means, like im 5",
        "What means {s} in the machine learning context?",
        "I understand the basic ML pipeline but I'm lost on the terminology — what does the term {s} refer to exactly?",
        "Briefly explain the concept of {s} with a suitable definition.",
        "In one or two sentences, how would you define {s} to a non-technical person?",
    ),
    "advantages": (
        "{S} — pros?",
        "Why do people rave about {s} so much, what does it actually buy you over the alternatives?",
        "Discuss the merits of {s}. (5 marks)",
        "What benefits brings {s} compared to other methods?",
        "For a production system, what are the main upsides of going with {s}?",
        "I get what it is but not why it's good — what makes {s} better than the simpler approaches tho",
        "{S}: key strengths (list 3)",
        "Outline the strong points of {s} and justify why each one matters.",
    ),
    "limitations": (
        "{S} — cons / gotchas?",
        "Critically evaluate the shortcomings of {s}. (10 marks)",
        "been using {s} for a while and it feels like magic, what's the catch? where does it break down",
        "What are the weak points of {s} that interviewers expect you to mention?",
        "In what cases {s} is failing or giving bad results?",
        "Is there any downside to relying on {s}, or is it basically free performance?",
        "Serious question: if {s} is so good, why isn't it used everywhere — what holds it back?",
        "{S} has known drawbacks; identify and explain at least two of them.",
    ),
    "works": (
        "Can someone walk me through what {s} is actually doing under the hood, step by step? the high level explanations aren't clicking for me",
        "With a neat diagram, explain the working of {s}.",
        "{S}: mechanism?",
        "How is {s} working internally, what are the steps of it?",
        "I know what it's supposed to achieve, but mechanically, what happens during {s} — like what gets computed and in what order?",
        "Describe the algorithmic steps involved in {s}. (8 marks)",
        "ELI5 the math behind {s} pls",
        "Break down the inner workings of {s} for me one stage at a time.",
    ),
    "fix": (
        "my model is suffering from {s} and I've tried everything I can think of, what else can I do to get rid of it?",
        "Suggest suitable remedies for {s}. (4 marks)",
        "{S} — mitigation strategies?",
        "How one can prevent {s} from happening during training?",
        "In a real project, what's the standard playbook for dealing with {s} once it shows up?",
        "Any tips on combating {s}? the usual tricks from tutorials didn't do much for me",
        "What techniques can be applied to reduce or eliminate {s}? Discuss.",
        "{S} is killing my validation scores, how do I deal with it??",
    ),
    "when": (
        "In which scenarios would you pick {s} over the alternatives?",
        "{S}: when to use?",
        "How do I know if {s} is the right choice for my problem, or if I'm overcomplicating things?",
        "Under what conditions is it appropriate to apply {s}? Justify your answer. (6 marks)",
        "From a practitioner's point of view, in what circumstances does it make sense to reach for {s}?",
        "what kind of data or problem setups actually call for {s}, like is there a rule of thumb",
        "In which situation I should go for {s} instead of simpler method?",
        "Interviewer asked me when I'd choose {s} and I blanked — what's a good answer?",
    ),
    "examples": (
        "{S}: use cases",
        "Where is {s} actually used in the real world? Looking for concrete products or systems, not textbook toy stuff",
        "Illustrate {s} with two real-world applications. (4 marks)",
        "Can you show me a couple of concrete examples of {s} so I can see it in practice?",
        "Name some industries or applications that make use of {s}.",
        "Real life examples for {s} please, my lecturer only gave theory",
        "Any well-known companies or projects that rely on {s}? curious where it shows up in practice",
        "List a few practical instances where {s} has been applied successfully.",
    ),
    "purpose": (
        "What problem was {s} invented to solve in the first place?",
        "{S} — what's it for?",
        "I've read the definition a dozen times but still don't get why we need {s}, what role does it play in the pipeline?",
        "State the role of {s} in a machine learning system. (3 marks)",
        "What for is {s} used in ML?",
        "Why does {s} even exist, what gap does it fill that other stuff doesn't",
        "Explain the motivation behind {s} and the problem it addresses.",
        "For a production system, what job does {s} actually do — what would go wrong without it?",
    ),
}
BLIND21_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Q7. Explain what is meant by {s} in machine learning.",
        "Can you define {s} in simple terms?",
        "In the context of deep learning, what does the term {s} refer to?",
        "Briefly describe the concept of {s}. One or two sentences is enough.",
        "so what exactly is {s}? my prof keeps mentioning it and i just nod along lol",
        "Please can someone explain me the meaning of {s}? I am new in this field.",
        "{S} — definition",
        "Define: {s}",
    ),
    "advantages": (
        "What benefits does {s} offer over simpler alternatives?",
        "Why is {s} considered a good choice by so many practitioners?",
        "Q21. Discuss the main strengths of {s}.",
        "In computer vision tasks, what makes {s} so effective?",
        "tbh i don't get the hype, what's actually good about {s}? like what does it buy you",
        "Which are the advantages to use {s} in my model? I want to convince my manager.",
        "{S}: key benefits",
        "Strengths of {s}",
    ),
    "limitations": (
        "What are the main drawbacks of relying on {s}?",
        "Under what conditions does {s} tend to break down or perform poorly?",
        "Q15. Outline the weaknesses of {s}.",
        "For large-scale production systems, what are the known shortcomings of {s}?",
        "been using {s} on my tabular project and it's kinda meh, what are its known weak spots?",
        "What is the bad side of {s}? In which cases it does not work good?",
        "{S}: limitations",
        "Downsides of {s}",
    ),
    "works": (
        "Can you walk through the mechanism behind {s}, step by step?",
        "Explain the internal workings of {s}.",
        "Q9. Describe how {s} operates under the hood.",
        "During neural network training, what actually happens when {s} is applied?",
        "can someone explain what {s} is doing internally? i get the idea but not the actual math",
        "How {s} is working inside? Please explain the steps, I read the paper but not understood.",
        "{S}: how it works",
        "Mechanics of {s}, step by step",
    ),
    "fix": (
        "What techniques can be used to mitigate {s}?",
        "How can {s} be prevented during model training?",
        "Q18. List strategies for dealing with {s}.",
        "When training deep networks, what are the standard remedies for {s}? A short list is fine.",
        "my model is suffering from {s} pretty badly, anything i can try to get rid of it?",
        "How I can solve the problem of {s} in my model? I try many things but still same.",
        "Remedies for {s}",
        "{S}: prevention and mitigation",
    ),
    "when": (
        "In which situations is {s} the right choice?",
        "Under what circumstances would you prefer {s} over other approaches?",
        "Q11. Discuss the scenarios in which applying {s} is appropriate.",
        "Starting a new project, how do you decide whether {s} is the appropriate tool for it?",
        "basically how do i know if my problem is one where {s} makes sense or not",
        "In what case is better to apply {s} and in what case no? Just general rule is ok.",
        "{S}: when to use it",
        "Situations that call for {s}",
    ),
    "examples": (
        "What are some real-world applications of {s}?",
        "Can you name a few practical use cases where {s} is applied?",
        "Q24. Provide concrete examples of {s} in industry.",
        "In healthcare and finance, where has {s} been used successfully?",
        "anyone got examples of {s} being used in actual products? trying to put together a slide for my team",
        "Could you give me some example where {s} is used in real life? Thanks in advance.",
        "{S}: real-world examples",
        "Use cases of {s}",
    ),
    "purpose": (
        "What problem does {s} solve?",
        "Why do we need {s} in the first place?",
        "Q6. Explain the role that {s} plays in a machine learning pipeline.",
        "In model training, what is {s} meant to accomplish? Keep it brief.",
        "so what's the point of {s} anyway, like what is it even used for",
        "For what reason people use {s}? Which problem it is solving exactly?",
        "{S}: what is it for?",
        "Role of {s}",
    ),
}
# blind22: question templates abstracted from real published ML /
# DL / data-science interview-question collections, Anki cards and
# university question banks.  Placeholder s = concept lower case mid-sentence,
# placeholder S = concept capitalised at the start.
#
# Sources read:
#  [A] github Laudarisd/Dee-Learning_preparation  src/Other_problems/README.md
#  [B] github isunitha98selvan/isunitha98selvan.github.io  _posts/2023-04-28-welcome-to-jekyll.markdown ("ML Interview Question Bank")
#  [C] github alexeygrigorev/data-science-interviews  theory.md
#  [D] github andrewekhalel/MLQuestions  README.md
#  [E] github KarelZe/anki-decks  Machine_Learning/name-at-least-two-advantages-and-two-dis.md (Anki card)
#  [F] github Devinterview-io/data-scientist-interview-questions  README.md (+ Devinterview decision-tree theory questions excerpt)
#  [G] github imohitmayank/a_lazy_data_science_guide  docs/deep_learning/interview_questions.md
#  [H] github venkataravuri/ai-ml-notes  docs/interview-notes/nn-notes.md
#  [I] github ozpau/make_llm  discussions/attention.md
#  [J] github louisds/Machine-Learning  Classical-Supervised-Learning/Trees-and-Random-Forests/Decision-Trees/README.md
#  [K] scribd "Machine Learning - Unit-wise Question Bank" (document 908712641)
#  [L] scribd "Machine Learning Question Bank" (document 874626928)
#  [M] https://machinelearningadda.blogspot.com/2024/09/machine-learning2-unit-2-decision-tree.html
#  [N] scribd "machine-learning-unit-1" (document 847285924)
#  [O] scribd "DL Question Bank" (document 785956750)
#  [P] scribd "DL question bank 2022-23" https://scribd.com/document/737148505/DL-question-bank-2022-23
#  [Q] scribd "Question Bank Complete A7709 Deep Learning" (Vardhaman College, document 881036623)
#  [R] scribd "ML Question Bank for Semester End Examination[Final]" (document 819204046)
#  [S] scribd "ML Practice Questions" (document 693065494)
#  [T] https://www.readkong.com/page/data-science-interview-questions-1582817 (365 Data Science FAQ)
#  [U] unnamed repo files seen via code search / exact-string search (excerpts only):
#      "Explain the working principle of SVM." ; "20. **What are the limitations of SVM regression?**" ;
#      "What is the vanishing gradient problem, and how can it be avoided?" ; "Give three real-world applications of GANs." ;
#      "Name two real-world applications of Natural Language Processing (NLP)." ; "When would you use Composite?" ;
#      checklist "Overfitting: how to detect and fix" / "Batch normalization purpose and placement" / "Adam optimizer and when it fails" ;
#      "Secure Aggregation: How Does It Work?" ; SO title "useCallback: When to use it? ..."

BLIND22_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "**What is {s}?**",  # [C] "**What is overfitting? ...**"
        "#### 47) Define {s}.",  # [D] "#### 47) Define LSTM."
        "9. What Do You Understand by {s}?",  # [A] "9. What Do You Understand by Backpropagation?"
        "What do you mean by {s}?",  # [M] "What do you mean by Gradient Descent?"
        "What is meant by {s}?",  # [N] "What is meant by decision tree?"
        "Explain {s} with example?",  # [Q] "Explain linearly separable classification problem with example?"
        "Write a short note on {s}.",  # [O] "Write a short note on Clustering."
        "10. Explain {s}.",  # [T] "10. Explain K-means."
    ),
    "advantages": (
        "What are the benefits of using {s}?",  # [G] "What are the benefits of using Batch Normalizattion?"
        "What are the main advantages of using {s}?",  # [F] "What are the main advantages of using Decision Trees?"
        "Mention the advantages of {s}?",  # [Q] "Mention the advantages of multilayer deep neural network?"
        "Why do we use {s}?",  # [B] "Why do we use batchnorm?"
        "Why do we need {s}?",  # [A] "Why do we need pretrain model?" / [C] "Why do we need one-hot encoding?"
        "What is the significance of {s}?",  # [D] "What is the significance of Residual Networks?"
        "What are some advantages in using {s}?",  # [A] 75. "What are some advantages in using a CNN ..."
        "## Advantages of {s}",  # [J] heading "## Advantages of Decision Trees"
    ),
    "limitations": (
        "What are the drawbacks of {s}?",  # [B] "What are the drawbacks of K-means algorithm?"
        "20. **What are the limitations of {s}?**",  # [U] "20. **What are the limitations of SVM regression?**"
        "Discuss the limitations of {s}.",  # [K] "Discuss the limitations of the Find-S algorithm."
        "State one limitation of {s}.",  # [K] "State one limitation of the Find-S algorithm."
        "What are the difficulties in applying {s}.",  # [M] "What are the difficulties in applying Gradient Descent."
        "Under what conditions {s} fails",  # [M] "Under what conditions the perceptron rule fails ..."
        "{S} and when it fails",  # [U] checklist "Adam optimizer and when it fails"
        "Name at least two disadvantages of {s}.",  # [E] "Name at least two advantages and two disadvantages of decision trees."
    ),
    "works": (
        "How does {s} work?",  # [A] "32. How does YOLO work?"
        "Explain how {s} works.",  # [A]/[D] "Explain how a ROC curve works."
        "What is {s}? How does it work?",  # [C] "What is gradient descent? How does it work?"
        "Describe the working of {s} with a simple diagram.",  # [L] "Describe the working of an SVM classifier with a simple diagram."
        "Explain the working principle of {s}.",  # [U] "10. Explain the working principle of SVM."
        "Can you explain how {s} works?",  # [C] "Can you explain how cross-validation works?"
        "Explain the idea behind {s}.",  # [A] "79. Explain the idea behind the Adam optimizer."
        "{S}: How Does It Work?",  # [U] "Secure Aggregation: How Does It Work?"
    ),
    "fix": (
        "How can we avoid {s}?",  # [B] "How can we avoid underfitting and overfitting?"
        "#### 4) How do you combat {s}?",  # [D] "#### 4) How do you combat the curse of dimensionality?"
        "13. What is {s} and how to fix it?",  # [T] "13. What is overfitting and how to fix it?"
        "How do you deal with {s}?",  # [B] "How do you deal with imbalanced data?"
        "Describe two ways of dealing with {s} in a neural network.",  # [A] 74. "... the vanishing gradient problem in a neural network."
        "What is {s}, and how can it be avoided?",  # [U] "What is the vanishing gradient problem, and how can it be avoided?"
        "Explain the reasons that causes {s} and the techniques to reduce it.",  # [O] "... reasons that causes Overfitting and the techniques to reduce it."
        "{S}: how to detect and fix",  # [U] checklist "Overfitting: how to detect and fix"
    ),
    "when": (
        "When should you use {s}?",  # [A] "55. When should you use classification over regression?" (comparison dropped)
        "What is {s}? When to use it?",  # [C] "What is the ROC curve? When to use it?"
        "What is {s}? When do we need to use it?",  # [C] "What is logistic regression? When do we need to use it?"
        "#### 30) What is {s} and when should we use it?",  # [D] "#### 30) What is stratified cross-validation and when should we use it?"
        "When would you use {s}?",  # [U] "When would you use Composite?"
        "What are the conditions in which {s} is applied.",  # [M] "What are the conditions in which Gradient Descent is applied."
        "Identify appropriate problems for {s}.",  # [R] "Identify appropriate problems for neural network learning."
        "{S}: When to use it?",  # [U] SO title "useCallback: When to use it? ..."
    ),
    "examples": (
        "11. What Are the Applications of {s}?",  # [A] "11. What Are the Applications of a Recurrent Neural Network (RNN)?"
        "Give three real-world applications of {s}.",  # [U] "Give three real-world applications of GANs."
        "Name two real-world applications of {s}.",  # [U] "Name two real-world applications of Natural Language Processing (NLP)."
        "#### 50) What is {s}, name few applications.",  # [D] "#### 50) What is Autoencoder, name few applications."
        "What is {s}? Give examples.",  # [A] "82. What is data augmentation? Give examples." / [L]
        "Describe any 5 real-time applications of {s}.",  # [O] "Describe any 5 real-time applications of Deep learning."
        "Can you give an example of a real-world application of {s}?",  # [P] "... of decision surfaces in machine learning?"
        "Write two applications of {s} in daily life",  # [N] "Write two applications of Machine Learning in daily life"
    ),
    "purpose": (
        "What is the purpose of {s}.",  # [M] "What is the purpose of Entropy and Information Gain in ID3."
        "6. What Is the Role of {s} in a Neural Network?",  # [A] "6. What Is the Role of Activation Functions in a Neural Network?"
        "What is {s} used for?",  # [I] "What is `register_buffer` used for?"
        "What is the basic goal of {s}?",  # [L] "What is the basic goal of a Support Vector Machine (SVM)?"
        "What is the main goal of {s}?",  # [S] "What is the main goal of reinforcement learning?"
        "Describe the role of {s} in machine learning.",  # [K] "Describe the role of training data in machine learning."
        "What is {s}? What does it do?",  # [C] "What is sigmoid? What does it do?"
        "{S} purpose and placement",  # [U] checklist "Batch normalization purpose and placement"
    ),
}

# BLIND23_PHRASINGS - duplicate-question-finder test templates abstracted from real published question wording.
#
# Sources read (one per line):
# A  github iamtodor/data-science-interview-questions-and-answers : README.md
# B  github youssefHosni/Data-Science-Interview-Questions-Answers : "Deep Learning Questions.md", "Machine Learning Questions.md"
# C  ISLR (James et al.) conceptual exercises ch.2 Q4-Q6 : github AdamChit/ISLR-Exercises README.md; ch.5 Q3(a) as reproduced in ISLR solution repos (found via find_string)
# D  github basilelt/fouille-de-donnees : antiseche/kmeans.py (quiz cards)
# E  GitHub issues: bnsreenu/python_for_microscopists#55, jbohnslav/deepethogram#8, WongKinYiu/yolov7#1241, bshao001/ChatLearner#18, DLR-RM/stable-baselines3#709, jaredleekatzman/DeepSurv#83
# F  https://aiopsschool.com/forum/d/1358-what-is-batch-normalization-in-deep-learning ; https://aiopsschool.com/forum/d/1233-what-is-reinforcement-learning-in-simple-terms
# G  https://mlfolks.com/t/why-do-we-use-batch-normalization-between-layers/483
# H  https://anytimechat.in/?p=18282 ; https://anytimechat.in/?p=18343
# I  https://rentruewang.github.io/learning-machine/layers/dropout/dropout.html
# J  https://api.brainscape.com/flashcards/deep-learning-9560633/packs/14725107 ; https://www.brainscape.com/flashcards/week-6-intro-to-machine-learning-18782290/packs/22854097
# K  http://wal.sh/research/flashcards/machine-learning-drill.html
# L  https://help.datasciencedojo.com/list-out-the-disadvantages-of-the-decision-trees
# M  https://edureka.co/community/46102/disadvantages-of-using-decision-tree
# N  https://qa.quangngoc.net/d/35-when-would-an-autoencoder-be-useful
# O  https://www.analytixlabs.co.in/blog/deep-learning-interview-questions/
# P  Besant Technologies "Deep Learning Interview Questions and Answers" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# Q  https://www.notion.so/Phase-5-General-Deep-Learning-PyTorch-2dc67b0ca5e780d08e25c905db7a2181
# R  https://discuss.boardinfinity.com/t/explain-the-working-of-the-random-forest-algorithm/6687 ; https://discuss.boardinfinity.com/t/how-does-the-gradient-boosting-algorithm-work/2735 ; https://discuss.boardinfinity.com/t/application-of-unsupervised-learning/4929
# S  https://eitca.org/artificial-intelligence/eitc-ai-dltf-deep-learning-with-tensorflow/training-a-neural-network-to-play-a-game-with-tensorflow-and-open-ai/training-model/examination-review-training-model/what-is-the-purpose-of-the-dropout-process-in-the-fully-connected-layers-of-a-neural-network
# T  https://community.deeplearning.ai/t/embedding-layer-why-is-it-needed/202465
# U  https://www.i2tutorials.com/what-are-the-different-ways-of-solving-gradient-issues-in-rnn/
# V  https://askfilo.com/user-question-answers-smart-solutions/1-draw-a-diagram-showing-an-unrolled-rnn-cell-over-three-3430313336333935
# W  https://datarekha.com/interview/machine-learning/kmeans-limitations/
# X  "Explain Some Cases Where K-Means Clustering Fails to Give Good Results?" page (stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# Y  https://7-hiddenlayers.com/k-means-failure-cases-for-interviews/
# Z  https://www.analyticsvidhya.com/blog/2022/10/top-9-most-frequently-asked-interview-questions-on-svm/
# AA https://errorhandle.ai/when-should-we-use-principal-component-analysis ; https://crunchingthedata.com/when-to-use-principal-component-analysis/
# AB https://www.sipoch.com/en/question/300630019788765 ; https://www.sipoch.com/en/question/300630018249241 ; https://www.sipoch.com/en/question/300630018416821 ; https://www.sipoch.com/en/question/300630019163337
# AC https://m.umu.com/ask/a11122301573854276191
# AD https://aiquizzes.com/questions/12 ; https://interviewdb.com/transfer-learning/1652/
# AE https://qanetral29.pages.dev/post/what-is-validation-set-used-for.html
# AF Codecademy forum "FAQ: Variable Types - One-Hot Encoding" (stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AG "How the heck does backpropagation work in a neural network?" (Stack Overflow-derived text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AH https://www.e-learn.cn/qa/q-453580.html (Stack Overflow mirror)

BLIND23_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Define {s} in the context of machine learning.",  # K: "Define regression in the context of machine learning."
        "Explain {s} in machine learning.",  # K: "Explain clustering in machine learning."
        "I want to understand what {s} is in deep learning.",  # F: "I want to understand what batch normalization is in deep learning."
        "can you please, tell me a little about the {s}",  # E (ChatLearner#18): "can you please, tell me a little about the **Attention Mechanism**"
        "Q1) What about {s}?",  # P: "Q1) What about Deep Learning?"
        "13. Define {s}",  # A: "13. Define variance"
        "What is {s} in simple terms?",  # F: thread "What is reinforcement learning in simple terms"
        "Briefly describe {s}.",  # V: "Briefly describe the Vanishing Gradient Problem."
    ),
    "advantages": (
        "Why should we use {s}?",  # B: "Q4: Why should we use Batch Normalization?"
        "Would you use {s}? If so, can you explain why?",  # H: "Would you use batch normalization? If so, can you explain why?"
        "Why do we use {s}?",  # G: "Why do we use batch normalization between layers?"
        "Why {s}?",  # AD: "Why transfer learning?"
        "Discuss the benefits of using {s} in machine learning projects.",  # AD: "Discuss the benefits of using Transfer Learning in machine learning projects."
        "Sorry, I am a novice. I want to know if {s} is necessary?",  # E (DeepSurv#83): "Sorry, I am a novice. I want to know if data normalization is necessary?"
        "Why is {s} important in modern AI?",  # J: "Why is ML important in modern AI?"
        "Q4) What is the importance of the {s}?",  # P: "Q4) What is the importance of the cost function?"
    ),
    "limitations": (
        "What are the main limitations of {s}?",  # W: "What are the main limitations of k-means clustering?"
        "Explain some cases where {s} fails to give good results?",  # X: "Explain Some Cases Where K-Means Clustering Fails to Give Good Results?"
        "List out the disadvantages of {s}.",  # L: "List out the disadvantages of the Decision Trees."
        "disadvantages of using {s}",  # M: thread "disadvantages of using decision tree"
        "What is a common limitation of {s}?",  # D: "What is a common limitation of K-Means?"
        "When should you NOT use {s}?",  # Q: "Q2. When should you NOT use Deep Learning?"
        "{S} failure cases for interviews",  # Y: "K-means failure cases for interviews"
        "Does {s} have a bad effect on the performance?",  # E (stable-baselines3#709): "Does mixed precision training have a bad effect on the performance of RL?"
    ),
    "works": (
        "Explain the working of the {s}",  # R: "Explain the working of the Random Forest Algorithm"
        "How does the {s} algorithm work?",  # R: "How does the Gradient Boosting algorithm work?"
        "23. Describe how {s} works.",  # A: "23. Describe how Gradient Boosting works."
        "(a) Explain how {s} is implemented.",  # C: ISLR ch.5 Q3 "(a) Explain how k-fold cross-validation is implemented."
        "Can someone also explain how {s} works within a neural network?",  # F: "Can someone also explain how it works within a neural network?"
        "How the heck does {s} work in a neural network?",  # AG: "How the heck does backpropagation work in a neural network?"
        "Explain how {s} works?",  # O: "Q9. Explain how a neural network works?"
        "I am trying to understand the intuition behind how {s} works.",  # AH: "I am trying to understand the intuition behind how neural networks learn."
    ),
    "fix": (
        "I have tried decreasing the learning rate and reducing the lstm layers, but I still have {s}. How can I modify my model to prevent it?",  # E (#55): "...but I still have overfitting. How can I modify my model to prevent overfitting"
        "Do you have any suggestions on which hyperparameters to tweak to better generalize the model and prevent {s}?",  # E (deepethogram#8): "...prevent overfitting to the training set?"
        "What is the {s} problem in artificial neural networks and how to fix it?",  # B: "Q9: What is the Vanishing Gradient Problem in Artificial Neural Networks and How to fix it?"
        "What are the different ways of solving {s}?",  # U: "What are the different ways of solving Gradient issues in RNN?"
        "How do you prevent {s} in a neural network",  # AB: "How do you prevent overfitting in a neural network"
        "7. How do you deal with {s}?",  # A: "7. How do you deal with unbalanced binary classification?"
        "Hello , When I was training, I ran into {s}. I tried to add more data sets or do data enhancement, but it didn't get better. In this case, how can I solve this problem",  # E (yolov7#1241)
        "11. What are some ways I can make my model more robust to {s}?",  # A: "11. What are some ways I can make my model more robust to outliers?"
    ),
    "when": (
        "When should we use {s}?",  # AA: "When should we use Principal Component Analysis?"
        "In what conditions will you choose {s} over any other algorithm?",  # Z: "1. In what conditions will you choose SVM over any other algorithm?"
        "When to use {s}?",  # I: "When to use dropout layers?"
        "Under what circumstances might {s} be preferred?",  # C: ISLR ch.2 Q5 "Under what circumstances might a more flexible approach be preferred ...?"
        "When would {s} be useful?",  # N: "When would an autoencoder be useful"
        "What kind of dataset should {s} be used on?",  # AA: "What kind of dataset should PCA be used on?"
        "In what cases would you use {s}?",  # B: "Q24: In what cases would you use vanilla PCA, Incremental PCA, Randomized PCA, or Kernel PCA?"
        "What is {s} and when should you use it?",  # B: "Q19: What is the ROC curve and when should you use it?"
    ),
    "examples": (
        "Describe three real-life applications in which {s} might be useful.",  # C: ISLR ch.2 Q4 "Describe three real-life applications in which classification might be useful."
        "What are some applications of {s}?",  # AC: "What are some applications of unsupervised learning?"
        "Can someone also give simple real-world examples where {s} is used?",  # F: "Can someone also give simple real-world examples where reinforcement learning is used?"
        "What is {s}? Name a few applications",  # H: "What is an autoencoder? Name a few applications"
        "I'm curious about the uses of {s} and real-world examples.",  # AF: "I'm curious about the uses of One-Hot Encoding and real-world examples."
        "Where is {s} used",  # AB: "Where is Anomaly Detection Used"
        "What are the applications of {s}?",  # O: "Q2. What are the applications of Deep Learning?"
        "Application of {s}",  # R: thread "Application of unsupervised learning"
    ),
    "purpose": (
        "What is the purpose of {s} in a neural network?",  # S: "What is the purpose of the dropout process in the fully connected layers of a neural network?"
        "What is {s} and what is it used for?",  # J: "What is dropout regularization and what is it used for?"
        "What is {s} used for",  # AB: "What is Anomaly Detection Used For"
        "What is {s} good for",  # AB: "What is Anomaly Detection Good for"
        "What is the use of {s}?",  # AE: "What is the use of validation set?"
        "{S}, why is it needed?",  # T: "Embedding layer, why is it needed?"
        "What is the primary objective of {s}?",  # D: "What is the primary objective of K-Means clustering?"
        "Discuss the use of {s}?",  # B: "Q2: What is an activation function and discuss the use of an activation function?"
    ),
}

# Blind test phrasings for the duplicate-question finder.
#
# Question wording taken from real sources outside machine learning
# (networking, OS, databases, DevOps, system design, statistics, exam papers).
# The concept in each question is replaced by the placeholder: lower case mid-sentence,
# capitalised at the start of the template. Real quirks (numbering, markdown,
# missing "?", a space before "?", non-native grammar) are kept.
# "split" = one half of a two-part real question; "variation" = a real question
# slightly changed (a comparison or a domain qualifier dropped).
#
# Sources read:
# A  bregman-arie/devops-exercises : README.md (Network section)
# B  bregman-arie/devops-exercises : topics/devops/README.md
# C  abhisheksinghf/master-system-design : docs/Module3/3.3/interview3.3.md
# D  abhisheksinghf/master-system-design : docs/Module5/5.2/interview5.2.md
# E  sahil-gupta00790/shl_prep : networks-50-questions.md
# F  crazywooooorm/Theory : Statistics/statistics_interview_questions.md
# G  tsps40642/Statistics_in_Data_Science : 11_stat_interview_questions.md
# H  fuzzywe/SD : CONCEPTS/DENORMALIZATION.md
# I  shai1esh/reveal.js : content/microservices-interview-questions/1-microservices.md
# J  mi-vadim/awesome-interview : microservices/en/junior.md, DDD/en/junior.md, common/en/junior.md
# K  Berupor/Python-Interview-Questions-2023 : Queues.md
# L  shlomisas/JS-Practical-Interview : verbal/backend.md (also theory/backend.md)
# M  saiteja1290/crackyourplacement : data/dbms.js (also data/os.js)
# N  abhay-byte/interview-prep : Operating-Systems/README.md
# O  msegeya/Algos : OS/0_README_OS.txt
# P  sb2345/okckd.github.io : source/_posts/design/2014-09-01-Multithreading-deadlock-prevention.md
# Q  nidhir1/snowflake : interview/snowflake-interview-introtocloud.md
# R  https://askfilo.com/exams/data-structures-semester-2-year-2020-mca-14-24-2020-previous-year-question-paper
# S  https://firstranker.com/fr.php/frdA180420A160629/download-ou-b.sc-2019-dec-3rd-sem-(2nd-year)-8078-computer-science-(data-structures)-question-paper
# T  https://askfilo.com/exams/introduction-to-operating-systems-semester-1-year-2019-nrt-ks-19-5651-2019-previous-year-question-paper
# U  https://bcaqp.blogspot.com/2023/01/pgdca-question-paper-of-operating-system.html
# V  https://kekkei.com/browse/bsc_csit-science-csit-operating-system-2074-regular-set
# W  https://www.scribd.com/document/804908993/OS-model-question-papers (OS model question papers)
# X  https://sikshapath.in/question/elaborate-sliding-window-flow-control-mechanism-with-example-also-differentiate/
# Y  https://warchariot.xyz/view/unravel_the_mystery_of_network_congestion_with_mcq/1674926842139853fdccae8/
# Z  RachnaPandya77/DBMS : 5_DataRedundancy.md
# AA https://www.scribd.com/document/862940317/Computer-Network-kk (BCA-503 question bank)
# AB https://www.skills.sh/duthaho/claudekit/caching ("When to Use" heading)
# AC Alcampopiano/robust_statistics_simulator : docs/docs/FAQ.md
# AD akashtalole/python-samples : docs/devops.md
# AE avn-94900/learn-dsa : --organise-later/x-keep-notes/topic-wise/project-specific-behavioral.md
# AF petergorgy/DevOps-Interview-Questions : devops.md
# AG bregman-arie/devops-sre-interviews : interviews/cloud/beginner/mock_1_answers.md
# AH Harshrb2424/101-Questions--Java-Language : intermediate/036-hashmap-internals.md
# AI 0xM1cx/Obsidian-Notes : EVSU/2nd-Year/1st-Sem/OOP/OOP-Ass-1.md

BLIND24_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "## What is {s}?",  # AC: "## What is bootstrapping?"
        "**11. Q: What is {s}?**",  # N: "**11. Q: What is thrashing?**"
        "What is {s}",  # M: 'What is sharding ' (no question mark)
        "(c) What is {s} ?",  # T: "(c) What is process ?"
        "Write a short note on {s}.",  # T: "(g) Write a short note on kernel."
        "(b) Define {s}.",  # U: "(b) Define virtual memory."
        "14. Q: Explain the concept of {s}.",  # E: "14. Q: Explain the concept of a VPN."
        "{S} (VVVVV IMP)",  # M: "ACID properties (VVVVV IMP)"
    ),
    "advantages": (
        "# What are the advantages of {s}?",  # I: "# What are the advantages of microservice architecture?"
        "What are the benefits of {s}? What can it help us to achieve?",  # B: "What are the benefits of DevOps? What can it help us to achieve?" (compound)
        "(viii) What is the advantage of using {s} ?",  # R: "(viii) What is the advantage of using Hashing ?"
        "### 🔶 8. What are the benefits of using {s}?",  # K: "### 🔶 8. What are the benefits of using a message queue?"
        "Give two reasons why {s} is useful.",  # T: "(b) Give two reasons why caches are useful."
        "2. **Why would you use {s}?**",  # H: "2. **Why would you use denormalization in a database design?**" (variation)
        "- Why has {s} gained prominence over the last few years?",  # AD: "- Why has DevOps gained prominence over the last few years?"
        "### Question 5: {S} Benefits",  # AF: "### Question 5: DevOps Benefits"
    ),
    "limitations": (
        "# Any disadvantages of {s}?",  # I: "# Any disadvantages of microservice architecture?"
        "2. Explain the disadvantages of using {s}.",  # J: "2. Explain the advantages and disadvantages of using microservices." (variation)
        "## 6️⃣ What is the downside of {s}?",  # C: "## 6️⃣ What is the downside of having too many indexes?"
        "## 1️⃣4️⃣ When is {s} NOT enough?",  # C: "## 1️⃣4️⃣ When is indexing NOT enough?"
        "### What are some common pitfalls encountered in {s}?",  # G: "### What are some common pitfalls encountered in A/B testing?"
        "5. **What are the risks of {s}?**",  # H: "5. **What are the risks of denormalization, and how do you mitigate them?**" (split)
        "20. Can you describe a scenario where {s} might not be the best choice?",  # J: "20. Can you describe a scenario where microservices might not be the best architectural choice?"
        "- Discuss common challenges faced when implementing {s} in a project.",  # J: "- Discuss common challenges faced when implementing DDD in a project."
    ),
    "works": (
        "How does {s} work?",  # A: "How does a router work?"
        "36. How does {s} work internally?",  # AH: "36. How does `HashMap` work internally?"
        "How {s} works in general? explain the mechanism",  # L: "How a queue works in general? explain the mechanism" (compound)
        "Explain the working of {s} with an example.",  # W: "Explain the working of SJF and priority scheduling with an example each."
        "How is {s} implemented?",  # O: "- What is Virtual Memory? How is it implemented?" (split)
        "### Explain the statistical background behind {s}",  # G: "### Explain the statistical background behind power"
        "With illustration explain the concept of {s}.",  # W: "With illustration explain the concept of Paging."
        "### 🔍 Internal Working of {s}",  # AH: "### 🔍 Internal Working of `HashMap`"
    ),
    "fix": (
        "> How to prevent {s}?",  # P: "> How to prevent deadlock? (question from MIT handouts 1)"
        "## 18. How do you control for {s}?",  # F: "## 18. How do you control for biases?"
        "## 9. How do you handle {s}?",  # F: "## 9. How do you handle missing data? ..." (split)
        "How to Avoid {s}?",  # Y: "How to Avoid Network Congestion?"
        "Discuss different techniques to control {s}.",  # X: "Discuss different techniques to control the congestion in the network."
        "**Strategies to reduce {s}**",  # Z: "**Strategies to reduce data redundancy**"
        "Ways to handle {s}",  # AE: "Deadlock & Race Condition Handling - Ways to handle deadlock and racing conditions"
        "What is {s}? How can it be prevented?",  # V: "What is thrashing? How can it be prevented?" (compound)
    ),
    "when": (
        "**4. Q: When would you choose {s}?**",  # N: "**4. Q: When would you choose multiprocessing over multithreading?**" (comparison dropped)
        "When we want to use {s}?",  # L: "When we want to use queues? what are the challenges they came to solve?" (split)
        "In which scenarios/system designs, one should use {s}?",  # A: "What is a private IP address? In which scenarios/system designs, one should use it?" (split)
        "- Provide an example scenario where you would use {s}.",  # J: "- Provide an example scenario where you would use an entity in a domain model."
        "4. **What are some use cases where {s} is advantageous?**",  # H: "4. **What are some use cases where denormalization is advantageous?**"
        "How do you decide whether to use {s}?",  # H: "13. ... how do you decide whether to normalize or denormalize data?" (variation)
        "When to use {s}?",  # AB: heading "When to Use" (caching)
        "When is {s} used?",  # A: "When is this MAC address used?: ff:ff:ff:ff:ff:ff"
    ),
    "examples": (
        "Give examples of {s}.",  # AG: "2. Explain the three main cloud service models: IaaS, PaaS, and SaaS. Give examples of each." (split)
        "List out applications of {s}.",  # S: "What is stack? List out applications of stack." (split)
        "What are the {s} applications?",  # S: "What are the binary tree applications?"
        "### 🔶 2. What are some use cases for {s}?",  # K: "### 🔶 2. What are some use cases for queues?"
        "(vii) Describe one application in which {s} will be used.",  # R: "(vii) Describe one application in which graph will be used as a data structure."
        "17. Examples of {s}.",  # Q: "17. Examples of major cloud providers."
        "- Can you give an example of when using {s} is beneficial?",  # J: "- Can you give an example of when using aggregates is beneficial?"
        "Research 10 real World Applications of {s} and describe the uses of each.",  # AI: "Research 10 real World Applications example and describe and explain the uses of each."
    ),
    "purpose": (
        "What is {s} used for?",  # A: "What is ICMP? What is it used for?" (split)
        "23. Q: What is the purpose of {s}?",  # E: "23. Q: What is the purpose of VLAN?"
        "8. Q: Describe the purpose of {s}.",  # E: "8. Q: Describe the purpose of DHCP."
        "What is the role of {s}?",  # W: "What is the role of long term scheduler?"
        "2. Can you explain the purpose of {s}?",  # J: "2. Can you explain the purpose of branches in Git?"
        "What is the use of {s}?",  # AA: "What is the use of subnetting in assigning IP address"
        "What do we need {s} for?",  # A: "What is a proxy? How does it work? What do we need it for?" (split)
        "## 2. Why do we need {s}?",  # D: "## 2. Why do we need message queues in distributed systems?"
    ),
}

# Sources read (one per line; letters are used in the per-template comments):
# A  github.com/Gameboy98/UST_Project  Main/RasaBackened/data/nlu.md  (Indian students' Rasa chatbot, ML/data-science intents)
# B  github.com/hungnguyen7/Data-Mining-Chatbot  data/nlu.md  (Vietnamese Rasa chatbot, English ML intents)
# C  github.com/Sroy20/machine-learning-interview-questions  list_of_questions_deep_learning.md
# D  https://github.com/ultralytics/yolov5/issues/791
# E  https://github.com/experiencor/keras-yolo2/issues/293
# F  https://github.com/YuwenXiong/py-R-FCN/issues/15
# G  https://github.com/brazgardian/M3D-RPN/issues/17
# H  https://github.com/uzh-rpg/rpg_ramnet/issues/24
# I  https://github.com/jazzsaxmafia/show_attend_and_tell.tensorflow/issues/25
# J  https://github.com/eragonruan/text-detection-ctpn/issues/287
# K  https://github.com/IntelLabs/distiller/issues/90
# L  https://github.com/jojonki/arXivNotes/issues/382
# M  http://redlib.mooo.com/r/MLQuestions/comments/1oju5e2/why_does_dropout_works_in_nn/  (r/MLQuestions)
# N  https://redlib.fmhy.net/r/deeplearning/comments/1mrsygn/just_learned_about_batch_normalization/  (r/deeplearning)
# O  https://redlib.itinerariummentis.org/r/learnmachinelearning/comments/17kdnkt/what_is_the_point_of_ml/  (r/learnmachinelearning)
# P  http://retroreddit.com/r/datascience/comments/hqfvp4  (r/datascience thread on clustering in practice)
# Q  https://aiopsschool.com/forum/d/1294-what-is-dropout-in-deep-learning , /forum/d/1233-what-is-reinforcement-learning-in-simple-terms , /forum/d/1358-what-is-batch-normalization-in-deep-learning  (course forum)
# R  https://discuss.boardinfinity.com/t/list-down-some-of-the-shortcomings-of-the-random-forest-algorithm/6703 , /t/limitations-of-transformers/18437 , /t/what-are-the-advantages-of-using-a-naive-bayes-for-classification/13932 , /t/what-are-the-applications-of-supervised-machine-learning/14000 , /t/how-where-and-when-we-should-use-pca/17011  (Indian course forum)
# S  https://www.sipoch.com/en/question/300630018147475 , /300630019386108 , /300630019788765  (Q&A site)
# T  https://www.alexacabs.in/why-do-we-use-dropout.html , https://alexacabs.in/when-where-and-why-to-use-dropout.html  (Indian site built on search queries)
# U  https://www.glassdoor.com.mx/Entrevista/What-is-PCA-When-do-you-use-it-QTN_5913457.htm
# V  https://anytimechat.in/?p=18282
# W  https://shuogh.github.io/2019/05/13/Deep-Learning-Batch-Normalization  (Chinese author)
# X  https://rentruewang.github.io/learning-machine/layers/dropout/dropout.html  (Taiwanese author)
# Y  https://answercult.com/question/how-does-machine-learning-work-ive-seen-plenty-of-videos-...  (ELI5 mirror)
# Z  https://www.e-learn.cn/qa/q-453580.html  (Chinese Stack Overflow mirror)
# AA https://th4.ilovetranslation.com/_vYp7E5uGtRue8FfHkWj9W==d
# AB https://medium.com/konvergen/understanding-dropout-ddb60c9f98aa
# AC https://www.cheapresearchessays.com/statistics-24/
# AD https://questionai.com/questions-tPsDRjjM7D/purpose-validation-set-machine-learning  (homework Q&A)
# AE https://remasto.com/questions_bank/question/explain-what-pca-principal-component-analysis-is-used-for-upV0x7iRubn0iprFHIWx
# AF https://www.atlas.org/solution/7f4cf8d4-a9d5-4aad-b4bf-7637f3474da4/what-are-the-drawbacks-or-challenges-of-machine-learning
# AG https://mljourney.com/what-are-the-downsides-of-xgboost
# AH http://www.highdimensional.space/2016/02/03/when-k-means-clustering-fails/
# AI https://rabinpoudyal.medium.com/how-to-overcome-overfitting-in-your-ml-model-2eaca12f012a
# AJ https://dhirubhai.net/advice/1/how-can-you-avoid-overfitting-your-ml-project-gtcmc
# AK https://texpertssolutions.com/notes/2025/06/11/what-to-do-when-my-ml-model-is-overfitted
# AL https://kopaljain95.medium.com/why-use-naive-bayes-a56cbae55181
# AM https://askai.glarity.app/search/What-are-some-common-applications-of-k-means-clustering
# AN https://milvus.io/ai-quick-reference/what-are-the-common-use-cases-for-anomaly-detection
# AO https://vitalflux.com/reinforcement-learning-real-world-examples/  (Indian author)
# AP https://ai.stackexchange.com/questions/42968/when-are-transformers-better-than-lstms-in-time-series-tasks-such-as-classificat
# AQ https://twtext.com/article/1319336167993737216  (unrolled Twitter thread on dropout)

BLIND25_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "what is the defination of {s}",  # A: "what is the defination of overfitting"
        "what is meant by {s}",  # A: "what is meant by overfitting"
        "what do you mean by {s}",  # A: "what do you mean by training set"
        "{S}?",  # B: bare-keyword intent example "NN?"
        "what does {s} refer to in machine learning?",  # A: "what does traning set refer to in machine learning?"
        "Due to the lack of knowledge, I can't understand the meaning of {s}, could you give me some breif explanations or some references, thanks very much!",  # D: same sentence about warmup
        "what is the {s} ?",  # E: "1. what is the warmup epochs ?"
        "I want to understand what {s} means in deep learning models. Can someone explain it in simple terms?",  # Q: "I want to understand what dropout means in deep learning models." + "What is reinforcement learning in simple terms"
    ),
    "advantages": (
        "Mention some advantages of {s}",  # A: "Mention some advantages of naive bayes"
        "define some advantages of {s}",  # A: "define some advantages of naive bayes"
        "What's the benefit of {s}?",  # F: "What's the benefit of warmup?"
        "Would you use {s}? If so, can you explain why?",  # V: "Would you use batch normalization? If so, can you explain why?"
        "Why we need {s} in neural network?",  # W: "Why we need batch normalization in neural network?"
        "Why use {S}?",  # AL: "Why use Naive Bayes?"
        "What are the advantages of using {s}?",  # R: "What are the advantages of using a Naive Bayes for classification?"
        "why do we use {s}",  # T: "Why do we use dropout"
    ),
    "limitations": (
        "List down some of the shortcomings of {s}",  # R: "List down some of the shortcomings of the Random Forest Algorithm"
        "Limitations of {S}",  # R: thread title "Limitations of Transformers"
        "What are the disadvantages of {s}",  # S: "What are the disadvantages of machine learning"
        "Are there any drawbacks or limitations associated with {S}",  # S: "Are there any drawbacks or limitations associated with Neural Networks"
        "what are the drawbacks or challenges of {s}?",  # AF: "what are the drawbacks or challenges of machine learning?"
        "What is the problem with {s}?",  # C: "What is the problem with sigmoid during backpropagation?"
        "What are the downsides of {s}?",  # AG: 'If you're asking, "What are the downsides of XGBoost?"'
        "when does {s} fail",  # AH: "When k-means Clustering Fails"
    ),
    "works": (
        "Why does {s} works? I didnt get actually how does it work.",  # M: "Why does dropout works in NN? I didnt get actually how does it work."
        "Can someone also explain how {s} works?",  # Q (d/1358): "Can someone also explain how it works within a neural network?"
        "How does {s} work? I've seen plenty of videos but after a certain point, I realize that I am not learning anything",  # Y: same, about machine learning
        "I am trying to understand the intuition behind how {s} works.",  # Z: "I am trying to understand the intuition behind how neural networks learn."
        "How the {S} algorithm works?",  # AA: "How the K-Mean Clustering algorithm works?"
        "But how does {s} works?",  # AB: "But how does dropout works, and is it the same as the implementation?"
        "I can't understand the process of {s}",  # D: title "I can't understand the process of warmup"
        "Explain how the {s} works.",  # AC: "Explain how the k-means clustering algorithms works."
    ),
    "fix": (
        "How to get rid of {s}",  # A: "How to get rid of overfitting"
        "how to reduce {s}",  # A: "how to reduce overfitting"
        "I've noticed that I always run into {s} during training. Have you encountered this issue, and how did you resolve it?",  # H: same, about "the vanishing gradient problem"
        "there is always {s} during the training. Have you had a similar problem before?",  # I: "...but there is always a gradient vanishing during the training. Have you had a similar problem before?"
        "I am just wondering is there any process that will handle {s}?",  # J: "I am just wondering is there any process that will handle the gradient exploding or vanishing?"
        "How to overcome {s} in your ML model?",  # AI: "How to overcome overfitting in your ML model?"
        "How can you avoid {s} in your ML project?",  # AJ: "How can you avoid overfitting in your ML project?"
        "What to do when my ML model has {s}?",  # AK: "What to do when my ML model is Overfitted?"
    ),
    "when": (
        "When do you use {s}?",  # U: "What is PCA? When do you use it?"
        "How Where and When we should use {S}",  # R: "How Where and When we should use PCA"
        "When where and why to use {s}",  # T: "When where and why to use dropout"
        "When to use {s}?",  # X: "When to use dropout layers?"
        "Curious: do you always use {s} in your models, or are there cases where you skip it?",  # N: same, about BatchNorm
        "please any one can clarify: when should I use {s} ?",  # E: "please any one can clarify: ... 2. when should I use it ?"
        "When does {s} help?",  # L: "When Does Label Smoothing Help?"
        "I'm working on a classification problem and trying to decide whether to use {s}.",  # AP: "I'm working on a time-series classification problem and trying to decide whether to use a Transformer or an LSTM."
    ),
    "examples": (
        "mention some real life examples of {s}",  # A: "mention some real life examples of datascience"
        "What are the applications of {s}?",  # R: "What are the applications of supervised machine learning?"
        "Can someone also give simple real-world examples where {s} is used?",  # Q: "Can someone also give simple real-world examples where reinforcement learning is used?"
        "I was wondering if anyone has actually used {s}, what they used it for, and how well it worked out.",  # P: "I was wondering if anyone has actually used these algorithms, what they used them for, and how well it worked out."
        "Would you please help to give me a simple example about {s}?",  # K: "Would you please help to give me a simple example about knowledge distillation?"
        "What are some common applications of {s}",  # AM: "What are some common applications of k-means clustering"
        "What are the common use cases for {s}?",  # AN: "What are the common use cases for anomaly detection?"
        "{S} real-world examples",  # AO: "Reinforcement Learning Real-world examples"
    ),
    "purpose": (
        "What is the point of {s}?",  # O: "What is the point of ML?"
        "What is {S} Used For",  # S: "What is Anomaly Detection Used For"
        "Explain what {s} is used for.",  # AE: "Explain what PCA (Principal Component Analysis) is used for."
        "What does {s} do?",  # X: "What does dropout layers do?"
        "what's the use of {s}? waiting for your apply!",  # F: "...but what's the use of warmup? waiting for your apply!"
        "And what's the function of {s}?",  # G: "And what's the function of warmup training?"
        "What is the purpose of the {s} in machine learning?",  # AD: "What is the purpose of the validation set in machine learning?"
        "what is {s} for?",  # AQ: "This is what Dropout is for."
    ),
}

# BLIND26_PHRASINGS: question templates taken from real published study questions.
# Sources read (one per line):
# A  jessicayung/machine-learning-flashcards  deep-learning-book/5-machine-learning-basics.tex  (Anki cards, Goodfellow DL book ch.5)
# A2 jessicayung/machine-learning-flashcards  machine-learning/ml-models.tex  (Anki cards)
# A3 jessicayung/machine-learning-flashcards  machine-learning/intro-to-dl/5-initialisation.tex  (Anki cards, UCL lectures)
# B  fastai/course20  files/notes/notes-1-3.md, notes-1-5.md, notes-1-7.md, notes-1-8.md  (fastbook chapter questionnaires)
# C  krother/machine_learning  questions.md  (course quiz)
# D  eryl/deeplearningbook-discussion-questions  chapter_06.md, chapter_07.md, chapter_09.md  (Goodfellow DL book study questions)
# E  mateuszk098/kaggle-notebooks  hands_on_machine_learning/section07/questions.md, section11/questions.md  (HOML exercises, own wording)
# F  Zilleplus/HML  HML/chapter9/ex1.md, HML/chapter9/ex2.md, HML/chapter15/ex1.md  (HOML end-of-chapter exercises)
# G  klaus78/Data-Science-Flashcards  _data/files/machine_learning.yml  (data science flashcards)
# H  mikehuang28/EEP596_Fall24  Week2/Quiz2.md .. Week7/Quiz7.md  (university course weekly quizzes)
# I  joestubbs/coe379l-fa25  docs/unit03/exam_study_guide.rst  (exam study guide)
# J  MrinmoiHossain/TensorFlow-in-Practice-Coursera  Course_2-Convolutional_Neural_Networks_in_TensorFlow/Week-2/Quiz/Week-2-Quiz.md  (MOOC quiz)
# K  devluz2023/portfolio  questions.md  (HOML ch.1 exercises)
# L  toyetund-nmdp/teaching_APSC8280  lecture_slides/quiz1.md  (lecture quiz, HOML-based)

BLIND26_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}?",  # B notes-1-7: "What is bagging?"
        'What is "{s}"?',  # B notes-1-8: 'What is "self-supervised learning"?'
        "How would you define {s}?",  # F HML/chapter9/ex1.md: "How would you define clustering?" (also K, L)
        "Define {s}.",  # A2: "Define $R^2$."
        "Definition of {s}",  # A2: card front "Definition of softmax"
        "What is {s} in machine learning?",  # G: "What is bias in machine learning?"
        "What is meant by {s}?",  # D chapter_06: "What is meant by a logit?"
        "Briefly describe {s}",  # A2: card front "Briefly describe logistic regression"
    ),
    "advantages": (
        "What are the main advantages of {s}?",  # G: "What are the main advantages of Naive Bayes?"
        "What are some advantages of using {s}?",  # G: "What are some advantages of using the KNN algorithm on smaller datasets?"
        "What is the advance of the {s}?",  # E section07: "What is the advance of the out-of-bag evaluation?"
        "What are the benefits of {s}?",  # D chapter_07 7.2: "What are the benefits of explicit constraints implemented with reprojections ..."
        "{S} benefits",  # A2: card front "Floating point benefits"
        "In brief, what properties of {s} make it attractive?",  # A: "In brief, what properties of maximum likelihood make it attractive?"
        "Which is an advantage of {s}?",  # C: "Which is an advantage of Logistic Regression?"
        "What is {s} particulary good at?",  # G: "What is Support Vector Machine particulary good at?"
    ),
    "limitations": (
        "What are some disadvantages of {s}?",  # G: "What are some disadvantages of decision trees?"
        "What are the drawbacks of the {s}?",  # G: "What are the drawbacks of the Linear Model?"
        "Disadvantages of {s}",  # A: card front "Disadvantages of k-nearest neighbours"
        "Problem with {s}",  # A: card front "Problem with k-fold CV"
        "What are the limitations of {s}?",  # H Week3: "What are the limitations of multi-layer perceptron when taking images as inputs ..."
        "What adverse effects can {s} have?",  # D chapter_09: "What adverse effects can pooling have on what a convnet learns?"
        "Why might we not always use {s}?",  # B notes-1-7: "Why might we not always use a neural net for tabular modeling?"
        "Which is a disadvantage of {s}?",  # C: "Which is a disadvantage of a Random Forest model?"
    ),
    "works": (
        "Describe how {s} works.",  # A2: card front "Describe how decision trees work."
        "Explain how {s} works.",  # B notes-1-3: 'Explain how the "pixel similarity" approach to classifying digits works.'
        "Summarize what {s} does.",  # B notes-1-7: "Summarize what a decision tree algorithm does."
        "How is {s} built?",  # G: "How are decision trees built?"
        "What is the general idea behind {s}?",  # D chapter_07 7.6: "What is the general idea behind semi-supervised learning ..."
        "What is {s}? How does it work?",  # G: "What is a Random Forest? How does it work?" (the one compound)
        "Describe the process of {s}.",  # A3: card front "Describe the process of whitening data."
        "What are the intuitions behind {s}?",  # H Week7: "What are the intuitions behind query, key and value matrices in self-attention layer?"
    ),
    "fix": (
        "What are some techniques that you can use to prevent {s} in machine learning?",  # G: same, with overfitting
        "What technique can you use to reduce the {s}?",  # G: "What technique can you use to reduce the overfitting of a decision tree?"
        "What are some methods we can use to alleviate {s}?",  # H Week2: "What are some methods we can use to alleviate overfitting?"
        "What are some possible solutions to address {s}?",  # H Week4: "What are some possible solutions to address vanishing or exploding gradients in RNNs?"
        "How could you deal with the {s} problem?",  # B notes-1-7: "How could you deal with the bootstrapping problem for new users?"
        "How do we deal with {s}?",  # B notes-1-7: "How do we deal with outliers, before building a decision tree?"
        "How would I avoid {s}?",  # J: "... but I want to classify people facing right, how would I avoid overfitting?"
        "Can you provide three possible solutions to {s}?",  # L: "... generalizes poorly to new instances, what is happening? Can you provide three possible solutions?"
    ),
    "when": (
        "When might you want to use {s}?",  # B notes-1-3: "When might you want to use CPU for deployment?"
        "When is the {s} usually used?",  # G: "When is the Naive Bayes usually used?"
        "When do you need to use {s} on a dataset?",  # I: "When do you need to use imputation on a dataset?"
        "In what situations would you prefer using {s}?",  # H Week5: "In what situations would you prefer using LSTM, GRU over vanilla RNN?"
        "When should we use {s}?",  # E section11: "When should we use ReLU, leaky ReLU, SELU, tanh, sigmoid and softmax activation functions?"
        "What is {s}? When do you use it?",  # G: "What is PCA? When do you use it?" (the one compound)
        "What kinds of datasets is {s} especially useful for?",  # B notes-1-7: "What kinds of datasets are entity embeddings especially useful for?"
        "Under which scenarios would you use {s}?",  # I: "Under which scenarios would you use one versus the other?"
    ),
    "examples": (
        "Can you think of a few applications for {s}?",  # F HML/chapter15/ex1.md: "Can you think of a few applications for a sequence-to-sequence RNN?"
        "What are some of the main applications of {s}.",  # F HML/chapter9/ex2.md: "What are some of the main applications of clustering algorithms."
        "Can you explain a real use case for {s}?",  # G: "Can you explain a real use case for logistic regression?"
        "Make an example of a real user-case for the {s}",  # G: "Make an example of a real user-case for the KNN algorithm"
        "Give two examples of {s}.",  # B notes-1-5: "Give two examples of historical race bias in the US."
        "Describe some examples of {s}.",  # I: "Describe some examples of univariate imputation ..."
        "Two examples of applications of {s}",  # A2: card front "Two examples of applications of F-test"
        "What are some examples of {s} in deep learning?",  # H Week6: "What are some examples of explicit and implicit density estimations in deep learning?"
    ),
    "purpose": (
        "What is {s} used for?",  # C: "What is a test dataset used for?"
        "What is the purpose of {s} in machine learning?",  # I: "What is the purpose of cross validation in machine learning?"
        "What is the purpose of {s}? Describe in a sentence or two.",  # H Week5: "What is the purpose of cell state in LSTM? Describe in a sentence or two."
        "What's the purpose of {s}?",  # B notes-1-7: "What's the purpose of removing unimportant variables?"
        "For what is {s} used?",  # G: "What is the K-nearest neighbor (KNN) algorithm? For what is KNN used?"
        "What is {s} usually used for?",  # B notes-1-8: "What are self-supervised models usually used for?"
        "Why {s} was designed?",  # E section11: "Why Glorot and He initializations were designed?"
        "Motivation for {s}",  # A: card front "Motivation for cross-validation"
    ),
}

# Sources read (letter: repository + path / issue, or page URL)
# A:  keras-team/keras docs/templates/getting-started/faq.md (Keras FAQ)
# B:  dmlc/xgboost doc/how_to/param_tuning.md (XGBoost "Notes on Parameter Tuning")
# C:  https://ai.stackexchange.com/questions/27260/why-does-batch-normalization-work
# D:  https://aiopsschool.com/forum/d/1358-what-is-batch-normalization-in-deep-learning
# E:  https://aiopsschool.com/forum/d/1233-what-is-reinforcement-learning-in-simple-terms
# F:  juincc0/tilap issue #77 (github.com/juincc0/tilap/issues/77)
# G:  LLaVA-VL/LLaVA-NeXT issue #364
# H:  smallcloudai/refact issue #311
# I:  nlpxucan/WizardLM issue #219
# J:  deepseek-ai/DeepSeek-Coder issue #134
# K:  ultralytics/ultralytics issue #24592
# L:  shaoanlu/faceswap-GAN issue #140
# M:  kbardool/Keras-frcnn issue #113
# N:  bshao001/ChatLearner issue #18
# O:  liuyuisanai/Focal-Loss issue #6
# P:  google-deepmind/acme issue #92
# Q:  jojonki/arXivNotes issue #382
# R:  google-research/tuning_playbook issue #38
# S:  weiaicunzai/pytorch-cifar100 issue #10
# T:  P2333/Adaptive-Diversity-Promoting issue #5
# U:  BVLC/caffe issue #2332
# V:  Swall0w/papers issue #464
# W:  https://stats.stackexchange.com/questions/299292/dropout-makes-performance-worse
# X:  http://healty.info/regularization (compiles stats.stackexchange question titles)
# Y:  https://questionai.com/questions-tNHJBPY8RU/use-regularization
# Z:  https://solvely.ai/homework/745783973-whenwhy-would-one-elect-to-use-regularization-whenwhy-would-one-elect-not-to-use-regulariz
# AA: https://www.sipoch.com/en/question/300630019670864
# AB: https://www.sipoch.com/en/question/300630019523565
# AC: https://crunchingthedata.com/when-to-use-random-forests/
# AD: https://www.houseofbots.com/news-detail/3874-Frequently-Asked-Deep-Learning-Questions-During-Interview-Round-By-Professionals
# AE: https://datarekha.com/interview/machine-learning/kmeans-limitations/
# AF: https://datarekha.com/interview/deep-learning/gradient-clipping-would-use/
# AG: https://interviewdb.com/transfer-learning/1654
# AH: https://madanswer.com/35570/What-are-the-applications-of-transfer-learning-in-deep-learning
# AI: https://www.geeksforgeeks.org/machine-learning-interview-questions/
# AJ: https://snatika.com/single-blog/must-know-questions-for-a-machine-learning-engineer-interview
# AK: https://ilovephd.com/?p=9004
# AL: https://remasto.com/questions_bank/question/explain-what-pca-principal-component-analysis-is-used-for-hdWjI1w2mv2S2iK5APn4
# AM: https://www.silicloud.com/blog/?p=3982
# AN: https://techhub.cafe/interview-questions/gradient-descent/gradient-clipping
# AO: https://www.alexacabs.in/why-is-dropout-used.html
# AP: https://www.alexacabs.in/why-dropout-is-good.html
# AQ: https://www.alexacabs.in/why-k-means-algorithm-will-fail.html
# AR: https://www.interviewquery.com/p/deep-learning-interview-questions
# AS: https://community.deeplearning.ai/t/why-regularization/247913/4
# AT: https://huggingfaceagent.passetra.com/question/how-does-lora-work-in-9a35da81db2ac3a4
# AU: https://theneuralbase.com/lora-qlora/qna/how-lora-works-explained
# AV: https://www.csias.in/what-are-the-challenges-with-k-means/
# AW: https://errorhandle.ai/keep-prob-value-in-dropout-and-getting-worst-resultypescript-with-dropout
# AX: https://solvedbits.com/dropout-not-working
# AY: https://aiml.com/what-are-the-advantages-and-disadvantages-of-a-gbm-model/
# AZ: https://dataasasecondlanguage.com/dropout/
# BA: https://simplifythings.dev/hugging
# BB: https://visualfoodie.com/common-use-cases-for-a-random-forest-model
# BC: https://intvml.com/?p=208

BLIND27_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}?",  # L: "What is Attention mask?"
        'What does "{s}" mean?',  # A: 'What does "sample", "batch", "epoch" mean?'
        "What is {s} in plain english?",  # X: "What is regularization in plain english?"
        "What is {s} in simple terms?",  # E: "What is reinforcement learning in simple terms"
        "I want to understand what {s} is in deep learning.",  # D: "I want to understand what batch normalization is in deep learning."
        "can you please, tell me a little about the {s}",  # N: "can you please, tell me a little about the Attention Mechanism"
        "what's the meaning of {s}?",  # M: "what's the meaning of epoch_length?"
        "Explain {s} in machine learning.",  # AK: "Explain overfitting in machine learning."
    ),
    "advantages": (
        "What are the advantages of {s}?",  # AY: "What are the advantages and disadvantages of a GBM model?" (advantages half)
        "Why {s} is good",  # AP: "Why dropout is good"
        "Why is {s} so helpful?",  # P: "...theoretical justification why it is so helpful?" (LayerNorm)
        "Why {s}?",  # AS: "Why regularization?"
        "Why is {s} important?",  # AR: "Why Is Deep Learning Important?"
        "How does {s} help optimization?",  # V: "How Does Batch Normalization Help Optimization?"
        "What are the benefits of {s}?",  # AZ: "Benefits of Dropout"
        "How does {s} help improve training speed, stability, and model performance?",  # D: "How does it help improve training speed, stability, and model performance?"
    ),
    "limitations": (
        "What are the main limitations of {s}?",  # AE: "What are the main limitations of k-means clustering?"
        "What are the challenges with {s}?",  # AV: "What are the challenges with K-Means?"
        "What are the disadvantages of {s} in machine learning",  # AB: "What are the disadvantages of boosting in machine learning"
        "Why {s} will fail",  # AQ: "Why k means algorithm will fail"
        "{S} makes performance worse. What am I missing?",  # W: "Dropout makes performance worse" / "What am I missing?"
        "Why might {s} hurt performance instead of help?",  # AW: "Why Dropout Might Hurt Performance Instead of Help"
        "Why isn't {s} working?",  # AX: "Understanding Why Dropout Isn't Working"
        "Why should {s} be avoided in applied work?",  # R: "gradient accumulation ... why should be avoided in applied work?"
    ),
    "works": (
        "How does {s} work?",  # O: "How does it work?" (Focal Loss)
        "Why does {s} work?",  # C: "Why does batch normalization work?"
        "Intuition behind {s}",  # P: "Intuition behind layer normalization"
        "How does {s} work in practice?",  # AT: "How does LoRA work in practice?"
        "How {s} works explained",  # AU: "How LoRA works explained"
        "Can someone also explain how {s} works within a neural network?",  # D: "Can someone also explain how it works within a neural network?"
        "What is {s} and how does it work?",  # AR: "What Is Deep Learning and How Does It Work?" (the one compound)
        "So, is there any bottom line? Why does {s} work?",  # C: "So, is there any bottom line? Why does BatchNorm work?"
    ),
    "fix": (
        "How to solve {s} problems?",  # F: "How to Solve Overfitting Problems of Supervised Learning?"
        "How do you usually resolve {s}?",  # G: "There seems to be catastrophic forgetting ... How do you usually resolve this?"
        "How did you overcome the {s} problem?",  # H: "How did you overcome the catastrophic forgetting problem in lora finetune."
        "Could you give some suggestions to overcome {s}?",  # I: "Could you give some suggestions to overcome it?" (catastrophic forgetting)
        "{S} kept coming up, i do not know how to solve it, do you have any tops?",  # J: "catastrophic forgetting kept coming up ... i do not know how to solve it, do you have any tops?"
        "Best practices to prevent {s}?",  # K: "[Question] Best practices to prevent Catastrophic Forgetting / Semantic Drift ..."
        "What are the ways that you can control {s}?",  # B: "There are in general two ways that you can control overfitting in xgboost" ("Control Overfitting")
        "What is {s} and how to avoid it?",  # BC: "What is overfitting and how to avoid overfitting?" (the one compound)
    ),
    "when": (
        "When does {s} help?",  # Q: "When Does Label Smoothing Help?"
        "When should you use {s}?",  # Y: "When should you use regularization?"
        "When/why would one elect to use {s}?",  # Z: "When/why would one elect to use regularization?"
        "When do we use {s}",  # AA: "When do we use regularization"
        "When to use {s}",  # AC: "When to use random forests"
        "When (and where) to apply {s}?",  # AD: "When (and where) to apply Deep Learning?"
        "What is {s} and when would you use it?",  # AF: "What is gradient clipping and when would you use it?" (the one compound)
        "Are you wondering when to use {s}?",  # AC: "Are you wondering when to use random forests ..."
    ),
    "examples": (
        "What are some common applications of {s}?",  # AG: "What are some common applications of Transfer Learning?"
        "What are the applications of {s} in Deep Learning?",  # AH: "What are the applications of transfer learning in Deep Learning?"
        "What are some real-life applications of {s}?",  # AI: "What are some real-life applications of clustering algorithms?"
        "What are some real-world applications of {s}?",  # AJ: "What are some real-world applications of machine learning?"
        "Is {s} just a hype or does it have real-life applications?",  # AD: "Is Deep Learning just a hype or does it have real-life applications?"
        "Can someone also give simple real-world examples where {s} is used?",  # E: "Can someone also give simple real-world examples where reinforcement learning is used?"
        "Where is {s} used?",  # BA: "Where is it used?" (Hugging Face)
        "What are the common use cases for {s}?",  # BB: "Common Use Cases for a Random Forest Model"
    ),
    "purpose": (
        "What is the purpose of {s} in machine learning?",  # AK: "What is the purpose of cross-validation in machine learning?"
        "Explain what {s} is used for.",  # AL: "Explain what PCA (Principal Component Analysis) is used for."
        "What is the role of {s}?",  # AM: "What is the role of gradient clipping technique in Torch?"
        "Why is {s} used",  # AO: "Why is dropout used"
        "The function of {s}?",  # S: "The function of WarmUpLR() in the utils.py?"
        "Why do you need {s}?",  # T: "why do you need this smoother for the cross entropy loss function?"
        "what is the usage of {s}? Does anyone know?",  # U: "what is the usage of the weight_decay in the solver.prototxt file?  Does anyone know?"
        "What is {s} and why is it used?",  # AN: "What is gradient clipping and why is it used?" (the one compound)
    ),
}

# Blind test phrasings (set 28) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below:
# the concept was replaced by the lower-case placeholder (s) or the capitalised one (S).
#
# Sources read:
# A  GitHub surya-sgit/MachineLearningInterviewQuestions : NeuralNetwork.md, RandomForest.md, PCA.md, TransferLearning.md, KNN.md
# B  GitHub spidey1202/NLP-interview-questions : README.md
# C  GitHub navneetkrc/GenAI_Concepts : Misc/top_25_NLP_Interview_Questions.md
# D  GitHub TanmaySafal04/ML_Assignment : ML_Assignment3.md, ML_Assignment10.md, ML_Assignment16.md
# E  GitHub rohanmistry231/ML-Interview-Preparation-Hub : questions/deep-learning.md, questions/tree-based-models.md
# F  GitHub ankitrajput77/Data.Science : ml/PCA/readme.md, ml/NIAVE BAYES/readme.md
# G  GitHub ayshajaved/ALL-AI-Foundational-Concepts : 06_Computer-Vision/7_Practical-Workflows/CV-Interview-Prep.md
# H  https://www.doubtly.in/deep-learning-question-paper-sem-7-aids-mumbai-university/
# I  https://anytimechat.in/category/machine-learning-interview-questions/page/2/
# J  https://finalroundai.com/blog/computer-vision-interview-questions
# K  https://www.interviewbit.com/deep-learning-interview-questions/
# L  https://uniqueadhikari.blogspot.com/2023/03/practical-questions-for-statistics-i.html
# M  https://journalia.blog/mastering-computer-vision-key-interview-questions
# N  https://kawsar34.medium.com/machine-learning-interview-quiz-10-random-forest-6957a9ec398c
# O  GitHub u6yuvi/Applied-Machine-Learning : ml-notes/ReadMe.md
# P  https://mockfox.ai/questions-answers/computer-vision-engineer
# Q  https://github.com/anishkumarmishra/DL-Assignment-9 (README, as stored in the pages corpus)
# R  GitHub Markdown "interview questions on Logistic Regression with one-line answers"
#    (stored file id 2978884630; the search index did not show its repository/path)
# S  https://ednafernandes.medium.com/5-data-science-interview-questions-part-vii-a52719e9e85f

BLIND28_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}?",  # A: "What is a neural network?" / "What is PCA?"
        "Define {s}.",  # D (Assignment10): "Define covariance."
        "Explain the concept of {s}.",  # B: "Explain the concept of topic modeling."
        "What do you understand about {s} in the context of deep learning?",  # K: "What do you understand about gradient clipping in the context of deep learning?"
        "What do you mean by {s}?",  # K: "What do you mean by end-to-end learning?"
        "Describe the concept of {s}.",  # D (Assignment16): "Describe the concept of ridge regression."
        "What is {s} means?",  # D (Assignment10): "What is conditional probability means?" (real quirk kept)
        "Summarize {s} in one line.",  # A: "Summarize neural networks in one line." / "Summarize PCA in one line."
    ),
    "advantages": (
        "What are the advantages of {s}?",  # A (KNN Q16): "What are the advantages of KNN?"; K: "What are the advantages of neural networks?"
        "What are the benefits of {s}?",  # A (TransferLearning Q5): "What are the benefits of transfer learning?"
        "What is the benefit of {s} in machine learning?",  # F (Naive Bayes FAQ): "What is the benefit of Naive Bayes in machine learning?"
        "Why is {s} popular?",  # A (RandomForest Q93): "Why is Random Forest popular?"
        "What are the advantages of using {s}?",  # N: "What are the advantages of using a Random Forest?"; B: "What are the advantages of using pre-trained word embeddings like Word2Vec or GloVe?"
        "Why {s}?",  # G: "Why ResNet?" (answer lists what it buys you)
        "Explain the concept of {s} and its benefits.",  # J: "Explain the concept of transfer learning and its benefits in computer vision."
        "What is the main advantage of {s}?",  # A (RandomForest Q27): "What is the main advantage of Random Forest over Decision Trees?" (comparison part dropped)
    ),
    "limitations": (
        "What are the disadvantages of {s}?",  # A (KNN Q17): "What are the disadvantages of KNN?"; K: "What are the disadvantages of neural networks?"
        "What is the main weakness of {s}?",  # A (RandomForest Q94): "What is the main weakness of Random Forest?"
        "What are the challenges of {s}?",  # A (TransferLearning Q6): "What are the challenges of transfer learning?"
        "What are the limitations of {s}?",  # B: "What are the limitations of rule-based NLP approaches?"
        "What are some potential drawbacks or limitations of {s}?",  # F (PCA): "What are some potential drawbacks or limitations of PCA?"
        "What are the drawbacks of {s}?",  # I: "What are the drawbacks of a linear model?"
        "Why is {s} so bad?",  # I: "Why is Naive Bayes so bad?" (real quirk kept)
        "What is the main limitation of {s}?",  # A (KNN Q95): "What is the main limitation of KNN?"
    ),
    "works": (
        "How does {s} work?",  # A (KNN Q3): "How does KNN work?"; C: "How does BERT work? Why bidirectional?"
        "Explain the working of {s}.",  # H: "Explain the working of Generative Adversarial Network."
        "Describe how {s} works.",  # D (Assignment16): "Describe how logistic regression works."
        "Explain how {s} works.",  # E (tree-based Q1): "Explain how decision trees work"
        "Explain {s} in detail.",  # H: "Explain Gated Recurrent Unit in detail."
        "What is {s} and how does it work?",  # D (Assignment16): "What is multiple linear regression and how does it work?"; E: "What is backpropagation and how does it work?" (the one compound)
        "Explain the key steps of the {s} algorithm.",  # F (PCA): "Explain the key steps of the PCA algorithm."
        "What is the main intuition behind {s}?",  # A (RandomForest Q61): "What is the main intuition behind Random Forest?"
    ),
    "fix": (
        "How can {s} be prevented?",  # A (NeuralNetwork Q17): "How can overfitting be prevented?"
        "How to avoid {s}?",  # A (TransferLearning Q8): "How to avoid negative transfer?"
        "How to prevent {s}?",  # A (TransferLearning Q29): "How to prevent catastrophic forgetting?"
        "How do you handle {s}?",  # A (RandomForest Q54): "How do you handle overfitting in Random Forest?"; B: "How do you handle negation in sentiment analysis?"
        "How do you deal with {s}?",  # O: "How do you deal with an unbalanced binary classification dataset?"
        "What is {s} and how can it be mitigated?",  # E (deep-learning Q4): "What is the vanishing gradient problem and how can it be mitigated?" (the one compound)
        "How can {s} be addressed?",  # A (NeuralNetwork Q24): "How can vanishing/exploding gradients be addressed?"
        "What are some common techniques to prevent {s}?",  # E (tree-based Q11): "What are some common techniques to prevent overfitting in tree-based models?"
    ),
    "when": (
        "When should you use {s}?",  # O: "When should you use L1 vs. L2 regularization methods?" (reduced to one concept)
        "When do we use {s}?",  # R: "When do we use Logistic Regression?"
        "Summarize when to use {s}.",  # A (KNN Q100): "Summarize when to use KNN."
        "What is {s} and when is it used?",  # E (deep-learning Q6): "What are convolutional neural networks (CNNs) and when are they used?" (the one compound)
        "Explain the sort of problems you would use {s} for.",  # I: "What is principal component analysis? Explain the sort of problems you would use PCA for."
        "What type of data is suitable for {s}?",  # A (PCA Q15): "What type of data is suitable for PCA?"
        "When would you use {s}?",  # S: "When would you use random forests as opposed to SVM?"; I: "When would you use random forests Vs SVM and why?" (comparison part dropped)
        "How do you decide whether to use {s} for a problem?",  # P: "How do you decide whether to use classical computer vision techniques or a deep learning approach for a problem?" (reduced to one option)
    ),
    "examples": (
        "What are common applications of {s}?",  # A (TransferLearning Q4): "What are common applications of transfer learning?"
        "Give an example of {s} in practice.",  # A (TransferLearning Q3): "Give an example of transfer learning in practice."
        "What are some real-life applications of {s}?",  # A (KNN Q34): "What are some real-life applications of KNN?"
        "What are the applications of {s}?",  # K: "What are the Applications of deep learning?"
        "How is {s} used in practice?",  # A (RandomForest Q78): "How is Random Forest used in practice?"
        "Give a real-life example where {s} is used.",  # R: "Give a real-life example where Logistic Regression is used."
        "Describe the various fields where {s} is applied.",  # M: "Describe the various fields where computer vision is applied."
        "Enumerate various fields where {s} can be used?",  # L: "Enumerate various fields where statistics can be used?" (real quirk: '?' kept)
    ),
    "purpose": (
        "What is the purpose of {s}?",  # B: "What is the purpose of a beam search in sequence generation tasks?"; J: "What is the purpose of data augmentation ...?"
        "What is the role of {s}?",  # E (deep-learning Q3/Q16): "What is the role of activation functions in neural networks?"; A (KNN Q4): "What is the role of "k" in KNN?"
        "What is {s} used for?",  # E (deep-learning Q14): "What are autoencoders and what are they used for?" (second half)
        "What are the main tasks that {s} is used for?",  # Q: "What are the main tasks that autoencoders are used for?"
        "Why do we use {s}?",  # A (PCA Q2): "Why do we use PCA?"; F (Naive Bayes FAQ): "Why do we use a naive Bayes algorithm?"
        "What is {s}, and why is it used in machine learning?",  # F (PCA): "What is PCA, and why is it used in machine learning?" (the one compound)
        "Explain the purpose of {s}.",  # varied from H-style "Explain ..." + B/J "purpose of" wording
        "What is the purpose of {s} in training models?",  # J: "What is the purpose of data augmentation in training computer vision models?"
    ),
}

# Blind test phrasings (set 29) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://forums.fast.ai/t/weight-decay-in-lesson-3/39825  (fast.ai forums)
# B  github google/prettytensor issue #30 ("How to use batch-normalization?")
# C  github microsoft/GUI-Actor issue #29 ("The importance of the warmup stage")
# D  github HRNet/DEKR issue #43 ("Why not use mosaic, Have you tried it?")
# E  github matterport/Mask_RCNN issue #236 ("What is a benefit of using larger batch size?")
# F  github mk-minchul/AdaFace issues #119 and #108
# G  github canteen-man/MobileNet-SSD-Focal-loss issue #3 ("focal-loss effective ?")
# H  github LiJunnan1992/DivideMix issue #45 ("Effectiveness of the mixup operation")
# I  Cross Validated question "How to understand the drawbacks of K-means" (stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# J  https://stats.stackexchange.com/questions/253632/why-is-newtons-method-not-widely-used-in-machine-learning
# K  Cross Validated question "What are the shortcomings of the Mean Absolute Percentage Error (MAPE)?" (stored in Nemotron-CC-Math-v1; answer revision stats.stackexchange.com/posts/299713)
# L  https://www.12manage.com/forum.asp?TB=decision_tree&S=2  (12manage forum thread "Disadvantages of Using Decision Trees")
# M  https://datascience.stackexchange.com/questions/126604/why-batch-normalization-is-undesirable
# N  https://stats.stackexchange.com/questions/472822/is-lstm-long-short-term-memory-dead
# O  github weijun-arc/SPOL issue #7 ("what is aux loss mentioned in the paper?")
# P  github arneschneuing/DiffSBDD issue #24 ("The meaning of auxiliary_loss")
# Q  Cross Validated question 'Explain "Curse of dimensionality" to a child' (stored in Nemotron-CC-Math-v1)
# R  Cross Validated question 'What is a "kernel" in plain English?' (stored in Nemotron-CC-Math-v1)
# S  Cross Validated question "How to intuitively explain what a kernel is?" (stored in Nemotron-CC-Math-v1)
# T  https://stats.stackexchange.com/questions/174295/what-does-the-term-saturating-nonlinearities-mean
# U  github pjreddie/darknet issue #1302
# V  github JiYuanFeng/MCTrans issue #22 ("About the Auxillary Loss")
# W  github banditml/banditml issue #3
# X  github modelfoxdotdev/modelfox issue #76 ("Feature importance")
# Y  github topepo/caret issue #473
# Z  github inventec-ai-center/bp-benchmark issue #8
# AA https://discuss.huggingface.co/t/gradient-checkpointing-control/50203  (Hugging Face forums)
# AB Cross Validated question "How does the reparameterization trick for VAEs work and why is it important?" (stored in Nemotron-CC-Math-v1)
# AC https://redlib.tcsenpai.com/r/learnmachinelearning/comments/1hm5j83/why_neural_networs_work/  (r/learnmachinelearning mirror)
# AD github AmeenAli/HiddenMambaAttn issue #17 ("About Attention Rollout")
# AE github WaqasSultani/AnomalyDetectionCVPR2018 issue #67
# AF github facebookresearch/fairseq issue #78 ("how to solve the overfitting problem")
# AG github JiahuiYu/generative_inpainting issue #134
# AH https://stats.stackexchange.com/questions/25611/how-to-deal-with-multicollinearity-when-performing-variable-selection
# AI https://forums.fast.ai/t/98-accuracy-during-training-with-89-accuracy-in-testing-how-to-avoid-this-overfitting/91160
# AJ github Maluuba/qgen-workshop issue #14 ("overfitting")
# AK github tensorflow/models issue #231
# AL https://qammunity.org/20628692  (homework Q&A site)
# AM github AlexeyAB/darknet issue #7377
# AN github tusen-ai/SST issue #95 ("data augmentation")
# AO https://stats.stackexchange.com/questions/320154/when-not-to-use-cross-validation
# AP https://ai.stackexchange.com/questions/13692/when-should-i-use-3d-convolutions
# AQ https://forums.fast.ai/t/discriminative-learning-rates-when-training-from-scratch/43967
# AR github RUCAIBox/RecBole issue #1396 ("Question: Benefit and usage of clip_grad_norm")
# AS Cross Validated question 'What's a real-world example of "overfitting"?' (stored in Nemotron-CC-Math-v1)
# AT https://ai.stackexchange.com/questions/15731/what-are-the-real-life-applications-of-transfer-learning
# AU Cross Validated question "Real-life examples of Markov Decision Processes" (stored in Nemotron-CC-Math-v1)
# AV https://community.openai.com/t/what-are-embeddings-for-what-are-the-use-cases/971670  (OpenAI developer forum)
# AW https://community.deeplearning.ai/t/gan-applications/24577  (DeepLearning.AI forum)
# AX https://whatis.eokultv.com/wiki/15381-what-are-some-real-world-examples-of-clustering-algorithms  (Q&A wiki)
# AY github RenYurui/PIRender issue #17
# AZ github tancik/StegaStamp issue #49
# BA github hexiangnan/adversarial_personalized_ranking issue #4 ("why stop_gradient")
# BB github wangz10/contrastive_loss issue #23 ("why need base_temperature?")
# BC Stack Overflow question "What is the role of the bias in neural networks?" (mirror https://tarikbilla.com/what-is-the-role-of-the-bias-in-neural-networks-closed/)
# BD https://datascience.stackexchange.com/questions/10619/importance-intuition-behind-stacking-rnns
# BE Stack Overflow question 43237124 'What is the role of "Flatten" in Keras?' (mirror https://pvq.app/questions/43237124/what-is-the-role-of-flatten-in-keras)

BLIND29_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "what is {s} mentioned in the paper?",  # O: "what is aux loss mentioned in the paper?"
        "The meaning of {s}",  # P: "The meaning of auxiliary_loss"
        'Explain "{S}" to a child',  # Q: 'Explain "Curse of dimensionality" to a child'
        'What is a "{s}" in plain English?',  # R: 'What is a "kernel" in plain English?'
        "How to intuitively explain what a {s} is?",  # S: "How to intuitively explain what a kernel is?"
        "What does the term {s} mean?",  # T: "What does the term saturating nonlinearities mean?"
        "what is {s}?and how it's usefull to train custom model ?and why it's used to train custom model?",  # U: "what is Pretrained Convolutional Weights?and how it's usefull to train custom model ?and why it's used to train custom model?"
        "What does “{s}” mean？Could you please explain it detailly?",  # V: "What does “the unique value of mask” mean？Could you please explain it detailly?"
    ),
    "advantages": (
        "Why was {s} added and what benefit does it provide to training?",  # A: "...wd that is passed into the learner... Why was this added and what benefit does it provide to training?"
        "I don't know if {s} is really useful, there seems to be different opinions on the matter.",  # B: "I don't know if batch-normalization is really useful, there seems to be different opinions on the matter."
        "How critical is the {s} for achieving good performance?",  # C: "How critical is the warm-up stage for achieving good performance?"
        "Have you ever used {s} in your work and how effective have they been?",  # D: "Have you ever used mosaic in your work and how effective have they been?"
        "What is a benefit of using {s}?",  # E: "What is a benefit of using larger batch size?"
        "Has anyone tried {s}? Does it help? What type should I use?",  # F (#119): "Has anyone tried data augmentation? Does it help? What type should I use?"
        "{s} effective ?",  # G: "focal-loss effective ?"
        "Effectiveness of the {s}",  # H: "Effectiveness of the mixup operation"
    ),
    "limitations": (
        "How to understand the drawbacks of {s}",  # I: "How to understand the drawbacks of K-means"
        "Why is {s} not widely used in machine learning?",  # J: "Why is Newton's method not widely used in machine learning?"
        "What are the shortcomings of the {s}?",  # K: "What are the shortcomings of the Mean Absolute Percentage Error (MAPE)?"
        "Disadvantages of Using {s}",  # L: "Disadvantages of Using Decision Trees"
        "Can you think of other problems or issues associated with using {s}?",  # L: "Can you think of other problems or issues associated with using decision trees?"
        "Why {s} is undesirable?",  # M: "Why batch normalization is undesirable?"
        "But I am not sure why {s} is so undesirable. Kindly give concrete examples and mechanism that cause the harms for each situation.",  # M: "But I am not sure why Batch Normalization is so undesirable. Kindly give concrete examples and mechanism that cause the harms for each situation."
        "Is {s} dead?",  # N: "Is LSTM (Long Short-Term Memory) dead?"
    ),
    "works": (
        "How is the {s} calculated ?",  # W: "How is the feature importance calculated ?"
        "How is {s} actually calculated/measured?",  # X: "How is feature importance actually calculated/measured?"
        "What is the mathematical expression to calculate the {s}?",  # Y: "What is the mathematical expression to calculate the feature importance?"
        "How was {s} generated?",  # Z: "How was feature importance generated?"
        "I wonder how {s} is actually being handled under the hood and if there is any way to control its behavior",  # AA: "I wonder how gradient_checkpointing is actually being handled under the hood and if there is any way to control its behavior such as ..."
        "How does the {s} work and why is it important?",  # AB: "How does the reparameterization trick for VAEs work and why is it important?"
        "Why {s} work ?",  # AC: "Question Why neural networs work ?"
        "I still have a question about the computing of the {s}.",  # AD: "I still have a question about the computing of the attention rollout."
    ),
    "fix": (
        "How do you prevent {s}?",  # AE: "How do you prevent model overfit?"
        "how to solve the {s} problem",  # AF: "how to solve the overfitting problem"
        "what else should i do for solving {s} problem ,i need some advices",  # AF: "...what else should i do for solving overfitting problem ,i need some advices"
        "Question: {s} discussion - conditions to happen, ways to avoid",  # AG: "Question: overfitting discussion - conditions to happen, ways to avoid"
        "How to deal with {s} when performing variable selection?",  # AH: "How to deal with multicollinearity when performing variable selection?"
        "How to avoid this {s}",  # AI: "98% accuracy during training with 89% accuracy in testing. How to avoid this overfitting"
        "hey! how did you deal with {s} at you project?",  # AJ: "hey! how did you deal with overfitting at you project?"
        "[Inception-Q] Dealing with {s}",  # AK: "[Inception-Q] Dealing with imbalanced input"
    ),
    "when": (
        "When does {s} becomes necessary in Machine Learning?",  # AL: "When does regularization becomes necessary in Machine Learning?"
        "When should/shouldn't we use {s} for training (custom objects)?",  # AM: "When should/shouldn't we use pre-trained weights for training (custom objects)?"
        "whether to use {s}? and whether will improve performance when used?",  # AN: "whether to use data augmentation? and whether will improve performance when used?"
        "When not to use {s}?",  # AO: "When not to use cross validation?"
        "When should I use {s}?",  # AP: "When should I use 3D convolutions?"
        "Is it wise to use {s} when training?",  # F (#108): "Is it wise to use additional augmentations when training?"
        "When trainkng a deep learning model from scratch would it be useful to still use {s}?",  # AQ: "When trainkng a deep learning model from scratch would it be useful to still use discriminative learning rates?"
        "When should one use {s}?",  # AR: "...what is the role and benefit of the clip_grad_norm setting? When should one use gradient clipping?"
    ),
    "examples": (
        'What\'s a real-world example of "{s}"?',  # AS: 'What\'s a real-world example of "overfitting"?'
        "What are the real-life applications of {s}?",  # AT: "What are the real-life applications of transfer learning?"
        "What are the real-life applications of {s} in machine learning? I am particularly interested in industrial applications of the concept.",  # AT: "What are the real-life applications of transfer learning in machine learning? I am particularly interested in industrial applications of the concept."
        "Real-life examples of {s}",  # AU: "Real-life examples of Markov Decision Processes"
        "What are {s} for? What are the use cases?",  # AV: "What are embeddings for? What are the use cases?"
        "What are some applications {s} are presently being explored?",  # AW: "What are some applications GANs are presently being explored?"
        "Also, are there practical well-known neural nets that employ {s}?",  # AP: "Also, are there practical well-known neural nets that employ 3D convolution?"
        "What are Some Real-World Examples of {s}?",  # AX: "What are Some Real-World Examples of Clustering Algorithms?"
    ),
    "purpose": (
        "What is the reason for using {s} in the network?",  # AY: "What is the reason for using LN (layer norm) in the network?"
        "I don't quite understand the role of {s}",  # AZ: "I don't quite understand the role of discriminator, because ..."
        "why {s}",  # BA: "why stop_gradient"
        "why need {s}?",  # BB: "why need base_temperature?"
        "What is the role of the {s} in neural networks?",  # BC: "What is the role of the bias in neural networks?"
        "Importance/intuition behind {s}",  # BD: "Importance/intuition behind stacking RNNs"
        'What is the role of "{S}" in Keras?',  # BE: 'What is the role of "Flatten" in Keras?'
        "what is the role and benefit of the {s} setting?",  # AR: "what is the role and benefit of the clip_grad_norm setting?"
    ),
}

# Blind test phrasings (set 30) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://www.scribd.com/document/874626928/Machine-Learning-Question-Bank (unit-wise ML question bank; read via lppkmi.xyz / ptop.only.wip.la mirrors)
# B  https://www.scribd.com/document/819204046/ML-Question-Bank-for-Semester-End-Examination-Final (read via round-lake.dustinice.workers.dev mirror)
# C  https://www.scribd.com/document/850440759/ML-QB-final (PART-A/B ML question bank; read via a chufeiyun1688 mirror)
# D  https://askfilo.com/exams/156ez-datamining-2024-previous-year-question-paper (R18 Data Mining exam paper)
# E  https://notes-shivam.vercel.app/Notes/SEM-6/data-warehousing-and-mining/previous-year-question-paper
# F  https://www.scribd.com/document/905379227/DM-QB (M.Tech AI&DS Data Mining question bank; read via codestin.com mirror)
# G  https://www.brainscape.com/flashcards/01-intro-to-ml-18498074/packs/22786834 (flashcard deck "01 : Intro to ML")
# H  https://brainscape.com/flashcards/machine-learning-11829984/packs/20182928 (flashcard deck "machine learning")
# I  https://api.brainscape.com/flashcards/52-machine-learning-basics-21477705/packs/23720825 (flashcard deck "5.2 - Machine Learning Basics")
# J  https://askfilo.com/exams/3170723-naturallanguageprocessing-2025-previous-year-question-paper (GTU NLP exam paper)
# K  https://www.suganta.com/notes/1802/theory-examination-sem-viii-2016-17-natural-language-processing (AKTU NLP paper, Section A questions)
# L  github ufal/npfl129  exam/questions.md  (Charles University ML course exam questions)
# M  github ufal/npfl138  exam/questions.md  (Charles University deep learning course exam questions)
# N  github ufal/npfl114  exam/questions.md  (Charles University deep learning course exam questions, older edition)
# O  stored file id 33518860217 (Markdown MCQ deck "# Questions from `regularisation` :robot:", student-written deep learning course quiz; the index did not show its repository/path)
# P  github piyush2896/HandsOnML-Notes  PART1-TheFundamentalsOfML/Ch01-TheMLLandscape/Exercise-Solutions.md  (HOML ch.1 exercises)
# Q  https://www.scribd.com/document/571765031/Or-Theory-Questions (operations research theory questions)
# R  stored file id 28361822602 ("# Comprehensive Oral Exam Questions", University of Michigan SIADS course questions; the index did not show its repository/path)
# S  github szilard/teach-data-science-msc-analytics-ceu  final_exam/sample_exam_questions.md  (CEU MSc course sample exam questions)
# T  github zyunsg/Coursera  Advanced-Machine-Learning/course1/week1/quiz.md  (HSE "Introduction to Deep Learning" MOOC quiz)
# U  http://www.cs.wayne.edu/~sod/examquestions.html (sample exam questions, CSC785 Introduction to neural networks)
# V  https://www.scribd.com/document/787185398/Soft-Computing-Question-Bank (VCE R21 soft computing question bank; read via fanyv88.com mirror)
# W  https://www.scribd.com/document/809587160/Viva-questions-for-Soft-Computing (read via simplerecipeideas.com mirror)
# X  https://www.scribd.com/document/820609678/deep-learning-important-questions-as-per-jntuh-syllabus (read via fanyv88.com mirror)
# Y  https://www.scribd.com/document/785956750/DL-Question-Bank (M.Sc. (DS) Sem III deep learning question bank; read via anonyproxies.com mirror)
# Z  https://www.scribd.com/document/881036623/Question-Bank-Complete-A7709-Deep-Learning (Vardhaman College A7709; read via anonyproxies.com mirror)
# AA https://www.scribd.com/document/848791267/B-Tech-R20-IQuestion-Bank-DL-1 (B.Tech R20 mid question bank, deep learning; read via fanyv88.com mirror)
# AB https://askfilo.com/exams/tcs464-deeplearning-2025-previous-year-question-paper (Graphic Era TCS 464 deep learning paper)
# AC https://github.com/RevolutionaryAI/PWskills-Assignments (PW Skills data science course assignment, as stored in the pages corpus)
# AD http://gtu-paper-solution.com/Paper-Solution/DataMiningAndBusinessIntelligence-2170715/Data%20Pre-processing/Winter-2018/Question-3-a-or
# AE https://www.scribd.com/document/894982201/28-Questions-Data-Preprocessing-Normal-Dist (read via a yet-another-testing-domain.com mirror)
# AF https://www.scribd.com/document/908712641/ML-Model-Question-Bank-1 (unit-wise ML question bank; read via rt.http3.lol mirror)
# AG stored file id 9898940407 (R Markdown course chapter on block designs, end-of-chapter "## Questions"; the index did not show its repository/path)
# AH https://www.scribd.com/document/847285924/machine-learning-unit-1 (ML unit-1 question list; read via a chufeiyun1688 mirror)
# AI https://www.scribd.com/document/742701105/Mock-Exam-Paper (CM2604 Machine Learning mock exam; read via round-lake.dustinice.workers.dev mirror)

BLIND30_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "15. Explain in one line about {s}? 1 L2",  # V: "15. Explain in one line about feed forward neural network? 1 L2"
        "16 Discuss about {s}. 2M BL2 CO3 III",  # AA: "16 Discuss about Adam optimizer. 2M BL2 CO3 III"
        "10. Write a short note on {s}. (5) Bloom’s level – 2.",  # Y: "10. Write a short note on Clustering. (5) Bloom’s level – 2."
        "**15.** Describe {s}.",  # S: "**15.** Describe overfitting."
        "2 a) What do mean by {s}? Explain.",  # F: "2 a) What do mean by attribute selection measure? 7M 2 L4 Explain."
        "Q.4 (a) What is {s}? Provide a brief explanation. 03",  # J: "Q.4 (a) What is sentiment mining? Provide a brief explanation. 03"
        "{S} ?",  # G: "Supervised learning ?"
        "1. What is {s} in the context of deep neural networks?",  # X: "1. What is the vanishing gradient problem in the context of deep neural networks?"
    ),
    "advantages": (
        "f) List the advantages of using {s}. [3]",  # D: "f) List the advantages of using decision trees. [3]"
        "17 Mention the advantages of {s}? CO1 L1",  # Z: "17 Mention the advantages of multilayer deep neural network? CO1 L1"
        "3.What are the benefits of using {s}, and in what scenarios might it be particularly useful?",  # X: "3.What are the benefits of using dropout, and in what scenarios might it be particularly useful?"
        "What are the advantages of {s}?",  # K: "What are the advantages of a speech understanding system?"
        "**3.** Why is {s} useful for data analysis?",  # S: "**3.** Why is data visualization useful for data analysis?"
        "**Q: Why is {s} good?**",  # O: "**Q: Why is starting with small weights good?**"
        "### Describe how {s} works and explain why it is sometimes advantageous to use it.",  # R: "### Describe how Spark SQL works and explain why it is sometimes advantageous to use it."
        "(b) Describe advantages and disadvantages of {s}. 04",  # J: "(b) Describe advantages and disadvantages of Natural Language Processing. 04"
    ),
    "limitations": (
        "2. What disadvantages do {s} have?",  # T: "2. What disadvantages do model validation on holdout sample have?"
        "### What are some limitations of using {s}?",  # R: "### What are some limitations of using Spark DataFrames?"
        "6. State limitations of {s}.",  # Q: "6. State limitations of operations research."
        "22. What are the challenges or issues faced in {s}?",  # A: "22. What are the challenges or issues faced in Recommendation Systems?"
        "What are the issues and problems in {s}?",  # K: "What are the issues and problems in Natural Language Processing?"
        "What are the main disadvantages and potential problems of the standard {s}?",  # U: "What are the main disadvantages and potential problems of the standard backpropagation?"
        "15 Mention the different challenges in {s}. 2M BL3 CO3 III",  # AA: "15 Mention the different challenges in optimization. 2M BL3 CO3 III"
        "19. State one limitation of {s}.",  # AF: "19. State one limitation of the Find-S algorithm."
    ),
    "works": (
        "14. Describe the working of {s} with a simple diagram.",  # A: "14. Describe the working of an SVM classifier with a simple diagram."
        "- Describe in detail how is {s} performed. [5]",  # M: "- Describe in detail how is CutMix performed. [5]"
        "- Describe {s} computation. [5]",  # N: "- Describe Highway network computation. [5]"
        "8 What is {s}, and how does it work? K2 CO1",  # C: "8 What is random forest, and how does it work? K2 CO1"
        "Q.2 (a) How does {s} works? 03",  # J: "Q.2 (a) How does Natural Language Generation works? 03"
        "- Explain possible intuitions behind {s}. [5]",  # L: "- Explain possible intuitions behind $L^2$ regularization. [5]"
        "**Q: What is the fundamental idea of {s} during the training procedure of a net?**",  # O: "**Q: What is the fundamental idea of dropout during the training procedure of a net?**"
        "h) State the principle of {s}. [3]",  # D: "h) State the principle of hierarchical methods. [3]"
    ),
    "fix": (
        "**Q: how to overcome the problem of {s}**",  # O: "**Q: how to overcome the problem of overfitting**"
        "**Q: What could be a solution to {s} in your network?**",  # O: "**Q: What could be a solution to overfitting in your network?**"
        "Q2: List down techniques used to handle {s}. Give an example of each with python code.",  # AC: "Q2: List down techniques used to handle missing data. Give an example of each with python code."
        "List and describe methods for handling {s} in data cleaning.",  # AD: "Q3) (a) List and describe methods for handling missing values in data cleaning."
        "3. 3. List and explain methods to handle {s}.",  # AE: "3. 3. List and explain methods to handle missing values."
        "a. How the problem of {s} can be solved in deep neural network. Explain using suitable example of deep neural network.",  # AB: "a. How the problem of overfitting can be solved in deep neural network. Explain using suitable example ..."
        "b. What do you mean by {s}. What is the main cause of this problem. How we can overcome this problem in deep neural network.",  # AB: "b. What do you mean by vanishing gradient problem. What is the main cause of this problem. How we can overcome ..."
        "11. Discuss the problem of {s} in machine learning and how it can be reduced.",  # AF: "11. Discuss the problem of overfitting in machine learning and how it can be reduced."
    ),
    "when": (
        "When we should use {s}?",  # G: "When we should use ML?"
        "What tasks are suitable for {s}? (x3)",  # H: "What tasks are suitable for machine learning? (x3)"
        "**Q: When is {s} needed?**",  # O: "**Q: When is regularisation needed?**"
        "**Q: {S} will improve the performance when:**",  # O: "**Q: Dropout will improve the performance when:**"
        "Q.8 Provide an example of a scenario where {s} would be a useful technique. What kind of insights could it provide? [20 Marks]",  # E: "Q.8 Provide an example of a scenario where association rule mining would be a useful technique. ..."
        "9. Identify appropriate problems for {s}.",  # B: "9. Identify appropriate problems for neural network learning."
        "1. When is it appropriate to use {s}?",  # AG: "1. When is it appropriate to use a randomized block design?"
        "### What sorts of data are suitable for use in {s}?",  # R: "### What sorts of data are suitable for use in heat maps?"
    ),
    "examples": (
        "19. What is {s}? Give examples.",  # A: "19. What is a Recommender System? Give examples."
        "3. List out application areas for {s} 1 L1",  # V: "3. List out application areas for neural networks 1 L1"
        "2. Describe any 5 real-time applications of {s}. (5). Bloom’s level – 2",  # Y: "2. Describe any 5 real-time applications of Deep learning. (5). Bloom’s level – 2"
        "2. State various applications of {s}.",  # Q: "2. State various applications of LPP."
        "What is {s}, and where is it used?",  # W: "What is a neural network, and where is it used?"
        "6. Write two applications of {s} in daily life",  # AH: "6. Write two applications of Machine Learning in daily life"
        "4. List three potential real-world scenarios where {s} has been applied. (6 marks)",  # AI: "4. List three potential real-world scenarios where logistic regression has been applied. (6 marks)"
        "Give an example of {s}.",  # I: "Give an example of supervised learning."
    ),
    "purpose": (
        "12. What is the basic goal of {s}?",  # A: "12. What is the basic goal of a Support Vector Machine (SVM)?"
        "**Q: What is can {s} be used to avoid?**",  # O: "**Q: What is can dropout be used to avoid?**"
        "**Q: The goal of {s} is**",  # O: "**Q: The goal of regularisation is**"
        "**6.** Why do we need {s}?",  # S: "**6.** Why do we need a test set?"
        "16. What is {s} and why would you want to use it?",  # P: "16. What is a test set and why would you want to use it?"
        "Why we use {s}?",  # G: "Why we use ML?"
        "### Why do we care about {s}?",  # R: "### Why do we care about code complexity?"
        "8. Why is {s} necessary in machine learning algorithms?",  # AF: "8. Why is inductive bias necessary in machine learning algorithms?"
    ),
}

# Blind test phrasings (set 31) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://simplilearn.com/tutorials/deep-learning-tutorial/deep-learning-interview-questions (Simplilearn DL interview questions)
# B  https://www.analyticsvidhya.com/blog/2022/11/top-10-interview-questions-on-gradient-boosting/ (Analytics Vidhya, Parth Shukla)
# C  https://fireblazeaischool.in/blogs/navigating-data-analytics-interviews-questions-and-answers-at-happiest-minds-technologies ; https://fireblazeaischool.in/blogs/unlocking-success-at-cars24-data-analytics-interview-questions-answers (company interview reports)
# D  https://sarah.capua.co/interview-questions/regularization-machine-learning
# E  https://codinginterviewpro.com/interview-questions-and-answers/new-60-clustering-interview-questions/
# F  https://machinehiring.com/glossary/principal-component-analysis , /glossary/pca-machine-learning , /glossary/dropout , /glossary/transfer-learning , /glossary/random-forest (recruiter glossary "Example Interview Questions")
# G  https://www.thisismetis.com/blog/how-to-ace-the-data-science-interview (same post: https://dziganto.github.io/data%20science/interview/How-To-Ace-The-Data-Science-Interview/)
# H  https://www.analyticsvidhya.com/blog/2022/11/top-5-interview-questions-on-autoencoders/ (Analytics Vidhya blogathon)
# I  https://www.bestinterviewquestion.com/question/why-is-dropout-effective-in-deep-networks
# J  https://prepaired.app/interview-questions/what-is-overfitting-and-how-can-you-avoid-it-in-models ; https://prepaired.app/interview-questions/how-does-dropout-help-in-training-neural-networks
# K  https://meilu1.jpshuntong.com/url-68747470733a2f2f7777772e6c696e6b6564696e2e636f6d/pulse/decision-tree-interview-q-mukesh-manral (mirror of LinkedIn post "Decision Tree Interview Q&A", Mukesh Manral)
# L  https://www.glassdoor.com.br/Entrevista/What-is-regularization-and-how-does-it-help-in-machine-learning-models-QTN_7638013.htm (Glassdoor, HCLTech interview question)
# M  https://1stepgrow.com/?p=20600 ("Data Science Interview? Here are Top 10 Questions to look")
# N  https://blog.prepvoice.com/blog/en/applied-data-scientist/can-you-explain-what-regularization-is-and-why-it-is-useful ; https://blog.prepvoice.com/blog/en/ai-research-scientist/explain-the-concept-of-reinforcement-learning-and-its-applications
# O  github MLgeek96/Interview-Preparation-Kit : Machine-Learning-Interview-Q&A/ .../Random-Forest.md, .../Naive-Bayes/Naive-Bayes.md, .../Unsupervised-Learning/PCA/Principle-Component-Analysis.md
# P  https://nikhillearnhub.com/nikhillearnhub/en/tech/ai/machine-learning/ml-pca-qa.html , .../ml-logistic-regression-qa.html , .../neural-networks/nn-attention-interview.html (interview Q&A cards)
# Q  https://aman.ai/primers/ai/interview/
# R  https://www.maistermind.ai/newsletters/maistermind/posts/when-gradient-boosting-fails ("ML Interview Question" box)
# S  https://www.virture.de/posts/2023/when-to-use-ml/
# T  https://gptgnosis.com/topic/neural-networks/what-are-the-limitations-of-neural-networks
# U  https://penelopefitdatascientist.substack.com/p/the-random-forest-algorithm-explained (interview-prep post)
# V  github AbhinavJha-Dev-GenAI/Deep-Learning : 09-Interview-Prep/README.md
# W  https://janbasktraining.com/community/data-science/how-knn-algorithm-works (Q&A community)
# X  github AliZubair13/Batch-Normalization---TeachingAssistant-Demo : teaching/student_faq.md (student FAQ)
# Y  stored file id 3801450369 ("# Topic 09: Interview Questions", regularization, questions tagged by company; the index did not show its repository)
# Z  github scikit-learn/scikit-learn : doc/faq.rst (scikit-learn FAQ)
# AA github dmlc/xgboost : doc/faq.rst (XGBoost FAQ)
# AB https://mockround.ai/resources/how-to-answer-how-do-you-handle-imbalanced-data-for-a-data-scientist-interview
# AC https://www.cinterviews.com/2025/08/ai-ml-interview-questions-answers.html
# AD https://claude-server-code.pages.dev/ai-foundations/29-interview-playbook.html ("The interview playbook", rapid-fire concept bank)
# AE stored file id 22655300246 ("## Technical Phone Interview" notes; the index did not show its repository)
# AF github shujatalikhan/Machine_learning : PCA/README.md
# AG stored file id 48471224475 (PCA notes with "### Q&A" cards; the index did not show its repository)
# AH stored file id 53293689363 (PathForge backend "Interview Readiness Predictor" question bank; the index did not show its repository)
# AI stored file id 70588351418 (model notes with "WHEN should you use ..." headings; the index did not show its repository)
# AJ github ValentinCalomme/skratch : notebooks/Learning Units/Introduction to Machine Learning/Introduction to Machine Learning - Chapter 2 - When should I use Machine Learning.ipynb
# AK https://codemia.io/practice/explain-batch-normalization-and-its-applications-5 (Stripe onsite question)
# AL https://www.vervecopilot.com/question-bank/reinforcement-learning-concept-applications
# AM https://www.interviewbiz.com/questions/reinforcement-learning-applications
# AN https://www.dataengprep.tech/questions/explain-clustering-with-a-real-time-example (question reported at Ford)
# AO https://darekfoto.com/explain-the-concept-of-clustering-and-give-an-example (sample interview question, from hireabo.com)
# AP https://www.interviewplus.ai/questions/tensorflow-keras-and-scikit-learn/understanding-dropout-in-neural-networks
# AQ https://witfame.com/2025/10/08/10-most-common-data-science-interview-questions-with-answers-and-code-examples-2/
# AR https://edureka.co/blog/interview-questions/machine-learning-interview-questions (Edureka blog)

BLIND31_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "1. What is {s}?",  # A: "1. What is Deep Learning?"
        "1. What is {s}, and How Would You Define it?",  # B: "1. What is Gradient Boosting, and How Would You Define it?"
        "Question: Explain {s}.",  # C: "Question: Explain K-means." (Happiest Minds report)
        "Q. What is {s} in machine learning?",  # D: "Q. What is regularization in machine learning?"
        "### 1. What is {s} in the context of data analysis?",  # E: "### 1. What is clustering in the context of data analysis?"
        "Q: How would you explain {s} to a non-technical stakeholder?",  # F: "Q: How would you explain PCA to a non-technical stakeholder?"
        "Tell me about {s}.",  # G: "Interviewer: Tell me about K-means clustering."
        "Question 1: What is {s}?",  # H: "Question 1: What is Autoencoder?"
    ),
    "advantages": (
        "Why is {s} effective in deep networks?",  # I: "Why is dropout effective in deep networks?"
        "How does {s} help in training neural networks?",  # J: "How does Dropout help in training neural networks?"
        "2. Advantages of {s}:",  # K: "2. Advantages of Decision Trees:"
        "What is {s}, and how does it help in machine learning models?",  # L: "What is regularization, and how does it help in machine learning models?"
        "What are the primary benefits of {s}?",  # M: "Q- Which methods are utilized for sampling? What are the primary benefits of sampling?"
        "Can you explain what {s} is and why it is useful?",  # N: "Can you explain what regularization is and why it is useful?"
        "## What is {s}? Why is it good?",  # O: "## What is a random forest? Why is it good?"
        "Can {s} improve model performance?",  # P: "Can PCA improve model performance?"
    ),
    "limitations": (
        "## What are some drawbacks of {s}?",  # Q: "## What are some drawbacks of the Transformer?"
        "1. Disadvantages of {s}:",  # K: "1. Disadvantages of Decision Trees:"
        "What are the 4 main limitations of {s}?",  # R: "What are the 4 main limitations of K-Means clustering?"
        "Q: What are the common challenges when applying {s}?",  # F: "Q: What are the common challenges when applying transfer learning?"
        "Q: When would you choose not to use {s} in a project?",  # F: "Q: When would you choose not to use PCA in a project?"
        "Q1. Why is {s} so bad?",  # O: "Q1. Why is Naive Bayes so bad? How would you improve a spam detection algorithm ..."
        "What are the reasons to NOT use {s}?",  # S: "What are the reasons to NOT use machine learning?"
        "What are the limitations of {s}?",  # T: "Question: What are the limitations of neural networks?"
    ),
    "works": (
        "2. How Does {s} Algorithm Work?",  # B: "2. How Does Gradient Boosting Algorithm Work?"
        "Intuition: what does {s} compute?",  # P: "Intuition: what does attention compute?"
        "How does {s} work?",  # U: "How does random forest work?"
        "**Q: What does {s} actually do?**",  # V: "**Q: What does Batch Normalization actually do?**"
        "How {s} algorithm works",  # W: "How KNN algorithm works"
        "### 4. What is the {s} algorithm, and how does it work?",  # E: "### 4. What is the K-Means clustering algorithm, and how does it work?"
        "**Q: What is the intuition behind {s}?**",  # X: "**Q: What is the intuition behind Batch Normalization?**"
        "## Q2: How Does {s} Work? (Google)",  # Y: "## Q2: How Does Dropout Work? (Google)"
    ),
    "fix": (
        "What is {s} and how can you avoid it in models?",  # J: "What is overfitting and how can you avoid it in models?"
        "Question: Explain {s} and how to prevent it.",  # C: "Question: Explain overfitting and how to prevent it." (Cars24 report)
        "How do I deal with {s}?",  # Z: "How do I deal with string data (or trees, graphs...)?"
        "How to deal with {s}",  # AA: "How to deal with missing values"
        "How do you handle {s}?",  # AB: "How do you handle imbalanced data?"
        "3. What is {s} and how do you prevent it?",  # AC: "3. What is overfitting and how do you prevent it?"
        "{S} — detect and fix?",  # AD: "Overfitting — detect and fix?"
        "3. How to prevent {s}?",  # AE: "3. How to prevent over-fitting?"
    ),
    "when": (
        "Q: How would you decide when and where to implement {s} in a neural network?",  # F: "Q: How would you decide when and where to implement Dropout in a neural network?"
        "Q: How would you explain when to use {s} versus other machine learning methods to a non-technical stakeholder?",  # F: "Q: How would you explain when to use Random Forest versus other machine learning methods to a non-technical stakeholder?"
        "## When should I use {s}?",  # AF: "## When should I use PCA?"
        "Q. When should we use {s}?",  # AG: "Q. When should we use PCA?"
        "When would you use {s}?",  # AH: "When would you use batch normalization?"
        "Explain the sort of problems you would use {s} for.",  # O: "## What is principal component analysis? Explain the sort of problems you would use PCA for."
        "### WHEN should you use {s}?",  # AI: "### WHEN should you use Gradient Boosting?"
        "When should I use {s}",  # AJ: "... Chapter 2 - When should I use Machine Learning" (notebook title)
    ),
    "examples": (
        "Explain {s} and its applications",  # AK: "Explain batch normalization and its applications"
        "What is {s}, and what are its key applications?",  # AL: "What is reinforcement learning, and what are its key applications?"
        "What Is {s} and How Is It Applied in Practice?",  # AM: "What Is Reinforcement Learning and How Is It Applied in Practice?"
        "Explain the concept of {s} and its applications.",  # N: "Explain the concept of reinforcement learning and its applications."
        "4. What are some real-world applications of {s}?",  # AC: "4. What are some real-world applications of AI?"
        "Q: Can you describe a project where you used {s}?",  # F: "Q: Can you describe a project where you used PCA?"
        "Explain {s} with a real-time example.",  # AN: "Explain clustering with a real-time example."
        "Explain the concept of {s} and give an example.",  # AO: "Explain the concept of clustering and give an example."
    ),
    "purpose": (
        "Q: What is {s} and why is it used?",  # F: "Q: What is Dropout and why is it used?"
        "Q: What is the main purpose of using {s}?",  # F: "Q: What is the main purpose of using PCA?"
        "Q: Can you explain the purpose and intuition behind the {s} technique in neural networks?",  # AP: "Q: Can you explain the purpose and intuition behind the dropout technique in neural networks?"
        "What is {s} used for?",  # P: "What is logistic regression used for?"
        "What problem does {s} solve?",  # P: "What problem does PCA solve?"
        "Q3: What is {s}? Why is it important?",  # AQ: "Q3: What is the Central Limit Theorem (CLT)? Why is it important?"
        "Q1. Why was {s} Introduced?",  # AR: "Q1. Why was Machine Learning Introduced?"
        "7. Why do we use {s}?",  # AE: "7. Why do we use batch-normalization?"
    ),
}

# Blind test phrasings (set 32) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  github wufeim/mofii-notes  _build/html/_sources/interview-questions-ml.rst.txt  (Chinese author's ML interview notes)
# B  github Byelaney/MachineLearning  handson-ml/chapter-1/README.md  (HOML ch.1 exercises, Chinese answers)
# C  github XPFly1989/FCRN issue #11 ("Overfitting problem")
# D  github le3arn2code/AI  lab22-activation-functions/lab22-activation-functions/interview_qna.md
# E  https://www.scribd.com/document/904414420/DL-Question-Bank  (CSE-AI deep learning question bank, III yr I sem; read via web.mswott.net mirror)
# F  https://www.scribd.com/document/808342658/Question-Bank-of-Machine-Learning-by-Engineering-Express  (read via fanyv88.com mirror)
# G  https://www.wonderslate.com/u/anna-university/computer-science-and-engineering-data-science-and-cyber-security/computer-vision/pyqs?siteName=books  (Anna University CV previous-year questions)
# H  https://offlinew.com/practica/t/ac_eg_cs_ai_cvs  (computer vision practice test)
# I  https://www.scribd.com/doc/51712086/assignment-data-mining  (data mining assignment questions)
# J  https://blog.brainscape.com/flashcards/book-chapter-4-clustering-9112260/packs/15421577  (flashcard deck "book chapter 4 clustering")
# K  https://tutorsglobe.com/question/clustering-as-a-significant-data-mining-task-53345.aspx  (data mining homework questions)
# L  https://questionai.com/amp/questions-tJBy4AGHtu/11-regularization-come-play-machine-learning  (homework Q&A)
# M  github 23f2003700/B  README.md  ("MLP Viva Complete Guide", IIT Madras BS student's viva questions)
# N  stored file id 1832073470 (gitbook page "ML Interview Questions - Compiled list of ML interview questions from various sources"; the index did not show its repository)
# O  https://www.scribd.com/document/872182211/Deep-Learning-Viva-Questions-Simple-Answers  (read via appwritefunc.yet-another-testing-domain.com mirror)
# P  https://www.scribd.com/document/857072393/Deep-Learning-Viva  (lab viva questions; read via fanyv88.com mirror)
# Q  github NVlabs/stylegan2-ada-pytorch issue #104 ("Mode collapse with a large dataset")
# R  stored file id 19209634444 (blog post notes "SL1 Decision Tree", 2021-01-16; the index did not show its repository)
# S  stored file id 14321893238 ("# Past Paper", UK university ML exam questions with a Chinese student's bilingual answers; the index did not show its repository)
# T  github scutan90/DeepLearning-500-questions  English version/ch03_DeepLearningFoundation/ChapterIII_DeepLearningFoundation.md  (English translation of a Chinese Q&A book)
# U  github mbadry1/DeepLearning.ai-Summary  2- Improving Deep Neural Networks/Readme.md  (Egyptian author's course notes)
# V  github tensorflow/tensorflow issue #51899 ("BatchNormalization")
# W  github badiaamakhlouf/DS_ML_InterviewBank  pages/clustering_analysis.md
# X  https://www.scribd.com/document/849735890/Module-1  (NLP module-1 question bank; read via fanyv88.com mirror)
# Y  https://www.scribd.com/document/933161423/NLP-Question-Paper  (B.Tech CSE NLP question bank 2024-25; read via web.mswott.net mirror)
# Z  https://www.scribd.com/doc/6104678/75233-mt-genetic-algorithms  (M.Tech genetic algorithms exam paper, 2008)
# AA https://www.scribd.com/document/474077744/module-2-mm  (VTU 15CS73 ML module-2 questions; read via rt.http3.lol mirror)
# AB https://askfilo.com/user-question-answers-smart-solutions/discuss-the-problem-that-cant-be-solved-by-perceptron-what-3336323834323031  (student question)
# AC https://naologic.com/terms/artificial-intelligence/q/naive-bayes/why-did-naive-bayes-fail
# AD https://www.scribd.com/document/698445683/ConAssTest-3-DWDM-QP  (16CAT33 data warehousing and data mining test paper)
# AE https://www.scribd.com/document/915015801/ML-Assignment-Questions  (read via appwritefunc.yet-another-testing-domain.com mirror)
# AF github Unity-Technologies/ml-agents issue #1899 ("Should I use LSTM or not with my case?")
# AG github jmiller656/EDSR-Tensorflow issue #27 ("Is weight decay required?")
# AH github YuanxunLu/LiveSpeechPortraits issue #64 ("LSTM")
# AI github xingyizhou/CenterNet issue #617 ("the advantage of deformable conv ?")
# AJ github microsoft/DynamicHead issue #36 ("does the deformable conv is important?")
# AK github tensorflow/tensor2tensor issue #989 ("Best way to handle class imbalance for classification")
# AL stored file id 60177242131 (weekly neural-network lab script, section "QUESTIONS FOR FURTHER EXPLORATION"; the index did not show its repository)
# AM stored file id 48471224475 (course notes "# Principal Component Analysis (PCA)" with a "### Q&A" section; the index did not show its repository)
# AN stored file id 59773413083 (learning-app page component with heading "Where is Reinforcement Learning used in industry?"; the index did not show its repository)
# AO stored file id 40672118766 (mkdocs interview-question page with '??? question' admonitions; the index did not show its repository)
# AP https://www.wonderslate.com/u/Anna+University/Information+Technology+Engineering/natural-language-and-image-processing/pyqs?siteName=books  (Anna University previous-year questions)

BLIND32_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        '1. What is meant by the term "{s}"?',  # S: '1. What is meant by the term "shrinkage method"?'
        "### 3.6.1 What is the meaning of {s}?",  # T: "### 3.6.1 What is the meaning of normalization?"
        "### Q7- What does {s} means ?",  # W: "### Q7- What does K-means++ means ?"
        "7 What do you mean by {s}?",  # AD: "7 What do you mean by cluster analysis?"
        "5. Explain {s} ?",  # I: "5. Explain temporal mining ?"
        "7. Define {s} in machine learning.",  # F: "7. Define clustering in machine learning."
        "3. What do you understand about {s}?",  # X: "3. What do you understand about Natural language processing?"
        "## 1. How would you define {s}?",  # B: "## 1. How would you define Machine Learning?"
    ),
    "advantages": (
        "6. **What is {s}? How is it useful in a machine learning context?**",  # A: "6. **What is Bayes' Theorem? How is it useful in a machine learning context?**"
        "17 What is the key advantage of using {s}?",  # E: "17 What is the key advantage of using batch normalization?"
        "Question 2: Why is {s} significant?",  # K: "Question 2: Why is outlier mining significant? In brief explain ..."
        "9. Why is {s} important in deep learning?",  # O: "9. Why is normalization important in deep learning?"
        "### 3.7.1 Why can {s} help deep learning?",  # T: "### 3.7.1 Why can unsupervised pre-training help deep learning?"
        "8. State the importance of {s} in the performance of ML models.",  # AE: "8. State the importance of feature engineering in the performance of ML models."
        "the advantage of {s} ?",  # AI: "the advantage of deformable conv ?"
        "does the {s} is important?",  # AJ: "does the deformable conv is important?"
    ),
    "limitations": (
        "3. **What is the main drawback of {s}?**",  # D: "3. **What is the main drawback of Sigmoid?**"
        "6. **What problem does {s} face?**",  # D: "6. **What problem does ReLU face?**"
        '??? question "What are the limitations of {s} and when should you not use it?"',  # AO: '??? question "What are the limitations of PCA and when should you not use it?"'
        "### 3.12.5 What are the disadvantages of {s}?",  # T: "### 3.12.5 What are the disadvantages of dropout?"
        "What are the Limitations in {s}?",  # Y: "What are the Limitations in syntax parsing?"
        "Discuss the problem that can’t be solved by {s}.",  # AB: "Discuss the problem that can’t be solved by perceptron."
        "Why did {s} fail?",  # AC: "Naive Bayes - Why did Naive Bayes fail?"
        "1 State the disadvantages of {s}.",  # AD: "1 State the disadvantages of Apriori algorithm."
    ),
    "works": (
        "### **4. How {s} work?**",  # M: "### **4. How KMeans work?**"
        "10. Explain the working principle of {s}.",  # N: "10. Explain the working principle of SVM."
        "### Q10- How {s} works ?",  # W: "### Q10- How Agglomerative Hierarchical Clustering works ?"
        "### Why does {s} work",  # U: "### Why does Batch normalization work"
        "I am trying to understand how {s} works.",  # V: "I am trying to understand how BatchNormalization works."
        "22. How does {s} work?",  # X: "22. How does Named Entity Recognizer work?"
        "## 3.10 Understanding the principle and function of {s}?",  # T: "## 3.10 Understanding the principle and function of One Hot Encodeing?"
        "12 What is the core idea behind {s}?",  # E: "12 What is the core idea behind greedy layer-wise training?"
    ),
    "fix": (
        "Excuse me, is there any method that you use to prevent {s} problem?",  # C: "Excuse me, is there any method that you use to prevent overfitting problem?"
        "7. How to overcome {s}?",  # R: "7. How to overcome overfitting?"
        "### **11. What are solutions for {s}?**",  # M: "### **11. What are solutions for overfitting?**"
        "2. What is {s} in Machine Learning and how can it be avoided?",  # N: "2. What is Overfitting in Machine Learning and how can it be avoided?"
        "10. What is {s} and how can it be prevented?",  # O: "10. What is overfitting and how can it be prevented?"
        "Do you have any other advice to prevent {s}?",  # Q: "Do you have any other advice to prevent mode collapse?"
        "Best way to handle {s} for classification",  # AK: "Best way to handle class imbalance for classification"
        "7. How to detect and prevent {s} early?",  # AL: "7. How to detect and prevent overfitting early?"
    ),
    "when": (
        "2. **When would you use {s}?**",  # D: "2. **When would you use Sigmoid activation?**"
        "11. When does {s} come into play in Machine Learning?",  # L: "11. When does regularization come into play in Machine Learning?"
        "### 3.6.13 When is {s} suitable?",  # T: "### 3.6.13 When is Batch Normalization suitable?"
        "3. What are appropriate problems for {s}?",  # AA: "3. What are appropriate problems for Decision tree learning?"
        "Should I use {s} or not with my case?",  # AF: "Should I use LSTM or not with my case?"
        "Is {s} proper for this case?",  # AF: "Is LSTM proper for this case?"
        "Q. When should we use {s}?",  # AM: "Q. When should we use PCA?"
        "Is {s} required?",  # AG: "Is weight decay required?"
    ),
    "examples": (
        "21. **Naming an example where {s} might be useful.**",  # A: "21. **Naming an example where ensemble techniques might be useful.**"
        "State any four applications of {s} in real life.",  # G: "State any four applications of Computer Vision in real life."
        "What are the use cases of {s}",  # J: "What are the use cases of K beans"
        "### Q1- What are some real-life applications of {s}?",  # W: "### Q1- What are some real-life applications of clustering algorithms?"
        "Explain any two applications of {s} in detail?",  # Z: "Explain any two applications of Genetic Algorithms in detail?"
        "Name two applications of {s}.",  # Y: "Name two applications of topic boundary detection."
        "5. List any two real life applications of {s}.",  # X: "5. List any two real life applications of NLP."
        "Where is {s} used in industry?",  # AN: "Where is Reinforcement Learning used in industry?"
    ),
    "purpose": (
        "15 What is the purpose of using {s} in neural networks?",  # E: "15 What is the purpose of using dropout in neural networks?"
        "8 Explain briefly define the role of {s} in training neural networks.",  # E: "8 Explain briefly define the role of Gradient Descent in training neural networks."
        "Hello, could you please give some reasons for using {s} here?",  # AH: "Hello, could you please give some reasons for using LSTM neural network here?"
        "Q.1 What is the primary goal of {s}?",  # H: "Q.1 What is the primary goal of computer vision?"
        "Discuss the importance and goals of {s}.",  # AP: "Discuss the importance and goals of Natural Language Processing."
        "### **13. What is the use of {s}?**",  # M: "### **13. What is the use of pipeline?**"
        "1. Explain what is meant by “{s}” and why it is sometimes necessary",  # S: "1. Explain what is meant by “dimensionality reduction” and why it is sometimes necessary"
        "1. What is {s} and why is it used in deep learning?",  # P: "1. What is TensorFlow and why is it used in deep learning?"
    ),
}

# Blind test phrasings (set 33) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://erdosinstitute.org/_files/ugd/6c8485_36292d3d96694d6e85d89bc06d23d024.txt?dn=what-cluster_cc.txt  (Erdos Institute video lecture "What is Clustering", transcript)
# B  github castasint/semester-2-study-materials  deep-neural-networks/study-materials/dnn_youtube_resources.md  (list of YouTube video titles, 3Blue1Brown)
# C  https://artificialintellingencetraihyderabad.blogspot.com/2025/09/what-is-dropout-in-deep-learning.html  (Hyderabad AI training institute blog)
# D  github rasbt/python-machine-learning-book  faq/README.md  (readers' questions on Sebastian Raschka's ML FAQ blog)
# E  https://medium.com/one-minute-machine-learning/regularization-one-minute-introduction-1d81f42791fd  (grad student's blog series)
# F  http://mygallega.com/AI\ML173.html  (numbered AI/ML interview-question page)
# G  https://mrelokusa.com/blog/28  (personal blog post)
# H  https://eggpuffengineer.substack.com/p/understanding-embeddings-in-llms  (Substack newsletter, heading)
# I  https://community.letsupgrade.in/post/what-is-batch-normalization-5eb928026b69cd1bff743ec1  (Indian learning-community post, headings)
# J  https://whatanswers.com/why-is/xgboost-good  (question page)
# K  https://ryyr.medium.com/transfer-learning-a09f5d01111b  (personal Medium post, heading)
# L  https://bitsofbrilliance.xyz/p/why-transformers-changed-everything  (newsletter post title)
# M  https://app.daily.dev/posts/enhancing-deep-learning-models-with-dropout-a-strategy-to-combat-overfitting-p89kmtz7e  (ai.plainenglish.io blog post, table of contents)
# N  https://interviewquestionspdf.com/2023/11/24-random-forest-interview-questions.html  (interview-prep page)
# O  https://aaweg-i.medium.com/tell-us-something-about-xgboost-why-is-it-so-popular-51baca84a7fe  (interview-prep Medium post title)
# P  https://www.safalta.com/doubts/job-interview-skills/63243ac96eb9cd3612023608  (Indian job-interview doubts page)
# Q  https://talk.telematika.org/2017/all/backing_off_toward_simplicity__understanding_the_limits_of_deep_learning  (O'Reilly AI Conference 2017 talk title, Stephen Merity)
# R  https://amethix.com/what-deep-learning-cannot-do-the-limits-of-deep-learning/  (Francesco Gadaleta's blog post title)
# S  https://chris.cothrun.com/pinboard-bookmark/the-limitations-of-deep-learning/  (bookmark of Francois Chollet's Keras blog post)
# T  https://datadivewithsubham.blogspot.com/2024/08/when-to-use-and-when-not-to-use-random.html  (Indian personal ML blog, heading)
# U  https://aitopics.org/doc/news:953FDBA7  (Pablo Cordero's blog post "When not to use deep learning")
# V  https://www.scribd.com/document/505330490/Three-Reasons-That-You-Should-NOT-Use-Deep-Learning-by-George-Seif-Towards-Data-Science  (George Seif blog post; read via fanyv88.com mirror)
# W  https://canvas.kth.se/courses/42325/modules/items/643874  (KTH course module item linking a lecture video)
# X  http://prajjwal.me/  (personal blog post title)
# Y  https://towardsdatascience.com/5-perspectives-to-why-dropout-works-so-well-1c10617b8028  (Andre Ye blog post title)
# Z  https://threadreaderapp.com/user/dcpage3  (David Page's tweets, unrolled)
# AA "How K-means Clustering Works" personal blog post by Roma, 2015 (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AB https://madewithml.com/projects/266/understanding-lstm-networks/  (subtitle of Chris Olah's blog post)
# AC https://travelwithme.social/shivanis09  (social-profile post)
# AD https://www.besthub.dev/tags/neural-networks  (blog post title)
# AE https://bhagirathkd.hashnode.dev/74-machine-learning-data-science-challenge-74  (personal "ML & DS challenge" blog post)
# AF https://meilu1.jpshuntong.com/url-68747470733a2f2f7777772e6c696e6b6564696e2e636f6d/advice/3/what-overfitting-why-should-you-avoid-your-machine-learning-dlmae  (LinkedIn collaborative article title, mirror)
# AG https://mindcraeft.com/course/generated-cd524f56-b34a-4b92-a743-8d0da9b9590b  (course title)
# AH https://czcams.com/video/JnlM4yLFNuo/handling-imbalanced-dataset-in-machine-learning-deep-learning-tutorial-21-tensorflow2-0-python.html  (codebasics YouTube video title, mirror)
# AI https://deeplearningdaily.com/?p=38944  (blog post title)
# AJ https://educative.io/courses/make-your-first-gan-pytorch/mode-collapse  (course lesson description)
# AK Coursera Deep Learning Specialization video titles (Andrew Ng): https://zfelleg.useribm.hu/videos/courses/specializations/deep_learning.old/machine-learning-projects/02_ml-strategy-2/04_end-to-end-deep-learning/02_whether-to-use-end-to-end-deep-learning.en.txt ; https://www.coursera.org/learn/convolutional-neural-networks/lecture/Xv7B5/why-convolutions
# AL https://hashnode-hub.vercel.app/posts/6648773177274e098dceb492  (Amey Pote's Hashnode post title)
# AM https://www.shshell.com/blog/ollama-module-11-lesson-1  (blog course lesson title)
# AN https://speakerdeck.com/player/108e71e13d95445cb4cf46dca62c0a7e  (talk slides, slide 22 heading)
# AO https://www.jamesrossjr.com/blog/vector-databases-explained  (personal blog post title)
# AP https://kingallem.com/ar/blog/vector-databases  (Ahmed Allem's blog post title)
# AQ https://golfaustralia.pages.dev/blog/2026-03-29-vector-databases-when-you-actually-need-one/  (blog post title)
# AR https://www.coursera.org/lecture/ml-foundations/other-examples-of-clustering-cmh30  (Coursera video title, UW ML Foundations)
# AS https://de.coursera.org/lecture/recommendation-models-gcp/applications-of-reinforcement-learning-hrvow  (Coursera video title, Google Cloud course)
# AT https://studypack.app/blog/real-world-pca  (blog post title)
# AU https://qeeebo.com/questions/how/97/cfe/how-is-principal-component-analysis-used-in-real-world-applications  (question page)
# AV https://metacast.app/podcast/data-hurdles/w31XKGOy/reinforcement-learning-in-machine-learning-real-world-applications/5Rrjiznj  (Data Hurdles podcast episode title)
# AW https://www.geekgrit.com/blog/reinforcement-learning-explained  (blog post title)
# AX https://eathealthy365.com/common-examples-of-transfer-learning-in-ai  (blog post title)
# AY https://www.csbite.com/en/artificial-intelligence/attention-mechanism  (explainer page heading)
# AZ https://lucidate.co.uk/forum/ensemble-techniques/ensembles-2-random-forests-pt-2  (Lucidate YouTube-channel site, video page)
# BA YouTube video https://www.youtube.com/watch?v=fMAElNVN4S0 (title read in the iframe of stored file id 1266412251, an Obsidian digital-garden note "bias-vs-variance"; the index did not show its repository)
# BB https://dataengconf.com.au/session/518128  (DataEngBytes conference session description)
# BC https://datatalks.club/podcast/s02e05-feature-stores.html  (DataTalks.Club podcast interview question)
# BD https://aifocus.info/validation-set/  (blog post heading)
# BE https://timbornholdt.com/blog/embeddings-what-they-are-and-why-they-matter  (linked post on Simon Willison's PyBay 2023 talk/article title)

BLIND33_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {S}",  # A: "What is Clustering" (video lecture title)
        "But what is a {s}?",  # B: "But what is a neural network?" (3Blue1Brown)
        "What is {s} in deep learning?",  # C: "What is dropout in deep learning?"
        "How would you explain {s} to a software engineer?",  # D: "How would you explain machine learning to a software engineer?"
        "{S} | one minute introduction",  # E: "Regularization | one minute introduction"
        "73. What do you understand by {S}?",  # F: "73. What do you understand by Bias–Variance tradeoff?"
        "What the Hell is {S}",  # G: "What the Hell is Attention"
        "{S} in Simple Terms?",  # H: "Embeddings in Simple Terms?"
    ),
    "advantages": (
        "#### What are the Advantages of {S}?",  # I: "#### What are the Advantages of Batch Normalization?"
        "Why is {s} good",  # J: "Why is xgboost good"
        "How is {S} Useful to Me?",  # K: "How is Transfer Learning Useful to Me?"
        "Why {S} Changed Everything",  # L: "Why Transformers Changed Everything"
        "Benefits of {S}",  # M: "Benefits of Dropout"
        "2. What are the advantages of {S}?",  # N: "2. What are the advantages of Random Forest?"
        "Tell us something about {S}. Why is it so popular?",  # O: "Tell us something about XGBoost. Why is it so popular?"
        "What is the benefit of {s}?",  # P: "What is the benefit of batch normalization?"
    ),
    "limitations": (
        "What are some of the issues with {s}?",  # D: "What are some of the issues with clustering?"
        "Why do some people hate {s}?",  # D: "Why do some people hate neural networks/deep learning?"
        "Backing off toward simplicity: Understanding the limits of {s}",  # Q: "Backing off toward simplicity: Understanding the limits of deep learning"
        "What {s} cannot do",  # R: "What deep learning cannot do"
        "The limitations of {s}",  # S: "The limitations of deep learning"
        "❌ Where {S} Struggles",  # T: "❌ Where Random Forest Struggles"
        "When not to use {s}",  # U: "When not to use deep learning"
        "Three reasons that you should NOT use {s}",  # V: "Three reasons that you should NOT use deep learning"
    ),
    "works": (
        "Why does {s} work? (part 1) [3:03 min]",  # W: "Why does batch norm work? (part 1) [3:03 min]"
        "Why does {S} work ?",  # X: "Why does Batch normalization work ?"
        "5 Perspectives to Why {S} Works So Well",  # Y: "5 Perspectives to Why Dropout Works So Well"
        "What is {s} really doing?",  # B: "What is backpropagation really doing?" (3Blue1Brown)
        "#### How Does {S} Work?",  # I: "#### How Does Batch Normalization Work?"
        "New blog post: How does {s} _really_ help optimisation?",  # Z: "New blog post: How does batch norm _really_ help optimisation?"
        "How {S} Works",  # AA: "How K-means Clustering Works"
        "A closer look at the inner workings of {s}.",  # AB: "A closer look at the inner workings of LSTM networks."
    ),
    "fix": (
        "What is {S} in Machine Learning and how can it be avoided?",  # AC: "What is Overfitting in Machine Learning and how can it be avoided?"
        "Understanding {S} in Deep Neural Networks and How to Mitigate It",  # AD: "Understanding Gradient Vanishing in Deep Neural Networks and How to Mitigate It"
        "What are you under by the {s} and how can we solve that?",  # AE: "What are you under by the vanishing gradient problem and how can we solve that?"
        "What is {s} and why should you avoid it in your machine learning models?",  # AF: "What is overfitting and why should you avoid it in your machine learning models?"
        "How do you prevent {s} when training machine learning models? Essentials",  # AG: "How do you prevent overfitting when training machine learning models? Essentials"
        "Handling {s} in machine learning | Deep Learning Tutorial 21 (Tensorflow2.0 & Python)",  # AH: "Handling imbalanced dataset in machine learning | Deep Learning Tutorial 21 (Tensorflow2.0 & Python)"
        "5 Effective Ways to Handle {S} in Machine Learning",  # AI: "5 Effective Ways to Handle Imbalanced Data in Machine Learning"
        "Learn about {s}, what it is, why it happens and how we can get rid of it.",  # AJ: "Learn about mode collapse, what it is, why it happens and how we can get rid of it."
    ),
    "when": (
        "Whether to use {s}",  # AK: "Whether to use end-to-end deep learning"
        "When to Use {S}: A Comprehensive Guide",  # AL: "When to Use Random Forest: A Comprehensive Guide"
        "Module 11 Lesson 1: When {S} Is Needed",  # AM: "Module 11 Lesson 1: When Fine-Tuning Is Needed"
        "When should I apply {s}?",  # D: "When should I apply data normalization/standardization?"
        "When to use {S} or not over Others?",  # AN: "When to use DL or not over Others?"
        "{S} Explained: When You Need Them and When You Don't",  # AO: "Vector Databases Explained: When You Need Them and When You Don't"
        "When Do You Actually Need a {S}? Honest Take",  # AP: "When Do You Actually Need a Vector Database? Honest Take"
        "{S}: When You Actually Need One",  # AQ: "Vector Databases: When You Actually Need One"
    ),
    "examples": (
        "Other examples of {s}",  # AR: "Other examples of clustering"
        "Applications of {s}",  # AS: "Applications of reinforcement learning"
        "What are some real-world examples of applications of {s} in the field?",  # D: "What are some real-world examples of applications of machine learning in the field?"
        "Why Learn {S}? Real-World Applications",  # AT: "Why Learn PCA? Real-World Applications"
        "Q. How is {s} used in real-world applications?",  # AU: "Q. How is principal component analysis used in real-world applications?"
        "{S} in Machine Learning: Real-World Applications",  # AV: "Reinforcement Learning in Machine Learning: Real-World Applications"
        "{S} Explained with Real-World Examples",  # AW: "Reinforcement Learning Explained with Real-World Examples"
        "Common Examples of {S} in AI",  # AX: "Common Examples of Transfer Learning in AI"
    ),
    "purpose": (
        "Why {S}?",  # AK: "Why Convolutions?"
        "The Problem {S} Solves",  # AY: "The Problem Attention Solves"
        "Why use {S}?",  # AZ: "Why use Random Forests?"
        "Why do we need the {S} in Machine Learning Algorithms and Neural Networks",  # BA: "Why do we need the Bias Term in Machine Learning Algorithms and Neural Networks"
        "What are the pain-points a {s} is meant to solve?",  # BB: "What are the pain-points a feature store is meant to solve?"
        "Q: Let’s start with the fundamentals. What is a {s}, and what specific problems does it solve for machine learning teams?",  # BC: "Q: Let’s start with the fundamentals. What is a feature store, and what specific problems does it solve ..."
        "### Why We Need {S}",  # BD: "### Why We Need Validation Sets"
        "{S}: What they are and why they matter",  # BE: "Embeddings: What they are and why they matter"
    ),
}

# Blind test phrasings (set 34) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://www.brainscape.com/flashcards/9553377/packs/16540291  (Brainscape deck "K-means")
# B  https://brainscape.com/flashcards/kmeans-10368601/packs/18566573  (Brainscape deck "KMeans")
# C  https://brainscape.com/flashcards/naive-bayes-18788420/packs/22620639  (Brainscape deck "naive bayes")
# D  https://www.brainscape.com/flashcards/final-3-18833721/packs/22718110  (Brainscape deck "Final (3)")
# E  https://brainscape.com/flashcards/chapter-1-intro-of-ml-17894750/packs/22623030  (Brainscape deck "Chapter 1 - Intro of ML")
# F  https://www.brainscape.com/flashcards/lesson-07-k-means-8396043/packs/13908745  (Brainscape deck "Lesson 07: K-Means")
# G  leyaa.ai "Recall & Review" flashcard pages: https://leyaa.ai/codefly/learn/ml-python/part-1/ml-python-overfitting-and-underfitting/review ,
#    .../tensorflow/part-2/tensorflow-why-transfer-learning-saves-time-and-data/review , .../ml-python/part-2/ml-python-gradient-boosting-gbm/review ,
#    .../nlp/part-1/nlp-handling-imbalanced-text-data/review  (counted as one source)
# H  https://brainscape.com/flashcards/sul-topic-5b-random-forest-16365255/packs/22096720  (Brainscape deck "SUL Topic 5b - Random Forest")
# I  https://brainscape.com/flashcards/general-definitions-11551996/packs/20358543  (Brainscape deck "General Definitions")
# J  https://brainscape.com/flashcards/b07-logistic-regression-7994954/packs/13288762  (Brainscape deck "B07 Logistic Regression")
# K  https://quizgecko.com/learn/k-means-clustering-quiz-pepfmh  (Quizgecko flashcard/spaced-repetition quiz "K Means Clustering Quiz")
# L  https://brainscape.com/flashcards/b06-naive-bayes-8221972/packs/13794867  (Brainscape deck "B06 Naive Bayes")
# M  https://brainscape.com/flashcards/naive-bayes-model-16062643/packs/22110615  (Brainscape deck "Naive Bayes Model")
# N  https://api.brainscape.com/flashcards/logistic-regression-20607712/packs/23451898  (Brainscape deck "Logistic Regression")
# O  https://api.brainscape.com/flashcards/logistic-regression-21914637/packs/23730212  (Brainscape deck "Logistic regression", 9 cards)
# P  https://brainscape.com/flashcards/machine-learning-8539273/packs/13527726  (Brainscape deck "Machine Learning")
# Q  https://brainscape.com/flashcards/module-1-8696690/packs/14838029  (Brainscape deck "Module 1")
# R  https://www.flashcardmachine.com/ai-lecture-7.html  (Flashcard Machine deck "AI lecture 7")
# S  https://brainscape.com/flashcards/overfitting-13701257/packs/21466461  (Brainscape deck "Overfitting")
# T  https://www.brainscape.com/flashcards/k-means-clustering-19038150/packs/22866399  (Brainscape deck "K means clustering")
# U  https://www.brainscape.com/flashcards/backprop-19038950/packs/22866399  (Brainscape deck "Backprop")
# V  stored file id 12177831341 (Markdown spaced-repetition cards "**Front:** / **Back:**" on parametric vs non-parametric methods, K-NN, Parzen window;
#    the index did not show its repository)
# W  https://brainscape.com/flashcards/machine-learning-15576834/packs/22000789  (Brainscape deck "Machine Learning")
# X  https://brainscape.com/flashcards/class-imbalance-16056940/packs/22110615  (Brainscape deck "Class Imbalance")
# Y  https://brainscape.com/flashcards/techniques-for-handling-class-imbalance-18284435/packs/22610080  (Brainscape deck "Techniques for handling class imbalance")
# Z  https://brainscape.com/flashcards/module-1-5-data-analysis-7731649/packs/12769508  (Brainscape deck "Module 1-5 - Data Analysis")
# AA https://brainscape.com/flashcards/lecture-5-18347116/packs/22747262  (Brainscape deck "lecture 5")
# AB https://brainscape.com/flashcards/linear-regression-and-logistic-regressio-17726893/packs/22565174  (Brainscape deck "Linear regression and logistic regression")
# AC https://libanswers.lib.miamioh.edu/stats-faq/faq/343100  (Miami University Libraries stats FAQ, student question)
# AD stored file id 55767521761 (YAML spaced-repetition deck "Prompt optimization and automated prompt learning", flip/mcq cards;
#    the index did not show its repository)
# AE https://brainscape.com/flashcards/pca-11287452/packs/19968260  (Brainscape deck "PCA")
# AF https://www.brainscape.com/flashcards/end-term-19095477/packs/22847050  (Brainscape deck "End-Term")
# AG https://brainscape.com/flashcards/datacamp-data-science-for-business-9126939/packs/15970163  (Brainscape deck "DataCamp: Data Science for Business")
# AH https://brainscape.com/flashcards/data-science-13163422/packs/21336850  (Brainscape deck "Data Science")
# AI https://www.studyguides.com/study-methods/flashcards/clz8m573924718e5tyqkoru6u  (studyguides.com machine-learning flashcards)
# AJ https://api.brainscape.com/flashcards/micro-deck-2-machine-learning-data-quali-21330329/packs/23675613  (Brainscape "MICRO-DECK 2: MACHINE LEARNING & DATA QUALITY")
# AK https://brainscape.com/flashcards/introduction-to-data-science-part-1-18014971/packs/22657060  (Brainscape deck "Introduction to Data Science Part 1")
# AL https://forums.fast.ai/t/why-apply-weight-decay/8557  (fast.ai course forum thread)
# AM https://brainscape.com/flashcards/machine-learning-17741223/packs/22553427  (Brainscape deck "Machine Learning", class imbalance cards)
# AN https://www.brainscape.com/flashcards/clustering-19209818/packs/22968485  (Brainscape deck "Clustering")

BLIND34_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "what is {s}",  # C: "what is naive bayes"
        "What is {s} in the context of Machine Learning?",  # L: "What is Naive Bayes in the context of Machine Learning?"
        "Explain {s}",  # M: "Explain Bayes’ theorem"
        "Define {s}.",  # N: "Define logistic regression."
        "what is the basic premise of {s}?",  # O: "what is the basic premise of logistic regression?"
        "What’s {S}?",  # P: "What’s Machine Learning?"
        "{S}?",  # Q: "Classification?"
        "What is the core definition of {s}?",  # E: "What is the core definition of Machine Learning (ML)?"
    ),
    "advantages": (
        "What are the pros of {s}?",  # A: "What are the pros of k-means?"
        "Strengths of {S}?",  # B: "Strengths of K-Means Clustering?"
        "what are the advantages of {s}",  # C: "what are the advantages of naive bayes"
        "{S} strengths?",  # D: "Neural net strengths?"
        "What are some of the benefits of using {s}?",  # E: "What are some of the benefits of using machine learning?"
        "Why is {s} so useful?",  # F: "Why is clustering so useful?"
        "What is the main benefit of {s}?",  # G: "What is the main benefit of transfer learning?"
        "Advantages of {S}",  # H: "Advantages of Random Forests"
    ),
    "limitations": (
        "What are the cons of {s}?",  # A: "What are the cons of k-means?"
        "Weaknesses of {S}?",  # B: "Weaknesses of K-Means Clustering?"
        "what are the disadvantages of {s}",  # C: "what are the disadvantages of naive bayes"
        "{S} weaknesses?",  # D: "Neural net weaknesses?"
        "What are some challenges with {s}",  # I: "What are some challenges with big data"
        "Limits of {S}",  # J: "Limits of Linear Regression"
        "What is the main limitation of {s}?",  # K: "What is the main limitation of K means clustering?"
        "{S} Limitations",  # H: "Decision Tree Limitations"
    ),
    "works": (
        "What is {s} and how does it work?",  # R: "What is entropy and how does it work?"
        "How does {s} work?",  # D: "How does Agglomerative Clustering work?"
        "How do we implement {s}?",  # S: "How do we implement Early Stopping?"
        "What are the steps of the {s} algorithm?",  # T: "What are the steps of the K-Means algorithm?"
        "List the general steps of how {s} works",  # E: "List the general steps of how machine learning works"
        "How does {S} improve model predictions step-by-step?",  # G: "How does Gradient Boosting improve model predictions step-by-step?"
        "What is the key mathematical tool used in {s}?",  # U: "What is the key mathematical tool used in backpropagation?"
        "In simple terms, what does the {s} formula do, and can you show a small example?",  # V: "In simple terms, what does the Parzen window formula do, and can you show a small example?"
    ),
    "fix": (
        "What techniques can help mitigate {s}?",  # W: "What techniques can help mitigate overfitting?"
        "What are the two techniques to fix potential issues with {s}",  # X: "What are the two techniques to fix potential issues with class imbalance"
        "Name three potential solutions for handling {s}.",  # Y: "Name three potential solutions for handling class imbalance."
        "Name two common ways to reduce {s}.",  # G: "Name two common ways to reduce overfitting."
        "Describe two techniques you can use to prevent {s} in a machine learning model.",  # G: "Describe two techniques you can use to prevent overfitting in a machine learning model."
        "Ways to deal with {s}? (3)",  # Z: "Ways to deal with missing data? (3)"
        "What are the simplest ways to handle {s}?",  # AA: "What are the simplest ways to handle missing data?"
        "Name one simple method to handle {s}.",  # G: "Name one simple method to handle imbalanced text data."
    ),
    "when": (
        "When is {S} used?",  # S: "When is N-fold Cross Validation used?"
        "When is {s} commonly used?",  # AB: "When is logistic regression commonly used?"
        "When should I use {s}?",  # AC: "When should I use a chi-square test?"
        "{S} is especially useful when:",  # G: "Transfer learning is especially useful when:"
        "When should {s} be preferred?",  # V: "When should non-parametric methods be preferred?"
        "When do we use {s}?",  # V: "When do we use Maximum Likelihood Estimation (MLE)?"
        "When is {s} most cost-effective?",  # AD: "When is prompt optimization most cost-effective?"
        "When is {s} important?",  # AE: "When is reducing dimensionality important?"
    ),
    "examples": (
        "What are examples of {s}?",  # AF: "What are examples of supervised learning?"
        "What are the applications of {s}?",  # AN: "What are the applications of clustering?"
        "Applications of {S}:",  # AG: "Applications of Data Science:"
        "Give three real-world applications of {s}.",  # E: "Give three real-world applications of machine learning."
        "Example of {S}?",  # Q: "Example of Unsupervised Learning?"
        "What is a common example of {s}",  # AH: "What is a common example of finding patterns in data"
        "Give two examples of {s} tasks",  # W: "Give two examples of supervised learning tasks"
        "What are common {s} applications?",  # AI: "What are common reinforcement learning applications?"
    ),
    "purpose": (
        "What is {s} used for?",  # AB: "What is logistic regression used for?"
        "Why do we use {s}?",  # D: "Why do we use cross-validation?"
        "What is the goal of {s}?",  # T: "What is the goal of clustering?"
        "What role does {s} play in ML?",  # AJ: "What role does training data play in ML?"
        "Why is {s} important?",  # AJ: "Why is data representativeness important?"
        "What are the key objectives of {s}?",  # AK: "What are the key objectives of Data Science?"
        "Why apply {s}?",  # AL: "Why apply weight decay?"
        "What is the purpose of {s} in a supervised learning model?",  # AM: "What is the purpose of balancing classes in a supervised learning model?"
    ),
}

# Blind test phrasings (set 35) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  github zhangxingeng/TechBlog  content/posts/ml_stuff/common_ml_interview_questions.md
# B  github luffy2106/NLP_and_textmining  NLP_interviews/README.md  (NLP interview notes)
# C  github Chao-Xi/jxtechbook  docs/chap4/10Deep_learning.md  ("30 Frequently asked Deep Learning Interview")
# D  github sureshsiddana/techcontent  ai/topics/deep_learning.md
# E  https://reddit.sentinel-team.org/posts/1tjfdf0/snapshots/2026-05-22T11%3A01%3A47.400898Z  (Reddit post snapshot)
# F  https://hackmd.io/@nalylenieo/HkSAy4cFi
# G  https://esreekarreddy.hashnode.dev/attention-eli5-mkelalrr
# H  http://youtubu.tv/results?q=... (YouTube search-query pages: "explain random forest algorithm with example in
#    machine learning", "why use random forest algorithm in machine learning", "how random forest algorithm works in
#    machine learning")
# I  github jaharding57/cse242finalConceptsReviewApplet  decks/dl_flashcards.js  (course review flashcards)
# J  https://mockrounds.com/ai-machine-learning/artificial-intelligence-explained-3/?print=1  (quiz questions)
# K  https://questionai.com/essays-e3QZUGcUfw0/applications-random-forest-realworld-examples-predictive
# L  https://toxigon.com/real-world-applications-of-random-forest
# M  https://iq.opengenus.org/disadvantages-of-svm/
# N  https://questionai.com/essays-eZojy7W6zs2/understanding-limitations-look-disadvantages-support
# O  https://www.flyriver.com/l/limitations-of-transformer-architectures
# P  https://www.surveypractice.org/article/2715-using-support-vector-machines-for-survey-research/attachment/9229.html
# Q  https://ainiketan.in/papers/08-transformer-2017/sections/07-limitations/
# R  github memari-majid/NLP_Interview  flashcards/ml/ML_Deep_Learning_Fundamentals/README.md
# S  github mateusgm/playground  problems-ds/regression/README.md
# T  https://medium.com/quantyca/how-to-handle-class-imbalance-problem-9ee3062f2499
# U  https://robots.net/fintech/how-to-deal-with-imbalanced-data-in-machine-learning/
# V  https://datascience.q-and-a.net/question/how-can-i-handle-imbalanced-classes-in-a-classification-problem-effectively--66
# W  https://ai.qatopic.com/question/how-do-you-handle-class-imbalance-in-training-datasets-for-machine-learning-models--276
# X  https://www.kdnuggets.com/2015/04/preventing-overfitting-neural-networks.html
# Y  https://hailp.com/training-neural-networks/preventing-data-overfit/
# Z  https://blog.humblebee.ai/post/9011b6ff-e225-4a44-a610-3176f9749193
# AA https://www.ai-agile.org/2025/07/when-would-data-scientist-use-gradient.html
# AB github AadithyaRao2809/SE  MI/Unit_2/batch-normalization.md  (student notes)
# AC github navib-007/genai-learning  week-01-deep-learning-foundations/day6_activation_function/Batch_Normalization.md
# AD github AbhinavJha-Dev-GenAI/Computer-Vision  12-Interview-Prep/README.md
# AE https://onlinedegrees.scu.edu/media/blog/9-examples-of-reinforcement-learning
# AF https://odinschool.com/blog/top-100-reinforcement-learning-real-life-examples-and-its-challenges
# AG https://rlbook.pages.dev/chapters/intro-to-rl/rl-in-the-wild
# AH https://opendatascience.com/7-applications-of-auto-encoders-every-data-scientist-should-know/
# AI github daemonX10/Notes  07_computer_vision/00_core_questions.md
# AJ https://iq.opengenus.org/applications-of-autoencoders/
# AK https://questionai.com/essays-edgQN3JcoL0/drawbacks-support-vector-machines-svms
# AL https://restack.io/p/transformer-models-answer-strengths-limitations-cat-ai
# AM github le3arn2code/AI  lab32/interview_qna.md  (data-augmentation interview Q&A; a different file from the
#    lab22 file listed in the exclude list)
# AN https://littlebitai.org/gradient-boosting-regression-gradient-boosting-regression-dataset-suitability-checklist
# AO https://taptwicemedia.com/context/ai-technology/neural-networks/rnn/lstm/
# AP https://huggingface.co/datasets/nyuuzyou/gitee-code  (stored notebook "# Long Short Term Memory")

BLIND35_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "#### What is {S}",  # B: "#### What is Word embedding"
        "#### [Question] What is {S} ?",  # B: "#### [Question] What is RNN(recurrent neural network) ?"
        "## **1. What is {S}?**",  # C: "## **1. What is Deep Learning?**"
        "**Q1: What is {s}?**",  # D: "**Q1: What is deep learning?**"
        "How do i explain {S} to non ML audience.",  # E: "How do i explain Attention Mechanism to non ML audience."
        "{S} Explained Like You're 5",  # G: "Attention Explained Like You're 5"
        "explain {s} with example in machine learning",  # H: "explain random forest algorithm with example in machine learning"
        "Define {s}.",  # A: "Define precision and recall."
    ),
    "advantages": (
        "What is {S}? How is it useful in a machine learning context?",  # A: "What is Bayes' Theorem? How is it useful in a machine learning context?"
        "What is the main benefit of using {s}?",  # I: "What is the main benefit of using convolution in CNNs?"
        "What are the advantages of using {S}?",  # K: "What are the advantages of using Random Forest?"
        "What is the primary benefit of using {s} in machine learning applications?",  # J: "What is the primary benefit of using transfer learning in machine learning applications?"
        "How does {s} improve the efficiency of machine learning models?",  # J: "How does transfer learning improve the efficiency of machine learning models?"
        "Why is {s} particularly useful when there is limited labeled data in a new domain?",  # J: "Why is transfer learning particularly useful when there is limited labeled data in a new domain?"
        "**Explain how {s} can improve the performance of a vision model.**",  # AI: "**Explain how image augmentation can improve the performance of a vision model.**"
        "Major advantages of {s}",  # P: "Major advantages of support vector machines"
    ),
    "limitations": (
        "Disadvantages of {S}",  # M: "Disadvantages of SVM"
        "Understanding the Limitations: A Look at the Disadvantages of {S}",  # N: "Understanding the Limitations: A Look at the Disadvantages of Support Vector Machines"
        "The Drawbacks of {S}",  # AK: "The Drawbacks of Support Vector Machines (SVMs)"
        "The Limitations of {S}",  # O: "The Limitations of Transformer Architectures"
        "Major disadvantages of {s}",  # P: "Major disadvantages of support vector machines"
        "7. Limitations — what {s} still gets wrong",  # Q: "7. Limitations — what the Transformer still gets wrong"
        "###### Issues of {S}",  # B: "###### Issues of Standard RNNs"
        "Limitations of {S}",  # AL: "Limitations of Transformers"
    ),
    "works": (
        "###### How is {S} WORK ?",  # B: "###### How is LSTM WORK ?"
        "#### 5.0 How {S} work ?",  # B: "#### 5.0 How RNN work ?"
        '# What is "{s}" and how does it work?',  # F: "# What is \"attention\" and how does it work?"
        "How does {s} work in neural networks?",  # R: "How does backpropagation work in neural networks?"
        "how {s} works in machine learning",  # H: "how random forest algorithm works in machine learning"
        "**How does {s} work in image analysis?**",  # AI: "**How does edge detection work in image analysis?**"
        "Explain how {s} works.",  # A: "Explain how a ROC curve works."
        "What is {S}? How it can be learned?",  # S: "What is Ordinary Least Squares Regression? How it can be learned?"
    ),
    "fix": (
        "How to deal with {s}",  # S: "How to deal with highly correlated variables"
        "What is {s} and what to do with it?",  # S: "What is collinearity and what to do with it? How to remove multicollinearity?"
        "How to handle {S} Problem",  # T: "How to handle Class Imbalance Problem"
        "How To Deal With {S} In Machine Learning",  # U: "How To Deal With Imbalanced Data In Machine Learning"
        "How can I handle {s} in a classification problem effectively?",  # V: "How can I handle imbalanced classes in a classification problem effectively?"
        "How do you handle {s} in training datasets for machine learning models?",  # W: "How do you handle class imbalance in training datasets for machine learning models?"
        "Data Science 101: Preventing {S} in Neural Networks",  # X: "Data Science 101: Preventing Overfitting in Neural Networks"
        "Preventing {s}",  # Y: "Preventing overfitting"
    ),
    "when": (
        "{S}: When to Use It, When to Skip It ?",  # Z: "PCA: When to Use It, When to Skip It ?"
        "When Would a Data Scientist Use {S}?",  # AA: "When Would a Data Scientist Use Gradient Boosting for Regression?"
        "3. **When should you use {s}?**",  # AM: "3. **When should you use data augmentation?**"
        "Avoid {S} If:",  # AN: "Avoid Gradient Boosting If:"
        "{S} usage considerations",  # AO: "LSTM usage considerations"
        "## When to use {S}?",  # AP: "## When to use LSTMs?"
        "{S}. When to use?",  # S: "Other algorithms for regression. When to use?"
        "{S} Dataset Suitability Checklist",  # AN: "Gradient Boosting Regression Dataset Suitability Checklist"
    ),
    "examples": (
        "Real-World Applications of {S}: Where Machine Learning Meets Practicality",  # L: "Real-World Applications of Random Forest: Where Machine Learning Meets Practicality"
        "Where can {S} be applied in real-world scenarios?",  # K: "Where can Random Forest be applied in real-world scenarios?"
        "7 Applications of {S} Every Data Scientist Should Know",  # AH: "7 Applications of Auto-Encoders Every Data Scientist Should Know"
        "Applications of {S}",  # AJ: "Applications of Autoencoders"
        "9 Real-Life {S} Examples and Use Cases",  # AE: "9 Real-Life Reinforcement Learning Examples and Use Cases"
        "100+ Real-Life Examples of {S} And It's Challenges",  # AF: "100+ Real-Life Examples of Reinforcement Learning And It's Challenges"
        "Real-world examples of {s} all around us",  # AG: "Real-world examples of reinforcement learning all around us"
        "**Q2: Real-time: How is {s} used in healthcare?**",  # D: "**Q2: Real-time: How is deep learning used in healthcare?**"
    ),
    "purpose": (
        "### Why {S}",  # AB: "### Why Batch Normalization"
        "🎯 Why Use {S}?",  # AC: "🎯 Why Use Batch Normalization?"
        "## **4. What Is {S}, and Why Do We Need It?**",  # C: "## **4. What Is Data Normalization, and Why Do We Need It?**"
        "What is {S} and Why Does It Matter?",  # L: "What is Random Forest and Why Does It Matter?"
        "why use {s} in machine learning",  # H: "why use random forest algorithm in machine learning"
        "*   **Q: What is the purpose of {S}?**",  # AD: "*   **Q: What is the purpose of NMS (Non-Maximum Suppression)?**"
        "What is the purpose of {s} in neural networks?",  # I: "What is the purpose of activation functions in neural networks?"
        "Why is the need for {S} rising?",  # AF: "Why is the need for Reinforcement Learning rising?"
    ),
}

# Blind test phrasings (set 36) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://dev.to/yisus777/explain-x-like-im-five-3c9c  (DEV "Explain neural networks Like I'm Five" request)
# B  http://phoenix2718.dothome.co.kr/?p=3323  (Korean learner's batch-normalization study notes, summary questions)
# C  stored file id 23755717862  (Indian learner's ML class notes in a .py file, 2022, Python docstring notes; repository not shown)
# D  stored file id 16298071313  (Chinese learner's "Paper and Fundamental Summary" notes, batch_norm page; repository not shown)
# E  stored file id 42259632688  (RL course notes in MyST, "Temporal-Difference Learning" admonitions; repository not shown)
# F  github diefimov/santander_2016 issue #1  (issue title by user bourbe)
# G  github grofers/talks issue #10  (Bangalore meetup talk outline "Dealing With Class Imbalance")
# H  github karmenkokoko/Papermining issue #9  (paper-notes issue title)
# I  github huggingface/computer-vision-course pull request #318  (learner contribution, knowledge-distillation page headings)
# J  github mattpocock/dictionary-of-ai-coding issue #28  (issue title)
# K  MTH548 course "Weekly Digest" student Q&A pages (stored ids 48875788806, 48540113934, 48086076921, 48354486624, 48088046424; site sources github MTH548/MTH548_site)
# L  github samtecspg/articulate issue #1066  (user question "Drawback of articulate")
# M  github zg104/zg104.github.io post "Mathematics or Statistics in basic logistic regression" (stored id 33123343873; graduate student's blog questions)
# N  github statisticalbiotechnology/cb2030  qa/clustering.md, qa/pca.md, qa/supervisedlearning.md  (KTH course student Q&A)
# O  https://csesmu.blogspot.com/2015/10  (student blog post "Feature scaling", numbered questions)
# P  github ybsong00/CREST-Release issue #10  (issue title by lawpdas)
# Q  github EmbraceLife/shendusuipian issue #89  (Chinese learner's fast.ai lesson notes as issues)
# R  github facebookresearch/fastText issue #283  (issue title by omerarshad)
# S  github furukawa-ai/deeplearning_papers issue #48  (Japanese reading-group notes, comment heading)
# T  github nashory/gans-awesome-applications issue #1  (issue title)
# U  github BIT-DA/DCAN issue #2  (issue title by besaman)
# V  github Createdd/Writing issue #60  (issue title)
# W  github FormerlyChucks/IThinkImOKAY issue #11652  (archived r/AskReddit post title)
# X  GeeksforGeeks "Probabilistic Models in Machine Learning" FAQ section (stored copy id 69714224686; https://www.geeksforgeeks.org/machine-learning/probabilistic-models-in-machine-learning/)
# Y  stored file id 9441309630  (learner's DevOps notes on Docker; repository not shown)
# Z  stored file id 24450100800  ("# Notes About Module 1", learner's neural-network notes; repository not shown)
# AA stored file id 24732474514  (personal blog post on the attention mechanism, figure caption; repository not shown)
# AB stored file id 38890433699  (learner's pandas/ML notes; repository not shown)
# AC stored file id 31320104597  ("# Frequently asked questions" notes page; repository not shown)
# AD stored file id 38908164854  (course midterm study-guide notes with question lists; repository not shown)
# AE https://myessayvalet.com/i-work-in-the-medical-field-so-please-make-it-for-a-medical-field-organization-thanks/  (student's homework ask)
# AF github sheffieldnlp/stance-conditional issue #2  (comment by eckolemon)
# AG github jaredleekatzman/DeepSurv issue #83  (issue by 111caiqianqian)
# AH stored file id 19167014388  (learner's Python notes; repository not shown)
# AI stored file id 29145444900  (learner's JavaScript "# Questions" list; repository not shown)
# AJ stored file id 25131475879  ("# Generative-Experiments" README TO DO list; repository not shown)
# AK stored file id 23627636942  (feature-selection script with QUESTION/ANSWER comments; repository not shown)
# AL stored file id 7062523421  (learner's k-NN notes, numbered list; repository not shown)
# AM stored file id 19029327089  (ISLR study flashcards "F:"/"A:" in Markdown; repository not shown)
# AN stored file id 71013341422  (chat app screenshot-test code, sample user message; repository not shown)
# AO github localminimum/R-net issue #5  (issue title)
# AP stored file id 30414635574  (learner's Keras/wandb workshop script with question comments; repository not shown)

BLIND36_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Explain me the {s} like i'm five",  # A: "Explain me the neural networks like i'm five"
        "What is mean by {s} ?",  # C: "What is mean by overfitting ?"
        "What is the meaningg of {s} ?",  # C: "What is the meaningg of bootstrap ?"
        "1. What is {S}?",  # G: "1. What is Class Imbalance?"
        "What is {s}?",  # H: "What is attention?"
        "Can you add the definition for {s}?",  # J: "Can you add the definition for distillation?"
        "explain {s}",  # V: "explain neural network"
        "## What is The {S}",  # Z: "## What is The Gradient Descent"
    ),
    "advantages": (
        "What is the advantage of {s} ?",  # C: " What is the advantage of machine learning ?"
        "What are the advantage of {s}?",  # E: "What are the advantage of TD learning?"
        "Advantages of {s}",  # B: "Advantages of batch normalization (BN)"
        "why {s} is useful?",  # Q: "* why a pretrained model is useful?"
        "Advantage of using {s}",  # R: "Advantage of using pre-trained word vectors"
        "Why is the effect of {s} is so big?",  # U: "Why is the effect of pretrained model is so big?"
        "Q. What are some advantages of {s}",  # X: "Q. What are some advantages of Probalistic Model"
        "Does {s} provide any true functional benefits or is it purely cosmetic?",  # K: "Does BeautifulSoup provide any true functional benefits or is it purely cosmetic? ..."
    ),
    "limitations": (
        "What is the drawback of using {s} over other machine learning algorithms",  # K: "What is the drawback of using KDE over other machine learning algorithms"
        "Are there any weakness to using {s}?",  # K: "Are there any weakness to using the k-means algorithm? Is it better to use k-NN over k-means?"
        "I have some concern like what are  the drawback of {s} .",  # L: "I have some concern like what are  the drawback of articulate ."
        "6. What are the disadvantage of {s}?",  # M: "6. What are the disadvantage of logistic regression?"
        "Q. What are the limitation of {s}?",  # X: "Q. What are the limitation of probabilistic Models?"
        "### what is the disadvantages of {s}?",  # Y: "### what is the disadvantages of docker?"
        "15. Cons of {s}",  # AL: "15. Cons of KNN"
        "* F: _What are drawbacks of {s}?_",  # AM: "* F: _What are drawbacks of resampling approaches?_"
    ),
    "works": (
        "HOw {s}  Works?",  # C: "HOw supervised learning  Works?"
        "What does {s} work ?",  # C: "What does random forest Algorithms work ?"
        "### Why Does {S} Work?",  # I: "### Why Does Knowledge Distillation Work?"
        "Can you show how {s} work?",  # N: "Can you show how kernel work? Since it said that it is random by trial and error ..."
        "how does {s} work in simplified terms?",  # W: "how does a car work in simplified terms?"
        "## How Does {S} Works?",  # Z: "## How Does Backpropagation Works?"
        "How {s} works?",  # AA: "How attention works?"
        "Can you explain how {s} works?",  # AN: "Can you explain how attention works?"
    ),
    "fix": (
        "Techniques to reduce {s}:",  # C: "Techniques to reduce overfitting:"
        "5. How to deal with {s}?",  # M: "5. How to deal with overfitting?"
        "tactic to combat {s}",  # F: "tactic to combat imbalance"
        "How to solve {s}?",  # B: "How to solve internal covariate shift?"
        "- How to handle {s}.",  # AB: "- How to handle imbalance dataset."
        "2. How to overcome {s}?",  # AC: "2. How to overcome overfitting?"
        "How to prevent {s}?",  # AJ: "Discriminator loss approaches 0, causing vanishing gradients ... How to prevent vanishing gradients?"
        "# QUESTION: How can we reduce {s}?",  # AK: "# QUESTION: How can we reduce overfitting?"
    ),
    "when": (
        "Where to apply {s}?",  # B: "Where to apply batch normalization?"
        "2. What type of datasets is most suited for {s}?",  # M: "2. What type of datasets is most suited for logistic regression?"
        "In what situations is {s} really useful?",  # N: "... In what situations is k-means clustering really useful?"
        "How to know whether {s} is applicable on a particular data set or not?",  # N: "How to know whether PCA is applicable on a particular data set or not?"
        "1. When do we use {s}, and why?",  # AD: "1. When do we use PCA, and why?"
        "so whether {s} is necessary here？",  # AF: "so whether attention mechanism is necessary here？"
        "Sorry, I am a novice. I want to know if {s} is necessary?",  # AG: "Sorry, I am a novice. I want to know if data normalization is necessary? How to normalize data generally?"
        "# When should we use {s}",  # AP: "# When should we use dropout - if you know we are overfitting = ..."
    ),
    "examples": (
        "Whare we use {s} .",  # C: "Whare we use supervised machine learning ."
        "Is {s} used in any professional settings?",  # K: "Is Jupyter Notebook used in any professional settings?"
        "## what can you do with {s}?",  # S: "## what can you do with gans?"
        "Open question: any suggestions about cool {s} applications?",  # T: "Open question: any suggestions about cool GAN applications?"
        "- What is the main use of {s} in life science?",  # N: "- What is the main use of PCA in life science? Is it to more easily visualize data ..."
        "Discuss a specific situation where {s} is used, or could be used, in your organization.",  # AE: "Discuss a specific situation where clustering is used, or could be used, in your organization. ..."
        "## What are the application of {s} ?",  # AH: "## What are the application of Python ?"
        "6. What can we build using {s}",  # AI: "6. What can we build using JavaScript"
    ),
    "purpose": (
        "What problem does {s} solve?",  # B: "What problem does batch normalization solve?"
        "## Why we need {s}?",  # D: "## Why we need batch normalization?"
        "2. Why do we need to use {s}?",  # O: "2. Why do we need to use feature scaling?"
        "What is the role of {s}?",  # N: "... What is the role of gamma? How can the optimal parameter be calculated?"
        "About the effect of {s} ?",  # P: "About the effect of residual layer ?"
        "5. What is the point of doing {s} in the first place?",  # AD: "5. What is the point of doing k-means in the first place? When would you use ..."
        "What is {s} used for?",  # K: "What is SVM used for?"
        "use of {s}",  # AO: "use of attention function"
    ),
}

# Blind test phrasings (set 37) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  github huggingface/course : chapters/en/chapter1/10.mdx (end-of-chapter quiz), chapters/en/chapter2/8.mdx (Tip titles), chapters/en/chapter3/6.mdx (learning curves section)
# B  github huggingface/deep-rl-class : units/en/unit1/quiz.mdx, units/en/unit2/quiz2.mdx, units/en/unit5/quiz.mdx, units/en/unit4/advantages-disadvantages.mdx
# C  github d2l-ai/d2l-en : chapter_multilayer-perceptrons/dropout.md (older MXNet version, "Exercises")
# D  github chiphuyen/ml-interviews-book : contents/7.1-basics.md, 7.2-sampling-and-creating-training-data.md, 8.1.2-questions.md, 8.3-training-neural-networks.md
# E  github google-research/tuning_playbook : README.md (FAQs and warmup section)
# F  https://github.com/google-research/tuning_playbook/discussions/40  (discussion question on gradient accumulation)
# G  github DLR-RM/stable-baselines3 : docs/guide/rl_tips.rst (Reinforcement Learning Tips and Tricks)
# H  github openai/spinningup : docs/spinningup/rl_intro.rst (Part 1: Key Concepts in RL)
# I  github pytorch/tutorials : beginner_source/nn_tutorial.py (tutorial title)
# J  github keras-team/keras-io : guides/sequential_model.py (The Sequential model guide)
# K  github keras-team/keras-io : templates/why_keras.md
# L  github tensorflow/docs : site/en/tutorials/keras/overfit_and_underfit.ipynb
# M  github jakevdp/PythonDataScienceHandbook : notebooks/05.01-What-Is-Machine-Learning.ipynb, 05.05-Naive-Bayes, 05.11-K-Means (book text)
# N  https://docs.fast.ai/callbacks.mixup.html  (fastai v1 docs, "Mixup data augmentation")
# O  github Kaggle/learntools : notebooks/feature_engineering_new/raw/tut6.ipynb (Kaggle Learn, Target Encoding)
# P  Kaggle notebook https://www.kaggle.com/code/jhoward/how-does-a-neural-net-really-work  (fast.ai 2022 lesson 3; title as linked in course notes)
# Q  github microsoft/LightGBM : docs/Parameters-Tuning.rst
# R  github scikit-learn/scikit-learn : doc/common_pitfalls.rst, doc/modules/tree.rst (user guide, not the FAQ)
# S  github MrinmoiHossain/Udacity-Deep-Learning-Nanodegree : 5.Generative_Adversarial_Networks/.../Benefits_of_Batch_Normalization.md, 8.1.Additional_Lessons/Lesson_2-Regression/20.Linear_Regression_Warnings.md
# T  github kambojrakesh/Deep-Learning-Specialization-Cousera : 2-Improving-Deep-Neural-Networks.../week1/README.md, week2/README.md (course learning objectives)
# U  github Open-Deep-ML/DML-OpenProblem : questions/190_gradient-accumulation/learn.md, questions/146_momentum-optimizer/learn.md
# V  https://ultralytics.com/glossary/dropout-layer , https://ultralytics.com/glossary/batch-normalization  (Ultralytics glossary)
# W  stored file id 23889444185 (course unit notes "# Clustering" with "Check Your Progress" sections; the index did not show its repository)
# X  github ArunkumarRamanan/Google-Machine-Learning : README (Google Machine Learning Crash Course landing page, "Some of the questions answered in this course")
# Y  https://github.com/GENZITSU/UsefulMaterials/issues/25  ("When Does Label Smoothing Help?")
# Z  https://github.com/anuxlab/deep-learning-systems/wiki/Module-10  (course module learning outcomes)
# AA https://bookey.app/book/deep-learning/qa  (discussion questions for Kelleher, "Deep Learning")
# AB https://www.cuantum.tech/app/section/12-overview-of-deep-learning-2325a04353274bcbab54057be3ada4dd  (online book, Generative Deep Learning with Python, ch. 1.2)
# AC https://learn.modernagecoders.com/resources/ai-and-machine-learning/introduction-to-ai-and-ml/practice  (course practice questions)
# AD https://leeroopedia.com/index.php/Heuristic:Fastai_Fastbook_Mixup_Data_Augmentation  (heuristics wiki page, "Usage")
# AE scribd document 880137154 "NNDL Question Bank MID 1" (read via a php-proxy mirror)
# AF https://open.passingai.com/content/11771.html  (Q&A page)
# AG https://howto.im/q/prevent-overfitting-during-fine-tuning  (Q&A page)

BLIND37_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        '### 5. What does "{s}" mean?',  # A: '### 5. What does "transfer learning" mean?'
        "### Q1: What is {S}?",  # B: "### Q1: What is Reinforcement Learning?"
        "### Q4: Can you explain what is {S}?",  # B: "### Q4: Can you explain what is Epsilon-Greedy Strategy?"
        "### Q4: Define with your own words what is a `{s}`",  # B: "### Q4: Define with your own words what is a `raycast`"
        "What is `{s}` *really*?",  # I: "What is `torch.nn` *really*?"
        "## What is {s}?¶",  # N: "## What is mixup?¶"
        "# What Is {S}?",  # M: "# What Is Machine Learning?"
        "1. What do you understand by the term “{S}”?",  # W: "1. What do you understand by the term “Clustering”?"
    ),
    "advantages": (
        "# Why choose {S}?",  # K: "# Why choose Keras?"
        "5. [E] Why is {s} important?",  # D: "5. [E] Why is hyperparameter tuning important?"
        "11. [M] Why does {s} generally improve performance?",  # D: "11. [M] Why does ensembling independently trained models generally improve performance?"
        "Why use {s}?",  # B: '"but Deep Q-Learning is excellent! Why use policy-gradient methods?"'
        "## Benefits of {S}",  # S: "## Benefits of Batch Normalization"
        "Benefits of Using {S}",  # V: "Benefits of Using Dropout"
        "Some advantages of {s} are:",  # R: "Some advantages of decision trees are:"
        "Describe the benefits of {s} and apply it to your optimization",  # T: "Describe the benefits of learning rate decay and apply it to your optimization"
    ),
    "limitations": (
        "1. Why should you typically not using {s}?",  # C: "1. Why should you typically not using dropout?"
        "Current Limitations of {S}",  # G: "Current Limitations of RL"
        "Caveats of {s}",  # M: "Caveats of expectation–maximization"
        "###{S} Warnings",  # S: "###Linear Regression Warnings"
        "4. List some of the limitations of {S}.",  # W: "4. List some of the limitations of Hierarchical clustering."
        "Explain the conceptual role and limitations of {s}.",  # Z: "Explain the conceptual role and limitations of capacity measures."
        "The disadvantages of {s} include:",  # R: "The disadvantages of decision trees include:"
        "A {s} is **not appropriate** when:",  # J: "A Sequential model is **not appropriate** when:"
    ),
    "works": (
        "How does {s} work?",  # X: "How does gradient descent work?"
        '<Tip title="How {S} Works">',  # A: '<Tip title="How Flash Attention Works">'
        "1. Briefly explain how {S} works.",  # W: "1. Briefly explain how Partition Based Clustering works."
        "2. How is “{S}” performed?",  # W: "2. How is “Density Based Clustering” performed?"
        "## **3. {S} Mechanism**",  # U: "## **3. Gradient Accumulation Mechanism**"
        "- Understand how {s} works",  # U: "- Understand how momentum optimization works"
        "How does a {s} really work?",  # P: "How does a neural net really work?"
        "7. Explain the concept and algorithm of {S} and its importance in training neural networks.",  # AE: "7. Explain the concept and algorithm of Back-Propagation Networks and its importance in training neural networks."
    ),
    "fix": (
        "### How can {s} be debugged and mitigated?",  # E: "### How can optimization failures be debugged and mitigated?"
        "## Strategies to prevent {s}",  # L: "## Strategies to prevent overfitting"
        "**Solutions for {s}:**",  # A: "**Solutions for overfitting:**"
        "Deal with {S}",  # Q: "Deal with Over-fitting"
        "How to avoid {s}",  # R: "How to avoid data leakage"
        "1. [M] What do you do when your training data has {s}?",  # D: "1. [M] What do you do when your training data has class imbalance?"
        "What are some strategies to overcome {s} during fine-tuning?",  # AF: "What are some strategies to overcome overfitting during fine-tuning?"
        "prevent {s} during fine tuning?",  # AG: "prevent overfitting during fine tuning?"
    ),
    "when": (
        "## When to use a {s}",  # J: "## When to use a Sequential model"
        "When to Use {S}",  # M: "When to Use Naive Bayes"
        "1. [M] What problems is {s} good for?",  # D: "1. [M] What problems is gradient boosting good for?"
        "When Does {S} Help?",  # Y: "When Does Label Smoothing Help?"
        "In which scenarios should the {s} method be used?",  # F: "In which scenarios should the gradient accumulation method be used?"
        "Assess the right time and place for using {s}",  # T: "Assess the right time and place for using regularization methods such as dropout or L2 regularization"
        "##### When to apply {s}",  # E: "##### When to apply learning rate warmup"
        "Use {S} when:",  # AD: "Use Mixup when:"
    ),
    "examples": (
        "What Can {S} Do?",  # H: "What Can RL Do?"
        "Name three real-world applications of {S} that you interact with daily.",  # AC: "Name three real-world applications of Machine Learning that you interact with daily."
        "<strong>Use Cases for {S}</strong><br>",  # O: "<strong>Use Cases for Target Encoding</strong><br>"
        "2. Where is {S} used in present day scenario?",  # W: "2. Where is Clustering used in present day scenario?"
        "### Applications of {S} in Real-World Scenarios",  # W: "### Applications of Clustering in Real-World Scenarios"
        "## **4. Applications of {S}**",  # U: "## **4. Applications of Gradient Accumulation**"
        "Applications Of {S}",  # V: "Applications Of Batch Normalization"
        "## Qualitative Examples of {S} Applications",  # M: "## Qualitative Examples of Machine Learning Applications"
    ),
    "purpose": (
        "45. [E] What’s the motivation for {s} in neural works?",  # D: "45. [E] What’s the motivation for skip connection in neural works?"
        "1. [E] Why do we use {s}?",  # D: "1. [E] Why do we use feature selection?"
        "35. [E] What’s {s}? Why do we need it?",  # D: "35. [E] What’s learning rate warmup? Why do we need it?"
        "## **2. Why Use {S}?**",  # U: "## **2. Why Use Gradient Accumulation?**"
        "What is the role of {s} in machine learning algorithms?",  # AA: "What is the role of inductive bias in machine learning algorithms?"
        "What is {s} and why is it important?",  # AA: "What is deep learning and why is it important?"
        "1.2.2 Why {S}?",  # AB: "1.2.2 Why Deep Learning?"
        "Examine the importance of {s} in complex neural networks",  # T: "Examine the importance of initialization in complex neural networks"
    ),
}

# Blind test phrasings (set 38) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://aws.amazon.com/what-is/machine-learning/  (AWS "What is machine learning?" page, section headings)
# B  https://aws.amazon.com/what-is/transfer-learning/  (AWS "What is transfer learning?" page)
# C  http://aws.amazon.com/what-is/deep-learning  (AWS "What is Deep Learning?" page)
# D  https://aws.amazon.com/what-is/overfitting/  (AWS "What is Overfitting?" page)
# E  https://cloud.google.com/discover/what-is-reinforcement-learning  (Google Cloud topic page)
# F  https://cloud.google.com/discover/what-is-supervised-learning  (Google Cloud topic page)
# G  https://www.ibm.com/topics/gradient-descent  (IBM Cloud Education "Gradient Descent", 2020 version as stored in the huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 text)
# H  github huggingface/blog : moe.md  ("Mixture of Experts Explained", Hugging Face blog)
# I  github huggingface/blog : bert-101.md  ("BERT 101", Hugging Face blog)
# J  github huggingface/blog : rlhf.md  ("Illustrating RLHF", Hugging Face blog)
# K  github MicrosoftDocs/azure-docs : articles/machine-learning/concept-automated-ml.md  (Azure ML docs)
# L  github MicrosoftDocs/azure-docs : articles/machine-learning/concept-manage-ml-pitfalls.md  (Azure ML docs)
# M  http://www.sas.com/da_dk/insights/analytics/deep-learning.html  (SAS Insights "Deep Learning - What it is and why it matters")
# N  https://www.snowflake.com/en/artificial-intelligence/machine-learning/feature-engineering/  (Snowflake guide)
# O  https://www.cloudflare.com/en-au/learning/ai/what-is-deep-learning/  (Cloudflare Learning Center, "Learning Objectives")
# P  https://www.cloudflare.com/en-au/learning/ai/what-is-machine-learning/  (Cloudflare Learning Center, "Learning Objectives")
# Q  https://www.byteplus.com/en/topic/485125  (BytePlus topic page on batch normalization: title + table of contents)
# R  https://www.byteplus.com/en/topic/485402  (BytePlus topic page "Benefits of dropout regularization", table of contents)
# S  https://www.byteplus.com/en/topic/401340  (BytePlus topic page "How does dropout in neural networks work?", table of contents)
# T  https://www.byteplus.com/en/topic/473504  (BytePlus topic page on gradient descent challenges)
# U  https://www.byteplus.com/en/topic/399119  (BytePlus topic page on transfer learning challenges)
# V  https://www.byteplus.com/en/topic/473539  (BytePlus topic page "Understanding the risks of gradient descent in machine learning")
# W  https://www.byteplus.com/en/topic/399114  (BytePlus topic page "Common mistakes with transfer learning", table of contents)
# X  https://www.encora.com/insights/problems-with-gradient-descent  (Encora Insights, company blog)
# Y  https://www.meegle.com/en_us/topics/gradient-descent/gradient-descent-weaknesses  (Meegle topic page)
# Z  https://www.meegle.com/en_us/topics/gradient-descent/gradient-descent-challenges  (Meegle topic page)
# AA https://d2wozrt205r2fu.cloudfront.net/p/transfer-learning-answer-limitations-of-transfer-learning-cat-ai  (Restack knowledge page "Limitations Of Transfer Learning In AI", CDN copy)
# AB https://zubnet.ai/zh-CN/wiki/Transfer-Learning/  (Zubnet AI wiki, English "Deep Dive" section headings)
# AC https://fliphtml5.com/jvgyd/uzlm/machinelearning-dg/104  (Amazon Machine Learning Developer Guide, "Preventing Overfitting" page, flipbook copy)
# AD https://pixelplex.io/glossary/overfitting-prevention/  (PixelPlex glossary)
# AE https://www.vellum.ai/blog/how-to-reduce-llm-hallucinations  (Vellum blog)
# AF https://salayan.com/en/blog?cat=Machine+Learning  (Salayan company blog listing, post title)
# AG https://www.numberanalytics.com/blog/mastering-overfitting-prevention-detection-correction-ml  (Number Analytics blog)
# AH https://qognitionlabs.com/blog/rag-vs-fine-tuning  (Qognition Labs blog, section heading)
# AI https://ai-solutions.wiki/glossary/deep-learning/  (AI Solutions Wiki glossary, section heading)
# AJ github RapidataAI/rapidata-python-sdk : docs/confidence_stopping.md  (Rapidata SDK docs, "Early Stopping Based on Confidence")
# AK https://gokawiil.com/article/119924  ("When Fine-Tuning Makes Sense: A Developer's Guide", copy of a fine-tuning tool vendor's blog post)
# AL https://packtpub.com/en-ph/product/deep-learning-quick-reference-9781788837996/chapter/transfer-learning-with-pretrained-cnns-8/section/when-transfer-learning-should-be-used-ch08lvl1sec47  (Packt book section title)
# AM https://toolnavs.com/en/article/1295-what-is-fine-tuning-when-to-choose-a-fine-tuning-instead-of-continuing-to-pile-p  (ToolNavs article heading)
# AN https://demskigroup.com/can-machine-learning-really-help-your-business-heres-how-to-tell  (Demski Group company blog, section heading)
# AO https://tech.flowblog.io/audio/721bf66f-c168-4604-b7a5-0181a01bd0fa/when-to-use-synthetic-data-in-ml-key-insights/transcript  (company blog post title)
# AP https://rheodata.com/en-us/blog/retrieval-augmented-generation-rag-technical-guide  (RheoData blog, table of contents)
# AQ https://eyer.ai/blog/the-use-cases-for-anomaly-detection  (Eyer.ai blog title)
# AR https://www.itransition.com/blog/reinforcement-learning-applications  (Itransition blog title)
# AS https://www.prismkit.xyz/glossary/overfitting  (PrismKit AI glossary, section heading)
# AT https://cloudacademy.com/course/introduction-machine-learning-gcp-3985/what-problems-can-machine-learning-solve/  (Cloud Academy course "Learning Objectives")
# AU https://fastgpt.cn/en/faq/Why-is-the-attention-mechanism  (FastGPT FAQ question title)
# AV https://manufactai.com/the-silent-power-behind-efficient-ai-why-decision-makers-need-to-know-lora  (ManufactAI blog)
# AW https://glossary.chatmaxima.com/en/the-power-of-data-augmentation-in-machine-learning-b6bc5a74-0af2-4a03-a47a-cd1cba05143e/  (ChatMaxima glossary)
# AX https://docs.anarchy.ai/platform/build_your_own_llms/augmentation  (Anarchy AI platform docs, section heading)
# AY https://www.datasciencecompany.com/overfitting/  (Data Science Company glossary heading)

BLIND38_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}?",  # A: "What is machine learning?"
        "# {S} Explained",  # H: "# Mixture of Experts Explained"
        "Understanding {s}",  # E: "Understanding reinforcement learning"
        "{S}: What it is and why it matters",  # M: "Deep Learning" / "What it is and why it matters"
        "What is the meaning of {s} in machine learning?",  # Q: "What is the meaning of batch normalization in machine learning?"
        "Define {s}",  # O: "Define deep learning"
        "{S} DEFINED",  # N: "FEATURE ENGINEERING DEFINED"
        "Definition of {S}",  # AY: "Definition of Overfitting"
    ),
    "advantages": (
        "What are the benefits of {s}?",  # B: "What are the benefits of transfer learning?"
        "Key benefits of {s}",  # R: "Key benefits of dropout regularization"
        "Benefits of using {s}",  # S: "Benefits of using dropout"
        "Key benefits of implementing {s}",  # Q: "Key benefits of implementing batch normalization"
        "Benefits of {S}",  # AX: "Benefits of Augmentation"
        "The Power of {S} in Machine Learning",  # AW: "The Power of Data Augmentation in Machine Learning"
        "Why should you be interested in {s}?",  # AV: "Why should you be interested in LoRA?"
        "What are the Benefits of {S}?",  # AP: "What are the Benefits of RAG?"
    ),
    "limitations": (
        "What are the challenges associated with {S}?",  # T: "...what are the challenges associated with Gradient Descent? is the first step..."
        "Problems with {S}",  # X: "Problems with Gradient Descent"
        "{S} Weaknesses",  # Y: "Gradient Descent Weaknesses"
        "{S} Challenges",  # Z: "Gradient Descent Challenges"
        "The multifaceted challenges of {s}",  # U: "The multifaceted challenges of transfer learning"
        "Limitations Of {S} In AI",  # AA: "Limitations Of Transfer Learning In AI"
        "When {S} Fails",  # AB: "When Transfer Fails"
        "Understanding the risks of {s} in machine learning",  # V: "Understanding the risks of gradient descent in machine learning"
    ),
    "works": (
        "How does {s} work?",  # F: "How does supervised learning work?"
        "How {s} works",  # K: "## How automated ML works"
        "## 2. How does {s} Work?",  # I: "## 2. How does BERT Work?"
        "Explain how {s} works",  # P: "Explain how machine learning works"
        "How {s} works: Mechanism and implementation",  # R: "How dropout works: Mechanism and implementation"
        "How {s} works in practice",  # Q: "How batch normalization works in practice"
        "How Does {S} Work?",  # G: "How Does Gradient Descent Work?"
        "# {S}: Let’s take it step by step",  # J: "# RLHF: Let’s take it step by step"
    ),
    "fix": (
        "## Prevent {s}",  # L: "## Prevent overfitting"
        "## Handle {s}",  # L: "## Handle imbalanced data"
        "Preventing {S}",  # AC: "Preventing Overfitting"
        "{S} Prevention",  # AD: "Overfitting Prevention"
        "Strategies to mitigate {s} challenges",  # W: "Strategies to mitigate transfer learning challenges"
        "3 Strategies to Reduce {S}",  # AE: "3 Strategies to Reduce LLM Hallucinations"
        "{S} in ML: Strategies & Prevention 2026",  # AF: "Overfitting in ML: Strategies & Prevention 2026"
        "Mastering {S} in ML: Prevention, Detection & Correction",  # AG: "Mastering Overfitting in ML: Prevention, Detection & Correction"
    ),
    "when": (
        "When to use {s}",  # AH: "When to use RAG"
        "When {S} Is the Right Choice",  # AI: "When Deep Learning Is the Right Choice"
        "## When to Use {S}",  # AJ: "## When to Use Early Stopping"
        "When {S} Makes Sense: A Developer's Guide",  # AK: "When Fine-Tuning Makes Sense: A Developer's Guide"
        "When {s} should be used",  # AL: "When transfer learning should be used"
        "When is it more suitable for {s}?",  # AM: "When is it more suitable for fine-tuning?"
        "How to Know If {S} Can Help Your Business",  # AN: "How to Know If Machine Learning Can Help Your Business"
        "When to Use {S} in ML: Key Insights",  # AO: "When to Use Synthetic Data in ML: Key Insights"
    ),
    "examples": (
        "Where is {s} used?",  # A: "Where is machine learning used?"
        "What are the uses of {s}?",  # C: "What are the uses of deep learning?"
        "### 1.1 Example of {s}",  # I: "### 1.1 Example of BERT"
        "{S} examples",  # D: "Overfitting examples"
        "Common Use Cases for {s}",  # AP: "Common Use Cases for RAG"
        "The use cases for {s}",  # AQ: "The use cases for anomaly detection"
        "{S} applications: what’s under the hood?",  # AR: "Reinforcement learning applications: what’s under the hood?"
        "AI Tools That Use {S}",  # AS: "AI Tools That Use Overfitting"
    ),
    "purpose": (
        "Why is {s} important?",  # A: "Why is machine learning important?"
        "Why is {s} important today?",  # M: "Why is deep learning important today?"
        "## 1. What is {s} used for?",  # I: "## 1. What is BERT used for?"
        "Why is {s} needed?",  # H: "Why is expert capacity needed?"
        "## Why Use {S}?",  # AJ: "## Why Use Early Stopping?"
        "The types of problems {s} can solve",  # AT: "The types of problems machine learning can solve"
        "Why is the {s} needed",  # AU: "Why is the attention mechanism needed"
        "The Silent Power Behind Efficient AI: Why Decision Makers Need to Know {S}",  # AV: "The Silent Power Behind Efficient AI: Why Decision Makers Need to Know LoRA"
    ),
}

# Blind test phrasings (set 39) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://reddit.adminforge.de/r/explainlikeimfive/comments/117c2lo/eli5_what_is_machine_learning  (r/explainlikeimfive post title)
# B  https://threadreaderapp.com/thread/1406899847798611969.html  (Santiago's unrolled Twitter thread)
# C  http://youtubu.tv/results?q=...  (YouTube search-query result pages; queries: "what is support vector machine algorithm in machine learning",
#    "how random forest algorithm works in machine learning", "random forest algorithm formula in machine learning",
#    "random forest algorithm steps in machine learning", "explain random forest algorithm with example in machine learning",
#    "why use random forest algorithm in machine learning", "primary purpose of machine learning algorithm in data analysis")
# D  https://redlib.privacytools.click/r/deeplearning/comments/1lwap36/i_cant_understand_activation_function/  (r/deeplearning post title)
# E  "# When Can We Use PCA?" page with a "People also ask"-style Contents list (stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# F  github google-research/bert issue #425  ("What is exactly the learning rate warmup described in the paper?")
# G  github IDEA-Research/DINO issue #39  (comment by xueyyao)
# H  https://www.simonwardjones.co.uk/posts/gradient_boosted_decision_trees/  (blog heading)
# I  https://indico.io/blog/how-can-l-explain-why-transfer-learning-gives-better-performance-than-standard-training/  ("Ask Slater" reader-question column, Quora question)
# J  https://twunroll.com/article/1350678998213222400  (unrolled Twitter thread "20 machine learning questions that will make you think")
# K  github vicoslab/mixed-segdec-net-comind2021 issue #38
# L  github DeepMotionAIResearch/DenseMatchingBenchmark issue #6
# M  https://roastidio.us/topic/13441081  (feed excerpt of a blog post on k-means clustering)
# N  https://www.flyriver.com/l/disadvantages-of-batch-normalization  (search-query titled page)
# O  http://52.33.56.145/2016/04/01/disadvantages-of-using-deep-learning/  (blog post title)
# P  https://reason.town/deep-learning-disadvantages/  (blog post title)
# Q  github bhanML/Co-teaching issue #8
# R  http://www.datascienceblog.pw/when-reinforcement-learning-should-not-be-used.html  (post title)
# S  https://rl.huuu.biz/r/learnmachinelearning/comments/1fbyvps/why_attention_works/  (r/learnmachinelearning post title)
# T  https://reddit.sentinel-team.org/posts/1r3us48/  (reddit post snapshot, poster's list of questions about transformers)
# U  https://www.vproexpert.com/what-is-logistic-regression-and-how-does-it-work/  (blog title)
# V  https://www.techwithtim.net/tutorials/machine-learning-python/k-nearest-neighbors-2/  (tutorial title and heading)
# W  https://redlib.astronima.party/r/DevDepth/comments/1sfl97c/  (r/DevDepth post title)
# X  github zoogzog/chexnet issue #28  ("class imbalance problem")
# Y  github wvangansbeke/Unsupervised-Classification issue #131
# Z  https://yetiai.com/how-to-avoid-overfitting-deep-learning/  (blog title)
# AA https://datasciencetrainingcourseinhyderabad.blogspot.com/2025/09/how-do-you-deal-with-overfitting-in.html  (blog post title)
# AB https://thecleverprogrammer.com/2020/11/20/how-to-reduce-overfitting-in-machine-learning/  (blog title)
# AC https://www.ml-concepts.com/2022/01/13/how-to-reduce-overfitting/  (blog title)
# AD https://texxl.com/python/machine-learning/what-are-the-best-cases-for-using-decision-trees-in-machine-learning/  (query-titled post)
# AE https://meldayagi.my.id/when-to-apply-reinforcement-learning.html  (post title)
# AF https://zdwords.com/when-is-reinforcement-learning-an-appropriate-approach-to-solving-complex-problems-284698.htm  (query-titled page; title read from its address)
# AG https://github-wiki-see.page/m/chunhualiao/public-docs/wiki/reinforcement-learning:suitable-problems  (wiki page heading)
# AH https://eatsip365.com/deciding-to-use-a-transfer-learning-method  (article title)
# AI https://datascience.stackexchange.com/questions/123689/is-there-no-reason-to-ever-use-naive-bayesian-learning  (question title)
# AJ https://crunchingthedata.com/when-to-use-k-means-clustering/  (opening question of the post)
# AK https://community.deeplearning.ai/t/significance-of-pca-and-explained-variance-ratio-explained-variance-ratio/711208  (learner's forum question)
# AL https://www.tutorialspoint.com/what-is-machine-learning-ml-and-its-real-world-applications  (article title)
# AM https://winenfood.com/common-use-cases-for-k-means-clustering  (article title)
# AN https://sevenmentor.com/k-means-clustering-algorithm-with-real-life-applications  (blog title)
# AO https://examples-of.com/science-mathematics/statistical-analysis-examples/multivariate-analysis-examples/science-mathematics-statistical-analysis-examples-multivariate-analysis-examples-example-of-k-means-clustering  (page heading)
# AP https://vizfor.me/term/k-means-clustering  (glossary question)
# AQ https://aideeva.com/2025/08/13/understanding-embeddings  (numbered heading)
# AR github atong01/conditional-flow-matching issue #152  ("the usage of ema")
# AS https://crazyweb.quentins.space/assets/ProjectSolveForMe/AskUs/ArtificialIntelligence/TransferLearning/styles.css  (Q&A-style page heading)
# AT https://www.datasciencecompany.com/k-means-clustering/  (page heading)

BLIND39_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Eli5 What is {s}?",  # A: "Eli5 What is machine learning?"
        "What's {s}?",  # B: "What's machine learning?"
        "what is {s} in machine learning",  # C: "what is support vector machine algorithm in machine learning"
        "I can't understand {s}!",  # D: "I can't understand activation function!"
        "What does {s} mean?",  # E: "18. What does PCA mean?"
        "What is exactly the {s} described in the paper?",  # F: "What is exactly the learning rate warmup described in the paper?"
        'Could you explain more about "{s}"? What kind of trick is it? Thanks!',  # G: 'Could you explain more about "ema"? What kind of trick is it? Thanks!'
        "What is a `{s}`? 🤷♂️",  # H: "What is a `gradient boosted decision tree`? 🤷♂️"
    ),
    "advantages": (
        "How can l explain why {s} gives better performance than standard training?",  # I: "How can l explain why transfer learning gives better performance than standard training?"
        "13. How does {S} help?",  # J: "13. How does Batch Normalization help?"
        "16. Is there any value in {s}?",  # J: "16. Is there any value in weight initialization?"
        "Could {S} improve the performance?",  # K: "Could Data Augmentation improve the performance?"
        "How much can {s}  improve performance in your view?",  # L: "How much can data augmentation  improve performance in your view?"
        "Is {s} useful?",  # E: "3. Is PCA useful?"
        "Does {s} increase accuracy?",  # E: "21. Does PCA increase accuracy?"
        "But what makes {s} so prevalent in the data science community?",  # M: "But what makes k-means clustering so prevalent in the data science community?"
    ),
    "limitations": (
        "Disadvantages Of {S}",  # N: "Disadvantages Of Batch Normalization"
        "15. What are some of the limitations of {S}?",  # J: "15. What are some of the limitations of Deep Learning?"
        "When should you not use {s}?",  # E: "12. When should you not use PCA?"
        "What are the limitations of {s}?",  # E: "14. What are the limitations of PCA?"
        "Disadvantages of Using {S}",  # O: "Disadvantages of Using Deep Learning"
        "The Disadvantages of {S}",  # P: "The Disadvantages of Deep Learning"
        "{s} makes performance worse",  # Q: "data augmentation makes performance worse"
        "When {s} should not be used?",  # R: "When reinforcement learning should not be used?"
    ),
    "works": (
        "Why {s} works?",  # S: "Why attention works?"
        "What's the intuition behind {s}?",  # T: "What's the intuition behind multi-head attention? Why not just one really big attention mechanism?"
        "how {s} works in machine learning",  # C: "how random forest algorithm works in machine learning"
        "{s} formula in machine learning",  # C: "random forest algorithm formula in machine learning"
        "{s} steps in machine learning",  # C: "random forest algorithm steps in machine learning"
        "What is {s} and how does it work",  # U: "What is logistic regression and how does it work"
        "{S} P.2 – How Does it Work?",  # V: "KNN P.2 – How Does it Work?"
        "How Does {S} Work?",  # V: "How Does K-Nearest Neighbors Work?"
    ),
    "fix": (
        "How to prevent {s} in your ML models — a practical checklist",  # W: "How to prevent overfitting in your ML models — a practical checklist"
        "10. How do you deal with the {s} problem?",  # J: "10. How do you deal with the vanishing gradient problem?"
        "Can you explain how you solved the {s} problem？Thanks",  # X: "Can you explain how you solved the class imbalance problem？Thanks"
        "Solve the bad results caused by {s}?",  # Y: "Solve the bad results caused by data imbalance?"
        "How to Avoid {S} Deep Learning: Proven Techniques for Optimal Model Performance",  # Z: "How to Avoid Overfitting Deep Learning: Proven Techniques for Optimal Model Performance"
        "How do you deal with {s} in deep learning models?",  # AA: "How do you deal with overfitting in deep learning models?"
        "How to Reduce {S} in Machine Learning?",  # AB: "How to Reduce Overfitting in Machine Learning?"
        "How to reduce {S}?",  # AC: "How to reduce Overfitting?"
    ),
    "when": (
        "What are the best cases for using {s} in machine learning",  # AD: "What are the best cases for using decision trees in machine learning"
        "When Can We Use {S}?",  # E: "When Can We Use PCA?" (page title)
        "When To Apply {S}",  # AE: "When To Apply Reinforcement Learning"
        "When is {s} an appropriate approach to solving complex problems",  # AF: "When is reinforcement learning an appropriate approach to solving complex problems"
        "Checklist for Determining if a Problem is a Good Fit for {S}",  # AG: "Checklist for Determining if a Problem is a Good Fit for Reinforcement Learning (RL)"
        "Deciding to Use a {S} Method",  # AH: "Deciding to Use a Transfer Learning Method"
        "Is there no reason to ever use {s}?",  # AI: "Is there no reason to ever use naive bayesian learning?"
        "Are you wondering whether you should use {s} for your next data science project?",  # AJ: "Are you wondering whether you should use k-means clustering for your next data science project?"
    ),
    "examples": (
        "What are some real-life use cases of {s}?",  # AK: "What are some real-life use cases of PCA?"
        "What is a {s} example?",  # E: "2. What is a PCA example?"
        "explain {s} with example in machine learning",  # C: "explain random forest algorithm with example in machine learning"
        "What is {s} and its real-world applications?",  # AL: "What is Machine Learning (ML) and its real-world applications?"
        "Common Use Cases for {S}",  # AM: "Common Use Cases for K-Means Clustering"
        "{S} with Real Life Applications",  # AN: "K-Means Clustering Algorithm with Real Life Applications"
        "The best examples of {s}: practical examples that actually matter",  # AO: "The best examples of k-means clustering: practical examples that actually matter"
        'How is "{S}" used today?',  # AP: 'How is "K-Means Clustering" used today?'
    ),
    "purpose": (
        "why use {s} in machine learning",  # C: "why use random forest algorithm in machine learning"
        "primary purpose of {s} in data analysis",  # C: "primary purpose of machine learning algorithm in data analysis"
        "What can {s} be used for?",  # E: "1. What can PCA be used for?"
        "2. Why Do We Need {S}?",  # AQ: "2. Why Do We Need Embeddings?"
        "hi, great work! i just would like to ask what is the role of {s} in cifar10 example?",  # AR: "hi, great work! i just would like to ask what is the role of ema in cifar10 example?"
        "the usage of {s}",  # AR: "the usage of ema" (issue title)
        "Why use {S}?",  # AS: "Why use Transfer Learning?"
        "How is {s} used?",  # AT: "How is K-means clustering used?"
    ),
}

# Blind test phrasings (set 40) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  github elinsky/ml-interview-dojo : ml-rapid-fire/** flashcards ("**Q:**" cards: 03-regularization/07-weight-decay.md,
#    05-rnns/03-rnn-limitations.md, optimizers/09-common-problems.md, rnns/02-rnn-applications.md,
#    05-regularization/05-when-l1-lasso.md, 07-when-elastic-net.md, logistic-regression/04-how-trained.md)
# B  github adubhai-school/ml-book : quiz/quiz01.md  (course quiz "Quiz 1 - Introduction to deep learning")
# C  github h1376h/MLCourse : ML_Obsidian_Vault/Lectures/8/Quiz/L8_1_Quiz.md, Lectures/6/Quiz/L6_7_Quiz.md  (lecture quizzes, "#### Task" lists)
# D  github garima-mahato/END2 : Session1-Background_And_Very_Basics/Readme.md  (course assignment, Part 2 questions)
# E  github IDEA-Research/ED-Pose issue #5  (issue title "What is EMA")
# F  github facebookresearch/ConvNeXt issue #88  (issue body "why we need ema? what is ema?")
# G  stored file id 7291426287  (R Markdown notes of the KDnuggets post "5 Things You Need to Know about Reinforcement Learning"; repository not shown)
# H  stored file id 45678312835  (numbered Java interview-question notes; repository not shown)
# I  stored file id 52490709700  (course practical "Task 3.1: Chemical space discussion", group questions; repository not shown)
# J  github madhav3289/Python_AIML_Super150 : MadhavGupta_2315001277-_assignment5/EnsembleLearnning/task7.md  (student assignment)
# K  stored file id 377028699  (ML note "What are the disadvantages of using classic decision tree algorithm for a large dataset?"; repository not shown)
# L  stored file id 15914052383  (Spring Webflux / Reactive Streams notes, Q headings; repository not shown)
# M  stored file id 26597225084  (transfer-learning note with Q headings; repository not shown)
# N  stored file id 35277691019  (bilingual cryptography study notes, "Drawbacks of DES"; repository not shown)
# O  github samogden/CST463-assignments : labs/lab03-gradientboosting/README.md  (course lab questions)
# P  stored file id 57001235809  (exam/quiz question bank in JSON; repository not shown)
# Q  stored file id 8433455989  (security study notes, "Potential Questions" list; repository not shown)
# R  stored file id 43180027834  (database-indexing note, Obsidian-style; repository not shown)
# S  stored file id 7097575269  (deep-learning course notes, transfer-learning section; repository not shown)
# T  github Wroblewskigk/pytorch-studies : 04_Custom_Datasets/Z01.py  (exercise posed in a docstring)
# U  github agarnitin86/Data-Science-Interview-Preparation : generic-ml.md
# V  stored file id 67281113867  (phishing-detection project README, "**Q:**" section; repository not shown)
# W  stored file id 58308466937  (PyTorch interview answers, numbered headings; repository not shown)
# X  stored file id 44431211340  (ML system-design notes, bold numbered questions; repository not shown)
# Y  stored file id 8723741763  (Python script whose module docstring poses the question; repository not shown)
# Z  stored file id 31000468185  (AI big-model article, appendix FAQ list; repository not shown)
# AA stored file id 52171370897  (ML project interview Q&A, "### Q14:"; repository not shown)
# AB stored file id 38882779198  (README notes "# Data augmentation"; repository not shown)
# AC stored file id 48249053274  (JS info panel `infoContent` with question headings for an augmentation tool; repository not shown)
# AD github biobenkj/flash-semicrf : docs/faq/01-basics.md  (library FAQ)
# AE stored file id 10333833817  (CS52 course lab handout, "## Reflection" checklist; repository not shown)
# AF stored file id 3897307552  (tutorial "# Knowledge Check" questions; repository not shown)
# AG stored file id 71641531647  (generative-AI lesson, end-of-lesson check questions; repository not shown)
# AH stored file id 44127387  (exam JSON with "question" and "student_answer" fields; repository not shown)
# AI stored file id 52926832152  (chatbot course README, sample questions per module; repository not shown)
# AJ stored file id 23252350398  (design-pattern notes, Iterator Pattern section; repository not shown)
# AK stored file id 23213959863  (Swift interview-question list; repository not shown)
# AL stored file id 16202313490  (bootcamp lesson plan "### Essential Questions" on Redux; repository not shown)
# AM stored file id 4146190960  (tutorial "### Knowledge Check" on persistent data structures; repository not shown)
# AN stored file id 120888402  (blog post "Building microservices - reading notes", "# FAQ" section)
# AO stored file id 21625654596  (JS course quiz data, generators lesson; repository not shown)
# AP github quantyxofficial/Mislennious-files : public/content/practice/deep-learning/14-dropout.md  (practice question "# Scenario")
# AQ github duke-trust-lab/intro_modern_rl : challenges/challenge0.md  (course assignment "RL in the Real World")
# AR github HiteshRam666/USL : README.md  (practical "Data Augmentation: What, Why, and How")

BLIND40_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "**Q:** What is {s}?",  # A: "**Q:** What is weight decay?"
        "1. What is {s} in one sentence?",  # C: "1. What is the curse of dimensionality in one sentence?"
        "What is {S}",  # E: "What is EMA"
        '#### 4) What is "{s}" in a neural network?',  # D: "#### 4) What is \"loss\" in a neural network?"
        "## 1. What is {s}? How does it relate with other ML techniques?",  # G: "## 1. What is reinforcement learning? How does it relate with other ML techniques?"
        "# 4) What do you understand by {s}?",  # H: "# 4) What do you understand by Java virtual machine?"
        "1. What do you understand by the term '{s}\u2019?",  # I: "1. What do you understand by the term 'chemical space\u2019?"
        "what is {s}?",  # F: "why we need ema? what is ema?"
    ),
    "advantages": (
        "1. What are the three main benefits of {s}?",  # C: "1. What are the three main benefits of feature selection?"
        "1. What is the main advantage of {s}?",  # C: "1. What is the main advantage of supervised feature selection?"
        "4. [\U0001f50d] What are the advantages of {s}?",  # C: "4. [🔍] What are the advantages of reduced error pruning?"
        "- What are the benefits of using {S}?",  # AL: "- What are the benefits of using Redux?"
        "1. **What are the benefits of using {s}?**",  # AM: "1. **What are the benefits of using immutable data structures?**"
        "## Q: What are the pros of {s}?",  # AN: "## Q: What are the pros of microservice architecture?"
        "How does {s} improve model performance?",  # AC: "How does image augmentation improve model performance?"
        "What is the main benefit of using {s}?",  # AO: "What is the main benefit of using generator pipelines?"
    ),
    "limitations": (
        "**Q:** What are the main limitations of {s}?",  # A: "**Q:** What are the main limitations of vanilla RNNs?"
        "**Q:** What are common problems with {s}?",  # A: "**Q:** What are common problems with optimizers?"
        "### 3. What is the weakness of {s}?",  # J: "### 3. What is the weakness of boosting-based methods?"
        "3. [\U0001f4da] **Limitation 1**: What are the limitations of {s}?",  # C: "3. [📚] **Limitation 1**: What are the limitations of automatic pruning?"
        "# What are the disadvantages of using {s} for a large dataset?",  # K: "# What are the disadvantages of using classic decision tree algorithm for a large dataset?"
        "## What Are the Disadvantages of Using {S}?",  # L: "## What Are the Disadvantages of Using Reactive Streams?"
        "## What are the drawbacks of using {s}?",  # M: "## What are the drawbacks of using transfer learning?"
        "**What are the drawbacks of {S}?**",  # N: "**What are the drawbacks of DES?**"
    ),
    "works": (
        "1. [\U0001f50d] How does {s} work?",  # C: "1. [🔍] How does reduced error pruning work?"
        "1. [\U0001f50d] What is the principle behind {s}?",  # C: "1. [🔍] What is the principle behind MDL pruning?"
        "How does {s} work with classification tasks?",  # O: "How does gradient boosting work with classification tasks?"
        "Explain the working of {S} algorithm.",  # P: "Explain the working of Random Forest algorithm."
        "2. **Explain the working of {S}.**",  # Q: "2. **Explain the working of X.509 Authentication Service.**"
        "# How does {s} work under the hood?",  # R: "# How does indexing work under the hood?"
        "# How is {S} Trained?",  # A: "# How is Logistic Regression Trained?"
        "- What is the intuition behind {S}?",  # S: "- What is the intuition behind Transfer learning?"
    ),
    "fix": (
        "What are 3 methods for  preventing {s}? Write them down and explain each with a sentence.",  # T: "...What are 3 methods for  preventing underfitting? Write them down and explain each with a sentence."
        "## How to handle {s}:",  # U: "## How to handle data imbalance:"
        "**Q: How do you prevent {s}?**",  # V: "**Q: How do you prevent overfitting?**"
        "### 9. How do you prevent {s} in PyTorch?",  # W: "### 9. How do you prevent overfitting in PyTorch?"
        "**1. How to deal with {s} ?**",  # X: "**1. How to deal with class imbalance ?**"
        "How to deal with {s} using Python",  # Y: "How to deal with class imbalance using Python"
        "+ How to Avoid {S} in Deep Learning?",  # Z: "+ How to Avoid Overfitting in Deep Learning?"
        "### Q14: How do you prevent {s} in your models?",  # AA: "### Q14: How do you prevent overfitting in your models?"
    ),
    "when": (
        "**Q:** When would you choose {s}? (3 reasons)",  # A: "**Q:** When would you choose L1 regularization (Lasso)? (3 reasons)"
        "**Q:** When would you use {S}?",  # A: "**Q:** When would you use Elastic Net?"
        "2. When would you use {s}?",  # C: "2. When would you use unsupervised feature selection?"
        "1. [\U0001f4da] **Method A**: When would you use {s}?",  # C: "1. [📚] **Method A**: When would you use pre-pruning?"
        "4. [\U0001f50d] When would {s} be preferred over other methods?",  # C: "4. [🔍] When would MDL pruning be preferred over other methods?"
        "## When is {s} helpful",  # AB: "## When is data augmentation helpful"
        "When should I apply {s} to my dataset?",  # AC: "When should I apply image augmentation to my dataset?"
        "## Q: When should I NOT use a {s}?",  # AD: "## Q: When should I NOT use a semi-CRF?"
    ),
    "examples": (
        "**Q:** What are common {s} applications?",  # A: "**Q:** What are common RNN applications?"
        "* [ ] What are some use cases for {S}?",  # AE: "* [ ] What are some use cases for React Components?"
        "- What are some use cases for {s}?",  # AF: "- What are some use cases for fan-in and fan-out patterns?"
        "5. Give three real-world applications of {S}.",  # AG: "5. Give three real-world applications of GANs."
        "Name two real-world applications of {s}.",  # AH: "Name two real-world applications of Natural Language Processing (NLP)."
        '- "What are real-world applications of {s}?"',  # AI: "- \"What are real-world applications of humanoid robots?\""
        "Where can we use {S}:",  # AJ: "Where can we use Iterator Pattern:"
        "Can you give some examples of where {s} might be a good idea?",  # AK: "Can you give some examples of where singletons might be a good idea?"
    ),
    "purpose": (
        "## What is the purpose of the {s} in training a neural network?",  # B: "## What is the purpose of the loss function in training a neural network?"
        "## What is the role of {s} in training a neural network?",  # B: "## What is the role of backpropagation in training a neural network?"
        "1. [\U0001f50d] What is the main goal of {s}?",  # C: "1. [🔍] What is the main goal of tree pruning?"
        "why we need {s}?",  # F: "why we need ema? what is ema?"
        "#### 2) What is the use of the {s}?",  # D: "#### 2) What is the use of the learning rate?"
        "Why do we use {S}?",  # AP: "Why do we use Dropout?"
        "What problem is {s} supposed to solve in this system?",  # AQ: "What problem is reinforcement learning supposed to solve in this system?"
        "## \U0001f3af Why Use {S}?",  # AR: "## 🎯 Why Use Data Augmentation?"
    ),
}

# Blind test phrasings (set 41) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://siteproxy.ruqli.workers.dev/https/www.scribd.com/document/889900491/ML-Lab-Viva-Questions  (M.Tech ML lab viva questions)
# B  https://www.scribd.com/document/910158936/DL-Naga-QBupdated-2  (AD3501 Deep Learning question bank, Anna University affiliate; read via a yet-another-testing-domain.com mirror)
# C  https://askfilo.com/user-question-answers-smart-solutions/deep-learning-assignment-no-2-1-what-is-a-convolutional-3337383035343939  (student's "Deep Learning Assignment No. 2")
# D  https://www.scribd.com/document/785957331/Deep-Learning-Paper-3-Solutions  (Deep Learning and Neural Networks exam paper 3, section III; read via codestin.com mirror)
# E  https://www.wonderslate.com/u/Anna+University/Computer+Science/deep-learning/pyqs?siteName=books  (Anna University deep learning previous-year questions)
# F  https://www.scribd.com/document/930534130/Reinforcement-Learning-Model-Paper  (Aditya Engineering College 201AM7E04 RL model paper; read via codestin.com mirror)
# G  github shanemarvinmay/ml-course : study-group/4_slide_questions.md, study-group/5_slide_questions.md  (course study-group questions)
# H  https://www.suganta.com/notes/1417/sem-vii-theory-examination-2023-24-machine-learning  (AKTU KOE073 exam paper, Section A)
# I  https://www.scribd.com/document/733377913/Assignment-10-2024  (NPTEL IIT Kharagpur Deep Learning assignment, week 10, 2024; read via ptop.only.wip.la mirror)
# J  https://askfilo.com/exams/2cs2010304-machinelearning-2024-previous-year-question-paper  (Sankalchand Patel University ML paper, 2024)
# K  https://www.scribd.com/document/788191391/3  (data mining university examination paper; read via round-lake.dustinice.workers.dev mirror)
# L  https://masomomsingi.com/mda-5202-machine-learning-kca-past-paper/  (KCA University MDA 5202 Machine Learning exam, Dec 2018)
# M  https://masomomsingi.com/bsd-3204-bisf-3203-machine-learning  (BSD 3204/BISF 3203 Machine Learning exam, Dec 2021)
# N  https://www.scribd.com/document/716354830/NNDL-Assignment-Ans  (NNDL assignment questions; read via fanyv88.com mirror)
# O  https://www.suganta.com/notes/1345/sem-vii-theory-examination-2024-25-deep-learning  (AKTU KDS078 Deep Learning solved paper, Section A)
# P  https://www.myassignmenthelp.sg/questions/co3311-describe-the-features-of-a-neural-network-that-we-need-to-specify-when-giving-an-architecture/  (UOL CO3311 Neural networks assignment)
# Q  https://www.scribd.com/document/837857106/NNDL-Question-Bank  (CCS355 Neural Network and Deep Learning question bank, Unit I Part A; read via rt.http3.lol mirror)
# R  https://gtupapers.xyz/gtu/papers/1618003-fundamentals-of-machine-learning-ds-summer-2022  (GTU Fundamentals of ML paper, Summer 2022)
# S  https://www.scribd.com/document/865444719/Assignment-5-Solution  (weekly assignment MCQs with solutions; read via fanyv88.com mirror)
# T  https://www.scribd.com/document/771479547/ML-Question-Bank  (SAL Institute Machine Learning 3170724 question bank with GTU exam dates; read via rt.http3.lol mirror)
# U  https://www.scribd.com/document/839422511/DL-Questions  (DL question list, Unit I/II 2-mark questions; read via rt.http3.lol mirror)
# V  https://www.scribd.com/document/974575554/Important-Questions  (VTU BAI701 Deep Learning and Reinforcement Learning important questions)
# W  https://www.cwa.mdx.ac.uk/cst3170/lect24Conclusion/mLExam.html  (Middlesex CST3170 "Machine Learning Exam Questions")
# X  https://www.doubtly.in/deep-learning-semester-7-mu-ai-ds-viva-qna/  (Mumbai University AI-DS deep learning viva Q&A)
# Y  https://www.scribd.com/document/862263599/ISE-1-Imp-DLpdf  (ISE-1 important deep learning questions; read via rt.http3.lol mirror)
# Z  https://scribd.com/document/725172489/ann-2023-2023  (SPC 2409 Artificial Neural Networks university examination 2022/2023)
# AA http://grafana.stuvia.com/doc/10992411/machine-learning-using-python  (Stuvia document: Machine Learning using Python question paper, short questions)
# AB https://www.wonderslate.com/u/Sppu/Computer+Engineering/machine-learning/important-questions?siteName=books  (SPPU ML important questions)
# AC https://masomomsingi.com/bbit300-bit3201a-data-mining-and-data-warehousing/  (BBIT 300/BIT 3201A Data Mining exam, Aug 2019)
# AD https://www.scribd.com/document/810140422/Unit1-PracticeQuestions  (deep learning Unit-1 practice questions; read via fanyv88.com mirror)
# AE github golishivaprasadreddy/prep : unit2.md  (student's unit-wise exam prep questions)
# AF https://a-warded.org/open-book/university-machine-learning/lesson-28/quiz  (open-book university ML course, lesson quiz)
# AG https://www.scribd.com/document/704387524/Deep-Learning-Question-bank-Module-wise  (HKE 18CS731 Deep Learning question bank)
# AH https://engineeringinterviewquestions.com/mcqs-on-introduction-answers  (neural networks MCQ set "Introduction")
# AI https://masomomsingi.com/mism5302-mda5304-data-mining-and-warehousing-kca-past-paper/  (KCA University MISM5302/MDA5304 exam, Dec 2018)
# AJ https://github.com/subhash-kr0/Full-Stack-Data-Science-pro  (README question list of a data science course, as stored in the pages corpus)
# AK https://www.scribd.com/document/693522793/ICS-3202-Artificial-Intelligence-December-2022  (ICS 3202 AI end-of-semester exam; read via onehourindexing01.prideseotools.com mirror)
# AL https://www.scribd.com/document/916084217/Master-Viva-Questions  (advanced ML viva questions; read via s.veneneo.workers.dev mirror)
# AM https://www.scribd.com/document/756932079/Assignment-DMW  (data mining and warehousing assignment questions; read via fanyv88.com mirror)
# AN https://www.scribd.com/document/883519693/Unit-2-Modelling-Textbook-Worksheet-1  (textbook worksheet MCQs; read via web.mswott.net mirror)
# AO http://www.cs.joensuu.fi/pages/whamalai/expert/extraexercises/exercise9.html  (University of Joensuu expert systems course, Exercise 9)
# AP https://www.scribd.com/document/693065494/ML-Practice-Questions  (ML practice questions; read via a clevelandohioweatherforecast.com php-proxy mirror)
# AQ https://yourquickinformation.com/what-is-redundancy-in-neural-network/  (Q&A page, question heading)

BLIND41_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "8. What is {s}?",  # A: "8. What is cross-validation?"
        "10. What is meant by {s} in deep learning?",  # B: "10. What is meant by capacity in deep learning?"
        "8. Write a short note on {s}.",  # C: "8. Write a short note on stride."
        "3(b) Explain the Concept of {S}",  # D: "3(b) Explain the Concept of Batch Normalization"
        "What is {S}? Explain its importance in the field of artificial intelligence.",  # E: "What is Deep Learning? Explain its importance in the field of artificial intelligence."
        "1 a Define {S}? Explain with various examples L2 CO1 [7M]",  # F: "1 a Define Reinforcement Learning? Explain with various examples L2 CO1 [7M]"
        "What is *{S}*?",  # G: "What is *Logistical Regression*?"
        "d. What do you understand by {S}?",  # H: "d. What do you understand by Gradient Descent?"
    ),
    "advantages": (
        "9 a Explain {S} and its advantages. L2 CO5 [7M]",  # F: "9 a Explain Policy Approximation and its advantages. L2 CO5 [7M]"
        "* What is the advantage of {s}? How does it do it?",  # G: "* What is the advantage of FastText? How does it do it?"
        "Which one of the following is an advantage of {s}?",  # I: "QUESTION 5: Which one of the following is an advantage of dropout?"
        "6. Which is/are the advantages of {s}?",  # J: "6. Which is/are the advantages of Naïve Bayes?"
        "c) Discuss five benefits of {s}. (5 Marks)",  # K: "c) Discuss five benefits of data mining. (5 Marks)"
        "a) Analyse any four reasons for advocating for {s} to solve problems 8 Marks",  # L: "a) Analyse any four reasons for advocating for neural networks to solve problems 8 Marks"
        "a). Discuss the main advantages of {s} in the area of artificial intelligence (5 Marks)",  # M: "a). Discuss the main advantages of machine learning in the area of artificial intelligence (5 Marks)"
        "2(a) Discuss the advantages of {S}",  # N: "2(a) Discuss the advantages of Artificial Neural network"
    ),
    "limitations": (
        "h) Challenges of {s}",  # O: "h) Challenges of stochastic optimization"
        "a) Using examples and a diagram, explain the limitations of {s}.",  # P: "a) Using examples and a diagram, explain the limitations of a single Perceptron."
        "Q16.Give the limitation of {s}.",  # Q: "Q16.Give the limitation of McCulloch Pitt's neuron model."
        "List out the disadvantages of the {S}.",  # R: "List out the disadvantages of the Decision Trees."
        "Which of the following is a disadvantage of {S}?",  # S: "QUESTION 1: [1 mark] Which of the following is a disadvantage of Recurrent Neural Networks (RNNs)?"
        "d) Discuss any five challenges facing {s}. (5 Marks)",  # K: "d) Discuss any five challenges facing data mining. (5 Marks)"
        "d). Highlight three weakness of {s} (3 Marks)",  # M: "d). Highlight three weakness of k-means clustering algorithm (3 Marks)"
        "7 Define issues in {s}. (June 2022)",  # T: "7 Define issues in machine Learning. (June 2022)"
    ),
    "works": (
        "8. How does {s} work?",  # U: "8. How does Maxnet work?"
        "3. Explain how {s} works with a neat diagram.",  # V: "3. Explain how deep learning works with a neat diagram."
        "What is the basic idea behind {s}?",  # W: "What is the basic idea behind deep networks?"
        "How do {S} work?",  # W: "How do Multi-Layer Perceptrons work?"
        "e) With an aid of a pseudocode or an algorithm describe the steps followed in {s} technique 4 Marks",  # L: "e) With an aid of a pseudocode or an algorithm describe the steps followed in K-Means technique 4 Marks"
        "Q4: Describe the process of {s} in neural networks.",  # X: "Q4: Describe the process of gradient descent in neural networks."
        "List and explain the basic building blocks of {s}.",  # Y: "List and explain the basic building blocks of deep learning."
        "Explain how the {s} works (4 marks)",  # Z: "b) Self-organizing maps are widely used ... Explain how the Kohonen self-organizing map works (4 marks)"
    ),
    "fix": (
        "22. Provide techniques to address {s}",  # AJ: "22. Provide techniques to address overfitting"
        "24. How can you prevent {s} in machine learning models",  # AJ: "24. How can you prevent underfitting in machine learning models"
        "32. What techniques can be used to address {s}",  # AJ: "32. What techniques can be used to address imbalanced data"
        "How can we prevent {s}?",  # I: "QUESTION 3: How can we prevent underfitting?"
        "Discuss any two ways for handling {s}. (2 Marks)",  # AK: "i. During data preparation they have to handle missing values. Discuss any two ways for handling missing values. (2 Marks)"
        "12 How can we take care of {s} in data? (June 2022, December 2021)",  # T: "12 How can we take care of outliers in data? (June 2022, December 2021)"
        "Q22. What is {s} and how did you handle it in your models?",  # AL: "Q22. What is overfitting and how did you handle it in your models?"
        "9. Describe two solutions to the {s} problem with examples.",  # AD: "9. Describe two solutions to the vanishing gradient problem with examples."
    ),
    "when": (
        "38. Provide examples of scenarios where {s} is beneficial",  # AJ: "38. Provide examples of scenarios where SMOTE is beneficial"
        "(b). Provide an example scenario where {s} is applicable, and describe how it can be beneficial in making predictions or decisions.",  # AM: "(b). Provide an example scenario where classification is applicable, and describe how it can be beneficial ..."
        "d) Discuss the applicability of {s} 3 Marks",  # L: "d) Discuss the applicability of manifold learning 3 Marks"
        "(a) Describe any three situations when {s} can be considered (3 Marks)",  # AI: "(a) Describe any three situations when decision tree learning methods can be considered (3 Marks)"
        "8. {S} is particularly useful for scenarios where:",  # AN: "8. Reinforcement learning is particularly useful for scenarios where:"
        "Formulate rule, when {s} are suitable and when they are not.",  # AO: "Formulate rule, when neural networks are suitable and when they are not."
        "2. Define {s} and provide an example scenario where it is applicable.",  # AP: "2. Define supervised learning and provide an example scenario where it is applicable."
        "Which problems are appropriate for {s}?",  # AQ: "Which problems are appropriate for neural network?"
    ),
    "examples": (
        "8. Write any four applications of {s}.",  # B: "8. Write any four applications of Gradient descent optimization."
        "10. What are the applications of {s}?",  # U: "10. What are the applications of Hopfield networks?"
        "3(c) Use Cases of {S} in Deep Learning",  # D: "3(c) Use Cases of Autoencoders in Deep Learning"
        "6. List and briefly explain three real-world applications of {S}.",  # AA: "6. List and briefly explain three real-world applications of Machine Learning."
        "Explain one key application of {s} in healthcare.",  # AB: "Explain one key application of machine learning in healthcare."
        "d) Briefly explain any application areas of {S} (4 marks)",  # Z: "d) Briefly explain any application areas of Neural networks (4 marks)"
        "a) Explain any two major potential applications of {s} [4 Marks]",  # AC: "a) Explain any two major potential applications of data mining [4 Marks]"
        "18. Give an example of how {s} can be applied to medical imaging.",  # AD: "18. Give an example of how transfer learning can be applied to medical imaging."
    ),
    "purpose": (
        "### 11. What is the main purpose of {s}?",  # AE: "### 11. What is the main purpose of regularization?"
        "4. Why do we use {S}?",  # C: "4. Why do we use Pooling layers?"
        "In the context of deep learning, what is the primary purpose of {S}?",  # AF: "In the context of deep learning, what is the primary purpose of Batch Normalization?"
        "13. Explain the need for {s}.",  # AG: "13. Explain the need for tensorboard."
        "1. Why do we need {s}?",  # AH: "1. Why do we need biological neural networks?"
        "10 What is the purpose of {S}? How does it achieve?(January 2023)",  # T: "10 What is the purpose of Singular value decomposition? How does it achieve?(January 2023)"
        "b) What is the goal of {S}? 2 Marks",  # L: "b) What is the goal of Principle Component Analysis (PCA)? 2 Marks"
        "(f) Describe two motivations of {s} (2 Marks)",  # AI: "(f) Describe two motivations of data mining (2 Marks)"
    ),
}

# Blind test phrasings (set 42) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  stats.stackexchange.com question "Explain "Curse of dimensionality" to a child" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# B  stats.stackexchange.com question "What is maxout in neural network?" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# C  stats.stackexchange.com question "What does 1x1 convolution mean in a neural network?" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# D  stackoverflow.com question "What is an intuitive explanation of the Expectation Maximization technique?" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# E  stackoverflow.com question "A simple explanation of Naive Bayes Classification" (title and body; read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# F  https://www.quora.com/What-is-inference-time-in-deep-learning (Quora title, cited in a GitHub-hosted NF-ResNet review post)
# G  https://madanswer.com/12293/what-is-ensemble-learning
# H  https://www.quora.com/What-is-a-simple-explanation-of-the-Hidden-Markov-Model-algorithm (Quora title, cited in GitHub notes)
# I  https://stats.stackexchange.com/questions/320731 "what is the intuition of why randomforest often works well?" (title and body)
# J  https://community.dataiku.com/t5/General-Discussion/what-is-the-advantage-of-using-Decision-Tree-Machine-Learning/td-p/3991 (title and body)
# K  https://ai.stackexchange.com/questions/10649 "What are the main benefits of using Bayesian networks?" (title and body)
# L  Quora "Why does batch normalization help?" (cited in GitHub machine-learning-glossary/glossary : jekyll/content/terms/batch-normalization.md)
# M  https://www.getmycert.com/certifications/gcp-ml-engineer/questions/what-is-the-primary-advantage-of-ensemble-methods-in-machine-learning.html
# O  https://stats.stackexchange.com/questions/109831 "Why not always use ensemble learning?"
# P  https://www.tencentcloud.com/techpedia/101813 "What are the disadvantages of the K-nearest neighbor algorithm?"
# Q  https://ai.stackexchange.com/questions/8986 "What are the limitations of the hill climbing algorithm and how to overcome them?"
# R  https://ai.stackexchange.com/questions/18576 "What are some well-known problems where neural networks don't do very well?"
# S  https://key-kingdom.com/what-are-the-disadvantages-of-adam-optimizer
# T  https://www.quora.com/What-are-the-disadvantages-of-using-the-ReLu-when-using-Neural-Networks (Quora title, cited in GitHub study notes)
# U  https://stats.stackexchange.com/questions/246655/limitation-of-gaussian-process-regression (title and body)
# V  stats.stackexchange.com question "What is the intuition behind SVD?" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# W  https://datascience.stackexchange.com/questions/88824/unigram-tokenizer-how-does-it-work (title, cited in GitHub-hosted reports)
# X  stats.stackexchange.com question "How exactly does k-means++ work?" (title and body; read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# Y  Quora "How does the dropout method work in deep learning?" (cited in GitHub machine-learning-glossary/glossary : jekyll/content/terms/dropout.md)
# Z  https://stats.stackexchange.com/questions/224140/step-by-step-example-of-reverse-mode-automatic-differentiation
# AA https://www.quora.com/How-does-word2vec-work (Quora title, cited in GitHub NLP notes)
# AB https://questionai.com/amp/questions-twhMLJnjTx/deal-multicollinearity
# AC https://questionai.com/questions-to4yCYEYQy/solve-problems-vanishing-gradients
# AD https://questionai.com/questions-tqp89K9qTi/order-combat-vanishing-gradients-several-strategies
# AE https://www.doubbit.com/How-can-bias-be-reduced-in-machine-learning-models
# AF https://qeeebo.com/questions/how/40/997/how-can-overfitting-be-prevented-during-model-training
# AG https://qeeebo.com/questions/how/7b/cdc/how-can-you-prevent-overfitting-in-a-model
# AH https://docs.otc.t-systems.com/modelarts/umn/faqs/training_jobs/functional_consulting/what_are_the_solutions_to_underfitting.html (ModelArts FAQ)
# AI https://github.com/ChenLiu-1996/CUTS/issues/15 (issue "overfitting", body question)
# AJ stats.stackexchange.com question "When to use regularization methods for regression?" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AK https://questionai.com/amp/questions-tXsrGXGb0c/cases-use-pca
# AL https://github.com/Rishikesh75/backend-devops-lab/issues/28 ("Explain when fine-tuning is justified")
# AM https://whys.video/When-should-you-use-L2-regularization (page title and FAQ question)
# AN https://webeduclick.com/when-can-semi-supervised-learning-work-in-ai
# AO https://stats.stackexchange.com/questions/208529/when-is-it-appropriate-to-use-an-improper-scoring-rule (title and body)
# AP https://www.safaribooksonline.com/a/hands-on-machine-learning/19579737/ (reader's note on a highlight)
# AQ stats.stackexchange.com question "Real-life examples of Markov Decision Processes" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AR stats.stackexchange.com question "What's a real-world example of "overfitting"?" (read via copy in huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AS https://stats.stackexchange.com/questions/20349 "Examples of hidden Markov models problems?"
# AT https://questionai.com/amp/questions-ts48zncsVV/applications-clustering-algorithms-realworld-scenarios
# AU https://qeeebo.com/questions/how/a6/0a2/how-can-clustering-be-used-in-real-world-applications
# AV https://www.programsbuzz.com/interview-question/which-following-are-applications-clustering
# AW https://www.quora.com/What-are-some-real-world-applications-of-simple-linear-regression (Quora title, cited in GitHub course notes)
# AX https://hravn.net/profile/shrutii/questions
# AY https://devhubby.com/thread/what-is-the-purpose-of-dropout-in-neural-networks
# AZ https://experts123.com/q/what-is-the-main-purpose-of-principal-component-analysis-pca.html
# BA https://questionai.com/amp/questions-tKxtMR2yHy/motivation-cross-validation
# BB https://math.techqa.club/the-motivation-for-considering-exponential-families-of-distributions-1401723
# BC https://ai.stackexchange.com/questions/14224 "Why do we need explainable AI?" (read via wiki.weaverden.uk mirror)
# BD https://github.com/zhangyp15/MonoFlex/issues/26 (issue body)
# BE https://github.com/cswry/OSEDiff/issues/19 ("Is Lora training necessary?")

BLIND42_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        'Explain "{S}" to a child',  # A: "Explain "Curse of dimensionality" to a child"
        "What is {s} in neural network?",  # B: "What is maxout in neural network?"
        "What does {s} mean in a neural network?",  # C: "What does 1x1 convolution mean in a neural network?"
        "What is an intuitive explanation of the {S} technique?",  # D: "What is an intuitive explanation of the Expectation Maximization technique?"
        "A simple explanation of {S}",  # E: "A simple explanation of Naive Bayes Classification"
        "What is {s} in deep learning?",  # F: "What is inference time in deep learning?"
        "What is {S}?",  # G: "What is Ensemble Learning?"
        "What is a simple explanation of the {S} algorithm?",  # H: "What is a simple explanation of the Hidden Markov Model algorithm?"
    ),
    "advantages": (
        "what is the intuition of why {s} often works well?",  # I: "what is the intuition of why randomforest often works well?"
        "What is the intuition behind why {s} works well with prediction on lots of applied datasets?",  # I: "What is the intuition behind why randomForest works well with prediction on lots of applied datasets?"
        "what is the advantage of using {S}",  # J: "what is the advantage of using Decision Tree Machine Learning Algorithm"
        "Is there any important advantage of using {S}.",  # J: "Is there any important advantage of using Decision Tree Machine Learning Algorithm."
        "What are the main benefits of using {s}?",  # K: "What are the main benefits of using Bayesian networks?"
        "I have some trouble understanding the benefits of {s}.",  # K: "I have some trouble understanding the benefits of Bayesian networks."
        "Why does {s} help?",  # L: "Why does batch normalization help?"
        "What is the primary advantage of {s} in machine learning?",  # M: "What is the primary advantage of ensemble methods in machine learning?"
    ),
    "limitations": (
        "In which scenarios other techniques might be preferable over {s}?",  # U: "In which scenarios other techniques might be preferable over Gaussian process regression?"
        "Why not always use {s}?",  # O: "Why not always use ensemble learning?"
        "What are the disadvantages of the {S} algorithm?",  # P: "What are the disadvantages of the K-nearest neighbor algorithm?"
        "What are the limitations of the {s} algorithm and how to overcome them?",  # Q: "What are the limitations of the hill climbing algorithm and how to overcome them?"
        "What are some well-known problems where {s} don't do very well?",  # R: "What are some well-known problems where neural networks don't do very well?"
        "What are the disadvantages of {S}?",  # S: "What are the disadvantages of Adam Optimizer?"
        "What are the disadvantages of using the {S} when using Neural Networks?",  # T: "What are the disadvantages of using the ReLu when using Neural Networks?"
        "Limitation of {s}",  # U: "Limitation of Gaussian process regression"
    ),
    "works": (
        "What is the intuition behind {s}?",  # V: "What is the intuition behind SVD?"
        "{S}: how does it work?",  # W: "Unigram tokenizer: how does it work?"
        "How exactly does {s} work?",  # X: "How exactly does k-means++ work?"
        "I am having trouble fully understanding the {s} algorithm.",  # X: "I am having trouble fully understanding the k-means++ algorithm."
        "I am finding it hard to understand the process of {S} and was wondering if someone could explain it with a simple step-by-step process in English.",  # E: "I am finding it hard to understand the process of Naive Bayes and was wondering if someone could explain it ... in English."
        "How does the {s} method work in deep learning?",  # Y: "How does the dropout method work in deep learning?"
        "Step-by-step example of {s}",  # Z: "Step-by-step example of reverse-mode automatic differentiation"
        "How does {s} work?",  # AA: "How does word2vec work?"
    ),
    "fix": (
        "How do we deal with {S}?",  # AB: "How do we deal with Multicollinearity?"
        "How should you solve the problems of {s}?",  # AC: "How should you solve the problems of vanishing gradients?"
        "In order to combat {s} what are some of the several strategies that researchers develop?",  # AD: "In order to combat vanishing gradients what are some of the several strategies that researchers develop?"
        "How can {s} be reduced in machine learning models?",  # AE: "How can bias be reduced in machine learning models?"
        "How can {s} be prevented during model training?",  # AF: "How can overfitting be prevented during model training?"
        "How can you prevent {s} in a model?",  # AG: "How can you prevent overfitting in a model?"
        "What Are the Solutions to {S}?",  # AH: "What Are the Solutions to Underfitting?"
        "How to deal with {s} in model？",  # AI: "How to deal with overfitting in model？"
    ),
    "when": (
        "When to use {s} for regression?",  # AJ: "When to use regularization methods for regression?"
        "In what cases would you NOT use {s}?",  # AK: "In what cases would you NOT use PCA?"
        "Explain when {s} is justified",  # AL: "Explain when fine-tuning is justified"
        "When Should You Use {S} in Machine Learning?",  # AM: "When Should You Use L2 Regularization in Machine Learning?"
        "When is it best to use {s}?",  # AM: "When is it best to use L2 regularization?"
        "When can {S} work in AI?",  # AN: "When can Semi Supervised Learning work in AI?"
        "When is it appropriate to use {s}?",  # AO: "When is it appropriate to use an improper scoring rule?"
        "I am not sure when we can use {s}?",  # AP: "I am not sure when we can use stratified sampling?"
    ),
    "examples": (
        "Real-life examples of {S}",  # AQ: "Real-life examples of Markov Decision Processes"
        'What\'s a real-world example of "{s}"?',  # AR: "What's a real-world example of "overfitting"?"
        "Examples of {s} problems?",  # AS: "Examples of hidden Markov models problems?"
        "What are the applications of {s} in real-world scenarios?",  # AT: "What are the applications of clustering algorithms in real-world scenarios?"
        "How can {s} be used in real-world applications?",  # AU: "How can clustering be used in real-world applications?"
        "Which of the following are applications of {s}?",  # AV: "Which of the following are applications of clustering?"
        "Are there any real-world examples in which it's appropriate to use {s}?",  # AO: "Are there any real-world examples in which it's appropriate to use an improper scoring rule?"
        "What are some real-world applications of {s}?",  # AW: "What are some real-world applications of simple linear regression?"
    ),
    "purpose": (
        "What is the Purpose of {S} in Machine Learning?",  # AX: "What is the Purpose of Cross-Validation in Machine Learning?"
        "What is the purpose of {s} in neural networks?",  # AY: "What is the purpose of dropout in neural networks?"
        "What is the main purpose of {S}?",  # AZ: "What is the main purpose of Principal Component Analysis (PCA)?"
        "What is the motivation for {s}?",  # BA: "What is the motivation for cross validation?"
        "The motivation for considering {s}",  # BB: "The motivation for considering exponential families of distributions"
        "Why do we need {s}?",  # BC: "Why do we need explainable AI?"
        "I see you use {s} in training code, I wonder if it's necessary ?",  # BD: "I see you use gradient clipping in training code, I wonder if it's necessary ?"
        "Is {S} necessary?",  # BE: "Is Lora training necessary?"
    ),
}

# Blind test phrasings (set 43) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  stored file id 56764004797 (RAG benchmark `test_cases` list of questions + expected keywords, Python; repository not shown)
# B  stored file id 36172999429 (deep-learning Q&A data `export const DL = [...]`, three answers per question, JS; repository not shown)
# C  stored file id 22892593876 (Danish deep-learning course notes with numbered learning-objective questions; repository not shown)
# D  stored file id 52032984814 (interview question bank in a JS app, "Data Science" list; repository not shown)
# E  stored file id 66282903144 (CodeBhavya AIML level-13 page script, `initInterviewQuestions` question/answer data; repository not shown)
# F  stored file id 60310627540 (course content JSON, "interview" -> "quickGrind" q/a cards; repository not shown)
# G  stored file id 8851022877 (microlearning prototype, mock "flashcards" front/back data; repository not shown)
# H  stored file id 3915575234 (AI prompting course SQL seed with quiz JSON; repository not shown)
# I  stored file id 60284536603 (computer-vision course chapter 11 "Revision Questions" on transfer learning; repository not shown)
# J  stored file id 35304968942 (Q&A retrieval evaluation set `EVAL_QUESTIONS` with query_variations; repository not shown)
# K  github jaharding57/cse242finalConceptsReviewApplet : decks/dl_flashcards.js (flashcard deck, q/a)
# L  stored file id 13150988119 (chatbot intents dict, "machine_learning" patterns; repository not shown)
# M  stored file id 21830918690 (chatbot training data, patterns/responses list; repository not shown)
# N  stored file id 38578562185 (AI glossary data `glossaryTerms`, per-term faq question/answer; repository not shown)
# O  stored file id 54355790398 (learner notes, "Frequently asked questions" Q/A; repository not shown)
# P  stored file id 54364156099 (quiz question data with options/correctAnswer, JS; repository not shown)
# Q  stored file id 30256631098 (data-science interview question list, lowercase "###" headings; repository not shown)
# R  stored file id 58534318969 (chat app suggested questions per expert, e.g. "reinforcement-learning-expert"; repository not shown)
# S  stored file id 32560545209 (Carpentries-style lesson front matter "questions:" list; repository not shown)
# T  stored file id 30517345047 (topic page FAQ data, label/description items; repository not shown)
# U  stored file id 34646795245 (query-analyzer unit test, list of factual test queries; repository not shown)
# V  stored file id 46916525846 (flashcard API seed script, curl POST with question/answer; repository not shown)
# W  stored file id 61533422827 ("Comprehensive 1000+ Query Test Set" for a query classifier; repository not shown)
# X  stored file id 21279511163 (CSV quiz bank: question,type,options,answer,explanation,...; repository not shown)
# Y  stored file id 63071562339 (Markdown flashcards "**Qnn:**" with <details> answers; repository not shown)
# Z  stored file id 41944845408 (application form component, tech question choices "Q: ..."; repository not shown)
# AA stored file id 16910838870 (student quiz app data `questions2` / `answers2`; repository not shown)
# AB stored file id 35779037318 ("# Transfer Learning Interview Questions & Answers", 100 "### Qn." cards; repository not shown)
# AC stored file id 70474870255 (chatbot Intent "training_help" training patterns; repository not shown)
# AD stored file id 2602134372 (deep-learning notes, "Common Problems and Solutions" question list; repository not shown)
# AE stored file id 38246528034 (gradient boosting notes with question headings; repository not shown)
# AF stored file id 65714824725 (topic-extraction test cases, (query, expected topic) tuples; repository not shown)
# AG stored file id 52320196021 (lesson data with `quiz` question/options items; repository not shown)
# AH stored file id 29405409650 (deep-learning exam study notes, "### question" headings with answers; repository not shown)
# AI stored file id 2665324217 (numbered ML interview question list, 170+ questions; repository not shown)
# AJ stored file id 25634999257 (retrieval test report, query-pair similarity table; repository not shown)
# AK stored file id 66726077517 (k-means study notes with "- Q: / - A:" interview cards; repository not shown)
# AL stored file id 58032679451 (quiz bank `{ q, o, c }` items; repository not shown)
# AM stored file id 53109148972 (deep-learning MCQ question bank, bold numbered questions; repository not shown)
# AN stored file id 56155246696 (arXiv paper QA tool docs, example JSON input; repository not shown)

BLIND43_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What do you mean by {S}?",  # B: "What do you mean by Dropout?"
        "what do you know about {s}?",  # B: "what do you know about input layer?"
        "21. Explain what is meant by {s}",  # C: "21. Explain what is meant by regularization"
        "Explain {s} in simple terms.",  # D: "Explain gradient descent in simple terms."
        "explain {s} in machine learning",  # J: "explain overfitting in machine learning"
        "{s} meaning",  # M: "machine learning meaning"
        "### explain {s} to our ceo.",  # Q: "### explain neural networks to our ceo."
        "### Q100. Summarize {s} in one line.",  # AB: "### Q100. Summarize transfer learning in one line."
    ),
    "advantages": (
        "9. Why is {S} popular?",  # I: "9. Why is EfficientNet popular?"
        "2. Why is {S} useful?",  # I: "2. Why is Transfer Learning useful?"
        "Why is {S} so popular now?",  # N: "Why is Deep Learning so popular now?"
        "Why is {s} so special?",  # S: "Why is deep learning so special?"
        "### Q5. What are the benefits of {s}?",  # AB: "### Q5. What are the benefits of transfer learning?"
        "### Why is {S} so good?",  # AE: "### Why is XGBoost so good?"
        "170. What are the advantages of {S}?",  # AI: "170. What are the advantages of SVM?"
        "Why is {s} effective",  # AJ: "Why is deep learning effective"
    ),
    "limitations": (
        "What challenges exist in {s}?",  # A: "What challenges exist in RAG systems?"
        "What are the disadvantages of {s}?",  # B: "What are the disadvantages of deep learning?"
        "What are the main limitations of {S}?",  # E: "What are the main limitations of K-Means?"
        "What is the main challenge with {s}?",  # N: "What is the main challenge with supervised learning?"
        "### what are some disadvantages to {s}?",  # Q: "### what are some disadvantages to time series analysis methods?"
        "### in what cases would you not use {s}?",  # Q: "### in what cases would you not use pca?"
        "### Q6. What are the challenges of {s}?",  # AB: "### Q6. What are the challenges of transfer learning?"
        "- Q: When does {s} fail?",  # AK: "- Q: When does k-means fail?"
    ),
    "works": (
        "How does {s} work?",  # A: "How does self-attention work?"
        "22. Explain how {s} works",  # C: "22. Explain how weight decay works"
        "Explain {S} step by step.",  # E: "Explain K-Means step by step."
        "What is the principle behind {s}?",  # K: "What is the principle behind score-based models?"
        "how {s} works",  # L: "how ml works"
        "How does {s} work in detail?",  # W: "How does reinforcement learning work in detail?"
        "What happens during {s}?",  # AG: "What happens during backpropagation?"
        "### What is the intuition behind {s}?",  # AH: "### What is the intuition behind dropout?"
    ),
    "fix": (
        "How can {s} be reduced?",  # A: "How can hallucinations be reduced?"
        "How do you handle {s}?",  # D: "How do you handle class imbalance?"
        "How do you fix {s}?",  # F: "How do you fix exploding gradients?"
        "techniques to prevent {s}",  # J: "techniques to prevent overfitting"
        "dealing with {s}",  # J: "dealing with class imbalance"
        "### Q29. How to prevent {s}?",  # AB: "### Q29. How to prevent catastrophic forgetting?"
        "how to avoid {s}",  # AC: "how to avoid overfitting"
        "* How to overcome {s}?",  # AD: "* How to overcome overfitting?"
    ),
    "when": (
        "When should you use {s}?",  # H: "When should you use 1-shot learning?"
        "When should I use {s}?",  # N: "When should I use unsupervised learning?"
        "**Q: When do we use {s}?**",  # O: "**Q: When do we use dropout?**"
        "When is {S} useful?",  # P: "When is PCA useful?"
        "### when would you use {s}?",  # Q: "### when would you use pca?"
        "What problem is {S} best for?",  # R: "What problem is RL best for?"
        "When is {s} attractive?",  # AL: "When is transfer learning attractive?"
        "**82. When is {S} a useful technique?**",  # AM: "**82. When is Transfer learning a useful technique?**"
    ),
    "examples": (
        "Give an example of a {s} application",  # G: "Give an example of a supervised learning application"
        "10. List five real-world applications of {S}.",  # I: "10. List five real-world applications of Transfer Learning."
        "### what use cases are good applications of {s}?",  # Q: "### what use cases are good applications of neural networks?"
        "Where is {s} used day to day?",  # T: "Where is machine learning used day to day?"
        "Where is {s} used?",  # U: "Where is machine learning used?"
        "Name some real World applications of {S}",  # AA: "Name some real World applications of AI"
        "### Q4. What are common applications of {s}?",  # AB: "### Q4. What are common applications of transfer learning?"
        "give examples of {s}",  # AF: "give examples of machine learning"
    ),
    "purpose": (
        "Explain the importance of {S}.",  # B: "Explain the importance of LSTM."
        "What is the role of {s} in ML?",  # D: "What is the role of synthetic data in ML?"
        "Why is {s} important?",  # V: "Why is deep learning important?"
        "Why do we use {s}?",  # W: "Why do we use dropout?"
        "What is the goal of {s}?",  # X: "What is the goal of regularization?"
        "**Q53:** What is {S} used for?",  # Y: "**Q53:** What is PCA used for?"
        "Q: Why do we need {S}?",  # Z: "Q: Why do we need Batch Normalization?"
        "What problem does {s} solve?",  # AN: "What problem does self-attention solve?"
    ),
}

# Blind test phrasings (set 44) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
# In the quoted originals, "…" stands for the concept name where the original
# wording was not copied out in full (stored files without repository name).
#
# Sources read:
# A  simisimon/kaggle-notebooks converted_notebooks/final_notebooks_jigsaw-multilingual-toxic-comment-classification_deep-learning-for-nlp-zero-to-transformers-bertipynb.py (Kaggle notebook)
# B  http://blog.zakjost.com/post/adversarial_validation/
# C  https://www.datacamp.com/community/news/what-is-transfer-learning-tvkcex8x2f
# D  codebyshennan/tamkeen-data docs/5-ml-fundamentals/5.3-supervised-learning-2/random-forest/1-introduction.md
# E  stored public file id 19447125011 (random forest question notes; repository not shown)
# F  https://sexiaogui25.cc/ask-hn-can-someone-eli5-transformers-and-the-attention-is-all-we-need-paper/ (copy of Ask HN item 35979155)
# G  https://interviewmaterial.com/Keras/Explain-the-term-regularization
# H  https://m.umu.com/ask/a11122301573854591935
# I  https://forums.fast.ai/t/why-use-one-hot-encoding-instead-of-integer-encoding/44722
# J  Kaggle/learntools notebooks/deep_learning_intro/raw/ex5.ipynb (Kaggle Learn exercise)
# K  stored public file id 27443126049 (ML notes; repository not shown)
# L  stored public file id 24254821505 (statistics notes; repository not shown)
# M  stored public file id 36165348225 (ML notes; repository not shown)
# N  stored public file id 24155106429 (ML quiz; repository not shown)
# O  stored public file id 4542615608 (Zillow Zestimate log-error clustering project README; repository not shown)
# P  yukimaru77/kaggle_jp lmsys-chatbot-arena/discuss/How_far_can_a_boosting_get_you.md (Kaggle LMSYS competition discussion)
# Q  https://stats.stackexchange.com/questions/7935/
# R  https://insightr.wordpress.com/page/2/
# S  Parth09090/ML Feature_Engineering/Feature_Extraction/PCA/Application_On_MNIST/readme.md
# T  https://zilliz.com/ai-faq/can-data-augmentation-be-overused
# U  stored public file id 56516761015 (clustering notes; repository not shown)
# V  stored public file id 55112476063 (ML interview questions; repository not shown)
# W  stored public file id 46113664841 (model-review questions; repository not shown)
# X  https://forums.fast.ai/t/how-does-resizing-the-model-work/21488
# Y  https://grindskills.com/what-is-the-intuition-for-dropout-used-in-convolutional-neural-networks/ (Cross Validated mirror)
# Z  stored public file id 29175559626 (ensemble learning notes; repository not shown)
# AA stored public file id 33125259977 (ML notes; repository not shown)
# AB stored public file id 55937715434 (ML interview Q&A; repository not shown)
# AC stored public file id 56468146152 (exam question list, 5-mark questions; repository not shown)
# AD stored public file id 33244045604 (PCA/LDA reading list; repository not shown)
# AE stored public file id 68541197624 (ML interview Q&A; repository not shown)
# AF https://discuss.boardinfinity.com/t/what-is-collinearity-and-what-to-do-with-it-how-to-remove-multicollinearity/9291
# AG https://datascience.q-and-a.net/question/how-do-generative-ai-models-like-chatgpt-actually-create-text--32
# AH https://gitikgupta.hashnode.dev/vanishing-gradient-problem-in-ann
# AI stored public file id 49077709877 (deep learning notes; repository not shown)
# AJ stored public file id 6166909595 (notebook exported as script; repository not shown)
# AK stored public file id 3646901496 (ML notes; repository not shown)
# AL stored public file id 7002178909 (data science interview questions; repository not shown)
# AM stored public file id 10997118169 (ML interview guide; repository not shown)
# AN https://github.com/nrodriguez3/Hackathons
# AO https://discourse.opengenus.org/t/when-to-use-convolutional-neural-networks-cnn/1306
# AP https://ai.stackexchange.com/questions/31724/
# AQ stored public file id 46323072329 (regression course notes; repository not shown)
# AR stored public file id 56737415310 (regularization topic page with FAQ; repository not shown)
# AS stored public file id 55184858907 ("17. Deep Learning Fundamentals" interview notes; repository not shown)
# AT stored public file id 14930119957 (transfer learning notes with interview questions; repository not shown)
# AU https://dats.columbian.gwu.edu/courses/reinforcement-learning/lecture1/lecture1-3.html
# AV https://reactivespace.com/what-is-deep-learning-and-what-are-the-practical-applications-of-deep-learning/
# AW https://www.365lvtu.com/en/1775147408146937/
# AX stored public file id 849742873 (ML notes; repository not shown)
# AY stored public file id 29499072233 (ML Q&A notes; repository not shown)
# AZ stored public file id 23134584803 (ML question list; repository not shown)
# BA stored public file id 5711692073 (CNN notes; repository not shown)
# BB stored public file id 1290901162 (notebook exported as script; repository not shown)
# BC yukimaru77/kaggle_jp lmsys-chatbot-arena/discuss/Does_calibration_matter.md (Kaggle LMSYS competition discussion)
# BD stored public file id 22636867645 (transfer learning notes; repository not shown)
# BE stored public file id 32236642825 (code comment in notebook; repository not shown)
# BF stored public file id 27094887352 (tutorial notebook; repository not shown)
# BG https://cluzters.ai/forums/topic/500

BLIND44_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is a {s}?",  # A: "What is a RNN?"
        "If you were to study some of the competition-winning solutions on Kaggle, you might notice references to “{s}” (like this one). What is it?",  # B: "If you were to study some of the competition-winning solutions on Kaggle, you might notice references to “adversarial validation” (like this one). What is it?"
        "What is {s}?",  # C: "What is transfer learning?"
        "## What is {S}? 🤔",  # D: "## What is Random Forest? 🤔"
        "# 1. What do you mean by {S}?",  # E: "# 1. What do you mean by Random Forest Algorithm?"
        "Ask HN: Can someone ELI5 {s}?",  # F: "Ask HN: Can someone ELI5 transformers and the “Attention is all we need” paper?"
        "Question - Explain the term {s}.",  # G: "Question - Explain the term regularization."
        "What does the term '{s}' mean in the context of machine learning?",  # H: "What does the term '…' mean in the context of machine learning?"
    ),
    "advantages": (
        "How does {s} help with anything?",  # I: "How does it help with anything?" (it = one-hot encoding)
        "Did adding {s} help?",  # J: "Did adding batch normalization help?"
        "# 2.  Why is {S} popular?",  # E: "# 2.  Why is Random Forest Algorithm popular?"
        "## ✨ What Makes {S} Unique?",  # K: "## ✨ What Makes … Unique?"
        "What is so great about the {s}?",  # L: "What is so great about the standard deviation?"
        "## What are the main benefits of using {s}?",  # M: "## What are the main benefits of using …?"
        "MC Q33: Which of the following are benefits of using {s}?",  # N: "MC Q33: Which of the following are benefits of using …?"
        "- What do we gain by using {s} in our process?",  # O: "- What do we gain by using clustering in our process?"
    ),
    "limitations": (
        "How far can a {s} get you?",  # P: "How far can a boosting get you?"
        "Are there any practical disadvantages of using the {s} that makes it unfavourable?",  # Q: "Are there any practical disadvantages of using the lasso that makes it unfavourable?"
        "When the {s} fails?",  # R: "When the LASSO fails?"
        "## When Not to Use {S}?",  # S: "## When Not to Use PCA?"
        "Can {s} be overused?",  # T: "Can data augmentation be overused?"
        "- Where does {s} fail?",  # U: "- Where does k-means fail? (Non-spherical…)"
        "40. What data type should {S} NOT be used on?",  # V: "40. What data type should … NOT be used on?"
        "- *What are the weaknesses of the {s}; when does it perform poorly?*",  # W: "- *What are the weaknesses of the model; when does it perform poorly?*"
    ),
    "works": (
        "How does {s} work",  # X: "How does resizing the model work"
        "What is exactly {s} doing?",  # Y: "What is exactly drop-out doing?"
        "### Why {S} works?",  # Z: "### Why Ensemble Learning works?"
        "But how does {s} actually work?",  # AA: "But how does … actually work?"
        "**Q12: How does {S} work internally?**",  # AB: "**Q12: How does … work internally?**"
        "Explain the working of {S} with example.",  # AC: "Explain the working of K-means clustering algorithm with example."
        "How is {S} Computed?",  # AD: "How is PCA Computed?"
        "### Q12: How does a {S} work under the hood?",  # AE: "### Q12: How does a Random Forest work under the hood?"
    ),
    "fix": (
        "What is {s}, and what to do with it?",  # AF: "What is collinearity, and what to do with it? How to remove multicollinearity?"
        "How can you prevent {s} during model development?",  # AG: "How can you prevent data leakage during model development?"
        "How to handle {S}?",  # AH: "How to handle Vanishing Gradient?"
        "9. How to combat {s}?",  # AI: "9. How to combat …?"
        "# ### How to tackle {s}",  # AJ: "# ### How to tackle …"
        "Hence, how can {s} be avoided in this situations?",  # AK: "Hence, how can … be avoided in this situations?"
        "#### 2. How do you deal with {s} in your machine learning model?",  # AL: "#### 2. How do you deal with overfitting in your machine learning model?"
        "### How do you deal with {s}?",  # AM: "### How do you deal with overfitting?"
    ),
    "when": (
        "## When to Use {S}? 🎯",  # D: "## When to Use Random Forest? 🎯"
        "## When Should You Use {S}?",  # AN: "## When Should You Use Data Augmentation?"
        "When to use {S}?",  # AO: "When to use Convolutional Neural Networks (CNN)?"
        "Is {s} only applicable to time-series data or image data?",  # AP: "Is CNN only applicable to time-series data or image data?"
        "### When to apply {s}?",  # AQ: "### When to apply feature scaling?"
        "When should I use {S}?",  # AR: "When should I use Dropout?"
        "29. When should you use {s}?",  # AS: "29. When should you use transfer learning?"
        "2. **Q: When should you use {s}?**",  # AT: "2. **Q: When should you use transfer learning?**"
    ),
    "examples": (
        "1.3 Where is {S} Applied?",  # AU: "1.3 Where is Reinforcement Learning Applied?"
        "What are the practical Applications of {S}",  # AV: "What are the practical Applications of Deep Learning"
        "Where Do We Use {S}?",  # AW: "Where Do We Use …?"
        "### **Where Is {S} Used?**",  # AX: "### **Where Is … Used?**"
        "**Main question**: What are some applications of {S} in real-world scenarios?",  # AY: "**Main question**: What are some applications of … in real-world scenarios?"
        "5. What are some applications of {s}? ",  # AZ: "5. What are some applications of …? "
        "### What are some applications of {S}?",  # BA: "### What are some applications of CNNs?"
        "# where are {s} used ?",  # BB: "# where are … used ?" (plural concept name in the original)
    ),
    "purpose": (
        "<b>Now you might be wondering What is {s}? Why its done</b>",  # A: "<b>Now you might be wondering What is padding? Why its done</b>"
        "Does {s} matter?",  # BC: "Does calibration matter?"
        "2. **Why {S}?**",  # BD: "2. **Why Transfer Learning?**"
        "# NOTE: Why should we use {s} here?",  # BE: "# NOTE: Why should we use … here?"
        "You may wonder, **why should we use {s}?**",  # BF: "You may wonder, **why should we use …?**"
        "{S}, Why it is used?",  # BG: "Dropout layer, Why it is used?"
        "What is the use of {s}?",  # BG: "What is the use of dropout layer? How it prevents the model by getting over fit?"
        "Why do we need {s}?",  # AS: "Why do we need non-linear activation functions?"
    ),
}

# Blind test phrasings (set 45) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# NOTE: the lookup budget ran out before every key could be filled from real
# questions. Keys "fix", "when" and "examples" hold fewer than 8 templates (and
# "limitations" holds 6). No template was made up to fill the gaps.
#
# Sources read:
# A  thechangelog/transcripts  practicalai/practical-ai-88.md  (Practical AI "Ask us anything (about AI)", listener questions read aloud)
# B  thechangelog/transcripts  practicalai/practical-ai-47.md  (Practical AI "GANs, RL, and transfer learning oh my!", host questions)
# C  https://reddit.rtrace.io/r/MachineLearning/comments/25lnbt/ama_yann_lecun/chjbod7/  (Yann LeCun AMA question)
# D  https://gcppodcast.com/post/episode-93-whats-ai-with-melanie-warrick/  (GCP Podcast #93 transcript, host question)
# E  https://iridescentlearning.org/2019/04/an-interview-with-yoshua-bengio/  (interviewer question)
# F  GCP Podcast Kafka episode transcript (stored public file id 14530418664; host question)
# G  DataTalksClub/datatalksclub.github.io  _podcast/causal-inference-for-machine-learning.md  (host Alexey)
# H  DataTalksClub/datatalksclub.github.io  _podcast/interpretable-machine-learning.md  (host Alexey)
# I  DataTalksClub/datatalksclub.github.io  _podcast/deploying-llms-in-production-fine-tuning-retrieval-open-source-api.md  (host Alexey)
# J  DataTalksClub/datatalksclub.github.io  _podcast/no-timestamps/s07e06-ab-testing.md  (host Alexey)
# K  willtheorangeguy/Changelog-Transcripts  Practical AI/2018/Answering recent AI questions from Quora_transcript_corrected.md  (panel Q&A)
# L  DataTalksClub/datatalksclub.github.io  AssumeRole episode file (stored id 27355907536; host Alexey)
# M  https://www.skyflow.com/podcast/differential-privacy-with-dr-yun-lu  (host's topic questions)
# N  https://libreddit.yjin.dev/r/MachineLearning/comments/2lmo0l/ama_geoffrey_hinton/clyj881/?context=3  (Geoffrey Hinton AMA question)
# O  DataTalksClub/datatalksclub.github.io  _podcast/data-centric-ai.md  (host Alexey)
# P  DataTalksClub/datatalksclub.github.io  s13e08 episode file with Johannes (Kern/Refinery), stored id 27208666301  (host Alexey)
# Q  Practical AI transcript on control vectors (stored public file id 11652968831; host Chris Benson)
# R  AWS course lecture transcript notes (stored public file id 53785466694)
# S  talk transcript on asynchronous I/O (stored public file id 6088472468)
# T  course schedule discussion questions (stored public files ids 61375836082 and 24356598052)
# U  interview prospective-question examples (stored public file id 11832117435)
# V  JavaScript design-pattern interview questions, Proxy pattern (stored public file id 17238641614)
# W  blog post on Azure Automation (stored public file id 4691683715)
# X  notes on the factory method pattern (stored public file id 40275974846)
# Y  JavaScript design-pattern interview questions, Visitor pattern (stored public file id 17801807827)
# Z  sample-question seeder list (stored public file id 54865887525)
# AA https://ca.coursera.org/lecture/introduction-to-machine-learning-in-production/data-augmentation-cG0L8  (Andrew Ng lecture transcript)
# AB blog post "What is federated learning?" (2024-01-02), table of contents, seen via code search (path not recorded)
# AC jeffbullas.com forum thread (question post; URL not recorded)
# AD Leaders of Analytics podcast, synthetic-data episode page, timestamp list (URL not recorded)
# AE https://www.sipoch.com/en/question/300630019778770/answer/30018003788000
# AF https://fastercapital.com/content/Data-augmentation-approach--Data-Augmentation--Fueling-Innovation-in-Business-Ventures.html
# AG Bazel notes (stored public file id 38053437693)
# AH blog post on fixup commits (stored public file id 41607239298)

BLIND45_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s} in machine learning? Hopefully we know the answer to this...",  # A: "What is a CNN in machine learning? Hopefully we know the answer to this..."
        "To start right off, how would you explain {s} in simple terms?",  # E: "To start right off, how would you explain unsupervised learning in simple terms?"
        "Can you give us just a conceptual idea of what {s} really means?",  # F: "How does it buffer? Can you give us just a conceptual idea of what that really means?"
        "{S}? What does it mean, exactly, in broader terms? It's a complex word.",  # G: "Counterfactual? What does it mean, exactly, in broader terms? It's a complex word."
        "{S}. I don't think I ever heard this term. What does it actually mean?",  # H: "Conformal. ... I don't think I ever heard this term. What does it actually mean?"
        "So what is {s}? What is this thing, actually?",  # I: "So what is an LLM? What is this thing, actually?"
        "Can you tell us what {s} actually is?",  # J: "Can you tell us what an A/B test actually is? Why should we care ..."
        "Yeah, and just describe {s} a little bit because people might not be familiar.",  # K: "Yeah, and just describe AutoML a little bit because people might not be familiar."
    ),
    "advantages": (
        "So what are the advantages of using {s}?",  # R: "So what are the advantages of using organizations?"
        "Okay. So what are the advantages of the {s}?",  # S: "Okay. So what are the advantages of the Asynchronous I/O?"
        "What are some of the benefits of {s}?",  # T: "What are some of the benefits of automated testing?"
        "What are the advantages of using {s} in this situation?",  # U: "What are the advantages of using downsampling in this situation?"
        "### What are some of the advantages of employing {s}?",  # V: "### What are some of the advantages of employing the Proxy pattern?"
        "So what are the advantages of {s}?",  # W: "So what are the advantages of Azure Automation? In summary it supports ..."
        "So what are the advantages of using {s} like this?",  # X: "So what are the advantages of using a factory/factory method like this?"
        "### What are some of the benefits of using {s}?",  # Y: "### What are some of the benefits of using the Visitor pattern?"
    ),
    "limitations": (
        "What sucks about {s}?",  # A: "What sucks about AI?"
        "What are some tasks for which {s} is not well suited?",  # C: "... What are some tasks for which deep learning is not well suited?"
        "What are some of the challenges with implementing {s}?",  # M: "What are some of the challenges with implementing differential privacy?"
        "What are the greatest obstacles {s} face and can we expect to overcome them in the near future?",  # N: "What are the greatest obstacles RBM/DBNs face and can we expect to overcome them in the near future?"
        "What are some of the limits of {s}?",  # T: "What are some of the limits of automated testing?"
        "So {s} didn't really work for NLP, right? It's much harder.",  # P: "So these widgets didn't really work for NLP, right? It's much harder."
    ),
    "works": (
        "So how does {s} work? [laughs] Okay. You don't have to explain this.",  # L: "So how does ... work? [laughs] Okay. You don't have to explain this." (concept name replaced)
        "So how does {s} do this? What does it do exactly?",  # P: "... So how does it do this? What does it do exactly?" (it = Refinery)
        "But I'm still wondering, how do we actually do {s}? What are the tools? What are the approaches for that? How do we implement this?",  # O: "But I'm still wondering, how do we actually do this? What are the tools? ..." (this = data-centric AI)
        "How does {s} implement into those functions? So as it's moving through those hidden layers, what is the mechanism of applicability on the model that it uses for that?",  # Q: "How does the control vector implement into those functions? So as it's moving through those hidden layers, ..."
        "How is {s} used for training a machine learning model?",  # M: "How is differential privacy used for training a machine learning model?"
        "Explain how {s} works.",  # Z: "Explain how garbage collection works."
        "How do you design the {s} setup?",  # AA: "What are the parameters? How do you design the data augmentation setup?"
        "How {s} works? (Technical overview)",  # AB: "How FL works? (Technical overview)"
    ),
    "fix": (
        "Can you explain what {s} is and how to beat that or hopefully that doesn't happen.",  # D: "Can you explain what that is and how to beat that or hopefully that doesn't happen." (that = overtraining)
    ),
    "when": (
        "Is it always worth it to introduce this complexity? Or maybe there are cases when we shouldn't worry about {s} yet and postpone this to some later point?",  # G: "... Or maybe there are cases when we shouldn't worry about causality yet and postpone this to some later point?"
        "When is {s} most useful (small datasets, many categories, noisy data)?",  # AC: "When is ... most useful (small datasets, many categories, noisy data)?"
        "When should {S} be Used",  # AD: "When should Synthetic Data be Used"
    ),
    "examples": (
        "First of all, where have you seen {s} being applied, Chris?",  # B: "First of all, where have you seen ... being applied, Chris?" (concept name replaced)
        "I was wondering, maybe you can give us a few use cases and how exactly {s} helps there?",  # I: "... maybe you can give us a few use cases and how exactly fine-tuning helps there?"
        "What are some of the practical applications of {s} so far?",  # M: "What are some of the practical applications of differential privacy so far?"
    ),
    "purpose": (
        "What is {s} usually used for in neural networks?",  # A: "What is back-propagation usually used for in neural networks?"
        "So why do we even care about {s}?",  # I: "... So why do we even care about them? Why do you focus on deploying these LLMs?"
        "What is {s}? Why do we need to care about this?",  # O: "So let's go back to data-centric AI. What is data-centric AI? Why do we need to care about this?"
        "What is the purpose of {s}, in practice?",  # AE: "What is the purpose of data augmentation, in practice?"
        "1. What is {s} and why is it important for business ventures?",  # AF: "1. What is data augmentation and why is it important for business ventures?"
        "What is the purpose of {s}?",  # Z: "What is the purpose of dependency injection?"
        "Why would I want to use {s}?",  # AG: "Why would I want to use Bazel?"
        "# Why would I want to use {s}?",  # AH: "# Why would I want to use a fixup commit?"
    ),
}

# Blind test phrasings (set 46) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  wonkarthik/devops-interview : Docker-intermediate.md  (DevOps/Docker interview questions)
# B  Pawanautomation/docker-learning-journey : notes/q&a.md  (containerization Q&A)
# C  collabnix/dockerlabs : docker/docker-interview-questions.md  ("Serverless Interview Questions" section)
# D  stored public file id 6821595871  ("Day 18 - Interview Questions & Answers: Serverless with Cloud Run and Cloud Functions"; repository not shown)
# E  RizviKazim72/DBMS : theories/exam/viva-preparation/Module5-Viva-QA.md  (DBMS viva questions)
# F  Gyanankur23/Data-Warehousing-Question-Bank-Solutions : README.md  (data warehousing & DSS question bank)
# G  sona1728/26.1 : README.md  (Hive partitioning assignment questions)
# H  https://askfilo.com/user-question-answers-smart-solutions/lenear-programming-problem-lpp-and-2-11-model-questions-q1-3431343731333933  (operations research LPP model questions)
# I  https://askfilo.com/exams/261-sequenceanalysis-2022-previous-year-question-paper  (bioinformatics sequence analysis exam paper, 2022)
# J  https://gauthmath.com/solution/1815336528352263/Question-two-a-Explain-the-nature-of-multicollinearity-2-b-State-any-two-sources  (econometrics exam question)
# K  https://studymode.com/essays/Midterm-Exam-Ii-Answers-1572541.html  (econometrics midterm exam II, B. Brown, Spring 2008)
# L  https://intel-writers.us/why-do-waiting-lines-form-even-though-a-service-system-is-underloaded-2022/  (operations management / queuing analysis homework questions)
# M  https://tutorsglobe.com/question/how-is--the--presence--of--heteroscedasticity-tested-and-51184900.aspx  (econometrics homework question)
# N  https://brainmass.com/statistics/regression-analysis/pg15  (statistics homework question "Define autocorrelation, and multicollinearity")
# O  https://stats.stackexchange.com/questions/275450/when-to-use-mixed-effect-model  (Cross Validated question body)
# P  jazzsun10/bootstraping_final_project_demo : README.md  (statistics "Bootstrapping Interview Guide")
# Q  ejhusom/ejhusom.github.io : flashdown/markdown/machine_learning/bootstrap.md  (flashcard on the statistical bootstrap)
# R  stored public file id 8594217960  (robotics sensors course exam question list, Sections 1-4: SONAR, Kalman filter, sensor fusion, MEMS; repository not shown)
# S  stored public file id 68873364685  (KIIT CS30033 Speech and Video Processing, Module-1 question bank, SAQ 2-mark questions; repository not shown)
# T  stored public file id 31014288631  (robot control course notes, review questions on PID/MPC/Kalman; repository not shown)
# U  stored public file id 124721872  (ABACUS electronic-structure code FAQ, "General Questions"; repository not shown)
# V  stored public file id 59426767696  (Apache Kafka interview questions, numbered; repository not shown)
# W  stored public file id 58854903352  (database partitioning vs sharding interview Q&A; repository not shown)
# X  stored public file id 59940568630  (database transactions interview notes, "Advanced / Staff" questions; repository not shown)
# Y  stored public file id 10276807899  (time-series / ARIMA interview Q&A; repository not shown)
# Z  stored public file id 28280080554  (computer networking notes, TCP questions; repository not shown)
# AA stored public file id 54737360767  (Java enum interview questions, "Advanced" list; repository not shown)
# AB stored public file id 66134842540  (backend/database question bank, question description; repository not shown)
# AC stored public file id 46212683001  (regression multicollinearity / VIF Q&A notes; repository not shown)
# AD stored public file id 58513560198  (MySQL DBA interview questions, Q121; repository not shown)
# AE stored public file id 35484273708  (linear regression assumptions notes, Goldfeld-Quandt test; repository not shown)
# AF stored public file id 60856968048  (Apache Spark Q&A notes on partitions and skew; repository not shown)
# AG stored public file id 26937428408  (data partitioning quiz, multiple choice; repository not shown)
# AH stored public file id 28041784240  (system-design caching notes, interview question table; repository not shown)
# AI stored public file id 37266102466  (Kubernetes beginner notes; repository not shown)
# AJ stored public file id 58738494970  (SQL interview Q&A list, Q166; repository not shown)
# AK stored public file id 9322125866  (backend interview notes, "Interview Q&A" on caching; repository not shown)
# AL stored public file id 55409939737  (data engineering notes, Hive/Spark partitioning and bucketing; repository not shown)
# AM stored public file id 437388241  (VS Code user-settings documentation FAQ; repository not shown)
# AN stored public file id 53913958432  (WebSockets interview Q&A; repository not shown)
# AO stored public file id 56945882930  (API fundamentals interview Q&A; repository not shown)
# AP stored public file id 27709581919  (AI literacy quiz in a JavaScript question file; repository not shown)
# AQ stored public file id 19151133905  (web/networking interview notes, CDN and CORS questions; repository not shown)

BLIND46_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "(a) Explain the nature of {s}. [2]",  # J: "(a) Explain the nature of multicollinearity. [2]"
        "a. Explain exactly what is meant by {s} in this model.",  # K: "a. Explain exactly what is meant by multicollinearity in this model."
        "### **Q4: Define {s} with example.**",  # E: "### **Q4: Define functional dependency with example.**"
        "## 1. Explain {S}.",  # F: "## 1. Explain Data Warehouse."
        "Q4: What do you understand by {S}? What are its major assumptions?",  # H: "Q4: What do you understand by Linear Programming? What are its major assumptions?"
        "**Q1:Could you briefly introduce {s} concept in 1 minute?**",  # P: "**Q1:Could you briefly introduce bootstrapping concept in 1 minute?**"
        "### SAQ 29: Define {s}. (2 Marks)",  # S: "### SAQ 29: Define quantization step size. (2 Marks)"
        "12. What is the {s}?",  # R: "12. What is the sensor fusion?"
    ),
    "advantages": (
        "Q3: What are the key benefits of {s}?",  # B: "Q3: What are the key benefits of containerization?"
        "## What are the benefits of {s}?",  # C: "## What are the benefits of serverless?"
        "## ☁️ 2. What are the main benefits of {S}?",  # D: "## ☁️ 2. What are the main benefits of Serverless Computing?"
        "13. What is the advantage of {s}?",  # R: "13. What is the advantage of sensor fusion?"
        "66. What is the advantages of {S}?",  # R: "66. What is the advantages of Smart sensors?"
        "4. What are the advantages of {S}?",  # T: "4. What are the advantages of Model Predictive Control?"
        "**1. What are the merits of {s} in respect of functionality, performance, and/or accuracy?**",  # U: "**1. What are the merits of ABACUS in respect of functionality, performance, and/or accuracy?**"
        "### 16. Why is {s} so popular?",  # V: "### 16. Why is Kafka so popular?"
    ),
    "limitations": (
        "### 7. What are the disadvantages of {s}?",  # A: "### 7. What are the disadvantages of Docker?"
        "Q5: Write a note on the limitations of {s}?",  # H: "Q5: Write a note on the limitations of linear programming?"
        "### **Q25: What are the disadvantages of {s}?**",  # E: "### **Q25: What are the disadvantages of over-normalization?**"
        "## 10. What are the common reasons for failure of {S}?",  # F: "## 10. What are the common reasons for failure of Decision Support Systems?"
        "**Q2: What are the drawbacks of {s}?**",  # W: "**Q2: What are the drawbacks of sharding?**"
        "**Q: What are the pitfalls of {s}?**",  # X: "**Q: What are the pitfalls of retry-on-abort?**"
        "**Q8. What are the limitations of {s}?**",  # Y: "**Q8. What are the limitations of ARIMA?**"
        "* What are the drawbacks of using {s}?",  # Z: "* What are the drawbacks of using TCP?"
    ),
    "works": (
        "74. How does {S} work?",  # R: "74. How does Echo Sounders work?"
        "10. Describe two main steps of {s}.",  # R: "10. Describe two main steps of Kalman filter."
        "IV. a) How {s} algorithm works?",  # I: "IV. a) How BLAST algorithm works? b) Discuss scoring functions..."
        "Ques: ● Explain the working of {S} in brief.",  # G: "Ques: ● Explain the working of Partitioning in brief."
        "What are the steps of {s}?",  # Q: "What are the steps of bootstrapping?"
        "13. Explain the internal working of {s}.",  # AA: "13. Explain the internal working of Enums."
        "Explain how **{s}** works.",  # AB: "Explain how **database indexing** works."
        "**3. How is {s} calculated?**",  # AC: "**3. How is VIF calculated?**"
    ),
    "fix": (
        "d. Given that {s} is present and poses serious complications, what is a possible approach to solving or circumventing the problem.",  # K: "d. Given that collinearity is present and poses serious complications, what is a possible approach to solving or circumventing the problem."
        "(b) How can {s} be corrected?",  # M: "(a) How is the presence of heteroscedasticity tested? (b) How can heteroscedasticity be corrected?"
        "d. If found in a regression, how is {s} eliminated?",  # N: "d. If found in a regression, how is autocorrelation eliminated?"
        "**Q121:** What causes {s}? How do you mitigate it?",  # AD: "**Q121:** What causes replication lag? How do you mitigate it?"
        "How to deal with {S}?",  # AE: "How to deal with Heteroscedasticity? - Can be fixed via adding other important features..."
        "### How can {s} be handled?",  # AF: "### How can data skew be handled?"
        "### How can {s} be managed?",  # AG: "### How can data skew be managed?"
        '"How would you prevent {s}?"',  # AH: "\"How would you prevent stampede?\""
    ),
    "when": (
        "In what kinds of situations is {s} most appropriate?",  # L: "In what kinds of situations is queuing analysis most appropriate?"
        "### **Q24: When should you consider {s}?**",  # E: "### **Q24: When should you consider denormalization?**"
        "When should we use {s}?",  # AI: "When should we use kubernetes?"
        "However, I am struggling with when to use {s}?",  # O: "However, I am struggling with when to use mixed effect model?"
        "### Q166. When should you use {s}?",  # AJ: "### Q166. When should you use partitioning?"
        "**Q: When would you use {s}?**",  # AK: "**Q: When would you use caching?**"
        "*   **When to use {S}?**",  # AL: "*   **When to use Bucketing?**"
        "**Q: When does it make sense to use {s}?**",  # AM: "**Q: When does it make sense to use workspace settings?**"
    ),
    "examples": (
        "Q2: State four applications of an {s}.",  # H: "Q2: State four applications of an linear programming."
        "III. a) Discuss different uses of {s}.",  # I: "III. a) Discuss different uses of multiple sequence alignments. b) ..."
        "6. What can be the applications of {s}?",  # R: "6. What can be the applications of Kalman filter?"
        "15. Give examples of {S} applications.",  # R: "15. Give examples of Sensor fusion applications."
        "### SAQ 3: List out some application areas of {s}. (2 Marks)",  # S: "### SAQ 3: List out some application areas of digital speech processing. (2 Marks)"
        "## Q3. What are some common use cases for {s}?",  # AN: "## Q3. What are some common use cases for WebSockets?"
        "### Q10. Give some real-world examples of {s}.",  # AO: "### Q10. Give some real-world examples of APIs."
        "9. In which industries is {s} currently being used?",  # AP: "9. In which industries is AI currently being used?"
    ),
    "purpose": (
        "### 2. Why do we need {s}? Give at least 3 reasons.",  # A: "### 2. Why do we need containers? Give at least 3 reasons."
        "Q2: What problems does {s} solve?",  # B: "Q2: What problems does containerization solve?"
        "## Why use {s}?",  # C: "## Why use serverless?"
        "### **Q12: Why is {s} important?**",  # E: "### **Q12: Why is normalization important?**"
        "## 11. What is the need for {s}?",  # F: "## 11. What is the need for DSS (Decision Support System)?"
        "V. b) What is significance of {s}?",  # I: "V. a) Write a note on Gap penalty. b) What is significance of sequence alignments?"
        "54. What is the motivation to use {s}?",  # R: "54. What is the motivation to use MEMS?"
        "##### What purpose does {s} serve?",  # AQ: "##### What purpose does Cross-Origin Resource Sharing (CORS) serve?"
    ),
}

# Blind test phrasings (set 47) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  https://sdgtargets.blogspot.com/2025/09/knn-algorithm-k-nearest-neighbors-faqs.html  (blog post "20 FAQs" table)
# B  https://www.machinelearninginterview.com/topics/tag/classification/  (tag page, post teaser questions)
# C  https://alexacabs.in/why-is-regularization-important-in-machine-learning.html  (search-query titled page)
# D  https://www.alexacabs.in/why-do-we-need-regularization-is-important-in-machine-learning.html  (search-query titled page)
# E  github sijanonly/sijanonly.github.io : posts/what-is-gradient-descent/index.rst  (ML glossary blog post title)
# F  https://www.alexacabs.in/why-do-we-use-principal-component-analysis.html  (search-query titled page)
# G  https://japkeeratsingh.com/attention  (explainer page, question headings)
# H  https://blog.allenygy.vip/posts/Deep%20Learning/Attention.html  (notes with [!question] callouts)
# I  https://judyailab.com/en/glossary/attention-mechanism  (glossary question heading)
# J  https://leyaa.ai/codefly/learn/pytorch/part-2/pytorch-early-stopping-implementation/review  (recall/review cards)
# K  https://userz.net/post/bc996e04cb5a6df55b919b43f264dbb7  (explainer post title)
# M  https://www.alexacabs.in/why-we-consider-logistic-regression.html  (search-query titled page)
# N  https://hiprup.com/technologies/ai-ml/what-is-underfitting-how-can-you-address-it  (Q&A page title)
# O  https://machinemindscape.com/how-to-detect-exploding-gradients-in-neural-networks/  (post overview question list)
# P  https://simplescience.ai/en/dropout--k1e7nx  (explainer page title and headings)
# Q  https://github.com/bhushann19/Bhushan_Nimje_Scifor  (README headings, as stored in the pages corpus)
# R  https://www.flyriver.com/q/challenges-and-limitations-of-dropout  (search-query titled page)
# S  https://aiquizzes.com/questions/131  (fast.ai lecture quiz question)
# T  https://winenfood.com/everyday-examples-of-natural-language-processing  (SEO article title)
# U  github ayegwalo/handsOnML : ml_exercises/chapter_1_solutions.md  (HOML ch.1 exercise headings)
# V  https://gptgnosis.com/topic/neural-networks/when-is-it-appropriate-to-use-a-convolutional-neural-network  (Q&A page)
# W  https://roastidio.us/topic/16461967  (feed excerpt of a blog post on model distillation)
# X  https://prism.sustainability-directory.com/area/quantization-limitations  (topic page title)
# Y  https://www.alexacabs.in/why-does-adam-optimizer-works-so-well.html  (search-query titled page)
# Z  https://github-users.yhajoa.workers.dev/DiogoRibeiro7/DiogoRibeiro7.github.io/commit/56c72e23fd4cfac6e9b1391d3630a8dfa0265a34  (blog post front matter title)
# AA https://medium.com/@minjukim023/smote-practical-consideration-limitations-f0d926b661a8  (Medium post title)
# AB https://neurospace.io/blog/tags/consulting/  (blog post title)
# AC https://software.intel.com/en-us/blogs/2017/08/21/mode-collapse-in-gans  (Intel developer blog post)
# AD https://mentorji.live/forums/Computer-Science/topics/How-to-deal-with-multicollinearity/posts  (forum topic title)
# AE https://qeeebo.com/questions/wha/a8/ae6/what-causes-underfitting-in-machine-learning-models-and-how-can-it-be-reduced  (question page)
# AF https://www.numberanalytics.com/blog/managing-concept-drift-production-environments  (blog post title)
# AG https://caseequal.pages.dev/posts/what-is-feature-engineering-975809  (Techopedia-style definition page heading)
# AH https://scales.arabpsychology.com/stats/what-are-4-examples-of-using-linear-regression-in-real-life/  (article title)
# AI https://blog.neuralway.ai/reinforcement-learning-applications-and-use-cases  (article heading)
# AJ https://www.alexanderthamm.com/en/blog/reinforcement-learning-use-cases-for-companies/  (blog post title)
# AK https://qastack.com.br/datascience/9736/what-kinds-of-learning-problems-are-suitable-for-support-vector-machines  (Data Science SE question 9736, mirror; title from URL)
# AL https://restack.io/p/data-augmentation-answer-when-not-to-use-cat-ai  (knowledge page title)
# AM https://www.alexacabs.in/why-gradient-boosting-is-better.html  (search-query titled page)
# AN https://littlebitai.org/gradient-boosting-regression-gradient-boosting-regression-dataset-suitability-checklist  (checklist heading)
# AO https://inference.net/content/gradient-checkpointing  (SEO guide, question heading)
# AP https://dmitry.ai/t/topic/233  (forum topic title)
# AQ https://quokkalabs.com/blog/author/ayushi-shrivastava/  (blog post title in author listing)
# AR https://qccws8kcws4k0s4co4s48gsk.box.wellick.de/blog/2025-06-23-fine-tuning-when-why  (blog post title)
# AS https://pelles-university.pages.dev/articles/llm-fine-tuning-guide  (article heading)
# AT https://sousoulab.com/en/tracks/fine-tuning  (course track heading)
# AU https://google-interview-hacks.blogspot.com/2020/12/motivate-need-for-dimensionality.html  (interview-question blog post title)
# AV https://google-interview-hacks.blogspot.com/2018/08/what-is-cross-entropy-and-why-is-it.html  (interview-question blog post title)
# AW https://alawiii.github.io/Rag-book/chapter1/rag-importance.html  (online book section heading)
# AX https://codeinu.net/language/whatever/c146552-advantage-of-relu-activation-function  (code-snippet answer titled by search query)
# AY https://www.alexacabs.in/why-use-k-fold-cross-validation.html  (search-query titled page)
# AZ https://en.howtosignalprocessing.com/article/label_smoothing  ("People also ask"-style question list)
# BA https://reason.town/label-smoothing-deep-learning/  (blog post heading)
# BB https://www.eulerfold.com/articles/backpropagation  (article title)
# BC http://plugeek.com/computer-vision-techniques-easing-your-life/  (blog post questions)
# BD https://www.scribd.com/document/841039147/How-Computer-Vision-is-Used-in-Everyday-Life  (uploaded document title)
# BE "Curse of Dimensionality and What Beginners Should Do To Overcome It", Ambika Choudhury, 22/05/2019 (article text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)

BLIND47_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s} ?",  # E: ".. title: What is gradient descent ?"
        "[!question]+ What is {s}?",  # H: "[!question]+ What is attention? ..."
        "What is {S}?",  # I: "What is Attention Mechanism?"
        'What does "{S}" mean?',  # P: 'What does "Dropout" mean?'
        "I. What is {s}?",  # W: "I. What is model distillation?"
        "What Does {S} Mean?",  # AG: "What Does Feature Engineering Mean?"
        "What is «{s}»?",  # AP: "What is «feature selection»?"
        "What does {s} mean?",  # AZ: "What does label smoothing mean?"
    ),
    "advantages": (
        "What are the advantages of {s}?",  # A: "What are the advantages of KNN?"
        "What is the main benefit of implementing {s}?",  # J: "What is the main benefit of implementing early stopping?"
        "Why does {s} works so well",  # Y: "Why does adam optimizer works so well"
        "Why {s} is better",  # AM: "Why gradient boosting is better"
        "advantage of {s}",  # AX: "advantage of relu activation function"
        "What does {s} help?",  # AZ: "What does label smoothing help?"
        "How can {s} improve deep learning?",  # BA: "How can label smoothing improve deep learning?"
        "What is {s} and why is it useful?",  # AV: "What is cross entropy and why is it useful?"
    ),
    "limitations": (
        "What are the disadvantages of {s}?",  # A: "What are the disadvantages of KNN?"
        "Challenges And Limitations Of {S}",  # R: "Challenges And Limitations Of Dropout"
        "What is a major limitation of {S}?",  # S: "What is a major limitation of BatchNorm?"
        "{S} Limitations",  # X: "Quantization Limitations"
        "Why {S} Isn't Always the Answer",  # Z: title: "Why SMOTE Isn't Always the Answer"
        "{S}: Practical Consideration & Limitations",  # AA: "SMOTE: Practical Consideration & Limitations"
        "When Not To Use {S}",  # AL: "When Not To Use Data Augmentation"
        "Avoid {S} If:",  # AN: "Avoid Gradient Boosting If:"
    ),
    "works": (
        "How does {s} work?",  # A: "How does KNN work?"
        "How does {s} algorithm work ?",  # B: "How does KNN algorithm work ? What are the advantages and disadvantages of KNN ?"
        "How does {S} even work?",  # G: "How does Attention even work?"
        "How {S} Works",  # P: "How Dropout Works"
        "### How Does {S} Work?",  # Q: "### How Does Dropout Work?"
        "What are the Fundamental Concepts of {S} and How Does it Work?",  # AO: "What are the Fundamental Concepts of Gradient Checkpointing and How Does it Work?"
        "What is {s} and how does it work",  # AQ: "What is tokenization and how does it work"
        "How does {S} actually work?",  # BB: "How does Backpropagation actually work?"
    ),
    "fix": (
        "What is {s}? How can you address it?",  # N: "What is underfitting? How can you address it?"
        "How to fix the {s} problem?",  # O: "How to fix the exploding gradient problem?"
        "{S} and how to avoid it",  # AB: "Data Leakage and how to avoid it"
        "But what can cause {s} and how to struggle with it?",  # AC: "But what can cause mode collapse and how to struggle with it?"
        "How to deal with {s}",  # AD: "How to deal with multicollinearity" (topic title)
        "Q. What causes {s} in Machine Learning models and how can it be reduced?",  # AE: "Q. What causes underfitting in Machine Learning models and how can it be reduced?"
        "Managing {S} in Production",  # AF: "Managing Concept Drift in Production"
        "# {S} and What Beginners Should Do To Overcome It",  # BE: "# Curse of Dimensionality and What Beginners Should Do To Overcome It"
    ),
    "when": (
        "What is {S} and When Should I Use It?",  # K: "What is Logistic Regression and When Should I Use It?"
        "### When to Use {S}",  # Q: "### When to Use Dropout"
        "When is it appropriate to use a {s}?",  # V: "Question: When is it appropriate to use a convolutional neural network?"
        "What kinds of learning problems are suitable for {s}?",  # AK: "what-kinds-of-learning-problems-are-suitable-for-support-vector-machines"
        "{S}: When and Why",  # AR: "Fine-Tuning LLMs: When and Why"
        "When to Consider {S}",  # AS: "When to Consider Fine-Tuning"
        "Do You Really Need {S}",  # AT: "Do You Really Need Fine-Tuning"
        "Should I use {s}?",  # AZ: "Should I use label smoothing?"
    ),
    "examples": (
        "Where does {S} finds it's use?",  # G: "Where does Attention finds it's use?"
        "Everyday Examples of {S}",  # T: "Everyday Examples of Natural Language Processing"
        "## Can you name four types of applications where {S} shines?",  # U: "## Can you name four types of applications where Machine Learning shines?"
        "What are 4 Examples of Using {S} in Real Life?",  # AH: "What are 4 Examples of Using Linear Regression in Real Life?"
        "{s} applications and use cases",  # AI: "reinforcement learning applications and use cases"
        "{S} Use Cases for Business Applications",  # AJ: "Reinforcement Learning Use Cases for Business Applications"
        "What are the sectors where {s} is being used?",  # BC: "What are the sectors where computer vision is being used?"
        "How {S} is Used in Everyday Life",  # BD: "How Computer Vision is Used in Everyday Life"
    ),
    "purpose": (
        "Why is {s} important in machine learning",  # C: "Why is regularization important in machine learning"
        "Why do we need {s} is important in machine learning",  # D: "Why do we need regularization is important in machine learning"
        "Why do we use {s}",  # F: "Why do we use principal component analysis"
        "[!question]+ Why is {S} needed in deep learning ?",  # H: "[!question]+ Why is Attention needed in deep learning ?"
        "Why we consider {s}",  # M: "Why we consider logistic regression"
        "Motivate the need for {s}.",  # AU: "Motivate the need for dimensionality reduction."
        "Why {S} is Important?",  # AW: "Why RAG is Important?"
        "Why use {s}",  # AY: "Why use k fold cross validation"
    ),
}

# Blind test phrasings (set 48) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  github fastai/fastbook  clean/09_tabular.ipynb  (chapter Questionnaire)
# B  github fastai/fastbook  clean/08_collab.ipynb  ("Further Research" list)
# C  github fastai/fastbook  clean/16_accel_sgd.ipynb  (chapter Questionnaire)
# D  https://wkiri.com/cs461-w09/Lectures/Lec1/lec1-questions.shtml  (CS 461 "Reading Questions for Lecture 1", student-contributed)
# E  http://www.wkiri.com/cs461-w09/Lectures/Lec2/lec2-questions.shtml  (CS 461 "Reading Questions for Lecture 2")
# F  http://wkiri.com/cs461-w08/HW/HW5/hw5.shtml  (CS 461 Homework 5)
# G  http://cs.gettysburg.edu/~tneller/cs391/03sp/ch1.html  (CS 391 Chapter 1 "Discussion Questions", Sutton & Barto reading)
# H  http://www.cs.rutgers.edu/~mlittman/courses/robots03/207.txt  (paper-seminar discussion questions)
# I  http://micl-easj.dk/Machine%20Learning/Opgaver%20Alm/Homework%201.htm  (group work exercise/discussion, ML Chapter 1)
# J  stored public file id 21952500701  (Carpentries deep-learning lesson "Introduction" episode, questions block; repository not shown)
# K  github yymao/phys7730  readings/15.md  (course reading questions)
# L  github yymao/phys7730  readings/16.md  (course reading questions)
# M  github yymao/phys7730  readings/12.md  (course reading questions and "Discussion Preview")
# N  github yymao/phys7730  readings/11.md  (course reading questions)
# O  https://notebook.community/CompPhysics/MachineLearning/doc/Programs/ANN/Ann3  (pre-class assignment questions)
# P  https://impactdesignacademy.webflow.io/assignment/intro  (course assignment questions on a video)
# Q  github OzmundSedler/Deep-Learning-Coursera  "3 Structuring Machine Learning Projects/Questions.md"  (study-group question list)
# R  github OzmundSedler/Deep-Learning-Coursera  "2 Improving Deep Neural Networks Hyperparameter tuning, Regularization and Optimization/week 1/Questions.md"  (study-group question list)
# S  github OzmundSedler/Deep-Learning-Coursera  "4 Convolutional Neural Networks/Questions.md"  (study-group "Course questions")
# T  github rotationalio/geodistributed.systems  content/summer2021/_index.en.md  (Summer 2021 Reading Group questions)
# U  code-search excerpt "## 💬 Discussion Questions" on the Transformer paper (repository and path not shown by the index)
# V  stored public file id 16275075590  ("# PDL 2 - QUESTIONS", study notes on the fastbook chapter 2 questionnaire)
# W  stored public file id 14320085416  ("# Lesson2 Quiz", blockquoted fastbook chapter 2 questionnaire)
# X  stored public file id 741870065  ("## Ch 2 Questions", Obsidian notes with [[links]])
# Y  stored public file id 36089898818  (fastbook chapter 5 questionnaire notes with "## " headings)
# Z  stored public file id 41641627725  (fastbook chapter 7 questionnaire list)
# AA stored public file id 36540190251  (fastbook chapter 13 questionnaire notes with "## " headings)
# AB stored public file id 20204422094  (fastbook chapter 1 questionnaire notes, "**Q:** / **A:**")
# AC stored public file id 31242538821  (fastbook chapter 1 questionnaire notes, "33)" numbering)
# AD stored public file id 24202544094  (fastbook chapter 1 questionnaire list)
# AE stored public file id 5207050518  (fastbook chapter 1 questionnaire notes, "### " headings)
# AF github fyap898/w25  lectures/01-data/questions.md  ("By the end of this topic, you should be able to answer the following questions.")
# AG stored public file id 40189567554  (study notes answering the Hands-On ML chapter 9 exercises, "### N." headings)
# AH stored public file id 35236325724  (Hands-On ML RNN/attention chapter exercises with <details> answers)
# AI stored public file id 71254130731  (Hands-On ML RL chapter exercise answers, "## N." headings)
# AJ stored public file id 32676560427  (Chinese-annotated Hands-On ML CNN chapter exercise answers)
# AK stored public file id 29728458409  ("# **SUPPORT VECTOR MACHINES - QUESTIONS**" study notes)
# AL stored public file id 555995659  (Holberton "Data Augmentation" README, Learning Objectives "explain to anyone, without the help of Google")
# AM stored public file id 7864419647  (Holberton "0x0B Face Verification" README, Learning Objectives)
# AN stored public file id 12502139167  (Holberton "NLP - Evaluation Metrics" README, Learning Objectives)
# AO github Sroy20/Deep-Learning-Specialization-Notes  README.md  ("I have tried to frame the key concepts presented in each lecture as a set of questions.")
# AP github mattfeng/ai  practical/README.md  (practical-advice question list)
# AQ github idptools/parrot  docs/usage/ml_faqs.rst  ("Discussion of general ML topics")
# AR stored public file id 23627636942  (course lab script with "# QUESTION:" / "# ANSWER:" comments)
# AS stored public file id 37529023914  (Carpentries CNN lesson episode "Evaluating a CNN...", questions block)
# AT github OzmundSedler/Deep-Learning-Coursera  "5 Sequence Models/Questions.md"  (study-group question list)

BLIND48_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        '1. What is "{s}"? Write out the equation.',  # C: '1. What is "momentum"? Write out the equation.'
        "4. (Grady) What is a {s}?",  # D: "4. (Grady) What is a version space?"
        "3. What is a {s}? (5 points)",  # F: "3. What is a policy? (5 points)"
        "What is {s}? What's an alternative?",  # H: "What is self-play? What's an alternative?"
        '2. Use your own words to define "{s}".',  # M: '2. Use your own words to define "linear regression".'
        '**Question 1**: In simple terms, explain the "{S}"?',  # O: '**Question 1**: In simple terms, explain the "Curse of Dimensionality"?'
        "1. How would you define {s} based on the concepts discussed in the video?",  # P: "1. How would you define machine learning based on the concepts discussed in the video?"
        "6. {S} - what is it?",  # Q: "6. Avoidable Bias - what is it?"
    ),
    "advantages": (
        "Based on what you read, briefly explain why {s} is preferred.",  # K: "Based on what you read, briefly explain why random forest is preferred."
        "## What are the (2) benefits of training with {s}?",  # AA: "## What are the (2) benefits of training with a high learning rate?"
        "**Q: How can {s} help?**",  # AB: "**Q: How can pretrained models help?**"
        "* What are the benefits of using {s}?",  # AL: "* What are the benefits of using data augmentation?"
        "What pluses of {s} do you know?",  # AT: "What pluses of LSTM do you know?"
        "1. What is the primary advantage of a {s}?",  # AO: "1. What is the primary advantage of a Convolution layer?"
        "1. What are the advantages of {s}?",  # AO: "1. What are the advantages of pooling layers?"
        "How important is {s} in model training?",  # T: "How important is attention in model training?"
    ),
    "limitations": (
        "4. What are risks of {s} over-reliance?",  # U: "4. What are risks of transformer over-reliance?"
        "3. **What are possible negative societal implications of {s}?**",  # V: "3. **What are possible negative societal implications of text generation models?**"
        "> 2) Where do {s} currently have a major deficiency?",  # W: "> 2) Where do text models currently have a major deficiency?"
        "## Give (2) examples of ways that {s} can degrade the quality of the data",  # Y: "## Give (2) examples of ways that image transformations can degrade the quality of the data"
        "- What are the limitations of {s}?",  # AF: "- What are the limitations of one-hot encoding?"
        "8.What is the main technical difficulty of {s}?",  # AJ: "8.What is the main technical difficulty of semantic segmentation?"
        "What are the ethical quandaries regarding {s}?",  # AM: "What are the ethical quandaries regarding facial recognition/verification?"
        "1. What is a downside of {s}?",  # AO: "1. What is a downside of dropout? (cost function of J is not well-defined)"
    ),
    "works": (
        "1. Summarize what a {s} algorithm does.",  # A: "1. Summarize what a decision tree algorithm does."
        "5. (Grady) How do you get {S}?",  # D: "5. (Grady) How do you get Empirical Error?"
        "4. (Lewis) How is {s} done?",  # E: "4. (Lewis) How is pre-pruning done?"
        "### :small_orange_diamond: **1. What is the fundamental idea behind {s}?**",  # AK: "### :small_orange_diamond: **1. What is the fundamental idea behind Support Vector Machines?**"
        "4. Explain {s}. What is the principle behind it. Why does it works?",  # R: "4. Explain dropout regularization. What is the principle behind it. Why does it works?"
        "6. {S} algorithm. How does it work?",  # S: "6. YOLO algorithm. How does it work?"
        "8. {S}. How will you carry it out?",  # Q: "8. Error analysis. How will you carry it out?"
        "1. Intuitively, why does {s} work?",  # AO: "1. Intuitively, why does momentum work? (oscillations are averaged out ...)"
    ),
    "fix": (
        "- How do you avoid {s}?",  # AS: "- How do you avoid overfitting?"
        "- What are some ways to reduce {s}?",  # AF: "- What are some ways to reduce overfitting?"
        "33) What's the best way to avoid failures when using {s} in an organization?",  # AC: "33) What's the best way to avoid failures when using AI in an organization?"
        "## How do I handle an {s}?",  # AP: "## How do I handle an imbalanced dataset?"
        "11. If your Neural Network model seems to have {s}, what will you try?",  # R: "11. If your Neural Network model seems to have high bias, what will you try?"
        "1. How to approach in reducing {s}?",  # AO: "1. How to approach in reducing bias and variance? (Talk about the basic ML recipe)"
        "* How should I tackle a {s}?",  # AQ: "* How should I tackle a huge dataset?"
        "# QUESTION: How can we reduce {s}?",  # AR: "# QUESTION: How can we reduce overfitting?"
    ),
    "when": (
        "1. What kinds of datasets are {s} especially useful for?",  # A: "1. What kinds of datasets are entity embeddings especially useful for?"
        "- When does it make sense to use and not use {s}?",  # J: "- When does it make sense to use and not use deep learning?"
        "10. {S} concepts. When does it make sense?",  # Q: "10. Transfer learning concepts. When does it make sense?"
        "7. **When would you need to use {s}?**",  # AH: "7. **When would you need to use sampled softmax?**"
        "5. What kind of [[tabular data]] is [[{s}]] particularly good at?",  # X: "5. What kind of [[tabular data]] is [[deep learning]] particularly good at?"
        "1. What problems in physics and astronomy are suitable for {s}? Give some specific examples.",  # M: "1. What problems in physics and astronomy are suitable for linear regression? Give some specific examples."
        "* When should you perform {s}?",  # AL: "* When should you perform data augmentation?"
        "- What is {s} and when is it useful?",  # AF: "- What is stratified sampling and when is it useful?"
    ),
    "examples": (
        "1. Find three other areas where {s} is being used, and find out what the pros and cons of this approach are in those areas.",  # B: "1. Find three other areas where collaborative filtering is being used, and find out what the pros and cons ..."
        "What are examples of {s} applications?  (See also the case studies of Ch. 11)",  # G: "What are examples of reinforcement learning applications?  (See also the case studies of Ch. 11)"
        "Imagine and describe a potential {s} application not mentioned in chapter 1 or 11.",  # G: "Imagine and describe a potential reinforcement learning application not mentioned in chapter 1 or 11."
        "3. Give an example problem in physics and astronomy, preferably in your research area, where {s} may be useful.",  # N: "3. Give an example problem in physics and astronomy, preferably in your research area, where machine learning methods may be useful."
        "2. What are some real-world applications of {s} mentioned in the video? How do they impact our daily lives?",  # P: "2. What are some real-world applications of machine learning mentioned in the video? How do they impact our daily lives?"
        "### 6. Can you think of a use case where {s} would be useful? How would you implement it?",  # AG: "### 6. Can you think of a use case where active learning would be useful? How would you implement it?"
        "*   What are the applications of {s}?",  # AN: "*   What are the applications of natural language processing?"
        "### 2. Name five areas where {s} is now best tool in the world",  # AE: "### 2. Name five areas where deep learning is now best tool in the world"
    ),
    "purpose": (
        "17. What is the purpose of a {s}?",  # I: "17. What is the purpose of a validation set?"
        '2. Use your own words to briefly explain the main purpose of having an "{s}" in neural networks.',  # L: '2. Use your own words to briefly explain the main purpose of having an "activation function" in neural networks.'
        "## 6. What is the point of using a {s}?",  # AI: "## 6. What is the point of using a replay buffer?"
        "12. What problems in your data can {s} help with?",  # Z: "12. What problems in your data can label smoothing help with?"
        "31. What is {s} used for? When do we need it?",  # AD: "31. What is y_range used for? When do we need it?"
        "Why would you use {s}?",  # AM: "Why would you use facial alignment?"
        "4. {S}? What problems does it solve?",  # S: "4. Padding? What problems does it solve?"
        "7. Why do you need {s} in NN?",  # R: "7. Why do you need input normalization in NN?"
    ),
}

# Blind test phrasings (set 49) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
# Direction: questions people put to chatbots / assistants, as stored in public
# repositories: user turns and seed messages in chat apps, suggested-prompt lists,
# instruction / SFT / DPO data files, and evaluation / test prompt sets.
# (Stored public files found by exact-string search; the index did not show their
# repository or path, so each is named by its stored file id.)
#
# Sources read:
# A  stored file id 54820004601  (fine-tune example data, {"prompt": ..., "response": ...} list)
# B  stored file id 24583226647  (PROMPTS list for comparing model outputs, id "helpful_2")
# C  stored file id 63197776280  (DPO notes, example {"prompt", "chosen", "rejected"} record)
# D  stored file id 51808621880  (AI study-assistant chat seed: user message)
# E  stored file id 17031614416  (SFTGenerator seed_instructions with {concept} slots)
# F  stored file id 7000808933   (Q&A bot demo_questions list)
# G  stored file id 67184079872  (intent/paraphrase prompt patterns with {topic} slot)
# H  stored file id 42175558150  (fine-tuned LLM test_prompts)
# I  stored file id 634195417    (chat-memory test: user messages)
# J  stored file id 59948509766  (query-decomposition prompt, example sub_queries)
# K  stored file id 52245963912  (instruction-data generator templates)
# L  stored file id 53680685662  (RAG synthetic test-query templates with {concept} slot)
# M  stored file id 69627756739  (interview-answer dataset QUESTION_BANK, ML / DL / LLM rows)
# N  stored file id 30396786225  (chat-with-PDF README, example user message)
# O  stored file id 53150156938  (chat API docs, stored chat: user message)
# P  stored file id 37454261382  (review-QA query templates)
# Q  stored file id 6149888502   (question templates, 'edge_cases' group)
# R  stored file id 41443530471  (instruction/response training examples)
# S  stored file id 2539127607   (AI tutor orchestrator: example student messages)
# T  stored file id 61828193246  (MLBuddy chat suggestions)
# U  stored file id 18747427964  (local-LLM benchmark TEXT_ONLY_QUESTIONS)
# V  stored file id 40380201094  (study-question templates with {concept} slot)
# W  stored file id 60941089258  (Gemini prompting notes: generate_content user prompt)
# X  stored file id 24270189215  (assistant-persona docs, "Example prompts")
# Y  stored file id 66898537513  (retrieval eval queries, "how_to" group)
# Z  stored file id 20993936131  (activation-function chatbot README, example questions)
# AA stored file id 2479014283   (AI model-builder docs, example User / AI exchange)
# AB stored file id 69472169466  (multi-agent assistant test_queries)
# AC stored file id 55021854833  (RAG CLI README, --query examples)
# AD stored file id 34589100354  (neural-network project docs, FAQ heading)
# AE stored file id 32224227162  (network-builder chatbot SUGGESTED_PROMPTS)
# AF stored file id 59092303577  (LLM routing test: _run_generate query)
# AG stored file id 59388342375  (interview question templates with {concept} slot)
# AH stored file id 54181754837  (project guide FAQ)
# AI stored file id 29887113489  (course notebook exported as script, question comment)
# AJ stored file id 57396594043  (flashcard API examples, "five lenses" card fronts)
# AK stored file id 47827837704  (QA-system test_questions)
# AL stored file id 16071101453  (LangChain app sample questions)
# AM stored file id 62902769292  (guardrail API test: follow-up user message)
# AN stored file id 38214343518  (ShareGPT-format conversations, {"from": "human"} turn)
# AO stored file id 52693516053  (fine-tuning chat data: {"role": "user"} message)
# AP stored file id 55664082531  (paper-QA router prompt, example questions)
# AQ stored file id 32358585572  (RAG evaluation test_data queries)
# AR stored file id 14767457976  (math/ML tutor chatbot module_suggestions)
# AS stored file id 7239635028   (quiz question templates, 'application' group)

BLIND49_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Explain {s}.",  # A: {"prompt": "Explain overfitting."}
        "Explain {s} in machine learning in two sentences.",  # B: "Explain overfitting in machine learning in two sentences."
        "Explain {s} simply.",  # C: "prompt": "Explain overfitting simply."
        "Explain {s} like I'm 5 years old",  # D: content: "Explain backpropagation like I'm 5 years old"
        "What is {s}? Please explain in simple terms",  # E: "What is {concept}? Please explain in simple terms"
        "What is {s} in machine learning?",  # F: "What is overfitting in machine learning?"
        "Give me a brief explanation of {s}.",  # G: "Give me a brief explanation of {topic}."
        "Explain the concept of {s} in simple terms.",  # H: "Explain the concept of LoRA fine-tuning in simple terms."
    ),
    "advantages": (
        "What are the advantages of using {s}?",  # H: "What are the advantages of using parameter-efficient fine-tuning?"
        "What are the benefits of using {s}?",  # I: "What are the benefits of using neural networks?"
        "What are the pros of adopting {s}?",  # J: "What are the pros of adopting a vector database?"
        "What are the benefits of {s}?",  # K: "What are the benefits of {thing}?"
        "Why use {s}?",  # L: "Why use {concept}?"
        "What are advantages of {s}?",  # L: "What are advantages of {concept}?"
        "What makes {s} effective?",  # L: "What makes {concept} effective?"
        "What are the advantages of {s}?",  # M: ("What are the advantages of {concept}?", ...) machine-learning row
    ),
    "limitations": (
        "What are the limitations of {s}?",  # N: "content": "What are the limitations of dropout regularization?"
        "What are the limitations of {s} in medical imaging?",  # O: "What are the limitations of CNN in medical imaging?"
        "What are the cons of adopting {s}?",  # J: "What are the cons of adopting a vector database?"
        "What are the drawbacks of {s}?",  # K: "What are the drawbacks of {thing}?"
        "What are the downsides of {s}?",  # P: "What are the downsides of {product}?"
        "When should you NOT use {s}?",  # Q: "When should you NOT use {topic}?"
        "What can go wrong when using {s}?",  # M: ("What can go wrong when using {concept}?", ...) llm row
        "What are common pitfalls of {s}?",  # G: "What are common pitfalls of {topic}?"
    ),
    "works": (
        "How does {s} work?",  # R: "instruction": "How does gradient descent work?"
        "walk me through the math behind {s}",  # S: "walk me through the math behind PCA"
        "explain {s} step by step",  # S: "explain PCA step by step"
        "Explain how {s} works step-by-step",  # T: "Explain how backpropagation works step-by-step"
        "Explain how {s} works in a simple way.",  # U: "Explain how blockchain technology works in a simple way."
        "Explain how {s} works.",  # M: ("Explain how {concept} works.", ...) machine-learning row
        "Describe how {s} functions",  # L: "Describe how {concept} functions"
        "Describe the process or mechanism of {s}.",  # V: "Describe the process or mechanism of {concept}."
    ),
    "fix": (
        "How do I handle {s} in ML?",  # W: model.generate_content("How do I handle class imbalance in ML?")
        "How do I handle {s} in my dataset?",  # X: "How do I handle class imbalance in my dataset?"
        "How do I handle {s} in a classification dataset?",  # Y: "How do I handle class imbalance in a classification dataset?"
        "How to fix {s}?",  # Z: "How to fix vanishing gradients?"
        "How can I reduce {s}?",  # AA: **User:** "How can I reduce overfitting?"
        "How can I reduce {s} in a neural network?",  # AB: "How can I reduce overfitting in a neural network?"
        "How do I avoid {s}?",  # AC: --query "How do I avoid overfitting?"
        "How do I deal with {s}?",  # AD: "How do I deal with overfitting?"
    ),
    "when": (
        "When should I use {s}?",  # AE: SUGGESTED_PROMPTS "When should I use dropout?"
        "When should I use {s} and when not?",  # AF: _run_generate("When should I use PCA and when not?")
        "In what situations would {s} be most useful?",  # V: "In what situations would {concept} be most useful?"
        "When would you use {s} in a real project?",  # AG: "When would you use {concept} in a real project?"
        "Should I use {s}?",  # AH: "**Q: Should I use batch normalization?**"
        "when to use {s}?",  # AI: "# when to use cross validation?"
        "# When would you use {s} in your work?",  # AJ: content=f"# When would you use {concept} in your work?\n---..."
        "In which scenario is {s} most applicable?",  # AS: "In which scenario is {concept} most applicable?"
    ),
    "examples": (
        "What are some applications of {s}?",  # AK: "What are some applications of machine learning?"
        "What are some applications of {s} in healthcare?",  # AL: "What are some applications of AI in healthcare?"
        "What are some examples of {s}?",  # AM: {"content": "What are some examples of AI agents?"}
        "What are some real-world applications of {s}?",  # U: "What are some real-world applications of reinforcement learning?"
        "Give an example of {s} in practical application",  # E: "Give an example of {concept} in practical application"
        "How is {s} used in practice?",  # L: "How is {concept} used in practice?"
        "Where is {s} applied?",  # L: "Where is {concept} applied?"
        "Give a real-world example of {s}.",  # V: "Give a real-world example of {concept}."
    ),
    "purpose": (
        "What is the purpose of {s}?",  # AN: {"from": "human", "value": "What is the purpose of attention?"}
        "Why do we need {s}?",  # AO: {"role": "user", "content": "Why do we need embeddings?"}
        "Why is {s} used?",  # AP: Q: "Why is dropout used?"
        "What is the purpose of using {s}?",  # AQ: "What is the purpose of using batch normalization?"
        "What is {s} used for?",  # AR: "What is determinant used for?"
        "What problem does {s} solve?",  # M: ("What problem does {concept} solve?", ...) machine-learning row
        "Why is {s} important in machine learning?",  # M: ("Why is {concept} important in machine learning?", ...)
        "What role does {s} play?",  # V: "What role does {concept} play?"
    ),
}

# Blind test phrasings (set 50) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  github imteekay/machine-learning-research : interview-prep/README.md  (interview-prep question types; version shown by code search)
# B  github manojkumar-github/DataStructures-DynamicProgramming-in-Python-JAVA-Cplusplus : leet/plan/data_science/interview_questions/notes.py
# C  https://telemetr.io/ch/channels/2084577860-datascienceinterviews/posts?cursor=INwB  ("MACHINE LEARNING ENGINEER MOCK INTERVIEW (WITH ANSWERS)")
# D  https://pathcert.com/interview-prep/ml-engineer  (ML engineer interview prep, model answers)
# E  https://techbaithak.com/interview-questions/machine-learning-ai/what-is-batch-normalization  ("Why Interviewers Ask This")
# F  https://www.sevenmentor.com/data-science-interview-questiontopic-wise-part-1
# G  github timdavidlee/ds-interview-prep : datascience-qs.md
# H  github Barabari-Project/Samvad-Sathi-AI : genAI/prompts/playground/ML_ques.md  (AI interviewer's generated question set)
# I  github sravan99k/Futurewith : public/courses/phase-8-career-entrepreneurship/01_ai_job_market/interview-prep.md
# J  stored file id 24608449541  (personal interview-prep notes, "## Generic example of ML questions"; repository not shown)
# K  https://excolet.com/questions/how-do-you-handle-imbalanced-datasets--q_bptxszkzbu/show ; https://excolet.com/questions/what-is-regularization-and-why-is-it-important--q_ubbanfwqsm/show  (interview question pages: "motivations & red flags")
# L  https://prachub.com/interview-questions/explain-overfitting-dropout-normalization-rl-post-training  (TikTok MLE technical screen, candidate-reported)
# M  https://dataprep.varunpokhriyal.com/round7/evaluation  (mock interview round, quoted questions)
# N  https://zero-to-ai.netlify.app/curriculum/28-practical-ds/00_INTERVIEW_PREP.html  ("The 30 Questions That Actually Come Up")
# O  https://mlmentorship.com/questions/  (senior ML interview canon with L4/L5/L6 answer rubrics; incl. /questions/when-not-cross-validation/)
# P  github dasarpai/old.dasarpai.github.io : _draft/DS/2023-01-28-  (deep-learning interview question list; code-search excerpt)
# Q  https://qrankr.com/how-to-answer/what-is-clustering-and-describe-its-use  ("Why interviewers ask this")
# R  https://codemia.io/practice/explain-transfer-learning-and-its-applications  (Google data-scientist phone-screen question)
# S  github jphall663/GWU_data_mining : interview/ds_interview.md  (interviewer's data-science interview question list)
# T  github danielsavila/interview_practice : other-common-questions.py
# U  https://www.scribd.com/document/742163460/Ensemble-interview-questions
# V  https://www.scribd.com/document/858416193/ML-QU  (ML interview questions with interviewer follow-ups)
# W  https://mlprep.co/topics/ml-breadth/  (ML breadth interview round question list)
# X  github Ranxin2023/LLM_demo : Transformer/CommonlyAskedQuestions.md
# Y  github Avhirup/al-folio : _posts/2020-05-01-ml-questions.markdown  ("questions I encountered while ... interviewing for companies")
# Z  code-search excerpt, Naive Bayes interview Q&A list (repository and path not shown by the index)
# AA stored file id 45472129451  (reinforcement-learning explainer, question headings; repository not shown)
# AB stored file id 2407646949   (ML interview Q&A, "## 20." headings; repository not shown)
# AC stored file id 29752935638  (React interview Q&A accordion; repository not shown)
# AD stored file id 61246968802  (interview-practice app, InterviewQuestion prompts; repository not shown)
# AE stored file id 71467979809  (case-study assignment, "Bonus" questions; repository not shown)
# AF stored file id 52620196181  (design-pattern interview Q&A; repository not shown)
# AG stored file id 14397637180  (AWS EC2 interview questions and answers; repository not shown)
# AH stored file id 1254870247   (React/Redux interview notes; repository not shown)
# AI stored file id 71238103117  (PCA interview prep with quoted interviewer questions; repository not shown)
# AJ stored file id 53416522412  (PCA interview Q&A, "## Q9." headings; repository not shown)
# AK stored file id 55021621328  (PCA interview flash questions; repository not shown)
# AL stored file id 56164221042  (deep-learning flashcards, front/back; repository not shown)
# AM stored file id 40979785366  (":p ... ??x" flashcards on CNN training; repository not shown)
# AN stored file id 32505628677  ("Ensemble Methods" notes, "Common Interview Questions"; repository not shown)
# AO stored file id 38637539897  (deep-learning interview Q&A, "## Q4:"; repository not shown)
# AP stored file id 35037904278  (CNN interview questions, "### Q45."; repository not shown)
# AQ stored file id 39160707664  (deep-learning interview questions, "### **4. ...**"; repository not shown)
# AR stored file id 120888402    (microservices interview Q&A, "## Q:"; repository not shown)
# AS stored file id 59505590892  (ML interview questions with "## Strong Answer"; repository not shown)
# AT stored file id 57024420794  (gradient-boosting notes, "### Interview Insight"; repository not shown)

BLIND50_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}?",  # E: "What is batch normalization?"
        "📊 8️⃣ Explain {s}",  # C: "📊 8️⃣ Explain backpropagation"
        "Question—1 What do you mean by {s}?",  # F: "Question—1 What do you mean by ensemble techniques?"
        "3. **Explain {s}**:",  # L: "3. **Explain dropout**:"
        'Q2: "Explain {s} in simple terms."',  # M: 'Q2: "Explain overfitting in simple terms."'
        "Q1: Explain {s} to a non-technical stakeholder",  # N: "Q1: Explain p-value to a non-technical stakeholder"
        "Explain {s} in your own words",  # O: "Explain backprop in your own words"
        "What is the meaning of {s}?",  # P: "What is the meaning of overfitting?"
    ),
    "advantages": (
        "What are some of the advantages of using {s}?",  # P: "What are some of the advantages of using TensorFlow?"
        "## Q4: Why is {s} helpful?",  # AO: "## Q4: Why is Batch Normalization helpful?"
        "### Q45. Advantages of {s}?",  # AP: "### Q45. Advantages of transfer learning?"
        "### **4. What are the advantages of {s}?**",  # AQ: "### **4. What are the advantages of Transfer Learning?**"
        "## Q: What are the pros of {s}?",  # AR: "## Q: What are the pros of microservice architecture?"
        "# 24. Why is {s} so popular?",  # AS: "# 24. Why is XGBoost so popular?"
        "> **Q: Why is {s} so popular in Kaggle competitions and industry?**",  # AT: "> **Q: Why is XGBoost so popular in Kaggle competitions and industry?**"
        '- "Why does {s} work well?"',  # AN: '- "Why does Random Forest work well?"'
    ),
    "limitations": (
        "Elaborate on some of the limitations of {s}.",  # H: "Elaborate on some of the limitations of the current state-of-the-art Deep Learning algorithms."
        "Why {s} might not be suitable for a given task? (check out this article)",  # J: "Why neural networks might not be suitable for a given task? (check out this article)"
        'Q5: "What are the limitations of {s}?"',  # M: 'Q5: "What are the limitations of Decision Trees?"'
        "What are some of the limitations of {s}?",  # P: "What are some of the limitations of Deep Learning?"
        "What is the weak side of {s}?",  # Y: "What is the weak side of decision trees?"
        '#### Q15: "What are the core limitations of {s}?"',  # AI: '#### Q15: "What are the core limitations of PCA?"'
        "## Q9. What are some limitations of {s}?",  # AJ: "## Q9. What are some limitations of PCA?"
        "What are the main limitations of {s}?",  # AK: "What are the main limitations of PCA?"
    ),
    "works": (
        "Explaining how {s} works",  # G: "Explaining how bagging works"
        "What is {s} and how does it work?",  # G: "What is SVM and how does it work?"
        "How does {s} work intuitively?",  # Y: "How does support vector regression work intuitively?"
        "Why does {s} work?",  # O: "Why does dropout work?"
        "* What is {s}? How does it work?",  # V: "* What is PCA (Principal Component Analysis)? How does it work?"
        "How does {s} work?",  # AL: "How does Batch Normalization work?"
        ":p How does {s} work during training?",  # AM: ":p How does batch normalization work during training?"
        '- "Explain {s} step by step"',  # AN: '- "Explain gradient boosting step by step"'
    ),
    "fix": (
        "How do you deal with the challenges that come with {s}?",  # A: "- How do you deal with the challenges that come with an imbalanced dataset?"
        "15. How do you handle {s}?",  # B: "15. How do you handle missing data?"
        "🧠 4️⃣ How do you prevent {s}?",  # C: "🧠 4️⃣ How do you prevent overfitting?"
        "Explain {s} and how to prevent it.",  # D: "Explain overfitting and how to prevent it."
        "How do you deal with {s}",  # G: "How do you deal with unbalanced datasets"
        "### Q3: How do you handle {s} in machine learning models?",  # I: "### Q3: How do you handle overfitting in machine learning models?"
        "1. **What is {s}?** How can it be mitigated in machine learning?",  # L: "1. **What is overfitting?** How can it be mitigated in machine learning?"
        "* What is {s} and how should one deal with it when building machine-learning models?",  # S: "* What is the curse of dimensionality and how should one deal with it when building machine-learning models?"
    ),
    "when": (
        "When, why, and how the business analyst should use {s}",  # Y: "When, why, and how the business analyst should use linear regression"
        "When would you not use {s}?",  # O: "When would you not use cross-validation?"
        "What is {s}, and when should you use it?",  # W: "What is gradient clipping, and when should you use it?"
        "When would you use {s}, and what important caveat would you mention in an interview?",  # AD: "When would you use PCA, and what important caveat would you mention in an interview?"
        "**Bonus 2 — When would you use {s}?**",  # AE: "**Bonus 2 — When would you use PCA?**"
        "**Q3: In what scenarios would you use {s}?**",  # AF: "**Q3: In what scenarios would you use the Bridge pattern?**"
        "9. What is {s}, and in what scenarios would you use it?",  # AG: "9. What is an EC2 placement group, and in what scenarios would you use it?"
        "When is it appropriate to use {s}?",  # AH: "When is it appropriate to use Redux?"
    ),
    "examples": (
        "What is {s}, and describe its use?",  # Q: "What is clustering, and describe its use?"
        "Explain {s} and its applications",  # R: "Explain transfer learning and its applications"
        "What are some of the most used applications of {s}?",  # P: "What are some of the most used applications of Deep Learning?"
        "* Describe a recent use of {s}.",  # S: "* Describe a recent use of logistic regression."
        "5. What are some real-world applications of {s}?",  # Z: "5. What are some real-world applications of Naive Bayes?"
        "## What are the use cases of {s}?",  # AA: "## What are the use cases of reinforcement learning?"
        "## 20. What is {s}? Can you give an example of where it could be used?",  # AB: "## 20. What is reinforcement learning? Can you give an example of where it could be used?"
        "Can you give an example of where & how you can use {s}?",  # AC: "Can you give an example of where & how you can use react router?"
    ),
    "purpose": (
        "31. Why {s} is important?",  # B: "31. Why batching is important?"
        "What is {s} and why is it important?",  # K: "What is regularization and why is it important?"
        "What is the use of {s}?",  # P: "What is the use of LSTM?"
        "2. Why do we use {s} in machine learning?",  # U: "2. Why do we use ensemble methods in machine learning?"
        "* Explain to the leaders of this company what {s} is and why they should care.",  # S: "* Explain to the leaders of this company what model lift is and why they should care."
        "What is the goal of {s}?",  # T: "What is the goal of A/B testing?"
        "What Problem does {s} Solve",  # X: "What Problem does LayerNorm Solve"
        "Explain {s} and why it's still used in industry",  # W: "Explain logistic regression and why it's still used in industry"
    ),
}

# Blind test phrasings (set 51) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
# Direction of this set: questions used as headings and titles in teaching and
# documentation material (course tables of contents, lecture slide titles,
# tutorial/book section headings, project FAQ entries, README section titles).
#
# Sources read:
# A  stored file id 70938269176  (AI Engineer Bootcamp curriculum, JS module list; each lesson's "covers" list of section headings)
# B  github Tebs-Lab/intro-to-deep-learning : 01-intro-to-deep-learning/readme.md  (course class heading)
# C  stored file id 36187834016  (wiki article "Batch Normalization Techniques for Faster Neural Network Training", question section headings)
# D  stored file id 69675222834  (GNN lecture notes, "#### " heading)
# E  stored file id 7872300055   (deep-learning course notes, "### " question headings)
# F  stored file id 26506937655  (lecture slide speaking script, "**Frame 1: ...**" slide titles; bagging)
# G  stored file id 35932996939  (intro-to-programming slide deck, "---"-separated slides)
# H  stored file id 54589168716  (Anthropic API documentation, Messages example: user turn)
# I  stored file id 30528067792  (dropout tutorial notes, "### " heading)
# J  stored file id 16150025432  (deep-learning tutorial chapter "## 2.3 Batch Normalization" / dropout section headings)
# K  stored file id 6243964566   (MLP notes, "### " question heading)
# L  stored file id 12196549397  (README of EE5121 Convex Optimization course project poster; paper title as heading)
# M  stored file id 67376595850  (PCA course notes, "### " heading)
# N  stored file id 56553454490  ("# Slides: Clustering (K-Means)", Module 3 Lesson 8 slide deck, "## Diapositiva N:" slide titles)
# O  stored file id 32190878973  (random forest notes, "### " heading)
# P  stored file id 44214903343  (transfer learning tutorial, "### " question heading)
# Q  stored file id 2037889306   (transfer learning lesson page, HTML <h3> headings)
# R  stored file id 26126026654  (dropout notes, "## " question heading)
# S  stored file id 3193496075   (LoRA explainer README, emoji section headings)
# T  Distill article title "Why Momentum Really Works" (Goh, 2017), as listed in stored file id 60280150647 (reading list "[Distill.pub: Why Momentum Really Works](https://distill.pub/2017/momentum/)")
# U  stored file id 56516895583  (PCA notes, "## " heading)
# V  stored file id 34166030560  (study notes on Nielsen's book "Neural Networks and Deep Learning", chapter headings)
# W  stored file id 36010865415  (learning-theory notes, "## " question heading)
# X  stored file id 45344768665  (neural-network lecture slides, "---"-separated, "### " slide title)
# Y  stored file id 25107535781  (Chinese notes on the CS224n RNN lecture slides, English slide titles kept as "## " headings)
# Z  stored file id 71036970280  (Train in Data blog article on imbalanced data, "## " section heading)
# AA stored file id 6022370624   (Coursera AI-for-Medicine course notes, "## " heading)
# AB stored file id 6780264352   (Hugo reveal.js lecture slides, "## Artificial Neural Networks" / "### " slide title)
# AC stored file id 58032224375  (course notes with numbered sections, "# 1.98 ...")
# AD stored file id 71245223734  (interactive RL learning page, section `title:` fields)
# AE stored file id 39205921104  (transfer learning notes, "## " heading)
# AF stored file id 16014109384  (deep-learning notes, "#### " heading)
# AG stored file id 49456654527  (reinforcement learning article, "## " heading)
# AH stored file id 23154661575  (data warehousing and data mining course notes following the lecture slides, "## " slide headings)
# AI stored file id 62905947156  (logistic regression tutorial, numbered "# N." sections)
# AJ stored file id 67243153892  (unsupervised-learning demo notes, "### " question heading)
# AK stored file id 26263149852  (lecture slide speaking script, "**Frame 2: ...**" slide titles; cross-validation)
# AL stored file id 53809760749  (project documentation FAQ, "**Q:** / A:" entries; gradient accumulation)
# AM stored file id 17803844240  (GPT-training notes, lowercase "### " question headings)
# AN stored file id 55387434273  (vLLM CPU deployment guide, FAQ table of contents)
# AO stored file id 71137787117  (PCA / factor analysis course text, numbered "### 4.8" section)
# AP stored file id 46476024182  (step-by-step dropout tutorial, bold "### **Step N: ...**" headings)
# AQ stored file id 18387813510  (Obsidian flashcard deck "TARGET DECK: machine learning")
# AR stored file id 17701874382  (project interview-prep notes, bold "**Qn:**" headings)
# AS stored file id 34883097434  (dropout tutorial, "## Summary: ..." heading)
# AT stored file id 7837974203   (autoencoder training script, TODO comment)
# AU stored file id 39039811403  (PCA lecture notes, "### " heading)

BLIND51_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "# Class 1: What is {s} and why has it taken off?",  # B: "# Class 1: What is deep learning and why has it taken off?"
        "## What is {S} in the context of machine learning?",  # C: "## What is Batch Normalization in the context of machine learning?"
        "#### What is {S}",  # D: "#### What is Batch normalization"
        "### What is {S} and what it does?",  # E: "### What is Batch Normalization and what it does?"
        "**Frame 1: What is {S}?**",  # F: "**Frame 1: What is Bagging?**"
        "## So, What is {S}?",  # G: "## So, What is Programming?"
        "What {S} is and how it works",  # A: "What RMSNorm is and how it works"
        "Can you explain {s} in plain English?",  # H: "Can you explain LLMs in plain English?"
    ),
    "advantages": (
        "Why {S} works so well",  # A: "Why Self Attention works so well"
        "Why is {S} so popular?",  # A: "Why is PyTorch so popular?"
        "Advantages of {S}",  # A: "Advantages of Dropout"
        "### Benefits of {S}:",  # I: "### Benefits of Dropout:"
        "### Why is {S} Effective?",  # J: "### Why is Dropout Effective?"
        "### What are the advantages of using {s}?",  # K: "### What are the advantages of using MLP?"
        "## What are the benefits of using {S} in neural networks?",  # C: "## What are the benefits of using Batch Normalization in neural networks?"
        "## How Does {S} Help Optimization?",  # L: "## How Does Batch Normalization Help Optimization?"
    ),
    "limitations": (
        "### Limitations of {S} (and when NOT to use it)",  # M: "### Limitations of PCA (and when NOT to use it)"
        "## What are some common challenges or limitations when using {S}?",  # C: "## What are some common challenges or limitations when using Batch Normalization?"
        "## Diapositiva 9: Limitations of {S}",  # N: "## Diapositiva 9: Limitations of K-Means"
        "Where {S} Works Well and Where It Fails",  # A: "Where Jev Works Well and Where It Fails"
        "Trade-offs of {S}",  # A: "Trade-offs of SLMs"
        "### Disadvantages of {S} :",  # O: "### Disadvantages of Random Forest :"
        "### When not to use {S}?",  # P: "### When not to use Transfer Learning?"
        "<h3>When Not to Use {S}</h3>",  # Q: "<h3>When Not to Use Transfer Learning</h3>"
    ),
    "works": (
        "## How does {s} work?",  # R: "## How does dropout work?"
        "How does {S} work step-by-step?",  # A: "How does Contrastive Learning work step-by-step?"
        "Step-by-step working of {S}",  # A: "Step-by-step working of Self Attention"
        "The Math Behind {S}",  # A: "The Math Behind Gradient Descent"
        "## ⚙️ How {S} Works Under the Hood",  # S: "## ⚙️ How LoRA Works Under the Hood"
        "Why {S} Really Works",  # T: "Why Momentum Really Works"
        "## Intuition Behind {S}",  # U: "## Intuition Behind PCA"
        "### chapter 2: How the {s} algorithm works",  # V: "### chapter 2: How the backpropagation algorithm works"
    ),
    "fix": (
        "## How to prevent {S}?",  # W: "## How to prevent Overfitting?"
        "### Tackling {s}",  # X: "### Tackling overfitting"
        "## How to fix {s} problem?",  # Y: "## How to fix vanishing gradient problem?"
        "## How to Handle {S}: A Summary",  # Z: "## How to Handle Class Imbalance: A Summary"
        "## How to handle {s}:",  # AA: "## How to handle class imbalance:"
        "How to solve the {S} problem",  # A: "How to solve the Lost in the Middle problem"
        "### Dealing with {s}",  # AB: "### Dealing with overfitting"
        "# 1.98 How Can We Reduce {S}?",  # AC: "# 1.98 How Can We Reduce Overfitting?"
    ),
    "when": (
        "When should I use {s}?",  # AN: "[When should I use quantization?](#when-should-i-use-quantization)"
        "### 4.8 When Should You Use {S}?",  # AO: "### 4.8 When Should You Use PCA?"
        "### **Step 6: When to Use {S}**",  # AP: "### **Step 6: When to Use Dropout**"
        "when should you use {s} #flashcard",  # AQ: "when should you use PCA #flashcard"
        "**Q3: When should you use {s}? When should you NOT?**",  # AR: "**Q3: When should you use PCA? When should you NOT?**"
        "## Summary: When to Use {S}",  # AS: "## Summary: When to Use Dropout"
        "# TODO: When to use {s}",  # AT: "# TODO: When to use dropout"
        "### When is {s} useful",  # AU: "### When is PCA useful"
    ),
    "examples": (
        "Where do we use {S} every day?",  # A: "Where do we use Generative AI every day?"
        "Real-world use cases of {S}.",  # A: "Real-world use cases of Contrastive Learning."
        "Where {S} is used",  # A: "Where Dropout is used"
        "Where is {s} used?",  # AD: "Where is reinforcement learning used?"
        "## Applications of {S}",  # AE: "## Applications of Transfer Learning"
        "#### Applications of {s} include:",  # AF: "#### Applications of transfer learning include:"
        "## Real-World Applications of {S}",  # AG: "## Real-World Applications of Reinforcement Learning"
        "## Examples of {S} Applications",  # AH: "## Examples of Clustering Applications"
    ),
    "purpose": (
        "# 5. Why do we need {s}?",  # AI: "# 5. Why do we need regularization?"
        "### What is {s} used for?",  # AJ: "### What is PCA used for?"
        "## Why was {S} introduced?",  # C: "## Why was Batch Normalization introduced?"
        "**Frame 2: Why Use {S}?**",  # AK: "**Frame 2: Why Use Cross-Validation?**"
        "**Q: Why use {s}?**",  # AL: "**Q: Why use gradient accumulation?**"
        "### why use {s}?",  # AM: "### why use gradient accumulation?"
        "The problem {S} solves",  # A: "The problem PyTorch solves"
        "What we use {s} for",  # A: "What we use embeddings for"
    ),
}

# Blind test phrasings (set 52) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  stored file id 62068548406  (OpenReview review dump, "## Human Reviewer" / "### Questions" format; repository not shown)
# B  stored file id 62059344084  (OpenReview review dump, reviewer "Questions" list; repository not shown)
# C  stored file id 62099826343  (OpenReview review dump, human reviewer questions; repository not shown)
# D  stored file id 63109019298  (OpenReview review dump, human reviewer questions; repository not shown)
# E  stored file id 63141176078  (OpenReview review dump, "**Q2**" reviewer question; repository not shown)
# F  stored file id 63098112392  (OpenReview review dump, reviewer's suggested intro questions; repository not shown)
# G  stored file id 63542097386  (review dump with "### Questions" / "### Rating"; repository not shown)
# H  github VILA-Lab/SRe2L issue #22  ("What is temperature in this paper")
# I  github facebookresearch/higher issue #56  ("Meaning of stop-gradient"; reader asking about the paper's operator)
# J  github rainofmine/Face_Attention_Network issue #14  (reader question about the paper's attention technique)
# K  github kensun0/Joint-Cascade-Face-Detection-and-Alignment issue #1  (question about Algorithm 3 of the paper)
# L  github megvii-research/MOTR issue #27  ("About the memory bank")
# M  github PatrickHua/SimSiam issue #22  ("Implementation of Stopgrad")
# N  github baidu-research/NCRF issue #17  ("how to do 'hard negative mining'?")
# O  github Megvii-BaseDetection/DenseTeacher issue #42  ("Is Hard Negative Mining implemented?")
# P  github cvg/NoPoSplat issue #19  ("Limitations of Sparseness")
# Q  github yoheikikuta/paper-reading issue #39  (paper-reading notes issue "[2019] When Does Label Smoothing Help?")
# R  github google-research/fixmatch issue #37  ("Motivation for EMA")
# S  github square/pysurvival issue #41  ("Class Imbalance")
# T  stored file id 16003609029  (paper-reading notes template: "**Strengths**" / "**Weaknesses**" questions; repository not shown)
# U  stored file id 55673516177  (paper explainer app for the A-RAG paper, chatStarters questions; repository not shown)
# V  stored file id 15245986603  (paper-research assistant README, example Q&A-mode questions about papers; repository not shown)
# W  stored file id 32151978593  (bilingual reading questions on the Raft paper; repository not shown)
# X  stored file id 29467618990  (federated-learning reading guide, "Think about these questions while reading"; repository not shown)
# Y  stored file id 20408913432  (notes with "### " question headings on the shadow Hamiltonian; repository not shown)
# Z  stored file id 11656831107  (course syllabus topic list, "The bootstrap: when does it work, when does it fail?"; repository not shown)
# AA stored file id 60886729044  (SQL interview question list on Cascading Referential Integrity; repository not shown)
# AB stored file id 39763272670  (book chapter review questions, "## Chapter 3: Modularity"; repository not shown)
# AC stored file id 20153670460  (student lab answers, "Q2:" question; repository not shown)
# AD stored file id 20611931802  (chatbot suggested questions list; repository not shown)
# AE stored file id 51816505     (student homework answers, numbered "2)" questions; repository not shown)
# AF stored file id 36987029961  (lesson quiz step, question field; repository not shown)
# AG stored file id 31199446665  (study questions with answers on component-based architecture; repository not shown)
# AH stored file id 4206698241   (quiz markdown, "### " question headings; repository not shown)
# AI stored file id 45622888110  (SQL interview questions, "### 6." heading; repository not shown)
# AJ stored file id 36917210620  (course assignment text on option pricing; repository not shown)
# AK stored file id 21863861233  (ML interview prep notes, '#### Q: "..."' headings; repository not shown)
# AL stored file id 32493204538  (project interview Q&A, "8. **Q: ...**"; repository not shown)
# AM stored file id 61602359803  (fine-tuning notes with "> **Interview note:**"; repository not shown)
# AN stored file id 46835989060  (interview question bank, "machine learning" list; repository not shown)
# AO stored file id 37831243136  (interview question seed rows, Machine Learning / Advanced; repository not shown)
# AP stored file id 51856299582  (interview question bank, 'machine_learning' list; repository not shown)
# AQ stored file id 70553524048  (interview question bank, "machine learning" list; repository not shown)
# AR stored file id 29159438579  (README "## FAQ" of an interactive fixed effects package; repository not shown)
# AS stored file id 46980518988  (course homework, "Theory" question on k-means; repository not shown)
# AT stored file id 33837012468  (lesson learning objectives on insertion sort; repository not shown)
# AU stored file id 40345600595  (study notes with open questions on partial application; repository not shown)
# AV stored file id 30504679790  (article heading "## **When Should We Use Prompt Compression?**"; repository not shown)
# AW stored file id 60667042865  (Q&A study notes, "Q4:"; repository not shown)
# AX stored file id 6232227904   (live class chat log, student questions; repository not shown)
# AY stored file id 70448491999  (RAG evaluation table of test questions; repository not shown)
# AZ stored file id 32173034602  (DevOps interview question list; repository not shown)
# BA stored file id 28198054818  (Generative AI interview question list; repository not shown)
# BB stored file id 26302992427  (interview questions and answers, numbered; repository not shown)

BLIND52_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        '- What is "{s}"?',  # A: "- What is \"direct parameterization\"?"
        "What is {s} in this paper",  # H: "What is temperature in this paper"
        "Meaning of {s}",  # I: "Meaning of stop-gradient"
        "What is the {s} technique applied to this paper?",  # J: "What is the attention technique applied to this paper?"
        "Can you explain what is {s} mentioned in Algorithm 3 on the original paper?",  # K: "Can you explain what is hard negative sample mining mentioned in Algorithm 3 on the original paper?"
        "1. What is meant by the term {s}?",  # AB: "1. What is meant by the term connascence?"
        'Q2: What is meant by the term "{s}"?',  # AC: "Q2: What is meant by the term \"black-box\"? How are the tests inside ..."
        "Can you explain what is {s}?",  # AD: "Can you explain what is Ramadan?"
    ),
    "advantages": (
        "9. **Strengths**: What are the advantages of {s}?",  # T: "9. **Strengths**: What are the advantages of the proposed method?"
        "3. What are the advantages of {s}?",  # F: "3. What are the advantages of the proposed approach?"
        "35. What are the advantages of {S}?",  # AA: "35. What are the advantages of Cascading Referential Integrity?"
        "2)\tWhat are the benefits of using {s}?",  # AE: "2)\tWhat are the benefits of using structured error handling?"
        "What is the main benefit of using {s}?",  # AF: "What is the main benefit of using streaming?"
        "3. What are the advantages of using {s}?",  # AG: "3. What are the advantages of using component-based architecture?"
        "### What is the main benefit of using {s}?",  # AH: "### What is the main benefit of using curried functions?"
        "What are the advantages of using {s}?",  # AI: "### 6. What are views? What are the advantages of using view?"
    ),
    "limitations": (
        "Limitations of {s}",  # P: "Limitations of Sparseness"
        "Where does {s} break down?",  # U: "Where does A-RAG break down?"
        "10. **Weaknesses**: What are the disadvantages of {s}?",  # T: "10. **Weaknesses**: What are the disadvantages of the proposed method?"
        "Are there specific limitations of the {s}?",  # W: "(Are there specific limitations of the Raft protocol? In what scenarios ...)"
        "36. What are the disadvantages of using {S}?",  # AA: "36. What are the disadvantages of using CASCADE?"
        "37. In which situations should you avoid using {S}?",  # AA: "37. In which situations should you avoid using CASCADE?"
        "1. {S}: when does it work, when does it fail?",  # Z: "1. The bootstrap: when does it work, when does it fail?"
        "What are the shortcomings of the {s}?",  # AJ: "What are the shortcomings of the Black-Scholes pricing model?"
    ),
    "works": (
        "How exactly does {s} work in this paper?",  # J: "How exactly does attention work in this paper?"
        "How does {s} work in this paper?",  # U: "How does test-time scaling work in this paper?"
        "May I a ask you a question, how did you implment {s}?",  # M: "May I a ask you a question, how did you implment stop grad?"
        "(Briefly describe the mechanism of {s}).",  # W: "1. 简练的语言概述领导者选举的机制 (Briefly describe the mechanism of leader election)."
        "how to do '{s}'?",  # N: "how to do 'hard negative mining'?"
        "Hi, how did you implement the {s} technique mentioned in the paper?",  # O: "Hi, how did you implement the Hard Negative Mining technique mentioned in the paper?"
        'Could you please elaborate on what the "{s}" operator does?',  # I: "Could you please elaborate on what the \"stop-gradient\" operator does?"
        '"How does the {s} work in this paper?"',  # V: "\"How does the attention mechanism work in this paper?\""
    ),
    "fix": (
        "Does this package address {s}?",  # S: "Does this package address class/label imbalance?"
        '#### Q: "How do you handle {s}?"',  # AK: "#### Q: \"How do you handle overfitting?\""
        "8. **Q: How do you handle {s} in this model?**",  # AL: "8. **Q: How do you handle overfitting in this model?**"
        '> **Interview note:** "How do you handle {s} in a fine-tuning run?"',  # AM: "> **Interview note:** \"How do you handle overfitting in a fine-tuning run?\" ..."
        "How do you handle {s} in machine learning models?",  # AN: "How do you handle overfitting in machine learning models?"
        "How do you handle {s} in your models?",  # AO: "('How do you handle overfitting in your models?', 'Machine Learning', 'Advanced')"
        "How do you handle {s} in neural networks?",  # AP: "How do you handle overfitting in neural networks?"
        "How do you handle {s} in a machine learning model?",  # AQ: "How do you handle overfitting in a machine learning model?"
    ),
    "when": (
        "[2019] When Does {s} Help?",  # Q: "[2019] When Does Label Smoothing Help?"
        "#### When should one use {s}?",  # AR: "#### When should one use interactive fixed effects models?"
        "In what scenarios is it suitable to use the {s}?",  # W: "(... In what scenarios is it suitable to use the Raft protocol?)"
        "In which situations should we use {s}?",  # AS: "... What are the issues? In which situations should we use k-means? ..."
        "When is it a good idea to use {s}?",  # AT: "- So, when to insert? When is it a good idea to use Insertion sort?"
        "* When should we use {s}?",  # AU: "* When should we use partial application?"
        "## **When Should We Use {S}?**",  # AV: "## **When Should We Use Prompt Compression?**"
        "Q4: When should we use {s}?",  # AW: "Q4: When should we use static methods?"
    ),
    "examples": (
        "- What are the potential applications of {s}?",  # X: "- What are the potential applications of FL?"
        "What are the practical applications of {s}?",  # AX: "Can you please explain the use case of reshaping data ...? What are the practical applications of reshaping?"
        "What are the practical applications of {S} in enterprises?",  # AY: "What are the practical applications of Agentic AI in enterprises?"
        "9.   What are some use cases of {s}?",  # AZ: " 9.   What are some use cases of orchestration tools?"
        "### What are some use cases of the {s} itself?",  # Y: "### What are some use cases of the shadow Hamiltonian itself?"
        "38. Where is {S} used in real-world applications?",  # AA: "38. Where is Cascading Referential Integrity used in real-world applications?"
        "33. How is {S} used in real-world applications?",  # BA: "33. How is Generative AI used in real-world applications?"
        "4. What are the potential applications of {S} beyond the tasks presented in the paper?",  # G: "4. What are the potential applications of Memoria beyond the tasks presented in the paper?"
    ),
    "purpose": (
        "Why is {s} desired?",  # B: "What is the motivation for using an **equivariant** attention mechanism? Why is equivariance desired? ..."
        'Can the authors clarify the role of the "{s}" concept in your work?',  # C: "Can the authors clarify the role of the \"order parameter\" concept in your work?"
        'Can the authors clarify the role of "{s}" in this study?',  # D: "Can the authors clarify the role of \"empathy\" in this study?"
        "Could you tell me what you use this {s} for?",  # L: "... Could you tell me what you use this memory bank for?"
        "What is the point of using {s}?",  # E: "**Q2** The proposed method utilizes the masked diffusion ... What is the point of using masked diffusion?"
        "Motivation for {s}",  # R: "Motivation for EMA"
        "Are you able to provide a little insight into why you use {s}?",  # R: "Are you able to provide a little insight into why you use an exponential moving average of the model weights? ..."
        "6. What is the use of {s}?",  # BB: "6. What is the use of pointers?"
    ),
}

# Blind test phrasings (set 53) for the duplicate-question finder.
# Every template is abstracted from a real question found in the sources below.
#
# Sources read:
# A  github tensorpack/tensorpack issue #1019 ("what is EMA?")
# B  stored file id 33826494017  (linux-kernel mailing-list reply, ENOSPC question; repository not shown)
# C  github ufcg-lsd/computer-systems-reading issue #5 ("Define cold start problem")
# D  github OpenNMT/OpenNMT-py issue #1321 (ContextGate module question)
# E  github timoschick/pet issue #57 ("What is the logits?")
# F  github tensorflow/tfjs-examples pull request #113 (comment by tristansokol)
# G  stored file id 39763272670  (study questions for a software-architecture book, "## Chapter 3: Modularity"; repository not shown)
# H  github trangptm/HighwayNetwork issue #3 ("Questions about parameter sharing?")
# I  github junyanz/pytorch-CycleGAN-and-pix2pix issue #212 ("dropout effect")
# J  stored file id 53300789382  ("Realistic User Questions for RAGnosis", app developer's question list; repository not shown)
# K  stored file id 22459551892  (React learner's notes on composition; repository not shown)
# L  stored file id 16173729633  (linux-kernel mailing-list post on VIA82CXXXX chipset support; repository not shown)
# M  stored file id 30500629666  (netdev patch review thread on a DSA switch driver; repository not shown)
# N  stored file id 62055574349  (paper peer review, "### Questions"; repository not shown)
# O  stored file id 33266624415  (engineering design-principles doc on complexity and dependencies; repository not shown)
# P  stored file id 8491439529   (notes page "# What are the downsides of using an ORM?"; repository not shown)
# Q  stored file id 54102146994  (C++ design-pattern exercise, "DISCUSSION QUESTIONS" comment block; repository not shown)
# R  stored file id 10941363522  (web app FAQ accordion, h5 questions; repository not shown)
# S  github cvg/NoPoSplat issue #19 ("Limitations of Sparseness")
# T  stored file id 28479003354  (nc2pt README, "## What are the downsides of using PyTorch files for climate data?"; repository not shown)
# U  stored file id 58857891758  (RAG question-and-answer guide, "### M8."; repository not shown)
# V  github jiangxiluning/Deformable-DETR issue #1 ("How do you use deformable_attn.py?")
# W  https://shortscience.org/paper?bibtexKey=10.18653/v1/e17-2025&a=ofirpress  (paper summary, "## __Why does weight tying work?__")
# X  stored file id 33181042099  (Dask LocalCUDACluster tutorial heading; repository not shown)
# Y  stored file id 60308595904  (UiPath/RAG project Q&A, "### 🟤 Q93 —"; repository not shown)
# Z  github ggml-org/llama.cpp discussion #10182 title (as linked in stored file id 54736595192)
# AA stored file id 52627326315  (Spring interview question list, "8."; repository not shown)
# AB stored file id 59709699645  (JavaScript topic notes, "### 2."; repository not shown)
# AC github halwai/bird_classification issue #9 ("How do you deal with the problem of overfitting?")
# AD github mingdachen/disentangle-semantics-syntax issue #1
# AE github Mathux/ACTOR issue #5 ("KL-vanishing issue and another idea")
# AF github RUCAIBox/ReSeq issue #1 ("How to handle cold start issue?")
# AG github grahamjenson/hapiger issue #4 ("solution for cold-start problem?")
# AH stored file id 37075966837  (ML project docs FAQ, "### Q:"; repository not shown)
# AI stored file id 52389924932  (load-testing write-up, bold run-in headings; repository not shown)
# AJ github PaddlePaddle/PaddleRec issue #865
# AK stored file id 52882796887  (Qdrant notes "## Common Q&A", "### Q:"; repository not shown)
# AL stored file id 21762769216  (blog post front matter summary, "Stateless firewall"; repository not shown)
# AM stored file id 38787565334  (data-mining project report on tree-based models; repository not shown)
# AN stored file id 60404606073  (AWS EC2 termination-protection Q&A, "## 5."; repository not shown)
# AO stored file id 70409535450  (notes on multi-process vs multi-thread, bold questions; repository not shown)
# AP stored file id 25354698085  (GitHub Packages quiz, "### " questions; repository not shown)
# AQ stored file id 52776907651  (imbalanced-classification project docs "## FAQ", "**Q:**"; repository not shown)
# AR github carpentries-lab/deep-learning-intro issue #47 (episode learning objectives)
# AS stored file id 55055059402  (AWS exam-prep questions in <details><summary>; repository not shown)
# AT stored file id 42302332732  (deep-learning lecture transcript on higher-order differentiation; repository not shown)
# AU stored file id 57713089882  (YAML FAQ question/answer pairs on indexing; repository not shown)
# AV stored file id 6232227904   (course chat log, student questions on pandas reshaping; repository not shown)
# AW stored file id 28177494192  (learner's React setup notes; repository not shown)
# AX stored file id 34478924382  (token project website FAQ, h3 questions; repository not shown)
# AY github DmitryUlyanov/deep-image-prior issue #27 ("Batch Normalization")
# AZ stored file id 69376978989  (LoRA explainer notes, "# 2."; repository not shown)
# BA github TuSimple/centerformer issue #23 ("The effect of deformable attention")
# BB stored file id 3794438582   (Google ML Crash Course text with Chinese translation, "## Why would you want to use a linear model?"; repository not shown)
# BC stored file id 32001789797  (Vue.js course notes; repository not shown)
# BD github sgrvinod/a-PyTorch-Tutorial-to-Image-Captioning issue #68 ("what is 'gate' used for ?")
# BE stored file id 37942608932  (command-line tutorial text; repository not shown)

BLIND53_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "what is {s}?",  # A: "what is EMA?"
        "I need some clarification here.  First can someone explain what is {s}?",  # B: "> I need some clarification here.  First can someone explain what is\n> ENOSPC?"
        "Define {s}",  # C: "Define cold start problem"
        "Explain the {s} and it steps.",  # C: "Explain the cold-start problem and it steps."
        "Can you give a more detailed explanation with “{s}”? It would be better if there were papers. Thanks you very much!",  # D: "Can you give a more detailed explanation with “ContextGate module”? It would be better if there were papers. Thanks you very much!"
        "What is the {s}?",  # E: "What is the logits?"
        "Do you have a good definition for what `{s}` means?",  # F: "Do you have a good definition for what `logits` means?"
        "1. What is meant by the term {s}?",  # G: "1. What is meant by the term connascence?"
    ),
    "advantages": (
        "3.Could you tell me more about why {s} has advantages with small datasets?",  # H: "3.Could you tell me more about why parameter sharing has advantages with small datasets?"
        "If you use {s}, How does the result come out? better ? or not ?",  # I: "If you use dropout, How does the result come out?\n\nbetter ? or not ?"
        "113. does {s} actually work or is it just hype?",  # J: "113. does rag actually work or is it just hype?"
        "What do we gain by using {s}?",  # K: "What do we gain by using composition (custom components as wrappers)?"
        "2. Is it worth it? What's the advantage of using {s}?",  # L: "2. Is it worth it? What's the advantage of using VIA82CXXXX chipset support?"
        "So why use {s} at all? What benefit does it bring you?",  # M: "So why use DSA at all? What benefit does it bring you?"
        "1. What are the benefits of adding {s}?",  # N: "1. What are the benefits of adding a Wasserstein regularizer? How does it address ..."
        "* What are the benefits of adding {s}. Is the tradeoff worth it?",  # O: "* What are the benefits of adding the dependency. Is the tradeoff worth it?"
    ),
    "limitations": (
        "# What are the downsides of using {s}?",  # P: "# What are the downsides of using an ORM?"
        "- What are the downsides of using {s}?",  # Q: " * DISCUSSION QUESTIONS:\n * - What are the downsides of using Singletons?"
        "133. What are the limitations of {s}?",  # J: "133. What are the limitations of RAG?"
        "129. What are the biggest challenges in {s}?",  # J: "129. What are the biggest challenges in RAG?"
        "What are the cons of using {s}?",  # R: "What are the cons of using FBA?"
        "I am not familiar with the limitations of {s}.",  # S: "I am not familiar with the limitations of [PnP & Ransac](...)."
        "## What are the downsides of using {s} for climate data?",  # T: "## What are the downsides of using PyTorch files for climate data?"
        "### M8. What are the limitations of {s}?",  # U: "### M8. What are the limitations of RAG?"
    ),
    "works": (
        "I'm wondering how does {s} work.",  # V: "I'm wondering how does deformable_attn.py work."
        "2. How does {s} work?",  # J: "2. How does RAG work?"
        "## __Why does {s} work?__",  # W: "## __Why does weight tying work?__"
        "## How Does {S} Work Under the Hood?",  # X: "## How Does LocalCUDACluster Work Under the Hood?"
        "### 🟤 Q93 — How does {s} actually work under the hood?",  # Y: "### 🟤 Q93 — How does UiPath Context Grounding actually work under the hood?"
        "Can someone explain what {s} do?",  # Z: "Can someone explain what ggml_backend_sched_t do? #10182"
        "8. What happens internally when you use {s}?",  # AA: "8. What happens internally when you use @Transactional?"
        "### 2. What happens internally when {s} is involved?",  # AB: "### 2. What happens internally when Accessibility with JavaScript is involved?"
    ),
    "fix": (
        "How do you deal with the problem of {s}?",  # AC: "How do you deal with the problem of overfitting?"
        "I just wonder how do you deal with the {s} issue.",  # AD: "I just wonder how do you deal with the posterior collapsed issue."
        "So have you ever encountered the {s} issue? If yes, how have you solved it ?",  # AE: "So have you ever encountered  the KL-vanishing (KL loss = 0) issue? If yes, how have you solved it ?"
        "How to handle {s} issue?",  # AF: "How to handle cold start issue?"
        "I was wondering if their is anything planned or done to solve the {s} problem.",  # AG: "I was wondering if their is anything planned or done to solve the cold-start problem."
        "### Q: How do I prevent {s}?",  # AH: "### Q: How do I prevent overfitting?"
        "**How to combat {s}.**",  # AI: "**How to combat backpressure.**"
        "[Question] about: Solve {s} problems",  # AJ: "[Question] about: Solve user cold-start problems"
    ),
    "when": (
        "### Q: When should I use {s}, and which type?",  # AK: "### Q: When should I use quantization, and which type?"
        "127. When should I NOT use {s}?",  # J: "127. When should I NOT use RAG?"
        "When does it make sense to use {s}",  # AL: summary="When does it make sense to use a Stateless firewall"
        "So, is it worth using {s}?",  # AM: "So, is it worth using tree-based model? No, since ..."
        "## 5. In which scenarios should {s} be enabled?",  # AN: "## 5. In which scenarios should Termination Protection be enabled?"
        "**In which scenarios should {s} be preferred?**",  # AO: "**In which scenarios should multi-process be preferred?**"
        "### In which scenarios should you NOT use {s} ?",  # AP: "### In which scenarios should you NOT use GitHub Packages ?"
        "**Q: Should I always use {s}?**",  # AQ: "**Q: Should I always use Focal Loss?**"
    ),
    "examples": (
        "- Understand what other applications exist for {s}",  # AR: "- Understand what other applications exist for data augmentation"
        "95.What are some use cases for using {s}?",  # AS: "<summary><b><i>95.What are some use cases for using EFS?</i></b></summary>"
        "So what are some use cases for {s} in deep learning?",  # AT: "So what are some use cases for higher order differentiation in deep learning?"
        "What are some use cases for {s}?",  # AU: "question: What are some use cases for asynchronous indexing?"
        "What are the practical applications of {s}?",  # AV: "What are the practical applications of reshaping?"
        "Can you please explain the use case of {s}?",  # AV: "Can you please explain the use case of reshaping data to re-arrange data?"
        "and what is the use case of {s}",  # AW: "and what is the use case of bundlers"
        "What is the use case of {s}?",  # AX: "What is the use case of The Word Token?"
    ),
    "purpose": (
        "What role does the {s} play in the model?",  # AY: "What role does the BN play in the model?"
        "# 2. Why do we need {s}?",  # AZ: "# 2. Why do we need LoRA?"
        "126. What problems is {s} actually good at solving?",  # J: "126. What problems is RAG actually good at solving?"
        "I'm a little confused that since the results shown in Tab1 and Tab4 indicate that the {s} does not bring benefits, why do you use it?",  # BA: "I'm a little confused that since the results ... indicate that the deformable attention does not bring benefits, why do you use it?"
        "## Why would you want to use {s}?",  # BB: "## Why would you want to use a linear model?"
        "- What is {s} or why would you want to use it?",  # BC: "- What is Vue.js or why would you want to use it?"
        "what is '{s}' used for ?",  # BD: "what is 'gate' used for ?"
        "Why would you want to use {s} then?",  # BE: "Why would you want to use the command line then?"
    ),
}

# A  https://isacaaifundamentals.passetra.com/question/which-statement-best-describes-data-a822b6ee1dffb2b2  (ISACA AI Fundamentals practice test, multiple choice)
# B  https://www.multiplechoicequestions.org/ai/what-is-data-augmentation-in-deep-learning/  (AI MCQ page)
# C  stored file id 40977291092  (exam paper answers, "## Section A Answers" / "### Q1. (a)"; repository not shown)
# D  stored file id 6720654741  (information-security exam question list with marks, "4c."; repository not shown)
# E  https://leyaa.ai/codefly/learn/genai/part-1/genai-pretraining-and-finetuning-concept/review  (recall & review quiz page, pre-training and fine-tuning)
# F  stored file id 53414968401  (AI quiz generator in Go, demo GIFT (Moodle) questions; repository not shown)
# G  stored file id 7722175672  (course lab assignment questions on MobileNet / transfer learning; repository not shown)
# H  stored file id 1285181038  (teacher-training quiz seed data, prompt/options; repository not shown)
# I  stored file id 48999585034  (deep-learning MCQ bank, "Unit: 4 / CO: CO4 / Q1." with Correct Answer / Type / Difficulty; repository not shown)
# J  stored file id 5748534829  (student's quiz attempt notes, "* Q6:" with (correct)/(WRONG) marks; repository not shown)
# K  stored file id 26458087436  ("# Assessment: Slides Generation - Chapter 7: Introduction to Neural Networks", generated assessment questions and discussion questions; repository not shown)
# L  stored file id 53320686583  (AI basics quiz data in JavaScript, question/options; repository not shown)
# M  stored file id 22555694504  (deep-learning homework, written questions "(e)"; repository not shown)
# N  stored file id 10477488180  (HTML web-design quiz page, question labels; repository not shown)
# O  stored file id 41642853408  (AWS ML certification practice questions with answers; repository not shown)
# P  stored file id 2734179648  (AWS security course lab notes, "#### Question: KMS Alias"; repository not shown)
# Q  stored file id 29169040917  (Data Mining & Knowledge Discovery quiz data, multiple-choice; repository not shown)
# R  stored file id 40741854639  (course study-question list on perceptrons and neural networks; repository not shown)
# S  https://www.bigdataelearning.com/assessments/2148570717?editor=false&primary_color=%230072EF  (course quiz "Day 14 - What is Unbalanced Data?")
# T  stored file id 66747410979  (NLP word-embedding quiz data, questionText/options; repository not shown)
# U  stored file id 52352067079  (ISTQB Foundation practice question bank, chapter 1.5; repository not shown)
# V  stored file id 3485942440  (Hugo lesson page with {{< quizdown >}} quiz, "### " questions; repository not shown)
# W  stored file id 56708694245  (bilingual course chapter, "## Exercises / 練習"; repository not shown)
# X  stored file id 1021999948  (AWS developer practice exam questions, "### Question 26:"; repository not shown)
# Y  stored file id 7406795264  (SQL seed file of an exam question bank, SHORT_ANSWER questions; repository not shown)
# Z  https://exampal.app/exams/certnexus-caip-aip-210/practice-exam/q/11/  (CertNexus CAIP AIP-210 practice exam, question 11)
# AA stored file id 54029777638  (computer-vision study material for BSc (Hons) Computer Science, Delhi University, "## 10. Assessment Items"; repository not shown)
# AB stored file id 39612721130  (machine-learning study cards with "## " question headings and #tags; repository not shown)
# AC stored file id 48487513941  (data-mining exam paper with answers, "(a) ... OR"; repository not shown)
# AD stored file id 58537509448  (chemistry exam paper solutions, "### Q7(b) ... (04)"; repository not shown)
# AE stored file id 7366223062  (data-structures Q&A notes, "Q:" / "A:"; repository not shown)
# AF stored file id 35452311084  (operating-systems quiz data, question/options/correct; repository not shown)
# AG https://certnexuscdsp.examzify.com/question/which-of-the-following-techniques-ffd099ac78b3150d  (CertNexus Certified Data Science Practitioner practice test)
# AH https://questionai.com/amp/questions-tS11Kjb8u7/112-deal-class-imbalance-classification-problem  (homework Q&A page)
# AI https://pdfprep.com/what-are-three-possible-ways-to-achieve-this-goal  (Azure data-science exam practice question)
# AJ https://courseiva.com/questions/comptia/comptia-ai/topics/ai-models-data-engineering-practice-questions  (CompTIA AI+ AI0-001 practice questions)
# AK stored file id 11030047295  (wireless-communications study questions with answers, "### 2."; repository not shown)
# AL stored file id 7781149200  (AWS Certified AI Practitioner study notes; repository not shown)
# AM stored file id 16273714413  (prompt-engineering course quiz, type "mcq"; repository not shown)
# AN stored file id 24078250633  (SQL Server temporal-table study questions, numbered; repository not shown)
# AO https://leyaa.ai/codefly/learn/tensorflow/part-2/tensorflow-why-transfer-learning-saves-time-and-data/review  (recall & review quiz page, transfer learning)
# AP stored file id 30431916021  (DataCamp exercise notes with multiple-choice "Possible Answers"; repository not shown)
# AQ https://leyaa.ai/codefly/learn/computer-vision/part-1/computer-vision-why-pretrained-models-save-time/review  (recall & review quiz page, pre-trained models)
# AR stored file id 44041587289  (Snowflake certification practice questions, "### Question 23"; repository not shown)
# AS stored file id 30216289323  (DSA learning app quiz data, array rotation; repository not shown)
# AT stored file id 1991127963  (AI basics quiz data with explanations; repository not shown)
# AU stored file id 66577662702  (AI course chapter question bank, id/chapterId/question/answer; repository not shown)
# AV stored file id 52738352218  (lecture review questions with answers, algorithms course; repository not shown)
# AW stored file id 18541082737  (Generative AI question-and-answer sheet, numbered; repository not shown)
# AX stored file id 6856149230  (JavaScript interview/quiz notes, "## ➡️" question headings; repository not shown)
# AY https://mockrounds.com/ai_machine_learning/machine-learning-basics-types-and-use-cases-quiz/?print=1  (quiz "Machine Learning Basics: Types and Use Cases")
# AZ stored file id 19513928535  (Laravel MCQ list with <details> answers, "**91. ...**"; repository not shown)
# BA http://assets.aliensbrain.com/quiz/87321/machine-learning-data-augmentation  (online quiz "Machine Learning Data Augmentation")
# BB stored file id 51847813718  (Java collections question bank with <details> answers, "### "; repository not shown)
# BC stored file id 7833404002  (C programming exam answers, "Q2 a) ... [7 Marks]"; repository not shown)
# BD stored file id 71557275553  (EMT certification practice question bank, domain "operations"; repository not shown)
# BE https://scribd.com/document/687502691/B-Tech-AR19-AR-20-Question-Bank-Template  (GIET University B.Tech 7th semester Deep Learning question bank, Part A MCQs)

BLIND54_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Which statement best describes {s}?",  # A: "Which statement best describes data augmentation?"
        "What is “{s}” in deep learning?",  # B: "What is “data augmentation” in deep learning?"
        "### Q1. (a) Write a short note on {s}.",  # C: "### Q1. (a) Write a short note on type casting."
        '4c. What do you understand by the term "{s}"? (2 Marks)',  # D: "4c. What do you understand by the term "Code of Ethics"? (2 Marks)"
        "{S} is best described as:",  # E: "Fine-tuning is best described as:"
        "::Q3:: Provide a brief summary of {s}. {{}}",  # F: "::Q3:: Provide a brief summary of the key concept. {}"
        "1. In your own words, what is {s}?",  # G: "1. In your own words, what is a bottleneck?"
        "Which of the following best defines '{s}'?",  # H: "Which of the following best defines 'process differentiation'?"
    ),
    "advantages": (
        "Q35. Which of the following is an advantage of {s} over RNNs/LSTMs for sequence processing?",  # I: "Q35. Which of the following is an advantage of Transformers over RNNs/LSTMs for sequence processing?"
        "* Q6: Which of the following is an advantage of {s}?",  # J: "* Q6: Which of the following is an advantage of artificial neural networks?"
        "- What are some advantages of using {s} over traditional algorithms?",  # K: "- What are some advantages of using neural networks over traditional algorithms?"
        "What is one major advantage of {s}?",  # L: "What is one major advantage of AI?"
        "(e) State two advantages of {s} over fully connected networks.",  # M: "(e) State two advantages of convolutional neural networks over fully connected networks."
        "state two advantages of using {s}",  # N: "state two advantages of using CSS for styling"
        "Which of the following is a key benefit of using {s}?",  # O: "Which of the following is a key benefit of using Amazon SageMaker Debugger?"
        "_Why is it beneficial to use {s}?_",  # P: "_Why is it beneficial to use a KMS Alias?_"
    ),
    "limitations": (
        "Which of the following is a disadvantage of the {s} algorithm?",  # Q: "Which of the following is a disadvantage of the k-Nearest Neighbours algorithm?"
        "- What is a major limitation of {s} in real-world classification problems?",  # R: "- What is a major limitation of perceptrons in real-world classification problems?"
        "- What are some challenges you think might arise when using {s} for language processing tasks?",  # K: "- What are some challenges you think might arise when using RNNs for language processing tasks?"
        "What is a primary challenge posed by {s} in machine learning?",  # S: "What is a primary challenge posed by unbalanced data in machine learning?"
        "What is a major limitation of {s} regarding unseen words?",  # T: "What is a major limitation of Word2Vec regarding unseen words?"
        "Which of the following is a DRAWBACK of {s}?",  # U: "Which of the following is a DRAWBACK of having testers who are highly independent from the development team?"
        "### What is a potential downside of using {s}?",  # V: "### What is a potential downside of using multiple decorators?"
        "2. Identify one limitation of {s}.",  # W: "2. Identify one limitation of the method."
    ),
    "works": (
        "Which of the following best describes how {s} works?",  # X: "Which of the following best describes how KMS Encryption works?"
        "Explain the working principle of {s}.",  # Y: "Explain the working principle of a Zener diode."
        "{S} typically involves which of the following approaches?",  # Z: "Transfer learning typically involves which of the following approaches?"
        "**Q3.** Describe how {s} works in FaceNet.",  # AA: "**Q3.** Describe how triplet loss works in FaceNet. Why is it better than using a softmax classifier for face verification?"
        "## Explain the steps involved in {s}.",  # AB: "## Explain the steps involved in $S$-fold cross-validation."
        "**(a) Explain the steps involved in the {s} algorithm and how it iteratively improves parameter estimates.",  # AC: "**(a) Explain the steps involved in the Expectation Maximization (EM) algorithm and how it iteratively improves parameter estimates. Differentiate between complete data and hidden data ..."
        "### Q7(b) Describe the mechanism of {s}. (04)",  # AD: "### Q7(b) Describe the mechanism of electrolytic conduction. (04)"
        "Q: Describe the working of the {s} algorithm.",  # AE: "Q: Describe the working of the Bubble Sort algorithm."
    ),
    "fix": (
        'Q3. Which technique is commonly used to mitigate the "{s}" problem in RNNs?',  # I: "Q3. Which technique is commonly used to mitigate the "Exploding Gradient" problem in RNNs?"
        "Which technique can be used to prevent {s}?",  # AF: "Which technique can be used to prevent deadlock?"
        "Which of the following techniques is used to address {s} in datasets?",  # AG: "Which of the following techniques is used to address class imbalance in datasets?"
        "112. How do you deal with the {s} in a classification problem?",  # AH: "112. How do you deal with the class imbalance in a classification problem?"
        "You need to resolve the {s}. What are three possible ways to achieve this goal?",  # AI: "You need to resolve the data imbalance. What are three possible ways to achieve this goal?"
        "Which technique should the scientist use to address the {s}?",  # AJ: "Which technique should the scientist use to address the class imbalance?"
        "### 2. What can be done to reduce the problem of {s}?",  # AK: "### 2. What can be done to reduce the problem of intersymbol interference (ISI)?"
        "How can you prevent {s} in machine learning?",  # AL: "How can you prevent model overfitting in machine learning?"
    ),
    "when": (
        "**Question 4:** For which type of problem is {s} inappropriate?",  # K: "**Question 4:** For which type of problem is MSE inappropriate?"
        "When is it MOST appropriate to use {s}?",  # AM: "When is it MOST appropriate to use few-shot prompting?"
        "2. Under what circumstances would you use {s}?",  # AN: "2. Under what circumstances would you use a temporal table?"
        "{S} is especially useful when:",  # AO: "Transfer learning is especially useful when:"
        "In which of the following situations would you use {s}?",  # AP: "In which of the following situations would you use histograms?"
        "Give an example of a situation where using {s} is especially helpful.",  # AQ: "Give an example of a situation where using a pre-trained model is especially helpful."
        "- Can you think of a scenario where {s} might not be the best solution for a problem?",  # K: "- Can you think of a scenario where neural networks might not be the best solution for a problem?"
        "Which scenario is BEST suited for {s}?",  # AR: "Which scenario is BEST suited for row access policies?"
    ),
    "examples": (
        "What is a real-world application of {s}?",  # AS: "What is a real-world application of array rotation?"
        "Which of the following is a real-world application of {s}?",  # AT: "Which of the following is a real-world application of AI?"
        "Give two real-world applications of {s}.",  # AU: "Give two real-world applications of Computer Vision."
        "Give a real-life example of {s}.",  # AO: "Give a real-life example of transfer learning."
        "Name two applications of the {s} discussed in the lecture.",  # AV: "Name two applications of the Multiplicative Weight Update Algorithm discussed in the lecture."
        "3. Name two applications of {s} in the industry.",  # AW: "3. Name two applications of Generative AI in the industry."
        "## ➡️ What is a typical use case for {s}?",  # AX: "## ➡️ What is a typical use case for anonymous functions?"
        "Which scenario is a typical example of {s}?",  # AY: "Which scenario is a typical example of supervised machine learning?"
    ),
    "purpose": (
        "Q24. In the context of time series forecasting with Keras, what is the purpose of {s}?",  # I: "Q24. In the context of time series forecasting with Keras, what is the purpose of the `tf.keras.utils.timeseries_dataset_from_array` function?"
        "**91. What is the primary purpose of using {s}?**",  # AZ: "**91. What is the primary purpose of using views in Laravel?**"
        "What is the primary goal of {s} in machine learning?",  # BA: "What is the primary goal of data augmentation in machine learning?"
        '**Q1.** In ResNet, the "{s}" primarily helps in:',  # AA: "**Q1.** In ResNet, the "skip connection" primarily helps in:"
        "### What problem does `{s}` solve?",  # BB: "### What problem does `SequencedSet` solve?"
        "🔹 Q2 a) Why do we need to use {s}? [7 Marks]",  # BC: "🔹 Q2 a) Why do we need to use comments in programs? [7 Marks]"
        "{S} serves which of the following purposes?",  # BD: "A PCR (patient care report) serves which of the following purposes?"
        "d. Why is {s} important in model evaluation?",  # BE: "d Why is cross-validation important in model evaluation?"
    ),
}

# A  https://www.ysrhazi.com/?p=855  (AI & Business blog post "What Is Generative AI and Why Is Everyone Talking About It?", question leaders ask)
# B  https://www.laurentbrickell.co.uk/resources/ai-jargon and https://www.laurentbrickell.co.uk/resources/blog/the-honest-executives-guide-to-what-ai-cannot-do  ("AI Jargon for Execs" index and blog, executive adviser's site)
# C  https://bix-tech.com/ai-beyond-text-the-rise-of-computer-vision-in-business  (business blog heading)
# D  github goelrohan6/product-coach : docs/ai-pm-interview-question-bank-cheat-sheet.md  (stored file id 7444040808, AI PM interview question bank)
# E  https://aiagentmindset.com/blog/what-is-rag/  (guide for founders, title)
# F  https://cut-the-saas.com/guides/what-is-rag  (guide "explained for founders", section heading)
# G  https://www.gossipherald.com/amp/55827-what-is-chatgpt-simple-guide-to-ai-chatbot  (news explainer headline)
# H  https://ai-cto.io/intel/vector-database-business  (page title "Vector Databases Explained for CEOs")
# I  https://webkarobar.com/future-tech-stuff-rag-or-retrieval-augmented-generation/  (startup blog heading)
# J  https://insights.softograph.com/?p=7592  (enterprise AI blog post title)
# K  https://inecomachines.com/benefits-of-predictive-maintenance-for-manufacturing-operations/  (manufacturing operations article heading)
# L  https://www.ontotext.com/blog/the-value-of-a-knowledge-graph/  (vendor blog title, "Four Business Perspectives")
# M  https://www.scribd.com/document/905643816/Demand-Forecasting-Ml  (report "Demand Forecasting - ML", table of contents questions; read via rt.http3.lol mirror)
# N  https://www.kdnuggets.com/2019/09/ensemble-learning.html  (ZestFinance post on lending, title)
# O  https://www.catcat.com/student/path/366850/activity/288085  (course activity "Executive Summary": questions every team member should be able to answer about AI)
# P  https://melioraonline.com.au/blog/small-language-models-enterprise-opportunity  (consultancy blog title)
# Q  https://edisonai.au/insights/limitations-of-large-language-models-executives  (explainer for executives, title)
# R  https://academy-content.make.com/courses/large-language-models/03-limitations-and-risks-of-llms  (Make Academy course unit title)
# S  https://blog.geniouxfacts.com/2023/12/g-f21663-art-of-balance-understanding.html  (post quoting the MIT Sloan Management Review article title "The Working Limitations of Large Language Models")
# T  https://ksim.pro/en/blog/deep-learning-hype-vs-readiness/  (blog for managers, title)
# U  https://www.prolego.com/blog/the-critical-flaw-with-automl-big-problems-require-human-creativity  (AI consultancy blog title)
# V  https://www.netguru.com/blog/generative-ai-limitations  (consultancy blog title)
# W  https://guatda.com/cmx.pwww.linkedin.com/pulse/five-ai-limitations-every-business-leader-must-know-ritesh-vajariya-s4kje  (LinkedIn article for business leaders, mirror)
# X  https://codewise.lumivoxx.com/ai-leadership/how-ai-actually-works/  ("AI for Leadership" course lesson title)
# Y  https://eightlabs.ai/intelligence/how-does-ai-actually-work  ("AI Foundations" explainer title)
# Z  http://www.harbus.org/2017/things-work-machine-learning/  (Harvard Business School student newspaper column title)
# AA https://evolvia.com.au/what-is-computer-vision-used-for-in-business  (business article section heading)
# AB https://mrdelegate.ai/blog/how-ai-works-for-business  (guide for executives and founders, title)
# AC https://accountinginsights.org/how-fraud-detection-works-in-banking  (accounting/corporate-governance site, title)
# AD github anix-lynch/Exponent : analysis/output/details/Technical_Communication.md  (stored file id 37524372301, Exponent interview question bank)
# AE https://personide.com/blogs/how-recommendation-engine-works/  (e-commerce personalization vendor blog title)
# AF https://www.jerryilao.com/?p=577  (guide for business leaders, title)
# AG https://ravensightai.com/2025/10/07/how-to-mitigate-ai-hallucinations-in-small-business-workflows  (small-business AI blog title)
# AH https://www.kognition.info/?p=17458  (CXO guide, subtitle)
# AI https://jeff-arnold.com/?p=11477  (HR-leader consultant's guide, title)
# AJ https://www.knobot.org/resources/reduce-chatbot-hallucinations  (small-business chatbot resource title)
# AK https://aehea.com/how-do-i-prevent-hallucination-in-chatbot-responses  (agency FAQ question)
# AL https://www.clearspark.ai/insights/how-to-reduce-ai-hallucinations/  (insights article for business owners, title)
# AM https://www.techtarget.com/searcherp/feature/How-leaders-can-spot-AI-drift-before-it-hurts-the-business  (TechTarget feature title)
# AN https://aimconsulting.com/insights/when-deep-learning-makes-business-sense-and-when-it-doesnt  (consulting firm insight title)
# AO https://www.griddynamics.com/author/joseph-gorelik  (consultancy article title "When is deep learning overkill?")
# AP https://ericbrown.com/tag/deep-learning  (consultant's blog: question he is asked constantly)
# AQ https://www.adriano-junior.com/deep-learning-explained-business-applications  (business guide, table of contents)
# AR https://noteloft.beehiiv.com/p/understand-rag  (founders' newsletter subtitle)
# AS https://ebookreading.net/view/book/HBR+Guide+to+Data+Analytics+Basics+for+Managers++HBR+Guide+Series+-EB9781633694293_24.html  (HBR Guide to Data Analytics Basics for Managers, ch. 12 title)
# AT https://www.experfy.com/blog/how-we-find-machine-learning-use-cases  (consultancy's workshop questions, numbered list)
# AU https://www.explaintech.site/tech-101/ai-basics/lessons/fine-tuning-model-choice-and-adoption  ("AI Basics for Business Owners" lesson learning objective)
# AV https://maximejohn.com/product-intelligence-atlas/from-rules-to-relationships-a-product-managers-guide-to-machine-learning-part-i  (product manager's guide, section heading)
# AW https://citi.io/2021/07/18/why-anomaly-detection-plays-a-critical-role-in-businesses-today/  (business blog title)
# AX https://www.neuronomixer.com/blog/explainable-ai-risk-responsible-systems/why-explainable-ai-matters-more-than-you-think  (blog title)
# AY https://adai.news/resources/glossary/transfer-learning  (SMB glossary page title)
# AZ https://www.d8a.eu/author/editorial/  (data consultancy editorial, heading)
# BA stored file id 28604953257  (interview-preparation script, "BUSINESS_IMPACT" question bank; repository not shown)
# BB https://www.universalbusinesscouncil.org/?p=9058  (business council guide for marketers, heading)
# BC https://www.lumenova.ai/blog/ai-banking-finance-compliance  (AI governance vendor blog title)
# BD https://agathon.ai/insights/the-business-applications-of-reinforcement-learning:-why-most-enterprises-are-leaving-billions-on-the-table  (insights article title)
# BE https://www.rotate.cc/blog/computer-vision-business  (business blog title)
# BF https://www.opinosis-analytics.com/blog/nlp-applications/  (consultancy blog, question in the introduction)
# BG https://dev.to/aloycwl/5-real-world-applications-of-natural-language-processing-nlp-transforming-business-today-10oh  (DEV article title)
# BH https://startupik.com/how-startups-use-vector-databases-for-ai-applications/  (startup site article title)
# BI https://frayfight.online/real-world-applications-of-natural-language-processing  (business owner's article, numbered heading)
# BJ https://dokumen.pub/the-latest-research-ai-and-maschine-learning.html  (HBR collection "The Latest Research: AI and Machine Learning", with discussion questions; section title in the introduction)
# BK https://www.futureskillguides.com/computer-vision-applications-business-beyond-face-recognition  (business guide title)

BLIND55_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What exactly is {s}, and what does it mean for the future of my business?",  # A: "What exactly is Generative AI, and what does it mean for the future of my business?"
        "What Is {s}? The Plain-English Explanation Every Executive Needs",  # B: "What Is an LLM? The Plain-English Explanation Every Executive Needs"
        "What Is {s} (and Why Is It Suddenly Everywhere)?",  # C: "What Is Computer Vision (and Why Is It Suddenly Everywhere)?"
        "- Explain {s} to a product designer.",  # D: "- Explain embeddings to a product designer."
        "What is {s}? A No-Bullshit Guide for Founders (2026)",  # E: "What is RAG? A No-Bullshit Guide for Founders (2026)"
        "What is {s}, simply?",  # F: "What is RAG, simply?"
        "What is {s} really?",  # G: "What is ChatGPT really? The simple guide to the AI that's changing everything"
        "{S} Explained for CEOs",  # H: "Vector Databases Explained for CEOs"
    ),
    "advantages": (
        "Why {s} Is Becoming Essential for Startups",  # I: "Why RAG Is Becoming Essential for Startups"
        "{S}: Why Efficiency Beats Power for Enterprise AI",  # J: "Small Language Models: Why Efficiency Beats Power for Enterprise AI"
        "Strategic Operational Advantages of {s}",  # K: "Strategic Operational Advantages of Predictive Maintenance"
        "The Value of {s}: Four Business Perspectives",  # L: "The Value of a Knowledge Graph: Four Business Perspectives"
        "What are the main advantages of using {s} for demand forecasting?",  # M: "What are the main advantages of using machine learning for demand forecasting?"
        "Many Heads Are Better Than One: The Case For {s}",  # N: "Many Heads Are Better Than One: The Case For Ensemble Learning"
        "What is {s} good at?",  # O: "How does artificial intelligence work? What is it good at? And what should it never do?"
        "{S}: The Enterprise Opportunity You're Ignoring",  # P: "Small Language Models: The Enterprise Opportunity You're Ignoring"
    ),
    "limitations": (
        "The Real Limitations of {s} Every Executive Should Know",  # Q: "The Real Limitations of Large Language Models Every Executive Should Know"
        "Limitations and risks of {s}",  # R: "Limitations and risks of LLMs"
        "The Working Limitations of {s}",  # S: "The Working Limitations of Large Language Models"
        "{S}: what is behind the hype and what is not ready yet",  # T: "Deep learning: what is behind the hype and what is not ready yet"
        "The critical flaw with {s}: big problems require human creativity",  # U: "The critical flaw with AutoML: big problems require human creativity"
        "{S} Limitations: What It Can't Do (Yet)",  # V: "Generative AI Limitations: What It Can't Do (Yet)"
        "The Five {s} Limitations Every Business Leader Must Know",  # W: "The Five AI Limitations Every Business Leader Must Know"
        "The Honest Executive's Guide to What {s} Cannot Do",  # B: "The Honest Executive's Guide to What AI Cannot Do"
    ),
    "works": (
        "How {s} Actually Works — A Leader's Mental Model",  # X: "How AI Actually Works — A Leader's Mental Model"
        "How does {s} actually work?",  # Y: "How does AI actually work?"
        "How Things Work: {S}",  # Z: "How Things Work: Machine Learning"
        "How {s} Works in a Business Context",  # AA: "How Computer Vision Works in a Business Context"
        "How {s} Works: A Business Leader's Guide",  # AB: "How AI Works: A Business Leader's Guide"
        "How {s} Works in Banking",  # AC: "How Fraud Detection Works in Banking"
        "4. Explain how {s} works.",  # AD: "4. Explain how RAG works."
        "How {s} Works",  # AE: "How Recommendation Engine Works"
    ),
    "fix": (
        "How to Stop {s}: A Practical Guide for Business Leaders",  # AF: "How to Stop AI Hallucinations: A Practical Guide for Business Leaders"
        "How to Mitigate {s} in Small Business Workflows",  # AG: "How to Mitigate AI Hallucinations in Small Business Workflows"
        "Halting the Decay: A CXO's Guide to Combating {s} in Enterprise AI.",  # AH: "Halting the Decay: A CXO's Guide to Combating Model Drift in Enterprise AI."
        "Ethical AI in HR: A Step-by-Step Guide to Preventing {s}",  # AI: "Ethical AI in HR: A Step-by-Step Guide to Preventing Algorithmic Bias"
        "How to Reduce {s} for Small Businesses",  # AJ: "How to Reduce AI Chatbot Hallucinations for Small Businesses"
        "How do I prevent {s} in chatbot responses?",  # AK: "How do I prevent hallucination in chatbot responses?"
        "How to reduce {s}",  # AL: "How to reduce AI hallucinations"
        "How leaders can spot {s} before it hurts the business",  # AM: "How leaders can spot AI drift before it hurts the business"
    ),
    "when": (
        "When {s} Makes Business Sense (And When It Doesn't)",  # AN: "When Deep Learning Makes Business Sense (And When It Doesn't)"
        "When is {s} overkill?",  # AO: "When is deep learning overkill?"
        "*“When should I use {s}?”*",  # AP: "*“When should I use deep learning?”*"
        "When to Use {s} (And When Not To)",  # AQ: "When to Use Deep Learning (And When Not To)"
        "How to tell whether your startup needs {s}, or whether a simpler AI workflow will get you to MVP faster.",  # AR: "How to tell whether your startup needs RAG, or whether a simpler AI workflow will get you to MVP faster."
        "Can {s} Solve Your Business Problem?",  # AS: "Can Machine Learning Solve Your Business Problem?"
        "2. When can you use {s}?",  # AT: "1. What is machine learning? 2. When can you use it? 3. What are the common misconceptions?"
        "Know when {s} is worth the investment versus using prompts or RAG.",  # AU: "Know when fine-tuning is worth the investment versus using prompts or RAG."
    ),
    "examples": (
        "The business applications of {s}: why most enterprises are leaving billions on the table",  # BD: "The business applications of reinforcement learning: why most enterprises are leaving billions on the table"
        "{S} for Business: Practical Applications",  # BE: "Computer Vision for Business: Practical Applications"
        "So how can you leverage {s} in your business?",  # BF: "So how can you leverage NLP in your business?"
        "5 Real-World Applications of {s} Transforming Business Today",  # BG: "5 Real-World Applications of Natural Language Processing (NLP) Transforming Business Today"
        "How Startups Use {s} for AI Applications",  # BH: "How Startups Use Vector Databases for AI Applications"
        "3. Real-World Applications of {s} Across Industries",  # BI: "3. Real-World Applications of NLP Across Industries"
        "How {s} Is Being Used Now",  # BJ: "How AI Is Being Used Now"
        "{S} Applications in Business: Unlocking Value",  # BK: "Computer Vision Applications in Business: Unlocking Value Beyond Face Recognition"
    ),
    "purpose": (
        "Why {s} exists",  # AV: "Why ML exists"
        "Why {s} Plays A Critical Role In Businesses Today",  # AW: "Why Anomaly Detection Plays A Critical Role In Businesses Today"
        "Why {s} Matters More Than You Think",  # AX: "Why Explainable AI Matters More Than You Think"
        "{S}: What It Means for Your Business",  # AY: "Transfer Learning: What It Means for Your Business"
        "Why is {s} important now?",  # AZ: "Why is synthetic data important now?"
        "What business problems does {s} solve better than traditional approaches?",  # BA: "What business problems does your multi-agent system solve better than traditional approaches?"
        "Why Is {s} Important for Marketers?",  # BB: "Why Is Sentiment Analysis Important for Marketers?"
        "Why {s} in Banking and Finance Is Critical for Compliance",  # BC: "Why Explainable AI in Banking and Finance Is Critical for Compliance"
    ),
}

# A  https://skipperkongen.dk/2023/07/02/double-machine-learning-for-dummies-as-explained-by-chatgpt  (economics/causal-ML blog, the author's own prompt)
# B  github carpentries-incubator/ml4bio-workshop : guide/Motivation.md  (ML for biologists workshop, "#### Questions")
# C  stored file id 66757164362  (study questions for biologists on classification, numbered list; repository not shown)
# D  stored file id 20413911817  (RNA-seq volcano-plot exercise questions, numbered list; repository not shown)
# E  github chemprop/chemprop issue #184  ("graph convolution", chemist's question)
# F  stored file id 28614514684  (Robin Cole blog post "Transformers in remote sensing", community questions paraphrased as a list; repository robmarkcole blog)
# G  github py-why/EconML issue #601  (question title on nuisance scores)
# H  github georg-wolflein/pathology-foundation-models issue #4  ("What is foundation model")
# I  github Minyus/causallift issue #13  (uplift-modeling user question)
# J  https://clairedavid.github.io/intro_to_ml/week2/NN1.html  (intro ML course for physics students, "Neural Networks Part I")
# K  stored file id 29095609135  (fme / Ai2 Climate Emulator docs index, "Why use **fme**?"; repository not shown)
# L  stored file id 940360238  (Bayesian methods for ecology notes, "### " heading; repository not shown)
# M  https://www.pywhy.org/EconML/  (EconML user guide, "Frequently Asked Questions (FAQ)" entries)
# N  stored file id 31430520945  (brain-tumour MRI CNN project README, "### " heading; repository not shown)
# O  github py-why/EconML issue #444  ("Use case differences between CausalForest versus CausalForestDML")
# P  stored file id 35481701597  (blog post on deep learning for single-cell RNA-seq / scVI, "## " heading; repository not shown)
# Q  github MinkaiXu/GeoDiff issue #13  ("protein conformation")
# R  stored file id 16435064639  (Galaxy Training Network tutorial "Introduction to convolutional neural networks (CNN)", galaxyproject/training-material topics/statistics/tutorials/CNN/tutorial.md)
# S  github ecmwf/anemoi-core issue #244  (weather-forecasting model issue title)
# T  stored file id 71164374906  (single-cell / bioinformatics Q&A notes, "### Q14:" heading; repository not shown)
# U  github lululxvi/deepxde issue #564  ("Which PINN is implemented in dde.nn.pytorch.FNN()?")
# V  github JacksonBurns/fastsolv issue #31  (chemist's follow-up question)
# W  stored file id 38009157653  (carpentries-incubator/ml4bio-workshop _episodes/06-paper-charting.md, episode "questions:")
# X  https://gitlab.com/ashapeev/mlip-3/-/issues/24  (materials scientist's question on MLIP active learning)
# Y  github fangyuanmao/PID issue #46  (physics-informed diffusion, issue title)
# Z  stored file id 7441359638  (Galaxy Training Network Flexynesis single-cell tutorial, front-matter "questions:"; repository not shown)
# AA github masashitsubaki/molecularGNN_3Dstructure issue #1  (issue title)
# AB github Optum/retain-keras issue #16  ("Questions about Interpreting Feature Importance", clinical EHR model)
# AC github greenelab/deep-review issue #950  ("Class imbalance in Deepr")
# AD github gaetandi/cheXpert issue #4  ("Class Imbalance")
# AE github mp2893/retain issue #9  ("Imbalance and noise handling")
# AF github axondeepseg/axondeepseg issue #6  (issue title)
# AG github brainglobe/cellfinder issue #354  (issue title)
# AH github nus-mornin-lab/echo-mimiciii issue #7  (issue title, ICU data paper)
# AI github cse6250/SepsisPrediction issue #2  ("Preprocess training data (Clinical Data)")
# AJ github dylkot/cNMF issue #11  (issue title)
# AK github Benjamin-Lee/deep-rules pull request #241  ("New Tip 1", ten quick tips for deep learning in biology)
# AL github theislab/dca issue #61  ("DCA vs scVI")
# AM stored file id 52750219819  (ecology computer-vision practical notes, bold question; repository not shown)
# AN stored file id 19487374115  (spatial ecology course syllabus, weekly agenda; repository not shown)
# AO stored file id 45740077338  (Carpentries-style biostatistics lesson episode "Complications with biological data", questions block; repository not shown)
# AP stored file id 62651651908  (epimux README FAQ, "### " question; repository not shown)
# AQ code-search excerpt of the Galaxy Training Network tutorial "Deep Learning (Part 2) - Recurrent neural networks (RNN)", front-matter "questions:" (repository and path not shown by the index)
# AR stored file id 45294686722  (blog post front matter "Prediction and Causality - How Can Machine Learning be Used for COVID-19?"; repository not shown)
# AS stored file id 7100591434  (ML lecture slides for materials scientists, Typst; repository not shown)
# AT stored file id 58505068632  (neuroscience research brief on calcium-imaging population events; repository not shown)
# AU github VirtualPatientEngine/AIAgents4Pharma issue #54  (issue title)
# AV stored file id 3069171643  (hsf-training/hsf-training-ml-webpage _episodes/01-introduction.md, particle-physics ML lesson questions/objectives)
# AW github jeya-maria-jose/UNeXt-pytorch issue #7  ("deep_supervision", medical image segmentation)
# AX github Project-MONAI/research-contributions issue #217  ("About Sliding Window Inference Function")
# AY code-search excerpt of the notebook "Tutorial on Machine Learning for Weather and Climate Modeling: Emulators", "#### Learning goals:" (repository and path not shown by the index)
# AZ stored file id 31334121954  (Carpentries-style spatial transcriptomics lesson "Differential Expression Testing", questions block; repository not shown)
# BA stored file id 22103324698  (essay on dimensionality reduction in neural data analysis, "## Goals"; repository not shown)
# BB stored file id 71295890820  (neuroscience statistics lecture speaking script, "Quick Check Questions"; repository not shown)
# BC stored file id 62412558098  (econometrics course page "Get Python-ready!", section heading; repository not shown)

BLIND56_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "explain {s} for dummies",  # A: "explain double machine learning for dummies"
        "1.   What is {s} and why should biologists learn it?",  # B: "1.   What is machine learning and why should biologists learn it?"
        "1. What is meant by a **{s}**?",  # C: "1. What is meant by a **feature space**?"
        "4. What is the {s} and why is it needed in genomics?",  # D: "4. What is the False Discovery Rate and why is it needed in genomics?"
        "Does {s} refer to the whole framework, not just a part of the framework in the article？",  # E: "Does Graph convolutional network refer to the whole framework, not just a part of the framework in the article？"
        "So first things first, what is a {s}?",  # F: "So first things first, what is a Transformer?"
        "What is the interpretation of {s} for any DML / DR based estimation?",  # G: "What is the interpretation of nuisance_scores_y and nuisance_scores_t for any DML / DR based estimation?"
        "What is {s}",  # H: "What is foundation model"
    ),
    "advantages": (
        "My first question is that: what is the advantages of using {s}?",  # I: "My first question is that: what is the advantages of using Causallift?"
        "Why are {s} so popular?",  # J: "Why are they so popular?" (they = Neural Networks)
        "Why use **{s}**?",  # K: "Why use **fme**?"
        "### Why {S} in Ecology?",  # L: "### Why Bayesian Methods in Ecology?"
        "What are the advantages of {s}?",  # M: "What are the advantages of EconML?"
        "### Why {S} for Medical Images?",  # N: "### Why CNN for Medical Images?"
        "I'm interested in knowing the advantages of using `{s}`",  # O: "...but I'm interested in knowing the advantages of using `CausalForestDML` over `Caus[alForest]`"
        "## Why {S} for Single-Cell Data?",  # P: "## Why Deep Learning for Single-Cell Data?"
    ),
    "limitations": (
        "Can you explain why {s} can be an issue? What could be some improvements?",  # Q: "Can you explain why linearity of proteins can be an issue? What could be some improvements?"
        "# Limitations of {s} for image processing",  # R: "# Limitations of feedforward neural networks (FNN) for image processing"
        "4. Why can a {s} be insufficient for biological data?",  # C: "4. Why can a straight-line decision boundary be insufficient for biological data?"
        "{S} might lead to vanishing gradient",  # S: "ReLU bounding might lead to vanishing gradient"
        "### Q14: Why is {s} not always suitable for single-cell data?",  # T: "### Q14: Why is traditional bulk RNA-seq differential expression (like DESeq2) not always suitable for single-cell data?"
        "- Are there significant engineering tradeoffs in using {s}?",  # F: "- Are there significant engineering tradeoffs in using Transformers?"
        "- Are {s} harder to train?",  # F: "- Are they harder to train?"
        "- Do {s} require more training data?",  # F: "- Do they require more training data?"
    ),
    "works": (
        "But on DeepXDE using {s} the loss converges like magic and results are amazingly close to FEM. I just wanted to know why it works?",  # U: "But on DeepXDE using `dde.nn.pytorch.FNN()` the loss converges like magic and results are amazingly close to FEM. I just wanted to know why it works?"
        "Then I would like to ask what is the {s} based on?",  # V: "Then I would like to ask what is the chemprop model based on?"
        "How is the {s} preventing overfitting?",  # W: "How is the classifier preventing overfitting?"
        "How does {s} generate new structures?",  # X: "How does mlip generate new structures?"
        "Does the {s} participate in backpropagation?",  # Y: "Does the physics-informed loss function participate in backpropagation?"
        "- How does {s} architecture help in dimensionality reduction and feature learning for single-cell data?",  # Z: "- How does variational autoencoder (VAE) architecture help in dimensionality reduction and feature learning for single-cell data?"
        "Could you please give some explansion to your {s} structure?",  # AA: "Could you please give some explansion to your GNN structure?"
        "Besides the implementation question, I am also confused why {s} is computed this way.",  # AB: "Besides the implementation question, I am also confused why feature importance is computed this way."
    ),
    "fix": (
        "But you haven't mentioned anything about how you managed the {s}. Could you please share how you solved the problem?",  # AC: "But you haven't mentioned anything about how you managed the class imbalance. Could you please share how you solved the problem?"
        "Do you do anything to manage {s}? Weighted random sampler or similar?",  # AD: "Do you do anything to manage class imbalance? Weighted random sampler or similar?"
        "1. How do you think RETAIN handles with {s} situation?",  # AE: "1. How do you think RETAIN handles with class-imbalance situation?"
        "Look for other strategies to avoid {s}",  # AF: "Look for other strategies to avoid overfitting"
        "[Feature] Reduce {s} when training",  # AG: "[Feature] Reduce overfitting when training"
        "how to do with the {s}?",  # AH: "how to do with the missing data?"
        "Come up with an approach to deal with {s} inside the training data and generate tensor for model training.",  # AI: "Come up with an approach to deal with NaN inside the training data and generate tensor for model training."
        "How to avoid the {s}?",  # AJ: "How to avoid the batch effect?"
    ),
    "when": (
        "If {s} is so powerful and popular, why would one ever not choose to use it?",  # AK: "If DL is so powerful and popular, why would one ever not choose to use it?"
        "Are there situations (or theoretical explanations) that require us to use {s}?",  # O: "Are there situations (or theoretical explanations) that require us to use one over the other?"
        "When should I use {s}?",  # M: "When should I use EconML?"
        "I'd like to get your opinion on the use of {s} together with DCA. Is it recommended?",  # AL: "I'd like to get your opinion on the use of scVI together with DCA. Is it recommended?"
        "**When is {s} useful in ecology?**",  # AM: "**When is segmentation useful in ecology?**"
        "* When might we use {s} in Ecology?",  # AN: "* When might we use Interpolation in Ecology?"
        "- When are {s} not applicable for biological data?",  # AO: "- When are Fisher- and Chisquare test not applicable for biological data?"
        "### Can I use {s} for single-cell data?",  # AP: "### Can I use this for single-cell data?"
    ),
    "examples": (
        "2.   What questions in biology can {s} help answer?",  # B: "2.   What questions in biology can machine learning help answer?"
        "- What are some applications of {s}?",  # AQ: "- What are some applications of RNN?"
        "Prediction and Causality - How Can {S} be Used for COVID-19?",  # AR: "Prediction and Causality - How Can Machine Learning be Used for COVID-19? Causality, ML and COVID-19"
        "Consider this an unofficial exercise 0: what are other examples of {s}? What examples might appear in materials science?",  # AS: "Consider this an unofficial exercise 0: what are other examples of classification and regression? What examples might appear in materials science?"
        "has anyone used {s} on calcium imaging",  # AT: "*\"has anyone used deep learning on calcium imaging\"*"
        "Use cases for {s}",  # AU: "Use cases for Talk2Biomodels"
        "- What cellular patterns and relationships can be discovered through {s}?",  # Z: "- What cellular patterns and relationships can be discovered through unsupervised deep learning approaches?"
        "Provide examples of {s} in particle physics.",  # AV: "Provide examples of machine learning in particle physics." (lesson objective)
    ),
    "purpose": (
        "What the function of the {s}? Thank you!",  # AW: "What the function of the deep_supervision? Thank you!"
        'I would like to know what the purpose of the "{s}" is and why not directly use the "model" in the inference stage.',  # AX: "I would like to know what the purpose of the \"Sliding Window Inference Function\" is and why not directly use the \"model\" in the inference stage."
        "What role does {s} have in particle physics?",  # AV: "What role does machine learning have in particle physics?"
        "- What is the goal of {s}?",  # AY: "- What is the goal of emulation // surrogate modeling?"
        "- What is the purpose of {s} in bioinformatics?",  # AZ: "- What is the purpose of differential expression testing in bioinformatics?"
        "Why do we care about {s} in neuroscience? Let's count the ways (roughly sorted by ambition):",  # BA: "Why do we care about dimensionality reduction in neuroscience? Let's count the ways (roughly sorted by ambition):"
        "Question one. Why do we need {s} in neuroscience?",  # BB: "Question one. Why do we need statistics in neuroscience?"
        "Why {s} in econometrics?",  # BC: "Why coding in econometrics?"
    ),
}

# A  stored file id 9651062226 (bilingual zh/en blog post on KV-cache, "9. 附录：常见问题与解答（Appendix: Frequently Asked Questions and Answers）"; repository not shown)
# B  stored file id 9811651254 (bilingual zh/en blog post on ResNet, same "Appendix: FAQ" format as A; repository not shown)
# C  stored file id 8874585558 (bilingual zh/en blog post on recommendation systems, same "Appendix: FAQ" format as A; repository not shown)
# D  stored file id 44506381663 (doocs/advanced-java English README, translated from the Chinese interview collection)
# E  stored file id 7627559298 (JavaGuide English translation, "Explanation of IoC & AOP" question list)
# F  stored file id 6898623875 (JavaGuide English translation, MyBatis interview questions)
# G  stored file id 7623435321 (JavaGuide English translation, Redis delayed-task article)
# H  stored file id 2085156386 (English machine translation of the Chinese "Python Interview Collection Basics 2021", Python-100-Days; "Topic/Subject/Question NNN" headings)
# I  stored file id 2271205782 (English translation of a Chinese Python interview question list, numbered "### NN." headings)
# J  stored file id 71416292896 (bilingual English/Ukrainian embedded-interview card, front matter "reconciled_with: uk")
# K  stored file id 1947493014 (Taiwanese learner's LeetCode notes with Chinese comments and a copied English summary)
# L  stored file id 61427043205 (design-pattern notes translated from Chinese, "## Interview Key Points")
# M  stored file id 40218855748 (Ethereum interview questions translated from Chinese, "****NN." numbering)
# N  stored file id 401596199 (English translation of Advanced-Frontend Daily-Interview-Question, "### Question NN：" with full-width colons)
# O  stored file id 15815570091 (front-end interview Q&A translated from Chinese, "## NN." headings)
# P  stored file id 66436703508 (robot controller manual Q&A translated from Chinese, "**Q: ...**")
# Q  stored file id 36106972544 (Go interview notes by a Chinese author, "### " question headings)
# R  stored file id 44480336844 (C++ interview notes by a Chinese author, table of contents)
# S  stored file id 20375576447 (Taiwanese data-structures exam notes, "**Original Question:**" with "**中文翻譯：**")
# T  stored file id 47195683334 (NTT SkyWay presentation Q&A, each question in Japanese then English "<h4>Q. ...</h4>")
# U  stored file id 13427389152 (article on HikariCP translated from an oschina.net Chinese post)
# V  stored file id 34104291433 (Apache Dubbo documentation, English version of the Chinese docs, migration FAQ)
# W  stored file id 58567747678 (metaphor-detection write-up in translated English, "(1) ... (2) ..." challenges)
# X  stored file id 22029914338 (TRON developer docs FAQ table of contents, English version)
# Y  stored file id 12032889237 (Ruby DevMeeting log written in English by Japanese core developers)
# Z  stored file id 56626394276 (Vitruvius bilingual English/Spanish GenAI curriculum, question_en / question_es fields)
# AA https://blog.csdn.net/hpdlzu80100/article/details/144847368 (bilingual English/Chinese CSDN notes, heading)
# AB https://codestudyblog.com/8ten13/80416015443.html (machine-translated Chinese blog post, title)
# AC stored file id 56293367548 (bilingual English/Chinese escape-room FAQ data, q: { en, zh })
# AD stored file id 21624332617 (bilingual Chinese | English Rust learning plan, "实践验证问题 | Practice Verification Questions")
# AE stored file id 21365034786 (bilingual Chinese | English Rust learning plan, same series as AD)
# AF stored file id 21904651520 (bilingual Chinese | English Rust learning plan, same series as AD)
# AG stored file id 22012042030 (bilingual Chinese | English Rust learning plan, same series as AD)
# AH stored file id 37534531 (bilingual Chinese | English C++ study notes, numbered FAQ)
# AI stored file id 20695413041 (bilingual Chinese | English C++ study notes, "## 7. FAQ (常见问题)")
# AJ stored file id 18320347181 (Apache RocketMQ documentation, English version of the Chinese docs)
# AK stored file id 25274592847 (obfuscator-llvm analysis notes in translated English, numbered topics)
# AL stored file id 33784254898 (bilingual Chinese | English React Native learning plan, "实践检查问题 | Practice Checking Questions")
# AM stored file id 33359424171 (bilingual Chinese | English React Native learning plan, "概念应用检查 | Concept Application Check")
# AN stored file id 26481342862 (list of cloud-database questions in translated English, Python list of strings)
# AO stored file id 56682281852 (Chinese equipment maker's English product FAQ, EGS101)
# AP stored file id 33155643279 (notes on design patterns and frameworks machine-translated from Chinese)
# AQ stored file id 14611633376 (ML interview notes by a non-native writer, "# " question headings)
# AR stored file id 12838596707 (bilingual Chinese/English ML notes on bias, variance and overfitting, full-width question marks)
# AS stored file id 3936350864 (Android interview question list translated from Chinese)

BLIND57_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        '#### Topic 31: Talk about your understanding of "{s}".',  # H: "#### Topic 31: Talk about your understanding of \"monkey patching\"."
        "### 84. Explain what is a {s}?",  # I: "### 84. Explain what is a closure?"
        "****14.What is {s}? Please briefly explain",  # M: "****14.What is EIP4484? Please briefly explain"
        "What is a *{s}*? Show the title and the authors of textbook. 【10%】",  # S: "What is a *data structure*? Show the title and the authors of textbook. 【10%】"
        "What is an AI '{s}'?",  # Z: question_en: "What is an AI 'Hallucination'?"
        "Talk about your understanding of {s}",  # AS: "Talk about your understanding of WebSocket"
        "### Question 15：Briefly explain the {s}",  # N: "### Question 15：Briefly explain the multiplexing of http2"
        "<h4>Q. What is {s}?</h4>",  # T: "<h4>Q. What is VP8?</h4>"
    ),
    "advantages": (
        "<h4>Q. What are the merits of using {s}?</h4>",  # T: "<h4>Q. What are the merits of using SkyWay?</h4>"
        "What are the advantages of using *{s}*? 【10%】",  # S: "What are the advantages of using *Last pointer* to a circular chain? 【10%】"
        "### 9.3 What are the advantages of {s} compared to conventional deep learning models?",  # B: "### 9.3 What are the advantages of ResNet compared to conventional deep learning models?"
        "### 9.3 What are the advantages of using {s} in recommendation systems?",  # C: "### 9.3 What are the advantages of using deep learning in recommendation systems?"
        "what is the merit of {s}? there seems nothing?",  # Y: "akr: what is the merit of frozen regex literal? there seems nothing?"
        "- What are the benefits of {s}?",  # AL: "  - 自动格式化电话号码的好处是什么？| What are the benefits of auto-formatting phone numbers?"
        "What are the merits of using *{s}*? 【10%】",  # S: "What are the merits of using *iterators* in a data structure? 【10%】"
        "1. Why use {s}?",  # AI: "1. 为什么要使用命名空间？| Why use namespaces?"
    ),
    "limitations": (
        "-   What are the consequences of improper {s} usage?",  # D: "-   [How is caching used in projects? What are the consequences of improper cache usage?](...)"
        "### Question 51： What is the flaw in {s}?",  # N: "### Question 51： What is the flaw in Object.defineProperty in Vue's responsive principle?"
        "### What Are the Defects of Implementing {s}?",  # G: "### What Are the Defects of Implementing Delayed Task Functionality through Redis Expiration Event Listening?"
        "What are the defects of {s}?",  # U: "What are the defects of HikariCP? "
        "3. What problems do {s} have?",  # AF: "3. 长函数有什么问题？| What problems do long functions have?"
        "* What are the shortcomings of {s}?",  # AJ: "* What are the shortcomings of sending retry?"
        "4. What are the defects of {s}",  # AK: "\t4. What are the defects of obfuscator"
        "What problem does {s} bring?",  # AP: "Under what circumstances should I use it, and when should I not use it? What problem does he bring?"
    ),
    "works": (
        "#### 9.2 What is the working principle of {s}?",  # A: "#### 9.2 What is the working principle of KV-cache?"
        "-   Can you explain the working principle of {s}?",  # D: "-   [Can you explain the working principle of Dubbo? Can communication continue if the registry crashes?](...)"
        "## 26. What is the implementation principle of {s}?",  # O: "## 26. What is the implementation principle of virtual DOM?"
        "**Q: What is the implementation principle of {s}?**",  # P: "**Q: What is the implementation principle of adaptive acceleration/deceleration?**"
        "What happens during the '{s}' phase of an AI?",  # Z: question_en: "What happens during the 'Pre-training' phase of an AI?"
        "### What is the working principle of the {s}?",  # F: "### What is the working principle of the Dao interface? Can methods in the Dao interface be overloaded with different parameters?"
        "- What is the Implementation Principle of {s}?",  # R: "  - [What is the Implementation Principle of Virtual Function in Cpp?](#...)"
        "### What is the implementation principle of {s}?",  # Q: "### What is the implementation principle of channels?"
    ),
    "fix": (
        "-   Talk about common solutions to {s} problems in big data?",  # D: "-   [Talk about common solutions to TopK problems in big data?](...)"
        "### How to solve the problem of {s}?",  # V: "### How to solve the problem of registry data synchronization?"
        "* 8. How to solve the problem of {s}?",  # X: "  * [8. How to solve the problem of slow node block synchronization or stop synchronization?](faq.md#...)"
        "(2) How to solve the problem of {s}.",  # W: "(2) How to solve the problem of data sparsity."
        "3. How to avoid {s}?",  # AG: "3. 如何避免死锁？| How to avoid deadlocks?"
        "4. How to prevent {s}?",  # AH: "4. 如何避免内存泄漏？| How to prevent memory leaks?"
        "# How to deal with the problem of {s} in the linear model?",  # AQ: "# How to deal with the problem of multicollinearity in the linear model?"
        "## How to solve the {s} problem？",  # AR: "## How to solve the overfitting problem？"
    ),
    "when": (
        "Under what circumstances should we use {s} to solve a problem?",  # K: "# Why dp? Under what circumstances should we use dp to solve a problem?"
        "2. What are the usage scenarios of {s}?",  # L: "2. What are the usage scenarios of factory method pattern?"
        "When should we use {s}?",  # AC: q: { en: "When should we use hints?", zh: "提示要不要用?該何時用?" }
        "3. When is {s} a reasonable choice?",  # AD: "3. 克隆数据什么时候是合理的选择？| When is cloning data a reasonable choice?"
        "2. When should {s} be avoided?",  # AE: "2. 何时应该避免使用collect()？| When should collect() be avoided?"
        "3. When to use {s}?",  # AH: "3. 什么时候使用动态内存？| When to use dynamic memory?"
        "Under what circumstances should I use {s}, and when should I not use it?",  # AP: "Under what circumstances should I use it, and when should I not use it?"
        "### 118. What are the usage scenarios of {s}?",  # I: "### 118. What are the usage scenarios of processes and threads in python?"
    ),
    "examples": (
        "#### 9.5 What are the application scenarios of {s}?",  # A: "#### 9.5 What are the application scenarios of KV-cache?"
        "### 81. What are the application scenarios of {s}?",  # I: "### 81. What are the application scenarios of singleton mode?"
        "- What are the application scenarios of {s}?",  # E: "- What are the application scenarios of AOP?"
        "#### Topic 005: What is a {s}, and its application scenarios are illustrated by examples.",  # H: "#### Topic 005: What is a Lambda function, and its application scenarios are illustrated by examples."
        "What are the typical application scenarios for {s}?",  # AO: "What are the typical application scenarios for EGS101?"
        "### Question 39：Introduce the {s} and its applications.",  # N: "### Question 39：Introduce the BFC and its applications."
        "What are the main use cases for {s}?",  # AN: "What are the main use cases for Google Cloud Bigtable? How is it different from Amazon DynamoDB?"
        "1. What are the use cases for {s}?",  # AM: "1. View、Text、Image三个核心组件的使用场景分别是什么？| What are the use cases for View, Text, and Image core components?"
    ),
    "purpose": (
        "-   Why is {s} needed?",  # D: "-   [Why is database sharding needed (How should the database layer be designed when designing high-concurrency systems)? ..."
        "### 85. What is the function of the {s}?",  # I: "### 85. What is the function of the function decorator?"
        "- What problem does {s} solve?",  # E: "- What problem does IoC solve?"
        'title: "What is {s} and what is it needed for?"',  # J: title: "What is `offsetof` and what is it needed for?"
        "Why do you need {s}?",  # AA: "Why do you need Non-Linear Activation Functions?为什么需要使用非线性激活函数?"
        "Purpose of {s}",  # AB: "Purpose of 1 × 1 convolution (Network in Network)"
        "Why do we need '{s}' after pre-training?",  # Z: question_en: "Why do we need 'Fine-tuning' after pre-training?"
        "What do {s} do in an AI system?",  # Z: question_en: "What do Embeddings do in an AI system?"
    ),
}

# A  https://ki-verstehen.webhoch.com/teacher-pack.html  (AI teacher pack, "Worksheet 1 — What is AI?")
# B  github geekdad1138/AI-Quiz-Master : quizzes/school/grade-6-machine-learning-fundamentals.md  (stored file id 30672868169, sixth-grade ML quiz)
# C  https://saigon-arts.com/?day=3 and https://saigon-arts.com/?day=4  (kids' AI day-by-day lessons)
# D  https://chadgpt.com/chapter-5-data-and-machine-learning-how-ai-gets-smarter/  ("How to teach your kids AI", chapter 5)
# E  https://karkhanamakerspace.com/?p=17441  (makerspace course activity on AI bias, "Ask students")
# F  https://funtechsummercamps.com/blog/how-do-you-explain-machine-learning-to-a-kid/  (kids' tech camp blog)
# G  https://littlequeenpork.com/2025/05/30/discovering-ai-whats-this-cool-tech-all-about  (AI article for young explorers, title)
# H  https://www.mommyexplains.com/tag/artificial-intelligence/  (mother-daughter conversation explaining AI to a child)
# I  https://stuvibe.gctc.in/2025/02/machine-learning-demystified-your.html  (ML explained to kids, heading)
# J  https://www.thinkingineducating.com/taking-your-science-fair-project-to-the-next-level-how-i-used-ai-to-impress-the-judges  (student science-fair post, heading)
# K  http://www.childtemperament.net/demystifying-ai-a-primer-for-kids/  ("Demystifying AI: A Primer for Kids", headings)
# L  https://www.themomfund.com/blogs/aiformoms/should-your-kids-use-ai-nbsp  (parents' guide, heading and conversation starter)
# M  flipeducation.ai curriculum activity pages: https://flipeducation.ai/curriculum/gb/computing/year-5/ai-and-robotics/activities ; https://flipeducation.ai/curriculum/ca/computer-science/grade-11/artificial-intelligence-and-bias/activities ; https://flipeducation.ai/curriculum/au/technologies/year-6/fairness-in-ai-decisions/activities ; https://flipeducation.ai/curriculum/gb/computing/year-6/bias-and-fairness-in-ai/activities
# N  github holycrap872/ucls-ms-intro-to-cs : CourseMaterials/course_energizers/04_guess_who/lesson_plan.md  (middle-school CS lesson plan on decision trees)
# O  https://www.aibertx.com/ai-vs-human-what-kids-should-know  (guide for parents and young learners, heading)
# P  https://geniuspolymath.com/?p=243  (AI guide for grades 7-12, title)
# Q  https://edtechuvic.ca/edci336/2026/01/27/weekly-reflection-2/  (teacher-education course weekly reflection prompt)
# R  https://www.avanzastem.org/blog/why-ai-sometimes-gets-things-wrong  (kids' STEM blog)
# S  https://clarigital.com/ai-kids/explorer/session-12/  (AI Explorer session for children 9-12, "Ask:")
# T  https://learn.advaspire.io/ai/level-1/AI-L1-04-what-ai-can-and-cant-do  (kids' AI lesson, learning goals)
# U  https://tendril.neural-forge.io/learn/explorers/explorers-foundations-AI-cant-do-everything  (kids' AI lesson title)
# V  https://getworksheets.com/worksheet/would-you-trust-ai-2  (grades 6-8 worksheet title)
# W  https://sn56.scholastic.com/issues/2024-25/042825/debate-are-we-ready-for-driverless-cars/lesson-plan-debate-are-we-ready-for-driverless-cars.html  (Scholastic News lesson plan, close-reading question 3)
# X  https://littlethinkersai.com/blog/what-is-a-neural-network-for-kids.html  (neural networks explained for kids, heading)
# Y  https://english-cbse.blogspot.com/2024/01/how-ai-work-kids-query.html  ("a kid's query", post title)
# Z  https://aikid.substack.com/p/how-does-ai-learn-exploring-the-mind  ("AI and the Kid" newsletter)
# AA https://www.elementarymba.com/emba-faculty/young-makers-ai/lesson/how-computers-learn  (young makers AI lesson)
# AB https://www.joeysavestheday.com/2026/01/ai-facts-for-kids.html  ("AI Facts for Kids", heading)
# AC https://rebecasaraigg.medium.com/how-deep-learning-works-a-guide-for-kids-83adf547302e  (Medium post title)
# AD https://www.mindleapacademy.org/blog/how-does-ai-work-for-kids  (kids' academy blog title)
# AE https://ditchthattextbook.com/ai-cheating-considerations/  (teacher blog, introduction)
# AF https://medium.com/educreation/no-i-do-not-care-that-my-students-may-cheat-with-chatgpt-8327e9538aa0  (high-school teacher's post, colleagues' question)
# AG http://contentcafe.org/how-to-prevent-chatgpt-cheating.html  (article for K-12 and college educators, heading)
# AH https://codewithchompers.com/k-6_activities/25activity/25activity  (K-6 activity "AI & Bias", learning outcomes)
# AI github holycrap872/ucls-ml-ai : CourseMaterial/course_documents/ml_course_overview.md  (stored file id 40580464626, high-school ML course "Essential Questions")
# AJ https://hyvecares.org/institute/thinking-in-ai-age/thinking-in-ai-age-e5-07  (children's AI lesson title)
# AK https://dev.swiftlearn.ai/blue-book-of-ai/should-i-use-ai  (public AI-literacy guide, chapter title)
# AL https://digitalkodomo.jp/qa/ai-good-bad_en.html  (children's after-school lab Q&A page)
# AM https://introai.bubblecreative.com/introai/units/unit-2-machine-learning-basics/lesson05-training-testing-and-model-evaluation  (intro-AI unit lesson plan, review quiz)
# AN https://circularsymphony.com/what-to-do-about-ai-begin-by-talking-about-it/  (teacher educator's discussion questions for school staff)
# AO https://sites.google.com/view/theteacheraitoolbox/phase-3-teaching-ai-to-students/ai-techniques-and-applications  (grades 10-12 lesson plan, discussion questions)
# AP https://robertmccallnz.github.io/ai-literacy-for-families/reader/en/w1.html  (family AI-literacy course, discussion prompts)
# AQ https://www.pbs.org/newshour/classroom/lesson-plans/2025/04/what-is-generative-ai  (PBS NewsHour Classroom lesson plan, discussion question)
# AR m-we.org primary-school computer science worksheets: https://m-we.org/content/02%20Courses/course.php?f=05+Artificial+Intelligence%2F602+Machine+Learning+Basics.md&p=01_Primary_School%2FCore%2FComputer+Science  ("Computer QA" numbered questions)
# AS https://explainlikefive.com/ELI5-why-does-machine-learning-need-data  (ELI5 explainer page title)
# AT github jclabgit/ai_bootcamp : ai_foundations_for_everone/Quiz4.md  ("AI foundations for everyone" quiz)
# AU https://blog.coregrade.com/2021/02/27/what-is-artificial-intelligence-2/  ("An Explanation for Kids", heading)
# AV https://en.itb.co.jp/2025/08/09/robots-in-the-lab-how-smart-computers-are-helping-scientists-discover-amazing-thingsfermi-national-accelerator-laboratory  (science news rewritten for children, heading)
# AW https://www.dataslope.com/learn/machine-learning-scikit-learn/why-machine-learning-exists  (public learning site, page "Why Machine Learning Exists")

BLIND58_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        'Define "{s}" in no more than 2 sentences in your own words:',  # A: 'Define "Artificial Intelligence" in no more than 2 sentences in your own words:'
        '**What does "{s}" mean in machine learning?**',  # B: '**What does "feature engineering" mean in machine learning?**'
        "📦 What is {s}, really?",  # C: "📦 What is data, really?"
        "📊 So, What Is “{s},” Anyway?",  # D: "📊 So, What Is “Data,” Anyway?"
        "What does {s} mean in real life?",  # E: "What does bias mean in real life?"
        "what is {s} in simple words?",  # F: "someone asks us “what is machine learning in simple words?”"
        "Discovering {s} – What’s This Cool Tech All About?",  # G: "Discovering AI – What’s This Cool Tech All About?"
        "Mom, I heard about something called {s} in my computer science class today. Can you explain to me what it is?",  # H: "Akku: Mom, I heard about something called artificial intelligence in my computer science class today. Can you explain to me what it is?"
    ),
    "advantages": (
        "Why is {s} so Awesome?",  # I: "Why is Machine Learning so Awesome?"
        "Why Bother with {s} in a Science Fair Project?",  # J: "Why Bother with AI in a Science Fair Project?"
        "What Are the Benefits of {s}?",  # K: "What Are the Benefits of AI?"
        "Why {s} Can Be a Good Thing:",  # L: "Why It Can Be a Good Thing:" (it = AI for kids)
        "Explain how {s} can help people in everyday life.",  # M (year-5 page): "Explain how robots can help people in everyday life."
        "- Why is {s} useful?",  # N: "- Decision Trees / - Show example / - Why is this useful?"
        "What {s} Does Better Than Humans",  # O: "What AI Does Better Than Humans"
        "Why Should Teens Care About {s}?",  # P: "Why Should Teens Care About Artificial Intelligence?"
    ),
    "limitations": (
        "What are some of the major limitations of {s}?",  # Q: "What are some of the major limitations of GenAI?"
        "If {s} is so advanced, why does it still make mistakes?",  # R: "If AI is so advanced, why does it still make mistakes?"
        "After everything you have learned — what do you think is the single thing {s} is worst at? The thing most likely to fool it?",  # S: 'Ask: "After everything you have learned — what do you think is the single thing AI is worst at? The thing most likely to fool it?"'
        "Explain two real limits of today's {s}.",  # T: "Explain two real limits of today's AI."
        "Things {s} Cannot Do (Even In 2026)",  # U: "Things AI Cannot Do (Even In 2026)"
        "Why We Shouldn’t Fully Trust {s}",  # V: "Why We Shouldn’t Fully Trust AI"
        "3. What are some details in the article that support the idea that {s} “still has a long way to go”?",  # W: "3. What are some details in the article that support the idea that self-driving technology “still has a long way to go”?"
        "Why {s} can be wrong",  # X: "Why it can be wrong" (it = a neural network)
    ),
    "works": (
        "How does the {s} work? (a kid's query.)",  # Y: "How does the AI work? (a kid's query.)"
        "Have you ever wondered how {s} learns?",  # Z: "Have you ever wondered how AI learns?"
        "That sounds really cool! But how does {s} work?",  # H: "Akku: That sounds really cool! But how does AI work?"
        "If {s} isn't magic, how does it get good at things?",  # AA: "If AI isn't magic, how does it get good at things?"
        "🛠️ How Does {s} Learn?",  # AB: "🛠️ How Does AI Learn?"
        "How {s} Works: A Guide for Kids",  # AC: "How Deep Learning Works: A Guide for Kids"
        "But how exactly does {s} learn?",  # C (day 4): "You already know AI is like a robot brain ... But how exactly does it learn?"
        "How Does {s} Actually Work?",  # AD: "How Does AI Actually Work? Machine Learning Explained for Kids"
    ),
    "fix": (
        "How can we detect and mitigate {s} in algorithmic decision-making?",  # M (grade-11 page): "How can we detect and mitigate bias in algorithmic decision-making?"
        "Discuss how to fix {s}.",  # M (year-6 AU page): "Discuss how to fix imbalances."
        "Design a simple strategy to mitigate {s} in a hypothetical AI training dataset.",  # M (year-6 GB page): "Design a simple strategy to mitigate bias in a hypothetical AI training dataset."
        "How can we fix {s}?",  # E: "How can we fix the AI’s mistakes?"
        "{S} is something educators everywhere are trying to navigate. How do we get it right?",  # AE: "AI cheating is something educators everywhere are trying to navigate. How do we get it right?"
        "what are you doing to get around {s}",  # AF: "... have you found anyone cheating with ChatGPT, what are you doing to get around ChatGPT."
        "How to Prevent {s}",  # AG: "1. How to Prevent ChatGPT Cheating: Don't Ban the Tool"
        "Understand how to help reduce {s}",  # AH: "Understand how to help reduce AI bias"
    ),
    "when": (
        "What situations are best served by the use of {s}?",  # AI: "What situations are best served by the use of sets, maps, and lists?"
        "What types of data are amenable to {s}?",  # AI: "What types of data are amenable to machine learning?"
        "When do you think {s} helps vs. when it makes you lazy?",  # L: "“When do you think it helps vs. when it makes you lazy?”"
        "When to Use {s} and When Not To",  # AJ: "When to Use AI and When Not To"
        "Chapter 8: Should I Use {s}?",  # AK: "Chapter 8: Should I Use AI?"
        "What Are the Rules for Good vs. Bad {s} Use?",  # AL: "What Are the Rules for Good vs. Bad AI Use?"
        "When would you use {s}?",  # AM: "Quick quiz: Name the three types / When would you use each?"
        "In what types of situations might we want to avoid {s}?",  # AN: "In what types of situations might we want to avoid making things easier?"
    ),
    "examples": (
        "What kinds of tasks can {s} accomplish?",  # AO: "What kinds of tasks can machine learning accomplish?"
        "Where have you encountered {s} in your daily life?",  # AO: "Where have you encountered machine learning in your daily life?"
        "2. Where have you noticed {s} showing up in apps you already use? Make a list together.",  # AP: "2. Where have you noticed AI showing up in apps you already use? Make a list together."
        "What is one example where {s} could be helpful?",  # AQ: "What is one example where this process could be helpful?"
        "Name 3 concrete {s} applications from your everyday life and describe them briefly:",  # A: "Name 3 concrete AI applications from your everyday life and describe them briefly:"
        "I see. But how do people use {s} in their everyday lives?",  # H: "Akku: I see. But how do people use AI in their everyday lives?"
        "15. What is one place {s} is used?",  # AR: "15. What is one place machine learning is used?"
        "How Do I Already Use {s}?",  # K: "How Do I Already Use AI?"
    ),
    "purpose": (
        "Why is {s} essential when solving complex problems?",  # AI: "Why is abstraction essential when solving complex problems?"
        "ELI5: why does machine learning need {s}",  # AS: "ELI5: why does machine learning need data"
        "**What is the primary role of {s} in AI, according to the text?**",  # AT: "**What is the primary role of data in AI, according to the text?**"
        "11. Why do we use {s}?",  # AR: "11. Why do we use training examples?"
        "20. What is the goal of {s}?",  # AR: "20. What is the goal of machine learning?"
        "Why is {s} Important?",  # AU: "Why is AI Important?"
        "Why Do Scientists Need {s}?",  # AV: "Why Do Scientists Need AI?"
        "if writing rules is simpler, cheaper, and more predictable, why does {s} exist at all?",  # AW: "if writing rules is simpler, cheaper, and more predictable, why does machine learning exist at all? Why not always just write the rules?"
    ),
}

# A  https://community.hailo.ai/t/multi-context-flow/8017  (Hailo community forum, user question)
# B  github lewes6369/TensorRT-Yolov3 issue #7  ("calibration sample for int8")
# C  github alibaba/MNN issue #862  ("The meaning of training in device?")
# D  https://embeddeddesignblog.blogspot.com/2025/10/starting-with-machine-learning-on_46.html  ("Starting with Machine Learning on devices like MCU - Part 5")
# E  github webmachinelearning/translation-api issue #72  (on-device models, issue title)
# F  github NVlabs/tiny-cuda-nn issue #13  ("What does "fully fused" actually mean?")
# G  stored file id 31875996639  (ArmDeveloperEcosystem/arm-learning-paths : content/learning-paths/microcontrollers/introduction-to-tinyml-and-its-importance/_review.md, review quiz)
# H  https://coral.ai/docs/edgetpu/faq  (Coral Edge TPU FAQ)
# I  stored file id 166555324  (siddh34/MCQs : Insem2/EAI.md, Edge AI course MCQs, "> Qn." questions)
# J  code-search excerpt of Section engineering-education article "Sustainable AI with Tiny Machine Learning" (/engineering-education/sustainable-ai-with-tinyml/), table of contents (repository not shown)
# K  https://www.sambuz.com/doc/an-introduction-to-fpga-based-acceleration-of-neural-pdf-document-963687  (lecture slides, slide title)
# L  github dusty-nv/jetson-inference issue #54  (numbered user questions)
# M  https://hashnode-hub.vercel.app/posts/67c0464c00fbc77b2d5d5361  (blog post title on ONNX Runtime)
# N  https://progressivegauge.com/why-tinyml  (article title)
# O  https://paul-weber.com/publications/bad2020  (Coral USB Accelerator vs Raspberry Pi demo write-up)
# P  github nebuly-ai/optimate issue #22  (issue title)
# Q  code-search excerpt "# 🚀 TinyML Introduction" course notes, table of contents (repository not shown)
# R  github IBM/aihwkit issue #362  (issue title)
# S  https://unoindustrialedgeai.blogspot.com/2026/06/edge-machine-learning-scales-poorly-on.html  (industrial edge AI blog, heading)
# T  https://eathealthy365.com/embedded-system-machine-learning-hurdles  (post title)
# U  https://reddit.tnl.social/r/robotics/comments/1j99vrt/what_exactly_makes_sim_to_real_transfer_a  (r/robotics post, mirror)
# V  https://dredyson.com/how-24-sparsity-fails-to-improve-inference-performance-on-rtx-3090-and-what-every-automotive-software-engineer-needs-to-know-about-building-efficient-connected-vehicle-ai-systems/  (automotive engineer's blog, title)
# W  https://www.literal-labs.ai/edge-ai/ai-on-microcontroller.html  (vendor page, section heading)
# X  https://fastmachinelearning.org/hls4ml/intro/faq.html  (hls4ml FAQ)
# Y  https://docs.edgeimpulse.com/docs/edge-impulse-studio/processing-blocks/audio-mfe  (Edge Impulse docs heading)
# Z  github NVIDIA/TensorRT issue #1269  ("how does tensorrt fuse convolution and pooling")
# AA https://stevengong.co/notes/TensorRT  (robotics student's notes, heading)
# AB github marcoslucianops/DeepStream-Yolo issue #327  ("INT8 calibration")
# AC github tensorflow/tensorflow issue #49927  (representative dataset question)
# AD https://notes.codecypher.ai/LearnAI/Level-3/tinyml  (study notes, heading)
# AE github respeaker/respeaker_python_library issue #51  ("Reduce false positives")
# AF github TaterTotterson/microWakeWord-Trainer-Nvidia-Docker issue #27  (issue title)
# AG github dscripka/openWakeWord issues #88 and #261  (wake-word false positives)
# AH github openvinotoolkit/openvino issue #16157  (issue title)
# AI github KiwiCampusChallenge/Kiwi-Campus-Challenge issue #15  ("[machine learning] unbalanced classes")
# AJ github open-edge-platform/geti_v2 issue #1427  (issue title)
# AK github curiousily/TensorFlow-on-Android-for-Human-Activity-Recognition-with-LSTMs issue #5  ("Imbalance dataset")
# AL github mit-han-lab/llm-awq issue #295  (issue title, Jetson deployment)
# AM github qualcomm/aimet issue #509  ("Should model pruning be done before quantization or after?")
# AN https://ngcharithperera.github.io/edge-analytics-lab-book/labs/lab14.html  (edge analytics lab book, learning objective)
# AO https://giznova.in/tag/cpu  (article heading)
# AP github PINTO0309/PINTO_model_zoo issue #167  (numbered user questions)
# AQ https://theneuralbase.com/onnx/learn/intermediate/when-to-use-tensorrt/  (lesson title)
# AR https://dev.to/johalputt/tensorrt-deep-dive-openvino-avoid-deployment-for-developers-1ccf  (DEV article heading)
# AS https://www.mindmapnote.com/en/Edge%20AI%20With%20TinyML  (study notes "Edge AI With TinyML", heading)
# AT https://technologysynth.com/what-is-tinyml-used-for  (article title and heading)
# AU https://restack.io/p/ai-for-edge-computing-answer-federated-learning-applications-cat-ai  (knowledge page title)
# AV github DeepakV3295/adnn-ecu-report : presentation/presentation.md  (slide heading, neural networks on automotive ECUs)
# AW code-search excerpt of README "# Arm® ML embedded evaluation kit" (Ethos-U / Cortex-M), heading (repository not shown)
# AX github nnstreamer/nnstreamer issue #3302  (outreach presentation, heading)
# AY github leimao/PyTorch-Quantization-Aware-Training issue #3  (follow-up question in comment)
# AZ https://www.tensorflow.org/lite/performance/delegates?hl=pt  (TensorFlow Lite docs heading)
# BA https://aicore.vercel.app/posts/30d2f92d-08d5-4c3b-8118-e798ffef5036/2  (TinyML guide, table of contents)
# BB https://www.gptgnosis.com/topic/navigation-in-self-driving-cars/why-is-sensor-fusion-important-in-self-driving-cars  (Q&A page)
# BC https://educational.sweetdishy.com/?p=10244  (ONNX Runtime guide, numbered heading)

BLIND59_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Could someone explain to me what does {s} mean ?",  # A: "Could someone explain to me what does this mean ?"
        "i wander what's the {s}?  Could you please tell me more details? Thanks a lot!!!!",  # B: "i wander what's the calibration sample for int8?  Could you please tell me more details? Thanks a lot!!!!"
        "The meaning of {s}?",  # C: "The meaning of training in device?"
        "So, what is a {s}?",  # D: "Machine learning (ML) models generate and work with tensors. So, what is a tensor?"
        'Clarification on Definition of "{s}" Based on TAG Feedback',  # E: "Clarification on Definition of \"On-Device Models\" Based on TAG Feedback"
        'What does "{s}" actually mean?\n\nI can\'t find a technical definition of this anywhere.',  # F: "What does \"fully fused\" actually mean?\n\nI can't find a technical definition of this anywhere."
        "1. What is {s}?",  # G: "1. What is TinyML?"
        "What is the {s}?",  # H: "What is the Edge TPU?"
    ),
    "advantages": (
        "> Q21. What is the main benefit of using {s}?",  # I: "> Q21. What is the main benefit of using Tiny ML?"
        "3. Benefits of {s}",  # J: "3. Benefits of tiny machine learning"
        "Why using {s} for accelerating neural networks?",  # K: "Why using FPGA for accelerating neural networks?"
        "**4-** is there any advantage in looking into {s} to achieve inference speed-up on Jetson TX1 or does the tensorRT just do the same thing for us?",  # L: "**4-** is there any advantage in looking into TensorFlow to achieve inference speed-up on Jetson TX1 or does the tensorRT just do the same thing for us?"
        "Why {s} Is a Good Choice for Cross-Platform Compatibility",  # M: "Why ONNX Runtime Is a Good Choice for Cross-Platform Compatibility"
        "Why {s}?",  # N: "Why tinyML?"
        "we never answered the question as to whether the {s} was actually worth its $75 price tag.",  # O: "we never answered the question as to whether the Coral USB Accelerator was actually worth its $75 price tag."
        "Could {s} benefit 'TensorFlow Lite for MicroControllers' models",  # P: "Could this benefit 'TensorFlow Lite for MicroControllers' models"
    ),
    "limitations": (
        "> Q19. What is the main challenge in implementing {s}?",  # I: "> Q19. What is the main challenge in implementing Edge AI?"
        "3. Challenges of {s}",  # Q: "3. [Challenges of Small-Device ML](#challenges-of-small-device-ml)"
        "Why do {s} have poor inference accuracy.",  # R: "Why do Binary Neural Networks have poor inference accuracy."
        "Why is {s} suddenly a deployment bottleneck?",  # S: "Why is local inference suddenly a deployment bottleneck?"
        "{S} Hurdles",  # T: "Embedded System Machine Learning Hurdles"
        "What exactly makes {s} a challenge in reinforcement learning?\nBasically the title, I wanted to understand the current roadblocks. Eli5 if possible, thank you",  # U: "What exactly makes sim to real transfer a challenge in reinforcement learning?\nBasically the title, I wanted to understand the current roadblocks in sim to real in reinforcement learning tasks. Eli5 if possible, thank you"
        "How {s} Fails to Improve Inference Performance on RTX 3090",  # V: "How 2:4 Sparsity Fails to Improve Inference Performance on RTX 3090 and What Every Automotive Software Engineer Needs to Know ..."
        "02 • Why {s} struggle on MCUs",  # W: "02 • Why neural networks struggle on MCUs"
    ),
    "works": (
        "How is {s} so fast?",  # X: "How is hls4ml so fast?"
        "How does the {s} block work?",  # Y: "How does the MFE block work?"
        "I'm interested in how {s} works, can you tell me anything about that?",  # Z: "I'm interested in how tensorrt fuse the convolution op and the pooling op, can you tell me anything about that?"
        "What does the {s} process look like",  # AA: "What does the Optimization process look like"
        "what does {s} really do?",  # AB: "what does int8 calibration really do?\nis it PTQ? or something else?"
        "1. {S} and how it works",  # J: "1. Tiny machine learning and how it works"
        "How is the {s} used?",  # AC: "How is the representative dataset used? In my opinion, the more data I provide, the better quantization performance I will obtain."
        "### How {S} Works",  # AD: "### How TinyML Works"
    ),
    "fix": (
        "Any idea on how to reduce the amount of {s} I get on a custom wake word?",  # AE: "Any idea on how to reduce the amount of false positives I get on a custom wake word?"
        "Suggestions on what to change if I'm getting {s}?",  # AF: "Suggestions on what to change if I'm getting several false positives a day?"
        "How can I prevent {s} ? Any suggestions for me ?",  # AG (#88): "the problem is it detects hey mifa as hey mipa. How can I prevent that ? ... Any suggestions for me ?"
        "Is there any way to avoid {s}?\nThank you.",  # AG (#261): "Is there any way to avoid this?\nThank you."
        "How can i control {s}",  # AH: "How can i control NNCF quantization error"
        "[machine learning] {s}\n\nWhat should we do in this case?, artificially increase the number of samples ?",  # AI: "[machine learning] unbalanced classes" / "What should we do in this case?, artificially increase the number of samples ?"
        "Dealing with {s}",  # AJ: "Dealing with unbalanced datasets"
        "How to set class weight for {s}?",  # AK: "How to set class weight for imbalance dataset?"
    ),
    "when": (
        "Is it necessary to do {s} on edge device",  # AL: "Is it necessary to do the quantization on edge device"
        "When should we apply {s} to the model?",  # AM: "When should we apply pruning to the model? Should we do it before quantization ?"
        "Explain when {s} is more appropriate than supervised classification on edge devices",  # AN: "Explain when anomaly detection is more appropriate than supervised classification on edge devices"
        "When Should You Use {s} for AI Inference?",  # AO: "When Should You Use CPU, GPU, or NPU for AI Inference?"
        "2. What equipment {s} is suitable for.",  # AP: " 2. What equipment they are suitable for."
        "When to use {s}",  # AQ: "When to use TensorRT"
        "When to Avoid {s} for Deployment",  # AR: "When to Avoid TensorRT for Deployment"
        "Where {s} runs (and where it doesn't)",  # AS: "Where TinyML runs (and where it doesn't)"
    ),
    "examples": (
        "##### Q2: Is there any previous case has been used {s}? Taobao?",  # C: "##### Q2: Is there any previous case has been used this method? Taobao?"
        "3.\tWhich of the following is an example of {s} in healthcare?",  # G: "3.\tWhich of the following is an example of TinyML in healthcare?"
        "> Q29. Which of the following is an example of a use case for {s}?",  # I: "> Q29. Which of the following is an example of a use case for Tiny ML?"
        "Top 7 Uses of {s}: Powering Smart, Efficient Devices",  # AT: "Top 7 Uses of TinyML: Powering Smart, Efficient Devices"
        "{S} Applications on Edge Devices",  # AU: "Federated Learning Applications on Edge Devices"
        "## {S} Applications on Embedded Devices",  # AV: "## Neural Network Applications on Embedded Devices"
        "## {S} use cases",  # AW: "## ML use cases"
        "# Use Cases of {s}",  # AX: "# Use Cases of NNStreamer"
    ),
    "purpose": (
        "Ans why do we need {s}? It will be helpful if you answer these doubts.",  # AY: "Ans why do we need calibration for quantized model? It will be helpful if you answer these doubts."
        "Why should I use {s}?",  # AZ: "Why should I use delegates?"
        "> Q6. What is the main need for {s}?",  # I: "> Q6. What is the main need for Edge AI?"
        "2. Motivation for {s}",  # J: "2. Motivation for tiny machine learning"
        "2. Why {S} Matters",  # BA: "2. Why TinyML Matters"
        "Question: Why is {s} important in self-driving cars?",  # BB: "Question: Why is sensor fusion important in self-driving cars?"
        "2. Why {S} Exists in the First Place",  # BC: "2. Why ONNX Exists in the First Place"
        "What is {s} Used For?",  # AT: "What is TinyML Used For?"
    ),
}

# A  https://www.stata.com/statalist/archive/2003-05/msg00340.html  (Statalist, "st: interpretation of bootstrapping result")
# B  github cis-ds/Discussion issue #210  ("General question on cross validation", R/tidymodels course Q&A board)
# C  https://imathworks.com/matlab/matlab-what-is-epoch-in-neural-network/  (MATLAB Answers mirror, "What is EPOCH in neural network")
# D  https://imathworks.com/matlab/matlab-what-is-validation-failure-artificial-neural-network  (MATLAB Answers mirror)
# E  https://imathworks.com/matlab/matlab-marquardt-adjustment-parameter-trainbr/  (MATLAB Answers mirror, "Marquardt adjustment parameter (trainbr)")
# F  github florianhartig/DHARMa issue #305  (R package; "Interpretation of simulated and observed residuals...")
# G  github imbs-hl/ranger issue #236  (R package ranger; issue title)
# H  github rmcelreath/stat_rethinking_2022 issue #15  ("More dramatic gain from partial pooling", R course)
# I  https://www.ssc.wisc.edu/sscc/pubs/stata_mi_decide.htm  (SSCC "Multiple Imputation in Stata: Deciding to Impute", section heading)
# J  https://nl.mathworks.com/discovery/neural-network.html  (MathWorks "What Is a Neural Network?" page headings; "Why Do ... Matter?" from the au.mathworks.com version of the same page)
# K  https://sas.com/en_us/insights/analytics/neural-networks.html  (SAS Insights "Artificial Neural Networks - What they are & why they matter", section heading)
# L  https://www.edge-ai-vision.com/2019/05/what-is-deep-learning-three-things-you-need-to-know/  (MathWorks article "What Is Deep Learning?" reprinted with permission, headings)
# M  https://www.sas.com/en_za/insights/analytics/what-is-natural-language-processing-nlp.html  (SAS Insights "Natural Language Processing (NLP)", section headings)
# N  github HealthCatalyst/healthcareai-r issue #626  ("Add regression with Ridge and Lasso penalty", comment)
# O  github OpenIntroStat/ims issue #96  ("Chapter 9 Review" of the R-based textbook Introduction to Modern Statistics)
# P  github GabrielHoffman/variancePartition issue #2  ("Fitting models with random slope", R/Bioconductor package)
# Q  github ModelOriented/DALEX issue #533  ("collinearity issue in permutation based feature importance (technical question)")
# R  https://imathworks.com/matlab/matlab-why-kmeans-gives-different-results-each-time  (MATLAB Answers mirror, "Kmeans gives different results each time")
# S  github Derek-Jones/ESEUR-code-data issue #12  ("Regression suggestions", R book repository)
# T  https://imathworks.com/matlab/matlab-what-are-the-reasons-for-having-different-outputs-after-several-runs  (MATLAB Answers mirror)
# U  http://stackoverflow.com/questions/12137282/matlab-kmeans-gives-different-results-each-time  (MATLAB user question, "Matlab: Kmeans gives different results each time")
# V  github florianhartig/DHARMa issue #185  (issue title, question relayed from a user)
# W  github google/CausalImpact issue #77  ("Determining the number of burn-in steps", R package)
# X  github zachmayer/caretEnsemble issue #227  (issue title)
# Y  github vlfeat/matconvnet issue #996  (MATLAB toolbox; "Does work Batch normalization when Batchnormalization=false to true")
# Z  github paul-buerkner/brms issue #142  ("Allow plotting of single smooth terms", R package)
# AA  github imbs-hl/ranger issue #727  ("Multicollinearity and Variable Importance")
# AB  github ngreifer/cobalt : vignettes/faq.Rmd  (CRAN package cobalt, "Frequently Asked Questions" vignette)
# AC  https://au.mathworks.com/discovery/machine-learning.html  (MathWorks "What Is Machine Learning?" page, section heading)
# AD  github imbs-hl/ranger issue #412  ("up-sampled imbalanced samples")
# AE  github Putnam-Lab/Lab_Management issue #23  (lme4 user question, issue title)
# AF  github vlfeat/matconvnet issue #218  ("transfer learning/ adapting trained models", MATLAB user comment)
# AG  github florianhartig/DHARMa issue #35  ("Zero-inflated fixed-effect Poisson models... how to plot/test residuals?")
# AH  https://www.mathworks.com/help/deeplearning/ug/improve-neural-network-generalization-and-avoid-overfitting.html  (MATLAB documentation page title)
# AI  github gbradburd/conStruct issue #25  ("r-hat and Tail and Bulk Effective Sample Size Warnings", R package)
# AJ  github imbs-hl/ranger issue #480  ("Classification with imbalance dataset")
# AK  https://au.mathworks.com/discovery/overfitting.html  (MathWorks "What Is Overfitting?" page, subtitle)
# AL  github ropensci/galamm issue #216  ("Pearson residuals, model checking", rOpenSci review comment quoted)
# AM  github bcgov/ssdtools issue #460  (R package, label "User Question", issue title)
# AN  github zdk123/SpiecEasi issue #293  ("Running SpiecEasi for smaller sample size (n)", R package)
# AO  github xrobin/pROC : vignettes/FAQ.Rmd  (CRAN package pROC, "Frequently Asked Questions" vignette)
# AP  github lbbe-software/fitdistrplus : vignettes/FAQ.Rmd  (CRAN package fitdistrplus, FAQ vignette)
# AQ  github florianhartig/DHARMa issue #118  ("Paper on DHARMa / statistical justification", question from a user)
# AR  github weizhouUMICH/SAIGE issue #134  ("Required minimum sample size?", R package)
# AS  github donaldRwilliams/BGGM issue #4  ("Real world example problems", JOSS review of the R package)
# AT  github cvitolo/fuse issue #14  ("was the package used in any published work?", JOSS review of the R package)
# AU  https://in.mathworks.com/videos/introduction-to-deep-learning-what-is-deep-learning--1489502328819.html  (MATLAB Tech Talk transcript)
# AV  github CDCgov/ww-inference-model issue #94  ("Document package use cases", R package)
# AW  github ScPoEcon/ScPoEconometrics issue #23  (R econometrics course book, issue title)
# AX  github bstewart/stm issue #282  (R package stm, issue title)
# AY  github BZPaper/RTransferEntropy issue #50  (R package, issue title)
# AZ  github donaldRwilliams/chkptstanr issue #11  ("\"Initial Warmup (Typical Set)\" taking a long time", R package)
# BA  https://imathworks.com/matlab/matlab-why-do-we-need-to-normalize-data-in-matlab-what-is-the-purpose  (MATLAB Answers mirror)
# BB  https://imathworks.com/matlab/matlab-how-can-i-analyze-the-neural-network  (MATLAB Answers mirror)
# BC  http://stackoverflow.com/questions/12625665/matlab-neural-network-testing  (MATLAB user question, "Matlab neural network testing")

BLIND60_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "On the results, what does it mean {s}?",  # A: 'On the results, what does it mean bias?'
        "I am a little bit confused of {s}.",  # B: 'I am a little bit confused of cross validation.'
        "HI what is the definition of {s}. is it just an iteration.",  # C: 'HI what is the definition of EPOCH. is it just an iteration.'
        "What exactly is this {s}? Also, what is the term like Mu stands for?",  # D: 'What exactly is this Validation failure? Also, what is the term like Mu stands for?'
        "What is {s} Artificial neural network",  # D: 'MATLAB: What is validation failure Artificial neural network'
        'Could you please explain the meaning of "{s}" and "mu_max"? what is their significance here?',  # E: 'Could you please explain the meaning of "mu" and "mu_max"? what is their significance here?'
        "what are the observed residuals and what are the {s}?",  # F: 'what are the observed residuals and what are the simulated residuals?'
        "Is the {s} the lowest found of all trees that have been built in the run?",  # G: 'Is the OOB-prediction error the lowest found of all trees that have been built in the run?'
    ),
    "advantages": (
        "1) For this particular example, are there any other (more convincing?) arguments (other than cross-validation) to use {s} against complete pooling?",  # H: '1) For this particular example, are there any other (more convincing?) arguments (other than cross-validation) to use partial pooling against complete pooling?'
        "## Why {s}?",  # I: '## Why MICE?'
        "Why Do {s} Matter?",  # J: 'Why Do Neural Networks Matter?'
        "Why are {s} important?",  # K: 'Why are neural networks important?'
        "## Why {s} Matters",  # L: '## Why Deep Learning Matters'
        "### How does {s} attain such impressive results?",  # L: '### How does deep learning attain such impressive results?'
        "Why is {s} important?",  # M: 'Why is NLP important?'
        "Either {s} or elasticnet; not sure about relative advantages of each.",  # N: 'In `tune_models`. Either glmnet or elasticnet; not sure about relative advantages of each.'
    ),
    "limitations": (
        "I would also like to see a short blurb on why some statisticians advocate against the use of {s}.",  # O: 'I would also like to see a short blurb on why some statisticians advocate against the use of stepwise selection.'
        "is there a rational for not allowing models with {s}",  # P: 'is there a rational for not allowing models with random slopes (throws an error in `checkModelStatu`s).'
        "I keep getting a criticism from reviewers regarding a drawback of {s} in the presence of multiple correlated predictors. Can someone comment on this criticism?",  # Q: 'I keep getting a criticism from reviewers regarding a drawback of permutation based method in the presence of multiple correlated predictors. [...] Can someone comment on this criticism?'
        "When run the {s} more than one times, the results are different. Why the results are different??",  # R: 'When run the kmeans more than one times, the results are different. [...] Why the results are different??'
        "Isn't teaching people to {s} giving them a license to fit nonsense models?",  # S: "Isn't teaching people to spline or polynomial fitting giving them a license to fit nonsense models?"
        "I use the same initial condition for my {s}, but I still get different outputs. What are the other factors that can cause this difference?",  # T: 'I use the same initial condition for my network, but I still get different outputs. What are the other factors that can cause this difference?'
        "I running {s} in matlab on a 400x1000 matrix and for some reason whenever I run the algorithm I get different results.",  # U: 'I running kmeans in matlab on a 400x1000 matrix and for some reason whenever I run the algorithm I get different results.'
        "Are {s} p-values correct for small sample sizes?",  # V: 'Are qgam p-values correct for small sample sizes?'
    ),
    "works": (
        "I have some questions regarding how {s} is handled in this original implementation.",  # W: 'I have some questions regarding how burn-in (or warm-up) steps is handled in this original implementation.'
        "How does {s} work with caretEnsemble and caretStack?",  # X: 'How does trainControl work with caretEnsemble and caretStack?'
        "But the second question is how is {s} working",  # Y: 'But the second question is how is it working'
        "I would, though, like a little more detail about what `brm()` is doing when it comes across {s}.",  # Z: 'I would, though, like a little more detail about what `brm()` is doing when it comes across an `s()` term.'
        "Can anybody explain how {s} deals with multicollinearity?",  # AA: 'Can anybody explain how the permuted variable importance measure deals with multicollinearity?'
        "### How are {s} computed in *cobalt*?",  # AB: '### How are standardized mean differences computed in *cobalt*?'
        "How {s} Works",  # AC: 'How Machine Learning Works'
        "How Do {s} Work?",  # J: 'How Do Neural Networks Work?'
    ),
    "fix": (
        "Furthermore, I am wondering how to solve the same problem (i.e. {s}) but for regression analysis, since performance is low, do you have any idea?",  # AD: 'Furthermore, I am wondering how to solve the same problem (i.e. unbalanced samples) but for regression analysis, since performance is low, do you have any idea?'
        "{S} warning for mixed models: solutions / suggestions ?",  # AE: 'Singular fit warning for mixed models: solutions / suggestions ?'
        "I have revised the VGG network and trained on my own data, but there is severe {s}, are there any tricks to this problem?",  # AF: 'I have revised the VGG network and trained on my own data, but there is severe overfitting, are there any tricks to this problem?'
        "Is it wrong to remedy {s} by the same means as remedying overdispersion in general i.e. using a negative-binomial model instead?",  # AG: 'Is it wrong to remedy zero-inflation by the same means as remedying overdispersion in general i.e. using a negative-binomial model instead?'
        "Improve Shallow Neural Network Generalization and Avoid {s}",  # AH: 'Improve Shallow Neural Network Generalization and Avoid Overfitting'
        "Any suggestions on how to address {s}? Is this even something to be especially concerned with?",  # AI: 'Any suggestions on how to address this? Is this even something to be especially concerned with?'
        "I have a question concerning using Ranger for {s}.",  # AJ: 'I have a question concerning using Ranger for imbalanced datasets.'
        "Avoid {s} machine learning models",  # AK: 'Avoid overfitting machine learning models'
    ),
    "when": (
        "Perhaps a simplistic question, from someone who doesn't know the area: is there a reason that {s} are appropriate here?",  # AL: "Perhaps a simplistic question, from someone who doesn't know the area: is there a reason that Pearson residuals are appropriate here?"
        "When to use {s}?",  # AM: 'When to use a mixture distribution lnorm_lnorm?'
        "I was wondering about the validity of running {s} on a small sample size.",  # AN: 'I was wondering about the validity of running SpiecEasi on a small sample size.'
        "## My dataset is huge. Can I use {s}?",  # AO: '## My dataset is huge. Can I use pROC?'
        "## Can I fit {s} when data contains negative values?",  # AP: '## Can I fit a distribution with positive support when data contains negative values?'
        "When I report the confidence interval, Do I have to report {s} or just Normal?",  # A: 'When I report the confidence interval, Do I have to report BC(bias-corrected) or just Normal?'
        "I also wonder if you have any thoughts regarding whether {s} could be used within an ABC set-up.",  # AQ: 'I also wonder if you have any thoughts regarding whether these residuals could be used within an ABC set-up.'
        "I wanted to enquire whether you recommended a minimum sample size for running {s}, either a minimum no. of cases, or minimum overall?",  # AR: 'I wanted to enquire whether you recommended a minimum sample size for running SAIGE, either a minimum no. of cases, or minimum overall?'
    ),
    "examples": (
        'The package docs provide numerous examples, but ideally there would be some "real world" examples or case studies of how {s} solved research problems.',  # AS: 'The package docs provide numerous examples, but ideally there would be some "real world" examples or case studies of how this package solved research problems.'
        "was {s} used in any published work?",  # AT: 'was the package used in any published work?'
        "{S} Examples",  # J: 'Neural Network Examples'
        "How is {s} used in the real world?",  # AU: 'What is deep learning? How is it used in the real world?'
        "Would be nice to have a place where we document how {s} is being used, to inspire other users and motivate further development",  # AV: 'Would be nice to have a place where we document how the package is being used, to inspire other users and motivate further development'
        "realworld example with {s}",  # AW: 'realworld example with `lm`'
        "Published application with {s}",  # AX: 'Published application with STM R package'
        "{S} in today’s world",  # M: 'NLP in today’s world'
    ),
    "purpose": (
        "Can you explain the role of {s}? Looking forward to your reply",  # AY: 'Can you explain the role of the parameter burn? Looking forward to your reply'
        "I'm not clear on why {s} is required -- shouldn't this just be part of standard warmup and burn-in?",  # AZ: "I'm not clear on why the typical set sampling is required -- shouldn't this just be part of standard warmup and burn-in?"
        "What was the rationale for including {s} in chkptstanr?",  # AZ: 'What was the rationale for including this stage in chkptstanr?'
        "Why do we need {s} in matlab? what is the purpose",  # BA: 'MATLAB: Why do we need to normalize data in matlab? what is the purpose'
        "### Why do you use {s} before and after adjustment?",  # AB: '### Why do you use the same standardization factor before and after adjustment?'
        "another thing why there is a {s}?",  # BB: 'another thing why there is a validation matrix?'
        "What Are {s} Used For?",  # J: 'What Are Neural Networks Used For?'
        "Here is my question, what is the purpose of {s}?",  # BC: 'Here is my question, what is the purpose of testing a neural network with target data provided?'
    ),
}

# A  github ishgirwan/faqs_pytorch_scholarship : lesson2.md, lesson6.md  (FAQ of the Slack channel of Udacity's PyTorch Scholarship Challenge)
# B  github 3ZadeSSG/FAQs-Bertelsmann-Challenge-AI-2019-20 : "Lesson 3: Introduction to Neural Networks.md", "Lesson 8-9 : Recurrent Neural Network & Sentiment Prediction RNN.md"  (FAQ of the Slack channel of the Bertelsmann AI scholarship)
# C  github frederick-douglas-pearce/datatalksclub-faq : _questions/machine-learning-zoomcamp/ (11f27e4673, 18e9b4b2a2, 091ce4f5ff)  (DataTalks.Club FAQ built from Slack questions)
# D  github DataTalksClub/faq : _questions/machine-learning-zoomcamp/module-2/what-is-data-leakage-in-ml.md ; _questions/llm-zoomcamp/module-3/004_193612db63_why-orchestration-kestra.md  (FAQ curated from course Slack channels)
# E  github LAION-AI/Open-Assistant : docs/docs/faq.md  (FAQ of questions asked in the project's Discord, cf. PR #1165)
# F  github RWKV/RWKV-wiki : docs/basic/FAQ.md  (community wiki FAQ of the Discord-run RWKV project)
# G  https://xn--r1a.website/s/datasciencefun?before=4208  (Telegram channel "Data Science & Machine Learning", post headings)
# H  github r4ds/bookclub-islr : 08.Rmd  (R4DS Slack book club, Zoom "Meeting chat log", stored file id 48185838098)
# I  stored file id 5443331849  (R4DS "Mastering Shiny" book club page: Q&A questions prepared for the author + meeting chat log)
# J  https://binance.weixuanerp.com/el/square/post/305386911923330  (social-feed post, emoji headings)
# K  github selcuk-yalcin/Kurdish-LLM-FineTuning issue #25  (study-task checklist)
# L  github jonbarron/camp_zipnerf issue #34  (issue title)
# M  https://en.phongnhaexplorer.com/qna/technology/what-are-the-disadvantages-of-transfer-learning.html  (Q&A page: title and heading)
# N  https://www.byteplus.com/en/topic/468981  (topic page, question in intro)
# O  https://www.agencyscript.com/blog/what-is-transfer-learning-risks  (blog intro question)
# P  https://practicumai.org/transfer_learning/03.5_common_tl_problems  (course page title)
# Q  https://getaimogen.com/docs/when-to-use-embeddings-vs-fine-tuning  (docs table of contents)
# R  "When Regularization Fails" blog post by Charles H. Martin (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# S  https://www.dlearnai.com/blog/frequently-asked-questions-about-deep-learning--expert-answers  (FAQ heading)
# T  https://mobidev.biz/blog/gan-technology-use-cases-for-business-application  (title and heading)
# U  https://techieknotss.blogspot.com/2026/03/generative-adversarial-networks-gans.html  (post heading)
# V  https://voozh.deno.dev/url/https://www.geeksforgeeks.org/machine-learning/use-cases-of-generative-adversarial-networks/  (mirror of page title)
# W  https://research.aimultiple.com/gan-use-cases  (heading)
# X  https://www.theaiops.com/top-50-faqs-for-deeplearning/  (numbered FAQ list)
# Y  https://www.alexacabs.in/why-do-we-need-validation-set-in-machine-learnung.html  (search-query titled page, typo kept)
# Z  https://datadivewithsubham.blogspot.com/2024/10/lstm-explained-simply-how-it-works-and.html  (blog headings)
# AA http://makeyourownneuralnetwork.blogspot.com/2016/01/  (blog post title and opening question)
# AB https://amara.org/en/videos/5ccRep9T0BDP/en/681600/  (video Q&A transcript, question read out)
# AC https://jobskills.interviewgemini.com/?p=137611  (numbered interview questions)
# AD github Bharadwaja92/DataInterviewQuestions : Questions/Q_076_Resampling.py  (question docstring)
# AE github anhelus/pcs : docs/material/nuovo/batch_norm.md  (course notes heading)
# AF https://crazyweb.quentins.space/subpages/techniques/regularization/2  (page heading)
# AG https://data-science-handbook.readthedocs.io/en/latest/book/ml-engineering/featurestore.html  (section heading)
# AH https://axiomlogica.com/ai-ml/lora-adapters-rank-alpha-weight-decomposition  (section heading)
# AI https://morioh.com/a/2cf3a0f07f9d/pytorch-lstm-text-generation-tutorial-kdnuggets  (list lead-in)
# AJ https://learn.g2.com/long-short-term-memory-lstm  (article title)
# AK github cheahjs/free-llm-api-resources issue #138  (issue body)
# AL https://agentengineeringdigest.com/knowledge-base/foundations/fine-tuning-vs-embedding-when-should-you-use-each/  (page title)
# AM github khuyentran1401/machine-learning-articles issue #85  (issue title)
# AN github jatinkumar762/AI_Articles issue #68  (issue title)
# AO github mozilla/bugbug issue #73  (issue title)
# AP github ErikGartner/sentimental issue #6  (issue title)
# AQ https://www.sipoch.com/en/question/300630019874708/answer/30019150054002  (Q&A answer heading)

BLIND61_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "**Q2: What's the {s} algorithm?**",  # A: "**Q2: What's the perceptron algorithm?**"
        "**Q: What does {s} mean?**",  # A: "**Q: What does Content Representation mean?**"
        "What is {s} in machine learning?",  # D: "What is data leakage in machine learning?"
        "## What is {s}, explain it in simple terms?",  # F: "## What is channel / time mixing, explain it in simple terms?"
        "🔹 1. What is {s}?",  # G: "🔹 1. What is Linear Regression?"
        "Can you explain what {s} is?",  # AD: "Can you explain what resampling is? Can you name 2 separate resampling methods and explain the pros and cons?"
        "7. Explain the concept of {s}.",  # X: "7. Explain the concept of activation functions."
        "6. What is the {s} problem?",  # X: "6. What is the vanishing gradient problem?"
    ),
    "advantages": (
        "What's the advantage of using {s}?",  # C: "What's the advantage of using Gunicorn with Flask in Docker?"
        "🔹 7. Why {s} is Important?",  # G: "🔹 7. Why Linear Regression is Important?"
        "⚡ Why is {s} everywhere now?",  # J: "⚡ Why is ML everywhere now?"
        "Why is the {s} most often used for training neural networks?",  # AA: "Why is the squared error most often used for training neural networks?"
        "Why a {s}?",  # AA: "Why a Squared Error Cost Function?"
        "Okay, why is {s} useful?",  # AB: "Okay, why is machine learning useful?"
        "Why {s} is a Good Thing",  # AF: "Why Regularization is a Good Thing"
        "For instance, it is important to understand the reasons why {s} stands out compared to others, including her advantages and disadvantages.",  # AK: "For instance, it is important to understand the reasons why Gemma stands out compared to others, including her advantages and disadvantages."
    ),
    "limitations": (
        "- Is there anything about {s} that you think can be improved?",  # I: "- Is there anything about Shiny that you think can be improved?"
        "What are the disadvantages of {s}?",  # M: "What are the disadvantages of transfer learning?"
        "The Hidden Costs of {s}: When Shortcuts Become Roadblocks",  # M: "The Hidden Costs of Transfer Learning: When Shortcuts Become Roadblocks"
        "So, what is the risk of {s}?",  # N: "So, what is the risk of transfer learning?"
        "What is {s}'s risk profile, beyond the obvious one of underperformance?",  # O: "What is transfer learning's risk profile, beyond the obvious one of underperformance?"
        "Common {s} Issues & Troubleshooting Strategies",  # P: "Common Transfer Learning Issues & Troubleshooting Strategies"
        "- What {s} Is Bad At",  # Q: "- What Fine-Tuning Is Bad At"
        "# When {s} Fails",  # R: "# When Regularization Fails"
    ),
    "works": (
        "**Q1: I am having some trouble understanding {s} when training the neural net.**",  # A: "**Q1: I am having some trouble understanding backpropagation when training the neural net.**"
        "**Q2: Explanation of the operation of the {s}.**",  # B: "**Q2: Explanation of the operation of the embedding layer.**"
        "I didn’t have time to read this chapter, so sorry to ask, how did you decide on the {s}?",  # H: "I didn’t have time to read this chapter, so sorry to ask, how did you decide on the internal nodes?"
        "Why does {s} work?",  # AE: "Why does Batch Norm work?"
        "Q 3. Describe the process of building a {s} model.",  # AC: "Q 3. Describe the process of building a Random Forest model."
        "How Does {s} Work?",  # Z: "How Does LSTM Work?"
        "Main Principle of {s}",  # T: "Main Principle of GANs"
        "What {s} changes in a frozen transformer layer",  # AH: "What LoRA changes in a frozen transformer layer"
    ),
    "fix": (
        "How to handle {s} in a dataset?",  # C: "How to handle outliers in a dataset?"
        "**Q11: Having a problem with {s} ?**",  # B: "**Q11: Having a problem with gradient descent ?**"
        "9. How do you prevent {s}?",  # X: "9. How do you prevent overfitting?"
        "How to Handle {s} with Class Weight",  # AM: "How to Handle Imbalanced Data with Class Weight"
        "8 Tactics to Combat {s} in Your Machine Learning Dataset",  # AN: "8 Tactics to Combat Imbalanced Classes in Your Machine Learning Dataset"
        "Try other techniques to handle {s}",  # AO: "Try other techniques to handle imbalanced datasets"
        "Add handling of {s}.",  # AP: "Add handling of imbalanced training sets."
        "How Can You Avoid {s}?",  # AQ: "How Can You Avoid Overfitting?"
    ),
    "when": (
        "When do I use {s}?",  # C: "When do I use ROC vs Precision-Recall curves?"
        "**Q16: When and why is {s} used?**",  # B: "**Q16: When and why is One-Hot-Encoding used?**"
        "- Is {s} useful even for small apps / teams?",  # I: "- Is Golem useful even for small apps / teams?"
        "When to Use {s}",  # Z: "When to Use LSTMs"
        "When Not to Use {s}",  # Z: "When Not to Use LSTMs"
        "- When You Actually Need {s}",  # Q: "- When You Actually Need Fine-Tuning"
        "- Use {s} When You Need Knowledge",  # Q: "- Use Embeddings When You Need Knowledge"
        "{S} vs Embedding: When Should You Use Each?",  # AL: "Fine-Tuning vs Embedding: When Should You Use Each?"
    ),
    "examples": (
        "What Are the Applications of {s}?",  # S: "What Are the Applications of Deep Learning?"
        "{S} Technology: Use Cases for Business Application",  # T: "GAN Technology: Use Cases for Business Application"
        "💡 Real-Time Applications of {s}:",  # U: "💡 Real-Time Applications of GANs:"
        "Use Cases of {s}",  # V: "Use Cases of Generative Adversarial Networks"
        "Top 10 {s} Use Cases",  # W: "Top 10 GAN Use Cases"
        "Typical {s} use cases:",  # Q: "Typical embedding use cases:"
        "Here are the most straightforward use-cases for {s} you might be familiar with:",  # AI: "Here are the most straightforward use-cases for LSTM networks you might be familiar with:"
        "Applied {s}: Use Cases, Types, and Challenges",  # AJ: "Applied LSTM: Use Cases, Types, and Challenges"
    ),
    "purpose": (
        "**Q8: Why do we need {s}?**",  # A: "**Q8: Why do we need activation function?**"
        "**Q21: Why {s} is required in model?**",  # B: "**Q21: Why testing is required in model?**"
        "Why do we need {s} — can't I just run the code in a notebook?",  # D: "Why do we need orchestration / Kestra — can't I just run the code in a notebook?"
        "### What is the {s} for?",  # E: "### What is the Docker command for?"
        "- What problem does {s} solve?",  # K: "- What problem does LoRA solve?"
        "What's the purpose of {s}?",  # L: "What's the purpose of Scale Featurization?"
        "Why do we need {s} in machine learnung",  # Y: "Why do we need validation set in machine learnung"
        "{S} Purpose",  # AG: "Feature Store Purpose"
    ),
}

# A  GitLab team handbook, data team pages: https://handbook.gitlab.com/handbook/business-technology/data-team/platform/dbt-guide ; github zalyoung/gitlab-handbook (mirror) : content/handbook/business-technology/data-team/platform/feast/_index.md and content/handbook/business-technology/data-team/experimentation-best-practices.md
# B  Valve "Handbook for New Employees" (onboarding handbook), table of contents: https://git.knownelement.com/TSYSGroupBOD/TSYSGroupHandbook/src/branch/master/SourceMaterial/NewMemberHandbook.md
# C  https://sreekaran.com/posts/hackathons-101  (hackathon FAQ compiled from Discord questions)
# D  https://www.boilermake.com/  (hackathon FAQ)
# E  https://hackweek-itcoocean.github.io/2023-Hackbook/projects/index.html  (hackweek participant handbook, projects page)
# F  https://wikitech.wikimedia.org/wiki/Machine_Learning/LiftWing  (ML team wiki, model-hosting request questions; as filled in https://phabricator.wikimedia.org/T406179)
# G  https://bossabox.github.io/docs/agile-development/advanced-topics/collaboration/why-collaboration.html  (engineering playbook page)
# H  github charlax/professional-programming : feature-flags.md  (engineer's open knowledge base)
# I  github ngokhoa1202/cs-note : plans/ST-Engineering-First-Day-Questions.md  (new-hire first-day question list; stored file id 44889487957)
# J  github kalisjoshua/kalisjoshua.me : content/pages/articles/questions-to-ask.md  ("New Hire Questions" list)
# K  github InsightDataScience/wiki-content : content/Kafka/Kafka.md  (Insight fellowship wiki, page template)
# L  https://github.com/onainsights/data-documentation/wiki/12.-DBT/4f7316018205a511174c716f5b1d64284320b8a9  (Ona analytics team wiki)
# M  stored file ids 46969202517 and 46527382131  (datathon team preparation question lists, general and Novartis 2025 versions; repository not shown, counted as one source)
# N  github c4tk/c4tk : src/content/events/austin/2014/faq.md  (hackathon FAQ)
# O  github sakshivk/winternship : Hackathon_FAQ.md  (internship hackathon FAQ; stored file id 20371503174)
# P  https://knowledge.brainforge.ai/knowledge/standards/02-writing/PLAYBOOK_SCAFFOLD  (company knowledge base page)
# Q  stored file id 11676553351  (Carpentries-style workshop episode "Using a cluster: Introduction", questions block; repository not shown)
# R  github best-practice-and-impact/qa-of-code-guidance : book/managers_guide.md  (UK Analysis Function guidance for analysis team managers; stored file id 35148669730)
# S  stored file id 13435084787  (analysis-function guidance page "Handling missing data", main messages; repository not shown)
# T  http://mail.wikipedia.org/hyperkitty/list/wikitech-l@lists.wikimedia.org/message/YWGNJLCACY6ICEZKYAYTMGZTGYEHNQ3L/attachment/2/attachment.htm  (Wikimedia ML team asking for feedback on a model-card wiki page)
# U  github sourcegraph/handbook : content/engineering/index.md  (company handbook index)
# V  github CyVerse-learning-materials/container_camp_workshop_2018 : singularityintro.rst  (Container Camp workshop outline)
# W  stored file id 66490609050  (Legal Hackathon README, participant guide; repository not shown)
# X  https://paper.dropbox.com/doc/Machine-Learning--AQ2oHZBxML78j8GIsZqWBdXtAg-3pjDPyMOCr5xjXMkhSfYV  (Cal Hacks machine-learning starter pack for hackers)
# Y  https://ocean-satellite-tools.github.io/hackweek-2025/projects/index.html  (hackweek projects page)
# Z  stored file id 70539029123  (Agentic GraphRAG Hackathon Guidebook; repository not shown)
# AA https://uhsg.freetailhackers.com/machine-learning.html  (Freetail Hackers hackathon guide)
# AB github lab-cosmo/cluster-tutorials : README.md  (research group cluster tutorials, FAQs)
# AC github ghostinthewires/Team-Handbook-Template : Team-Handbook-Template/general/handbook-usage/readme.md  (team handbook template)
# AD https://ghanagogo.wordpress.com/2018/08/  (volunteer's post on the Cashew Hackathon 2018)
# AE github NTUEEECluster/docs : basics.md  (department GPU cluster docs for lab users)
# AF github swcarpentry/hpc-novice : _episodes/00-intro.md  (Software Carpentry workshop episode)

BLIND62_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "To start with - What even IS {s}?",  # C: "To start with - What even IS a hackathon?"
        "What's {s}?",  # D: "What's a hackathon?"
        "### Question: What is {s}?",  # O: "### Question: What is a hackathon?"
        "What {s} is",  # P: "What a playbook is"
        "Think about what information does a user need to know to understand the fundamentals of {s}.",  # K: "Think about what information does a user need to know to understand the fundamentals of the topic."
        "## What Is {s} About?",  # W: "## What Is This Hackathon About?"
        "What in the world is {s}?",  # AD: "What in the world is a hackathon?"
        "What is {s} and Why Would I Use it?",  # AA: "What is Machine Learning and Why Would I Use it?"
    ),
    "advantages": (
        "Benefits of {s}",  # G: "Benefits of increased collaboration"
        "## Advantages of using {s}",  # A: "## Advantages of using a feature store"
        '- ✅ "I saw we use {s}. What led to that architectural decision?"',  # I: "- ✅ \"I saw we use [pattern]. What led to that architectural decision?\""
        "- What aspects of {s} are useful, informative, or helpful?",  # T: "- What aspects of the model card are useful, informative, or helpful?"
        "Does {s} solve a real, recurring problem? Would people actually use it?",  # W: "Does this solve a real, recurring problem? Would people actually use it?"
        "The reasons for having {s} are:",  # AC: "The reasons for having our processes described in a handbook are:"
        "Show us where {s} measurably improves accuracy and reasoning over simpler approaches and where it's overkill.",  # Z: "Show us where Agentic GraphRAG measurably improves accuracy and reasoning over simpler approaches and where it's overkill."
        "## What's in {s} for me?",  # AE: "## What's in it for me?" (after "## What is a GPU cluster?")
    ),
    "limitations": (
        "What Is {s} Not Good At?",  # B: "What Is Valve Not Good At?"
        "What Happens When {s} Doesn’t Work?",  # B: "What Happens When All This Stuff Doesn’t Work?"
        '- ✅ "I noticed we use {s}. Are there any gotchas I should know about?"',  # I: "- ✅ \"I noticed we use [technology]. Are there any gotchas I should know about?\""
        "* What are the pain points in {s} currently?",  # J: "* What are the pain points in your process currently?"
        "Identify current problems and paint points surround {s}.",  # K: "Identify current problems and paint points surround this topic / tool."
        "### What assumptions does {s} make?",  # R: "### What assumptions does the analysis make?"
        "- What aspects of {s} are confusing or unhelpful?",  # T: "- What aspects of the model card are confusing or unhelpful?"
        "89. What **disclaimers or caveats** should we include so stakeholders do not over-trust {s}?",  # M: "89. What **disclaimers or caveats** should we include so stakeholders do not over-trust the model (e.g., data coverage limits, ...)?"
    ),
    "works": (
        '- "How does {s} work?"',  # Q: "- \"How does a cluster work?\""
        "How will {s} be conducted?",  # E: "How will the projects be conducted?"
        "* What is the process for {s}?",  # J: "* What is the process for releasing new features?"
        "- [ ] **Q2.2**: What's the {s} process?",  # I: "- [ ] **Q2.2**: What's the deployment process?"
        "## How {s} Works",  # W: "## How the Hackathon Works"
        "### How is {s} structured?",  # R: "### How is your code structured?"
        "But what’s inside {s}?",  # X: "But what’s inside the black box?"
        "You might have zero to basic knowledge on how {s} works",  # X: "You might have zero to basic knowledge on how ML works, and you might have some idea on the kind of ML project you want to build, ..."
    ),
    "fix": (
        '- ✅ "How do we handle {s}?"',  # I: "- ✅ \"How do we handle [specific technical challenge]?\""
        "75. How will I prevent {s} during tuning?",  # M: "75. How will I prevent overfitting during tuning (proper validation splits, early stopping, limiting hyperparameter ranges)?"
        "### Question: What if I encounter {s} during development?",  # O: "### Question: What if I encounter technical difficulties during development?"
        "Handling {s}",  # S: page title "Handling missing data"
        "> - Decide how to deal with {s}",  # S: "> - Decide how to deal with missing data: update, discard or replace it."
        "> - Try to understand the causes of {s} and minimise the chance of it happening.",  # S: "> - Try to understand the causes of missing data and minimise the chance of it happening."
        "- **Solve for {s} problems (Priority H)**",  # A: "- **Solve for Sample size problems (Priority H)**"
        "**Q1. I encounter {s}. What should I do?**",  # AB: "**Q1. When installing a new package on the cluster, I encounter an error where I run out of disk space. What should I do?**"
    ),
    "when": (
        "When would I not use {s}?",  # H: "When would I not use a feature flag?"
        "When should {s} be used?",  # H: "When should a feature flag be used?"
        "Should {s} be used for everything?",  # H: "Should feature flags be used for everything?"
        "90. In which scenarios would we explicitly recommend **{s}**?",  # M: "90. In which scenarios would we explicitly recommend **human override / review** of model suggestions (e.g., new launches, ...)?"
        "You're not just building - you're answering a question the industry hasn't settled yet: when does {s} actually help?",  # Z: "You're not just building - you're answering a question the industry hasn't settled yet: when does agentic reasoning actually help?"
        "How do I know if I should use {s} in my Project?",  # AA: "How do I know if I should use Machine Learning in my Project?"
        "### Question: Do I need to build {s}?",  # O: "### Question: Do I need to build a working prototype?"
        "When it is appropriate to use {s}",  # AF: "When it is appropriate to use a cluster"
    ),
    "examples": (
        "- What use case is {s} going to support/resolve?",  # F: "- What use case is the model going to support/resolve?"
        "Outline common uses of {s}, focusing on real life deployments and examples.",  # K: "Outline common uses of this topic, focusing on real life deployments and examples."
        "How we use {s} at Ona",  # L: "How we use DBT at Ona"
        "How we use {s}",  # U: "[How we use RFCs](../communication/rfcs/index.md)"
        "- Examples of {s}",  # V: "- Examples of Singularity images"
        "### What {s} Could Look Like",  # W: "### What Your Deliverable Could Look Like"
        "Here are some super simple, common examples of cases where {s} is useful:",  # X: "Here are some super simple, common examples of cases where machine learning is useful:"
        "Here are some ways people have used {s} in the past:",  # Y: "Here are some ways people have used project time in the past:"
    ),
    "purpose": (
        "But why do we use {s}?",  # A: "But why do we use dbt?"
        "Why use {s}?",  # H: "Why use feature flags?"
        "Purpose of {s}:",  # E: "Purpose of the projects:"
        "Why {s} is important",  # G: "Why collaboration is important"
        "What problems are people looking to solve around or with {s}?",  # K: "What problems are people looking to solve around or with this topic/tool?"
        "11. In plain language, what real-world problem is {s} trying to solve?",  # M: "11. In plain language, what real-world problem is this task trying to solve?"
        "What is {s} trying to accomplish?",  # N: "What is this hackathon trying to accomplish?"
        "Why is {s} so important at Valve?",  # B: "Why is hiring well so important at Valve?"
    ),
}

# A  https://www.cranium.eu/federated-learning/  (GDPR/privacy consultancy blog, list of questions the post answers)
# B  https://miassist.legal/blog/what-is-rag-system-law-firm  (legal-tech explainer, question from a managing partner)
# C  https://virconlegal.com/term/ai-red-teaming/  (law firm glossary entry)
# D  https://govloop.com/community/blog/machine-learning-applications-in-public-sector-projects  (GovLoop public-sector community blog: intro question and title)
# E  http://www.lawpracticetoday.org/article/nlp-lawyers/  (ABA Law Practice Today article title)
# F  https://sagalegal.io/articles/understanding-rag?id=62  (legal-tech explainer, intro question)
# G  https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-sharing/privacy-enhancing-technologies/what-pets-are-there/differential-privacy/  (UK ICO PETs guidance, question headings)
# H  https://www.ncrm.ac.uk/RMeF2021/programme/show.php?event=60  (NCRM Research Methods e-Festival session title, Behavioural Insights Team)
# I  https://sherpa.ai/?p=4978  ("Federated Learning vs Synthetic Data" privacy/regulation blog, list lead-in)
# J  https://www.privitar.com/blog/8-lessons-differential-privacy/  (privacy-engineering firm's research & policy team post, headings)
# K  https://dwpdigital.blog.gov.uk/2021/06/18/why-synthetic-data-could-be-useful-for-a-government-department/  (UK DWP Digital government blog post title)
# L  https://law.co/blog/federated-learning-law-firms-privacy-preserving-ai ; https://law.co/blog/guarding-against-prompt-injection-in-legal-agent-chains  (law.co legal-AI blog, heading and post title)
# M  https://exampal.app/exams/iapp-aigp/practice-exam/q/40/  (IAPP AI Governance Professional practice exam, question 40)
# N  github colindoyle0000/colindoyle-website : content/laj2023/reading/future-readings.md  (stored file id 6259060046; law-school course "Law, Justice, and Algorithms" reading list, article titles)
# O  https://www.americasdatahub.org/?p=5279  (America's DataHub project "Secure Multiparty Computation: A Case Study", lessons-learned bullet)
# P  http://www.jetlaw.org/journal-archives/volume-16/volume-16-issue-4/fools-gold-an-illustrated-critique-of-differential-polic/  (Vanderbilt J. Ent. & Tech. Law article title)
# Q  https://mytechblog.blogtown.co.nz/?p=4893  (repost of a palladiummag.com essay, title)
# R  https://heinonline.org/HOL/LandingPage?div=16&handle=hein.journals%2Fcaelj42  (Cardozo Arts & Ent. L.J. article title)
# S  https://tomesphere.com/paper/2305.12167  (legal-scholarship paper title, "The Case Against Explainability")
# T  https://lawyerai.directory/glossary/rag  (legal-AI glossary, FAQ for lawyers)
# U  https://thelivinglib.org/why-predictive-algorithms-are-so-risky-for-public-sector-bodies/  (The Living Library (GovLab) post title)
# V  https://geekyscript.online/tutorial/ai-ethics/ai-transparency-and-explainability  (AI ethics tutorial chapter, heading question)
# W  https://www.sulabhsethi.tech/blog/tags/llm/  (plain-English explainer built around a legal-lookup tool for police, post title)
# X  https://del-academy.online/the-best-use-cases-of-predictive-technologies-in-government-services/  (predictive technologies in government services, heading with typo)
# Y  https://www.sumerudigital.com/blog/ai-model-monitoring-effective-governance-strategies  (AI governance strategies post, FAQ questions)
# Z  https://legaled.ai/llms-for-lawyers-an-illustrated-guide/  (legal-education guide, section heading)
# AA https://www.advocatemagazine.com/article/2025-august/a-guide-for-lawyers-to-understanding-how-llms-work  (Advocate magazine for trial lawyers, title)
# AB http://constructionblog.practicallaw.com/predictive-coding-a-helpful-new-technology-or-merely-the-latest-buzzword  (Practical Law construction blog, heading)
# AC https://www.aivortex.io/legal/concepts/what-is-prompt-injection/  (legal-AI concepts page for managing partners, heading)
# AD https://aigovernance.com/playbook/algorithmic-bias-detection-and-mitigation  (AI Governance Playbook, "Question 5 of 24")
# AE https://jlellis.net/blog/four-strategies-for-legal-professionals-to-reduce-ai-hallucinations/  (lawyer's blog: title and heading)
# AF https://www.terasystems.ai/New_Blog/17-continuous-monitoring.html  (AI Risk & Governance article title)
# AG https://ui.adsabs.harvard.edu/abs/arXiv:2501.03946  (law journal article title on regulating proxies)
# AH https://hotair.com/headlines/2019/02/11/countries-tackle-deepfakes-n327487  (policy commentary excerpt, heading question)
# AI https://ai.answer.global/en-us/services/lawyer-ai-hallucination  (page for lawyers, title; agency name cut)
# AJ https://forum.bitfount.com/t/how-do-i-know-when-to-apply-a-given-pet/50  (privacy-tech forum thread title)
# AK http://www.nccdglobal.org/newsroom/nccd-blog/are-you-ethics-champion-five-questions-ask-employing-predictive-analytics  (NCCD policy nonprofit blog title, first sentence cut)
# AL https://data.org/playbooks/gen-ai-for-civil-servants/c/introduction-3/  (GenAI playbook for civil servants, heading)
# AM https://www.gov.uk/guidance/assessing-if-artificial-intelligence-is-the-right-solution  (UK government guidance title)
# AN https://policyops.ai/five-ai-questions-for-government-agencies  (questions for government agency leaders, incl. quoted CDEI question)
# AO https://www.methodix.co.uk/index.php/2025/04/17/thinking-about-ai-ask-these-5-questions-first  (consultancy post, numbered question with emoji)
# AP https://ai-co-creation.tech/step2  (AI/ML co-creation framework for public-interest projects, consideration questions)
# AQ https://www.americanbar.org/groups/law_practice/resources/law-technology-today/2021/how-natural-language-processing-nlp-ai-is-used-in-law/  (ABA Law Technology Today title)
# AR https://www.spotdraft.com/blog/exploring-nlp-in-legal-practice  (legal-tech blog for in-house counsel, heading)
# AS http://skincarebizz.com/facial-recognition-where-is-it-being-used-and-how-does-the-technology-work/  (repost of a news explainer on government facial recognition, title)
# AT https://canada.ca/en/government/system/digital-government/digital-government-innovations/responsible-use-ai/generative-ai-your-daily-work.html  (Government of Canada guidance for public servants, heading)
# AU https://ollinton.com/library/using-generative-ai-at-work  ("What every public sector employee should know", heading)
# AV https://aisigil.com/elevating-ai-security-through-red-teaming  (responsible-AI / regulation site, heading)
# AW https://aaismdomain1.passetra.com/question/what-is-the-primary-purpose-d13ea4e74ab65b48  (ISACA AAISM "AI Governance Program Management" practice question)
# AX https://medium.com/@Datafloq/the-future-of-artificial-intelligence-why-we-need-explainable-ai-c420e50b394e  (Medium post title)
# AY https://www.askmiguel.ai/blog/explainable-ai-regulatory-compliance  (blog post title on regulatory compliance)
# AZ https://www.lexedge.ai/transforming-the-legal-industry-with-natural-language-processing-nlp  (legal-tech post, section heading)
# BA https://www.francescatabor.com/articles/2025/6/16/the-role-of-federated-learning-in-legal-and-compliance-enhancing-efficiency-and-privacy-in-legal-research-and-monitoring  (article title)

BLIND63_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "- What exactly is {s}?",  # A: "- What exactly is federated learning?"
        "Everyone is talking about {s}. What is it actually, and how is it different from ChatGPT?",  # B: "Everyone is talking about RAG. What is it actually, and how is it different from ChatGPT?"
        "What is “{s}”?",  # C: "What is “AI red-teaming”?"
        "But what is {s}, and how can it be leveraged in government projects?",  # D: "But what is machine learning, and how can it be leveraged in government projects?"
        "What Is {s} and Why Should Lawyers Care?",  # E: "What Is NLP and Why Should Lawyers Care?"
        "But what exactly is {s}, and why is it becoming an essential tool in legal practice?",  # F: "But what exactly is RAG, and why is it becoming an essential tool in legal practice?"
        "What is {s} and what does it do?",  # G: "What is differential privacy and what does it do?"
        "What is {s}: accelerating public policy research",  # H: "What is Synthetic data: accelerating public policy research"
    ),
    "advantages": (
        "Initial advantages of {s}:",  # I: "Initial advantages of synthetic data:"
        "How does {s} assist with data protection compliance?",  # G: "How does differential privacy assist with data protection compliance?"
        "What can {s} do for you?",  # J: "What can differential privacy do for you?"
        "Why {s} could be useful for a government department",  # K: "Why synthetic data could be useful for a government department"
        "Why {s} Fits Legal Workflows",  # L: "Why Federated Learning Fits Legal Workflows"
        "Which scenario best illustrates the privacy advantage of {s} over traditional centralized training?",  # M: "Which scenario best illustrates the privacy advantage of federated learning over traditional centralized training?"
        "Want Less-Biased Decisions? Use {s}.",  # N: "Want Less-Biased Decisions? Use Algorithms."
        "- Why {s}?",  # O: "- Why SMPC?"
    ),
    "limitations": (
        "What are the risks associated with using {s}?",  # G: "What are the risks associated with using differential privacy?"
        "Fool’s Gold: An Illustrated Critique of {s}",  # P: "Fool’s Gold: An Illustrated Critique of Differential Privacy"
        "{S} in the judicial system is a bad idea",  # Q: "Machine learning in the judicial system is a bad idea"
        "Lost in Translation: The Limits of {s} in AI",  # R: "Lost in Translation: The Limits of Explainability in AI"
        "The Case Against {s}",  # S: "The Case Against Explainability"
        "Q1: Does {s} mean a tool's answers are always accurate?",  # T: "Q1: Does RAG mean a tool's answers are always accurate?"
        "Why {s} are So Risky for Public Sector Bodies",  # U: "Why Predictive Algorithms are So Risky for Public Sector Bodies"
        "Why is {s} hard?",  # V: "Why is Explainability hard?"
    ),
    "works": (
        "- How does {s} work in practice?",  # A: "- How does federated learning work in practice?"
        "How {s} Works, and Why It Stops AI From Making Things Up",  # W: "How RAG Works, and Why It Stops AI From Making Things Up"
        "How do {s} work??",  # X: "How do predictive technology work??"
        "How does {s} in ML work?",  # Y: "How does drift detection in ML work?"
        "How Modern {s} Work: A Brief Tour for Law Professors",  # Z: "How Modern LLMs Work: A Brief Tour for Law Professors"
        "A guide for lawyers to understanding how {s} work",  # AA: "A guide for lawyers to understanding how LLMs work"
        "How does {s} work?",  # AB: "How does predictive coding work?"
        "How {s} Actually Works",  # AC: "How Prompt Injection Actually Works"
    ),
    "fix": (
        "How do we detect and mitigate {s}?",  # AD: "How do we detect and mitigate algorithmic bias?"
        "Four Strategies for Legal Professionals to Reduce {s}",  # AE: "Four Strategies for Legal Professionals to Reduce AI Hallucinations"
        "Tips for Preventing and Dealing with {s}",  # AE: "Tips for Preventing and Dealing with AI Hallucinations"
        "Continuous Monitoring: Catching {s} Before It Causes Harm",  # AF: "Continuous Monitoring: Catching Model Drift Before It Causes Harm"
        "Guarding Against {s} in Legal Agent Chains",  # L: "Guarding Against Prompt Injection in Legal Agent Chains"
        "Reducing {s}",  # AG: "Reducing Proxy Discrimination"
        "How should countries tackle {s}?",  # AH: "How should countries tackle deepfakes?"
        "{S} Risk for Lawyers: Mitigation Strategies",  # AI: "AI Hallucination Risk for Lawyers: Mitigation Strategies — GEO Agency Answer"
    ),
    "when": (
        "How do I know when to apply {s}?",  # AJ: "How do I know when to apply a given PET?"
        "Five Questions to Ask Before Employing {s} in Practice",  # AK: "Are You an Ethics Champion? Five Questions to Ask Before Employing Predictive Analytics in Practice"
        "How to Determine if {s} is the best tool for the situation?",  # AL: "How to Determine if GenAI is the best tool for the situation?"
        "Assessing if {s} is the right solution",  # AM: "Assessing if artificial intelligence is the right solution"
        "🔎 Do we really need {s} for this?",  # AN: "🔎 Do we really need AI for this?"
        "Is {s} really the solution? Would another tested technology be just as good for your problem?",  # AN: "Is AI really the solution? Would another tested technology be just as good for your problem?"
        "1️⃣ What problem are we solving, and is {s} the best solution?",  # AO: "1️⃣ What problem are we solving, and is AI the best solution?"
        "Is the use of {s} ethical in this context?",  # AP: "Is the use of AI/ML tools ethical in this context?"
    ),
    "examples": (
        "- Where is {s} already being applied today?",  # A: "- Where is federated learning already being applied today?"
        "How {s} Is Used in Law",  # AQ: "How Natural Language Processing (NLP) AI Is Used in Law"
        "Applications of {s} in legal practice",  # AR: "Applications of NLP in legal practice"
        "{S}: Where is it being used, and how does the technology work?",  # AS: "Facial recognition: Where is it being used, and how does the technology work?"
        "How the Police Use {s}, and Where It Falls Short",  # N: "How the Police Use Facial Recognition, and Where It Falls Short"
        "How {s} can be used",  # AT: "How AI can be used"
        "What can you use {s} for?",  # AU: "What can you use generative AI for?"
        "{S} Applications in Public Sector Projects",  # D: "Machine Learning Applications in Public Sector Projects"
    ),
    "purpose": (
        "Importance of {s}",  # AV: "Importance of Red Teaming"
        "What is the primary purpose of {s} in AI governance?",  # AW: "What is the primary purpose of model cards in AI governance?"
        "The Future of Artificial Intelligence; Why We Need {s}:",  # AX: "The Future of Artificial Intelligence; Why We Need Explainable AI:"
        "The need for {s}",  # J: "The need for differential privacy"
        "Why {s} Matters for Regulatory Compliance",  # AY: "Why Explainable AI Matters for Regulatory Compliance"
        "Why {s} in Law?",  # AZ: "Why NLP in Law?"
        "Why is {s} important?",  # Y: "Why is AI observability important?"
        "The Role of {s} in Legal and Compliance: Enhancing Efficiency and Privacy in Legal Research and Monitoring",  # BA: "The Role of Federated Learning in Legal and Compliance: Enhancing Efficiency and Privacy in Legal Research and Monitoring"
    ),
}

# A  github bmaltais/kohya_ss issue #1511 (LoRA trainer GUI, user question)
# B  github XavierXiao/Dreambooth-Stable-Diffusion issue #139
# C  github fumiama/Retrieval-based-Voice-Conversion-WebUI issue #129 (voice-conversion hobbyist)
# D  github neggles/animatediff-cli issue #14 (comment)
# E  github kohya-ss/sd-scripts pull request #1374 (user comment)
# F  https://ccwiki.dreamtowerleap.com/guides/what-are-those-sliders-all-about (roleplay-chat community wiki guide)
# G  github TheLastBen/fast-stable-diffusion issue #391
# H  github AUTOMATIC1111/stable-diffusion-webui issue #2436
# I  github huggingface/diffusers issue #3371
# J  github Acly/krita-ai-diffusion pull request #233 (comment)
# K  github kohya-ss/sd-scripts issue #1707
# L  github Unity-Technologies/ml-agents issue #1383 (game dev)
# M  github oobabooga/textgen issue #2477 (text-generation-webui)
# N  github huggingface/diffusers issue #3270 (comment)
# O  github senstella/csm-mlx issue #21 (comment)
# P  github bmaltais/kohya_ss issue #877
# Q  github Unity-Technologies/ml-agents issue #2432 (game dev)
# R  github lllyasviel/ControlNet issue #661
# S  github gwx314/STARS issue #1 (singing-voice model)
# T  github jordipons/musicnn : FAQs.md (music-tagging model FAQ)
# U  github NVlabs/Sana issue #24
# V  github Norod/U-2-Net-StyleTransfer issue #3
# W  github ekolis/FrEee issue #509 (open-source game, "Things to consider" list)
# X  github KohakuBlueleaf/LyCORIS issue #24
# Y  github RVC-Project/Retrieval-based-Voice-Conversion-WebUI issue #2608
# Z  github TheLastBen/fast-stable-diffusion issue #2255
# AA github Unity-Technologies/ml-agents issue #3086 (game dev)
# AB github tencent-ailab/IP-Adapter issue #377 (ComfyUI user without ML background)
# AC github kohya-ss/musubi-tuner issue #309
# AD github RVC-Project/Retrieval-based-Voice-Conversion-WebUI issue #1464 (numbered questions)
# AE github riffusion/riffusion-hobby issue #122
# AF github danieldjohnson/biaxial-rnn-music-composition issue #26
# AG github Haoming02/sd-forge-couple issue #89
# AH github lllyasviel/Fooocus issue #2087
# AI github deepseek-ai/DeepSeek-V3 issue #3 (roleplay user)
# AJ github yifan123/flow_grpo issue #233
# AK github PKU-YuanGroup/Edit-R1 issue #25
# AL github Vious/LBAM_Pytorch issue #4 (image inpainting)
# AM github ExponentialML/Text-To-Video-Finetuning issue #43
# AN github TheLastBen/fast-stable-diffusion issue #1796 (comment)
# AO github SWivid/F5-TTS issue #156 (issue title)
# AP github LostRuins/koboldcpp issue #818
# AQ github bmaltais/kohya_ss issue #1784
# AR github JarkkoPar/Utility_AI_GDExtension issue #17 (Godot game-AI plugin)
# AS github NVIDIA/tacotron2 issue #262
# AT github CodingTrain/Suggestion-Box issue #950 (creative-coding video suggestions)
# AU github Trilarion/opensourcegames issue #257 (title and "Two key questions" list)
# AV github Unity-Technologies/ml-agents issue #1680 (issue title)
# AW github hzeller/rpi-rgb-led-matrix issue #280 (maker / LED-matrix project, issue title)
# AX github microsoft/iot-curriculum issue #12 (TinyML lab on Arduino Nano Sense)
# AY github JanaDenise/mms142-groupj-2022.github.io issue #3 (multimedia course group site, issue title)
# AZ github ml5js/ml5-library issue #1412 (issue title)
# BA github RVC-Project/Retrieval-based-Voice-Conversion-WebUI issue #1749
# BB github invoke-ai/InvokeAI issue #380 (quoted user question)
# BC github raingart/Nova-YouTube-extension issue #173 (local-LLM talk in comment)
# BD github ml5js/ml5-friendly-intro-to-ml : README.md ("Key Questions and Takeaways", ITP Camp workshop)
# BE github zai-org/ImageReward issue #47
# BF github tencent-ailab/IP-Adapter issue #274 (issue title)
# BG github AventurasTeam/Aventuras issue #129 (AI story/roleplay app)

BLIND64_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "{S} - Please explain in simple words if anyone knows",  # A: "Network Rank, Network Alpha - Please explain in simple words if anyone knows"
        "I have been struggling to understand what is {s}, how to generate it",  # B: "I have been struggling to understand what is a regularized image, how to generate it, and what should be the filename of those files."
        '- Is there any explanation/guide about the notion of "{s}"? I never knew what was that when training voices',  # C: "- Is there any explanation/guide about the notion of "Index"? I never knew what was that when training voices"
        "Very cool parameter, makes a difference, but I'm not entirely sure how I'd define {s}.  What does it actually do?",  # D: "Very cool parameter, makes a difference, but I'm not entirely sure how I'd define it.  What does it actually do?"
        "I don't know what a {s} is or how it works",  # E: "I don't know what a hinge loss function is or how it works; I just want my..."
        "Ever wondered what {s} is?",  # F: "Ever wondered what these settings are?"
        "I'm wondering what {s} is. How does it work?",  # G: "I'm wondering what Enable_text_encoder_training is. How does it work?"
        "There's very little explanation about what a {s} is, how it should be used, named, reused, etc.",  # H: "There's very little explanation about what a hypernetwork is, how it should be used, named, reused, etc."
    ),
    "advantages": (
        "Is there a big benefit of {s}?",  # I: "Is there a big benefit of Dreambooth over Textual Inversion?"
        "Out of interest, why would you choose {s} over existing alternatives? What is the trade-off?",  # J: "Out of interest, why would you choose Euler/EulerA over existing alternatives? What is the trade-off?"
        "By the way, how right or wrong is it to train with {s}? Do the gains in speed and resources justify the losses?",  # K: "By the way, how right or wrong is it to train in FP16? Do the gains in speed and resources justify the losses?"
        "Does the {s} feature have advantages to the learning process?",  # L: "Does the Curriculum Learning feature have advantages to the learning process beyond just automating the stages of the curriculum?"
        "People on reddit were raving that {s} is better. Is it? They claim it's twice as smart in terms of replies.",  # M: "People on reddit were raving that it's better. Is it? They claim it's twice as smart in terms of replies."
        "For finetuning, will results be better with {s} ?",  # N: "For finetuning, will results be better with training traing text_encoder ?"
        "is there any advantage on doing {s}?",  # O: "is there any advantage on doing a full fine tune vs the lconing with a sample wav?"
        "What is the main reason for using {s} when I'm facing the choice of which large model training approach to use?",  # P: "What is the main reason for using FT when I'm facing the choice of which large model training approach to use?"
    ),
    "limitations": (
        "Does {s} fail in modelling the environment? Why is that?",  # Q: "Does the curiosity module fail in modelling the environment? Why is that?"
        "4. At this stage of {s} development, what prevents you from achieving complete control over the result obtained?",  # R: "4. At this stage of controlnet development, what prevents you from achieving complete control over the result obtained?"
        "Is there any limitations for {s}?",  # S: "Is there any limitations for inference?"
        "* **Which are the typical cases where {s} fails?**",  # T: "* **Which are the typical cases where the model fails?**"
        "Additionally, I’ve noticed some limitations in {s}. Any insights into the factors contributing to this performance?",  # U: "Additionally, I’ve noticed some limitations in the text rendering ability — the model seems to struggle with [...] Any insights into the factors contributing to this performance?"
        "Will {s} only work on faces?",  # V: "Will it only work on faces?"
        "* Is {s} smart enough to perform the tasks required of it?",  # W: "* Is a local LLM smart enough to perform the tasks required of it?"
        "was {s} made just for anime ?",  # X: "was this made just for anime ?"
    ),
    "works": (
        "Explanation of Inner Workings of {s}",  # Y: "Explanation of Inner Workings of RVC"
        "- **{S}**: How does this work? What impact do they have on the result?",  # Z: "- **Captions**: How does this work? What impact do they have on the result?"
        "I would like a complete technical description of how {s} works",  # R: "I would like a complete technical description of how controlnet works"
        "I cant deduce from the doc how {s} works",  # AA: "I cant deduce from the doc how the new RPSC works, does it automatically add to my agents observations [...]"
        "Basic understanding of {s} during image generation",  # AB: "Basic understanding of the IP adapter during image generation"
        "Hey everyone, I'm trying to understand {s} better. Maybe someone can help me:)",  # AB: "Hey everyone, I'm trying to understand the IP adapter better. Maybe someone can help me:)"
        "I do not have the skill to perfectly understand the impact of {s} on the training.",  # AC: "I do not have the skill to perfectly understand the impact of the alpha parameter on the training."
        "1\tHow does {s} works and why do get such loss?",  # AD: "1	How does training process works and why do get such loss?"
    ),
    "fix": (
        "In interpolation, i always get {s}. Any tips to avoid this?",  # AE: "In interpolation, i always get repetitve music, every 5 seconds. [...] Any tips to avoid this?"
        "Is there a way to modify the network such that {s} is avoided?",  # AF: "Is there a way to modify the network such that this problem is avoided?"
        'How to avoid "{s}"?',  # AG: "How to avoid "LORA bleeding"?"
        "everything is perfect but {s} is mostly problematic, any solution?",  # AH: "everything is perfect but hands are mostly problematic, any solution?"
        "Is there a good solution to {s}? Thank you.",  # AI: "Is there a good solution to this problem? Thank you."
        "Are there any effective tircks to alleviate such kind of {s} problem?",  # AJ: "Are there any effective tircks to alleviate such kind of reward hacking problem?"
        "Hi, do you have any idea to avoid {s}?",  # AK: "Hi, do you have any idea to avoid reward hacking?"
        "the result is a little poor, such as severe {s}. Are there some ways to solve it?",  # AL: "for a large hole, the result is a little poor, such as severe artifacts. Are there some ways to solve it?"
    ),
    "when": (
        "Hello, perhaps a newbie question, but trying to understand when to use {s} here.",  # P: "Hello, perhaps a newbie question, but trying to understand when to use the `fine tune` script here."
        "Whats the deal with {s}: ? I tested it and i didnt see any difference, is it better to just keep it on all the time?",  # AM: "Whats the deal with train_text_encoder: ?" / "I tested it and i didnt see any difference, is it better to just keep it on all the time?"
        "Can you briefly describe in which scenarios it is better to use {s}, and in which scenarios to rely on text_encoder training?",  # AN: "Can you briefly describe in which scenarios it is better to use captions, and in which scenarios to rely on text_encoder training?"
        "If I want to customize a model with high sound quality and similar timbre, do I need {s}",  # AO: "If I want to customize a model with high sound quality and similar timbre, do I need to fine tune the base model"
        "It is unclear which models are compatible with {s}. Are new models needed?",  # AP: "It is unclear which models are compatible with this flag. Are new models needed?"
        "But is there any objective reasons to prefer {s} instead of Finetune if I do full-finetuning of a model without regularization?",  # AQ: "But is there any objective reasons to prefer Dreambooth instead of Finetune if I do full-finetuning of a model without regularization?"
        "More of a question than an issue, as the author of the library it would be great to know when you’d recommend using {s}?",  # AR: "More of a question than an issue, [...] as the author of the library it would be great to know when you’d recommend using the core behavior and action grouping compared to the bundled BT and state chart / tree implementations?"
        "If I train a new tacotron with my own data, do I need to train a new {s} or can I used the pretrained one?",  # AS: "If I train a new tacotron with my own data, do I need to train a new waveglow model or can I used the pretrained one?"
    ),
    "examples": (
        "I haven't seen anyone on YouTube talk about the cool art that can be made with {s}, and the creative coding opportunities.",  # AT: "I haven't seen anyone on YouTube talk about the cool art that can be made with GANs, and the creative coding opportunities."
        "Which games could profit from {s}?",  # AU: "Which games could profit from spoken text generated by a text-to-speech engine?"
        "Please provide examples of {s}",  # AV: "Please provide examples of Turn based decision making"
        "List of projects using {s}?",  # AW: "List of projects using this library?"
        "Not sure what would be a good example for {s}.",  # AX: "Not sure what would be a good example for this."
        "What is current state of {s} in creative industries?",  # AY: "What is current state of AI/Machine Learning in creative industries?"
        "{S} example in ml5.js",  # AZ: "Reinforcement Learning or genetic evolution example in ml5.js"
        "- Which open source games would profit most from {s}?",  # AU: "- Which open source games would profit most from that?"
    ),
    "purpose": (
        "What is the purpose of the {s} ?",  # BA: "What is the purpose of the index file ?"
        "- **{S}**: What function do they have?",  # Z: "- **Concept Images**: What function do they have? What should these images look like and what is the optimal number?"
        "Why the need for a {s}?",  # BB: "Why the need for a mask image?"
        "why use {s} at all?",  # BC: "The answer to the question: why use quantization (lossy compression) at all?"
        "+ Why {s} is important also for democratizing machine learning?",  # BD: "+ Why machine learning in the browser is important also for democratizing machine learning?"
        "I don't really get the context and idea of {s}. Can you please tell me what is the purpose of this practice?",  # BE: "I don't really get the context and idea of EMA model (or use_ema). Can you please tell me what is the purpose of this practice?"
        "Purpose of {s} in training?",  # BF: "Purpose of Adapter Modules in training?"
        "what purpose of {s}?",  # BG: "Vault lorebook includes group, in-story doesn't.. what purpose of that field?"
    ),
}

# A  https://github.com/minhphongvn/minhphongvn.github.io : _posts/2017-01-01-quant-interview-questions.md (quant analyst interview questions, stored file id 4622092796)
# B  stored file id 60970391101 (Risk role study plan, interview-level practice questions for bank/insurance risk roles; repository not shown)
# C  https://www.investopedia.com/credibility-theory-definition-4683997
# D  https://www.profectusacademy.com/post/monte-carlo-method-vs-deterministic-modelling
# E  https://help.tradestation.com/10_00/eng/tswfo/topics/frequently_asked_questions.htm (TradeStation Walk-Forward Optimizer FAQ)
# F  https://sungchullee.github.io/financial_math_book_writing/ch13/limitations/bridge_to_stochastic_volatility
# G  github guillermo-navas-palencia/optbinning issue #120 ("Question about scorecard points and optimal trends")
# H  github produvia/kryptos issue #85 ("Prevent Backtest Overfitting")
# I  stored file id 57152102272 (Quant Finance Mastery Manual, modules 7-12 practice drills / interview-style questions; repository not shown)
# J  stored file id 40263458015 (Heston model explainer, headings; repository not shown)
# K  stored file id 55290553880 (actuarial valuation quiz data, best-estimate assumptions section; same quiz also in ids 53349145045, 53176243883; repository not shown)
# L  https://blog.peaks2tails.com/?p=962 (Peaks2Tails quant finance training blog)
# M  https://www.quantstart.com/articles/Self-Study-Plan-for-Becoming-a-Quantitative-Trader-Part-II
# N  https://www.quantopian.com/tutorials/pipeline (Quantopian Pipeline tutorial heading)
# O  http://www.oap.io/festina-lente/2016/1/23/machine-learning-vs-quants
# P  https://quant-fx.com/blog/avoiding-overfitting
# Q  SOA Exam PA practice pages on examzify: https://soa-pa.examzify.com/question/why-is-regularization-used-in-4843fc0ef09d10bb ; https://soa-pa.examzify.com/question/what-is-the-purpose-of-5c2590b8c4f03094 ; https://soa-pa.examzify.com/question/how-are-boosted-trees-constructed-624ced060a9ce8a9 (counted as one source)
# R  https://www.credit-scoring.co.uk/blog/rejectinference
# S  stored file id 54822372604 (CoinPilot crypto-trading app, "Tough Interviewer Question Set"; repository not shown)
# T  stored file id 5921365486 (trading assistant API, suggested user questions list; repository not shown)
# U  github Puskchan/ML_projects-applied_knowledge : Classical_ML/Classification/Credit_card_default_prediction/Interview_questions.md (stored file id 9713047870)
# V  stored file id 6063528123 (notes on topological data analysis, section on finance; repository not shown)
# W  stored file id 19380789831 (course Q&A page, "Sean asks" about applications in finance; repository not shown)
# X  stored file id 6755427562 (Brazilian minicourse README, "ML use cases in banking"; repository not shown)
# Y  https://www.datalya.com/anomaly-detection-services.php
# Z  https://scisimple.com/en/keywords/sabr-model--k3oq4jo
# AA  https://nicepick.dev/tools/sabr-model
# AB  https://han-co.com/en/blog/part3-ml-for-scoring (credit scoring blog series)
# AC  https://brainscape.com/flashcards/glm-16899752/packs/22361422 (actuarial GLM flashcards, CAS-style)
# AD  https://www.bionicturtle.com/forum/tags/expected-shortfall/ (FRM candidates' forum, thread "FRTB, ES waterfall practical application")
# AE  https://eatsip365.com/a-simple-explanation-of-how-algorithm-trading-works
# AF  https://algopaid.com/p/how-does-algorithmic-trading-work
# AG  https://www.hyperbots.com/glossary/survival-analysis-credit-risk
# AH  https://www.mehmetyigili.com/ds/14-survival-analysis-time-to-default.html (credit-risk DS learning notes)
# AI  https://kiploks.com/research/look-ahead-bias-in-backtesting-common-mistakes-and-how-to-catch-them
# AJ  https://www.backtester.run/backtesting/look-ahead-bias
# AK  https://app.payflux.dev/docs/verticals/model-drift-in-fraud-operations (FAQ)
# AL  https://everysingletick.com/resources/ml-for-trading-when-it-helps-when-it-hurts
# AM  https://www.blu.ltd/post/natural-language-processing-in-banking-current-uses
# AN  http://www.deepview.com/page13.htm (credit scoring vendor page)
# AO  https://dailyguide360.com/guide/graph-neural-networks-aml-monitoring-2191
# AP  https://financetalks.ie.edu/reinforcement-learning-applications-in-finance/
# AQ  https://aiforinsurance.org/technology/computer-vision
# AR  https://onadiko.com/Exploring-Business-Applications-of-Reinforcement-Learning-in-Real-World-Scenarios
# AS  https://finravia.com/us/?p=1 (machine learning for credit scoring guide, table of contents)
# AT  https://help.introxl.com/knowledge-base/build-and-evolve-credit-scorecards-in-the-age-of-ai
# AU  https://submitcode.github.io/2019-08-04-deep-learning-for-tabular-data/ (Santander bank customer dataset)
# AV  https://sabalynx.com/tabular-deep-learning-when-neural-nets-beat-tree-methods-on-business-data
# AW  stored file id 63520962412 (fintech vendor blog on AI tools in banking compliance, FAQ and headings; repository not shown)
# AX  https://nerous-ai.pages.dev/en/resources/blog/graph-neural-networks-aml (AML vendor blog heading)

BLIND65_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can you explain the {s}?",  # A: 'Can you explain the Local Volatility Model?'
        "Explain what {s} is.",  # A: 'Explain what delta is.'
        "2. Define {s} with examples.",  # B: '2. Define PD, LGD, and EAD with examples.'
        "What Is {S}, and Why Does It Matter?",  # L: 'What Is Reinforcement Learning, and Why Does It Matter?'
        "So, what’s the deal with {s}?",  # Q: 'So, what’s the deal with Elastic Net?'
        '**MICRO-64.** What is a "{s}" in LLM context?',  # S: '**MICRO-64.** What is a "system prompt" in LLM context?'
        'What does "{S}" mean?',  # Z: 'What does "SABR Model" mean?'
        "Explain {s} in plain English.",  # I: 'Explain adverse selection in plain English.'
    ),
    "advantages": (
        "What makes the {s} unique?",  # E: 'What makes the WFO unique?'
        "The Advantages of {S} in Finance",  # O: 'Machine Learning vs. Quants: The Advantages of Machine Learning in Finance'
        "Advantages of the {S}",  # J: 'Advantages of the Heston Model'
        "🧊Why learn {S}?",  # AA: '🧊Why learn SABR Model?'
        "Why is {s} useful?",  # I: 'Why is vectorization useful?'
        "Why {S} Perform Better than Scorecards",  # AN: 'Why Neural Networks Perform Better than Scorecards'
        "The Architecture of Insight: Why {S} Outperform Legacy Models",  # AO: 'The Architecture of Insight: Why GNNs Outperform Legacy Models'
        "Business benefits of {s} in credit scoring",  # AS: 'Business benefits of machine learning in credit scoring'
    ),
    "limitations": (
        "11. What are the limitations of {s}? Why did it fail in 2008?",  # B: '11. What are the limitations of VaR? Why did it fail in 2008?'
        "Why is {S} hard?",  # R: 'Why is Reject Inference hard?'
        "**ADV-26.** What are the limitations of using {s} for real-time financial pattern detection vs a rule-based algorithm? Name 3 specific failure modes.",  # S: '**ADV-26.** The backend uses Groq (llama-3.3-70b-versatile) for pattern detection. What are the limitations of using an LLM for real-time financial pattern detection vs a rule-based algorithm? Name 3 specific failure modes.'
        "**Q2:** Can {s} be misleading if features are highly correlated? How do you handle that?",  # U: '**Q2:** Can SHAP be misleading if features are highly correlated? How do you handle that?'
        "[Basics] Part 3. Where {s} doesn't win: machine learning for scoring",  # AB: "[Basics] Part 3. Where deep learning doesn't win: machine learning for scoring"
        "What are the weaknesses of {s}?",  # I: 'What are the weaknesses of simulation?'
        "{S} Limitations",  # AC: 'GLM Limitations'
        "Why {s} is not enough",  # AH: 'Why logistic regression is not enough'
    ),
    "works": (
        "1. How exactly are the {s} calculated in the case of a binary target?",  # G: '1. How exactly are the scorecard points calculated in the case of a binary target?'
        "How are {S} constructed?",  # Q: 'How are Boosted Trees constructed?'
        "How does the {s} work?",  # E: 'How does the WFO work?'
        "A Simple Explanation of How {S} Works",  # AE: 'A Simple Explanation of How Algorithm Trading Works'
        "How {s} operates",  # AF: 'How algorithmic trading operates'
        "I cannot understand how {s} is done in practical terms.",  # AD: 'I cannot understand how this is done in practical terms.'
        "How {S} Works in Credit Risk",  # AG: 'How Survival Analysis Works in Credit Risk'
        "How {S} Work for AML",  # AX: 'How GNNs Work for AML'
    ),
    "fix": (
        "As a developer, I want to prevent {s}, so that I can find more True Positives and eliminate False Positives.",  # H: 'As a developer, I want to prevent backtest overfitting, so that I can find more True Positives and eliminate False Positives.'
        "How we avoid {s}",  # P: 'How we avoid overfitting'
        "How do I avoid {s} in backtests?",  # T: 'How do I avoid overfitting in backtests?'
        "**Q1:** How would you detect and respond to {s} in a deployed credit scoring model?",  # U: '**Q1:** How would you detect and respond to concept drift in a deployed credit scoring model?'
        "{S} (How Identify and Adjust)",  # AC: 'Correlated Vars (How Identify and Adjust)'
        "{S} in backtesting: common mistakes and how to catch them",  # AI: 'Look-ahead bias in backtesting: common mistakes and how to catch them'
        "How to prevent {s}",  # AJ: 'How to prevent look-ahead bias'
        "Can {s} be avoided?",  # AK: 'Can drift be avoided?'
    ),
    "when": (
        "Let us understand when not to use the {s}.",  # D: 'Let us understand when not to use the Monte Carlo method.'
        "When would you use {s} instead of a closed form?",  # I: 'When would you use Monte Carlo instead of a closed form?'
        "When to use {s}",  # AC: 'When to use weights'
        "{S} for Trading: When It Helps, When It Hurts",  # AL: 'AI/ML for Trading: When It Helps, When It Hurts'
        "So the question for me is, Can we use {s} for tabular data?",  # AU: 'So the question for me is, Can we use deep learning for tabular data?'
        "Tabular Deep Learning: When {S} Beat Tree Methods on Business Data",  # AV: 'Tabular Deep Learning: When Neural Nets Beat Tree Methods on Business Data'
        "### When is it appropriate to use {s} in a bank?",  # AW: '### When is it appropriate to use an individual AI tool like Claude Cowork in a bank?'
        "## Where {S} Genuinely Wins",  # AW: '## Where Claude Cowork Genuinely Wins'
    ),
    "examples": (
        "## Does {S} have applications in finance?",  # V: '## Does TDA have applications in finance?'
        "> Do these topics, especially the ones related to {s} have any applications in finance?",  # W: '> Do these topics, especially the ones related to graph theory have any applications in finance?'
        "# {S} use cases in banking",  # X: '# ML use cases in banking'
        "Applications of {S} in Financial Services",  # Y: 'Applications of Anomaly Detection in Financial Services'
        "{S} in Banking: Current Uses",  # AM: 'Natural Language Processing in Banking: Current Uses'
        "{S}: Applications in Finance",  # AP: 'Reinforcement Learning: Applications in Finance'
        "21 documented {S} implementations in insurance — with ROI metrics, vendor breakdowns, and industry comparisons.",  # AQ: '21 documented Computer Vision implementations in insurance — with ROI metrics, vendor breakdowns, and industry comparisons.'
        "Exploring Business Applications of {S} in Real-World Scenarios",  # AR: 'Exploring Business Applications of Reinforcement Learning in Real-World Scenarios'
    ),
    "purpose": (
        "## Why Use {S}?",  # C: '## Why Use Credibility Theory?'
        "## Why Should We Use {S} In Quantitative Trading?",  # M: '## Why Should We Use The Scientific Method In Quantitative Trading?'
        "Why {S} is Needed",  # F: 'Why Stochastic Volatility is Needed'
        "Why {S}?",  # N: 'Why Pipeline?'
        "First off, why do we even need {s}?",  # Q: 'First off, why do we even need regularization?'
        "Why do actuaries use {s} in valuation?",  # K: 'Why do actuaries use best estimate assumptions in valuation?'
        "**7. Q: What’s the importance of {s} in your model?",  # U: '**7. Q: What’s the importance of SHAP in your model?'
        "1. Why {S} Matter",  # AT: '1. Why Custom Scorecards Matter'
    ),
}

# A  https://csci301.pages.dev  (AI-for-cybersecurity course Q&A page, numbered questions)
# B  github abdul4rehman215/cyber-security-foundations : lab18-ai-driven-threat-detection/interview_qna.md
# C  github ramyaelineni5/ML-based-Network-Intrusion-Detection-using-Cyber-Dataset-CSE-CIC-IDS2018-to-classify-network-attacks issue #2
# D  github CynthiaKoopman/Network-Intrusion-Detection issue #2  (issue title)
# E  github farhanashrafdev/TheUltimateDevOpsBible-ZeroToHero : Interview/ai-security.md  (AI security interview questions)
# F  https://threathunt.blog/machne-learning-powered-th  (threat-hunting blog, section heading)
# G  github icdfa/ai-cybersecurity-forensics-program : curriculum/sample_quiz_q1_m1.md  (AI cybersecurity course quiz)
# H  github Madushan186/Stable-working-AI-Real-Time-IDS-final-demo-ready- : VIVA_GUIDE.md  (IDS final-year project viva guide)
# I  github shadow-monarch007/NewGenIDS : VIVA.md  (IDS project viva questions; stored file id 47824570720)
# J  https://www.skrasser.com/blog/2015/08/17/black-hat-2015-in-review/  (Black Hat 2015 talk title as listed in the review)
# K  https://infocondb.org/con/security-bsides/bsideslv-2016/defeating-machine-learning-systemic-deficiencies-for-detecting-malware  (BSidesLV 2016 talk title)
# L  https://anthonygtellez.pages.dev/blog/2019-06-29-beyond-the-hype-ml-security  (BSides Brisbane talk page, "Key Takeaways" list)
# M  github yzhao062/pyod issues #456 and #144  (anomaly-detection library, user questions)
# N  github david-cortes/isotree issue #3  (isolation-forest library, user comment)
# O  stored file id 62060076176  (ML for networks and cybersecurity course chapter, "Review Questions"; repository not shown)
# P  stored file id 59192433397  (intrusion-detection study notes, "Typical Exam Questions"; repository not shown)
# Q  stored file id 69491594146  (ANOMALY_QUESTIONS list in a research-agent script; repository not shown)
# R  stored file id 51994784804  (ML-for-networking course notes, "Suggested Discussion Questions"; repository not shown)
# S  stored file id 36973862719  (malware/sandbox analysis lab quiz; repository not shown)
# T  stored file id 54789017393  (malware-detection Streamlit app, SHAP tab heading; repository not shown)
# U  stored file id 71345635596  (arXiv digest listing a malware-detection paper title; repository not shown)
# V  stored file id 44375574301  (security lab "Lab 00b: Machine Learning Concepts for Security", learning objectives; repository not shown)
# W  stored file id 63326623057  ("Anomaly Detection — Interview Grill" question list; repository not shown)
# X  https://undercodetesting.com/anomaly-detection-in-cybersecurity-20-real-world-scenarios-for-soc-analysts/  (SOC blog title)
# Y  https://packtpub.com/en-lv/product/python-deep-learning-9781786464453/chapter/9-anomaly-detection-9/section/what-is-anomaly-and-outlier-detection-ch09lvl1sec61  (book section heading)
# Z  github fisher85/ml-cybersecurity pull request #8  ("Self-check questions" added to the evasion-attack notebook)
# AA stored file id 57743300840  (AegisGAN GAN-based IDS project FAQ; repository not shown)
# AB stored file id 56191876508  (multilingual anomaly-detection quiz, English question; repository not shown)
# AC stored file id 67527285156  (CIC-IDS2017 intrusion-detection project "Interview Preparation"; repository not shown)
# AD https://www.cylance.com/en_us/blog/machine-learning-what-it-is-and-what-it-isnt.html  (security vendor blog title)
# AE qeeebo.com question pages: /questions/how/a8/0fb/how-do-machine-learning-classifiers-handle-concept-drift-in-intrusion-detection-systems ; /questions/how/d7/3cc/how-do-traditional-anomaly-detection-algorithms-work ; /questions/how/b0/548/how-does-machine-learning-detection-improve-anti-malware-engine-effectiveness
# AF https://ecampusontario.pressbooks.pub/securemachinelearning/chapter/5-2-how-backdoor-poisoning-works  (Secure Machine Learning open textbook, section title)
# AG https://nhimg.org/community/agentic-ai-and-nhis/prompt-injection-defenses-in-llms-what-keeps-breaking/  ("Questions worth separating out" on a Gandalf red-teaming walkthrough)
# AH https://blogtechexpert.com/view/book/EB9781492044949_18.html  (O'Reilly "Strengthening Deep Neural Networks", chapter title)
# AI stored file id 54596901022  ("Module 09: MLOps Security - Quiz"; repository not shown)
# AJ stored file id 4198805380  (lecture notes on adversarial examples; repository not shown)
# AK stored file id 22092601221  (ML flashcards, question/answer pairs; repository not shown)
# AL leyaa.ai cybersecurity "Anomaly detection concepts" pages: https://leyaa.ai/codefly/learn/cybersecurity/part-2/cybersecurity-anomaly-detection-concepts/review , /try , /challenge
# AM https://zerotb.org/blog/ai-threat-detection-machine-learning  (security blog section heading)
# AN stored file id 68801600449  (fraud-detection interview notes; repository not shown)
# AO stored file id 62254985595  (SRE/AIOps interview Q&A cards; repository not shown)
# AP stored file id 60041690855  (traffic-fingerprinting FAQ page; repository not shown)
# AQ github numfocus/YouTubeVideoTimestamps issue #143  (timestamps of the PyData talk "Network Anomaly Detection Using Auto-Encoders Loss Normalization")
# AR stored file id 32798887052  (graph algorithms for cybersecurity lesson plan; repository not shown)
# AS stored file id 71097379906  (ethical-hacking course app quiz, English version of the question; repository not shown)

BLIND66_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "### Explain {s}",  # E: "### Explain Prompt Injection"
        "16. What is {s}, and why does it matter for network security?",  # O: "16. What is concept drift, and why does it matter for network security?"
        "- What is the {s} in intrusion detection?",  # P: "- What is the base-rate problem in intrusion detection?"
        "What is {s} and how does it detect anomalies?",  # AB: "What is isolation forest and how does it detect anomalies?"
        "{S}: What It Is, and What It Isn’t",  # AD: "Machine Learning: What It Is, and What It Isn’t"
        "In the context of ML security, what is {s}?",  # AI: "In the context of ML security, what is data poisoning?"
        "What is {s} in cybersecurity?",  # AL: "What is anomaly detection in cybersecurity?"
        "13:26 Introduction to {s} for anomaly detection",  # AQ: "13:26 Introduction to auto-encoders for anomaly detection"
    ),
    "advantages": (
        "WHY BOTHER WITH {s} IN THREAT HUNTING?",  # F: "WHY BOTHER WITH ML IN THREAT HUNTING?"
        "13. Why can {s} be useful for detecting previously unknown attacks?",  # O: "13. Why can anomaly detection be useful for detecting previously unknown  attacks?"
        "3. **What is the main advantage of {s} for malware detection?**",  # S: "3. **What is the main advantage of sandbox analysis for malware detection?**"
        "**16. Why is {s} a strong default?**",  # W: "**16. Why is IF a strong default?**"
        "### 4. Why {s} for model selection instead of accuracy?",  # AC: "### 4. Why macro-F1 for model selection instead of accuracy?"
        "### Q: Why {s}?",  # H: "### Q: Why Random Forest?"
        "Q. How does {s} improve anti-malware engine effectiveness?",  # AE: "Q. How does machine learning detection improve anti-malware engine effectiveness?"
        "Why is {s} better than signature-based?",  # AS: "Why is behavior-based detection better than signature-based?"
    ),
    "limitations": (
        "5. Describe two limitations of relying solely on {s} for cybersecurity.",  # A: "5. Describe two limitations of relying solely on rule-based systems for cybersecurity."
        "Defeating {s}: Systemic Deficiencies for Detecting Malware",  # K: "Defeating Machine Learning: Systemic Deficiencies for Detecting Malware"
        "15. Why can {s} be misleading in intrusion detection?",  # O: "15. Why can accuracy be misleading in intrusion detection?"
        "- Why can {s} have many false positives?",  # P: "- Why can anomaly-based systems have many false positives?"
        "**10. {S} limitation?**",  # W: "**10. KDE limitation?**"
        "Why Is {s} Not a Reliable Standalone Explanation Framework for Malware Detection?",  # U: "Why Is SHAP Not a Reliable Standalone Explanation Framework for Malware Detection?"
        "### 6. Why not {s} for the class imbalance?",  # AC: "### 6. Why not SMOTE for the class imbalance?"
        "What is a common difficulty when using {s} systems?",  # AL: "Analyzing anomaly detection challenges: What is a common difficulty when using anomaly detection systems?"
    ),
    "works": (
        "I am having trouble understand how the {s} works.",  # M (#456): "I am having trouble understand how the contamination parameter works."
        "### Question 4: How does {s} explain AI decisions?",  # I: "### Question 4: How does SHAP explain AI decisions?"
        "How does {s} detect zero-day attacks?",  # AA: "How does AegisGAN detect zero-day attacks?"
        "### 9. How does {s} actually work?",  # AC: "### 9. How does an Isolation Forest actually work?"
        "Q. How do traditional {s} algorithms work?",  # AE: "Q. How do traditional anomaly detection algorithms work?"
        "5.2 How {s} Works",  # AF: "5.2 How Backdoor Poisoning Works"
        "**23. Why does {s} work for AD?**",  # W: "**23. Why does AE work for AD?**"
        "Q5. How does {s} work?",  # B: "Q5. How does real-time monitoring work?"
    ),
    "fix": (
        "Hello , please can u describe how u handled the {s} in the dataset , using such a dataset will surely affect on the prediction of the model , thank you",  # C: "Hello , please can u describe how u handled the imbalance in the dataset , using such a dataset will surely affect on the prediction of the model , thank you"
        "### How do you defend against {s}?",  # E: "### How do you defend against Prompt Injection?"
        "How do we reduce {s} in intrusion detection?",  # Q: "How do we reduce false positives in intrusion detection?"
        "1. What methods of defence against {s} do you know?",  # Z: "1. What methods of defence against adversarial attacks do you know?"
        "### 3. How do you prevent {s}?",  # AC: "### 3. How do you prevent data leakage?"
        "Q. How do machine learning classifiers handle {s} in intrusion detection systems?",  # AE: "Q. How do machine learning classifiers handle concept drift in intrusion detection systems?"
        "Chapter 10. Defending Against {s}",  # AH: "Chapter 10. Defending Against Adversarial Inputs"
        "Q: How should security teams reduce {s} risk in LLM applications?",  # AG: "Q: How should security teams reduce prompt injection risk in LLM applications?"
    ),
    "when": (
        "- When to use {s} vs. traditional approaches",  # L: "- When to use ML vs. traditional approaches"
        "If I have 2 mil records with **24** features all except 1 are categorical, you are saying that using {s} will not give good results for finding anomalies?",  # N: "If I have 2 mil records with **24** features all except 1 are categorical, you are saying that using Isotree will not give good results for finding anomalies?"
        "3. When should a network engineer prefer {s} over a deep model?",  # R: "3. When should a network engineer prefer a simple model over a deep model?"
        "5. When to use {s} for security problems",  # V: "5. When to use ML for security problems"
        "**20. When use {s}?**",  # W: "**20. When use OC-SVM?**"
        "### Is {s} useful for malware detection?",  # AP: "### Is traffic fingerprinting useful for malware detection?"
        "**When does {s} beat supervised learning?**",  # AN: "**When does anomaly detection beat supervised learning?**"
        "Q: When does {s} work well?",  # AO: "Q: When does anomaly detection work well?"
    ),
    "examples": (
        "12. Give five examples of {s} applications in cybersecurity.",  # O: "12. Give five examples of machine learning applications in  cybersecurity."
        "{S} in Cybersecurity: 20 Real-World Scenarios for SOC Analysts",  # X: "Anomaly Detection in Cybersecurity: 20 Real-World Scenarios for SOC Analysts"
        "Real-world applications of {s}",  # Y: "Real-world applications of anomaly detection"
        "**[Multiple Select]** Which of the following are examples of {s}? (Select all that apply)",  # AI: "**[Multiple Select]** Which of the following are examples of adversarial attacks? (Select all that apply)"
        "What are examples of {s}?",  # AJ: "What are examples of Adversarial attacks?"
        "Use cases for {s}.",  # AK: "Use cases for Anomaly Detection."
        "Complete the sentence to explain a common use of {s} in cybersecurity.",  # AL: "Complete the sentence to explain a common use of anomaly detection in cybersecurity."
        "## Part 5: {S} Applications in Cybersecurity (10 minutes)",  # AR: "## Part 5: Graph Applications in Cybersecurity (10 minutes)"
    ),
    "purpose": (
        "4. What is the purpose of {s} in a machine learning pipeline for cybersecurity?",  # A: "4. What is the purpose of feature extraction in a machine learning pipeline for cybersecurity?"
        "Q2. Why is {s} important?",  # B: "Q2. Why is anomaly detection important?"
        "Why do you use {s}?",  # D: "Why do you use SelectPercentile and f_classif?"
        "**9. Why is {s} an important step in building a machine learning model for cybersecurity?**",  # G: "**9. Why is feature engineering an important step in building a machine learning model for cybersecurity?**"
        "why specify {s} if our job is to find it out?",  # M (#144): "why specify contamination if our job is to find it out?"
        "Why {s} Matters and How It’s Different: Pitfalls and Promises of Data Science Based Breach Detection and Threat Intelligence (Part 1)",  # J: "Why Security Data Science Matters and How It’s Different: Pitfalls and Promises of Data Science Based Breach Detection and Threat Intelligence (Part 1)"
        "### 🤔 Why is {s} Important for Malware Detection?",  # T: "### 🤔 Why is SHAP Important for Malware Detection?"
        "The Core Problem {s} Solves",  # AM: "The Core Problem Machine Learning Solves"
    ),
}

# A  https://www.cjr.org/tow_center/machine-learning-automation-and-the-mueller-report.php  (Columbia Journalism Review, Tow Center: "What is machine learning and why should I care?")
# B  https://typedit.ai/en/glossary/alucinacao-de-ia  (editorial-AI glossary for newsrooms)
# C  https://corad.net/?p=11  (post on retrieval augmented generation in journalism)
# D  https://notes.ethanyoung.dev/Applied+AI/Introduction+to+AI+for+PR+%26+Comms  ("Introduction to AI for PR & Comms", talk notes for a PR team)
# E  https://blog.notified.com/sentiment-analysis-what-is-it-and-how-do-you-track-it  (Notified blog, written for PR pros)
# F  https://digiday.com/media/wtf-are-content-credentials  (Digiday "WTF" media explainer series; related title "WTF is liquid content?" on that page)
# G  https://fullfact.org/blog/2021/oct/towards-common-definition-claim-matching/ ; https://fullfact.ai/blog/page/2  (Full Fact, UK fact-checking charity, blog)
# H  https://truthlens.pro/en/blog/detecter-voix-clonee-audio-deepfake  (verification blog, audio deepfakes guide)
# I  https://propelmypr.com/blog/the-role-of-sentiment-analysis-in-pr  (PR software blog)
# J  https://www.devresources.site/103748-unlock-insights-mastering-topic-modeling-for-news-article-analysis  (topic modeling for news article analysis)
# K  https://instadatahelp.com/from-data-to-stories-the-role-of-natural-language-generation-in-automated-journalism/
# L  https://frontend.prod.fiveable.me/key-terms/data-journalism/natural-language-processing ; https://frontend.prod.fiveable.me/key-terms/public-relations-management/predictive-analytics ; https://prod.fiveable.me/key-terms/business-fundamentals-for-public-relations/natural-language-processing-nlp  (Fiveable study-guide review questions: Data Journalism, Public Relations Management, Business Fundamentals for PR)
# M  stored file id 52797657930 (compilation "NICAR 2024 Tipsheets & Session Notes", panel outline "AI-driven tools, tips and tricks to empower your data journalism"; repository not shown)
# N  https://palewi.re/docs/first-llm-classifier/llm-wtf.html  ("First LLM Classifier" class for journalists, chapter heading)
# O  https://www.landispr.com/artificial-intelligence/when-it-comes-to-generative-ai-in-public-relations-work-do-the-benefits-outweigh-the-risks-well-yes-and-no/  (PR agency blog)
# P  https://www.ericschwartzman.com/is-sentiment-analysis-a-sham/  (PR consultant's blog)
# Q  http://brandsavant.com/tag/toyota-hybrids/  (BrandSavant blog post title "The Hidden Bias Of Social Media Sentiment Analysis")
# R  https://www.journalismfestival.com/programme/2019/automating-verification-how-far-can-we-go  (International Journalism Festival 2019 session description)
# S  https://www.sipoch.com/en/article/300330021579126 ; https://www.sipoch.com/en/article/300330021321234 ; https://www.sipoch.com/en/article/300330023200175  (reposted articles: cure-intelligence on sentiment precision, Brand24 PR sentiment guide, plain-English ChatGPT guide)
# T  https://qeeebo.com/questions/wha/db/854/what-are-some-common-challenges-faced-by-data-journalists-when-working-with-machine-learning-models  (question page)
# U  https://onezero.medium.com/we-need-to-know-how-often-facial-recognition-fails-e9ba3a90745f  (tech journalist's OneZero column title)
# V  https://fullintel.com/blog/ai-media-monitoring-why-automation-alone-isnt-enough  (PR media-intelligence firm blog, heading)
# W  https://think-before-sharing.branchoria.com/deepfakes/  (media-literacy guide "How to Check a Voice or Video Claim", on-this-page heading)
# X  https://omniscient.news/blog/rag-journalism-explained ; https://omniscient.news/blog/how-to-detect-correct-ai-hallucinations-news ; https://omniscient.news/blog/when-ai-humans-must-take-over  (AI-in-journalism newsroom blog)
# Y  https://www.editorworld.com/article/how-does-chatgpt-work  (editing service's explainer for writers)
# Z  https://editorsweblog.org/2026/06/25/what-is-ai-watermarking-explained  (WAN-IFRA Editors Weblog, heading)
# AA https://onclusive.com/resources/blog/how-media-monitoring-works  (PR / media-monitoring vendor blog)
# AB https://transcriptioncity.co.uk/what-ai-can-do-and-what-it-cant-a-pragmatic-guide-for-transcription-captioning-and-business-communications  (heading)
# AC http://ijnet.org/en/story/how-journalists-can-combat-ai-bias  (IJNet, republished from the Reynolds Journalism Institute)
# AD https://dukakis.org/?p=10049  (repost of Reuters Institute article by Ramaa Sharma on AI bias in newsrooms)
# AE https://infostreamglobal.com/ai-journalism-ethics-bias-the-algorithm-age  ("AI Journalism: Ethics, Bias & the Algorithm Age", heading)
# AF https://skywork.ai/blog/?p=1450  ("Avoiding Hallucinations: Fact-Check Techniques for AI Writing Editors")
# AG http://blog.scoop.it/2012/07/12/are-we-stuck-in-filter-bubbles-here-are-five-potential-paths-out/  (post on Jonathan Stray's Nieman Lab piece)
# AH https://adioon.com/how-pr-can-leverage-tech-to-tell-untold-cultural-stories/  (Delhi PR agency blog)
# AI http://www.hamzala.com/1821/artificial-intelligence-how-to-avoid-racist-algorithms/  (repost of news explainer "Artificial intelligence: How to avoid racist algorithms")
# AJ https://paldhous.github.io/NICAR/2018/index.html  (NICAR 2018 panel "Getting started with machine learning for reporting", questions the panel addressed)
# AK https://kdpaine.blogs.com/themeasurementstandard/2011/05/kdpaines-sentiment-analysis-checklist.html  (Katie Paine, PR measurement blog, heading)
# AL https://journalismai.com/2019/07/02/making-artificial-intelligence-work-for-investigative-journalism-stray/  (summary quoting Jonathan Stray's question)
# AM https://gweb-gni-dgp-prod.uc.r.appspot.com/en-gb/resources/trainings/how-does-a-machine-learn  (Google News Initiative lesson "How does a machine learn?" for journalists)
# AN https://localnewsmatters.org/ai-use-guidelines/  (Local News Matters / Bay City News AI use guidelines)
# AO https://www.macloo.com/ai/2020/09/04/examples-of-machine-learning-in-journalism/  (journalism professor's blog "AI in Media and Society", post title)
# AP https://www.mocono.io/?p=6370  (publishing-platform blog on editorial AI assistants)
# AQ stored file id 52456117807 (Next.js page "AI Prompts for Journalism and News Production", FAQPage schema questions; repository not shown)
# AR https://aitopics.org/doc/news:1015CF71/concept-tags-cloud  (title of PR article "4 Ways Machine Learning May Soon Solve (Some of Your) PR Problems")
# AS https://tyccommunication.blogspot.com/2018/06/creating-intriguing-pr-campaigns-with.html  (PR agency blog on NLP)
# AT https://pathtoteach.com/language-learning-models-or-llm.html  (copy of a PR blog "Explainer series" post on LLMs, heading)
# AU https://peeref.com/zh/works/23047004  (Journalism Studies article title)
# AV https://www.adweek.com/media/as-genai-content-explodes-so-does-the-need-for-watermarking/  (Adweek headline, read from the address)
# AW https://www.focalpoints.co.za/research-paper/the-vital-role-of-natural-language-processing-in-media-analysis  (media-analysis firm)

BLIND67_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s} and why should I care?",  # A: "What is machine learning and why should I care?"
        "What is {s} (in journalism)?",  # B: "What is AI hallucination (in journalism)?"
        "What {s} actually is",  # C: "What RAG actually is"
        "1. What is {s}? What does it do?",  # D: "1. What is AI? What does it do?"
        "{S}: What Is It? And How Do You Measure It?",  # E: "Sentiment Analysis: What Is It? And How Do You Measure It?"
        "WTF is {s}?",  # F: "WTF is liquid content?"
        "Towards a common definition of {s}",  # G: "Towards a common definition of claim matching"
        "{S}: what are we talking about?",  # H: "Cloned voice and audio deepfake: what are we talking about?"
    ),
    "advantages": (
        "Why PR Pros Should Care About {s}",  # I: "Why PR Pros Should Care About Sentiment Analysis"
        "Why Use {s} for News Article Analysis?",  # J: "Why Use Topic Modeling for News Article Analysis?"
        "The Benefits of {s} in Automated Journalism",  # K: "The Benefits of NLG in Automated Journalism"
        "How does {s} enhance the ability of journalists to analyze data?",  # L: "How does natural language processing enhance the ability of journalists to analyze data?"
        "Why SHOULD we use {s} for journalism?",  # M: "Why SHOULD we use AI for journalism?"
        "2. The {s} advantage",  # N: "2. The LLM advantage"
        "Benefits of {s} in PR",  # O: "Benefits of Generative AI in PR"
        "How does {s} transform decision-making processes in public relations?",  # L: "How does predictive analytics transform decision-making processes in public relations?"
    ),
    "limitations": (
        "Is {s} a Sham?",  # P: "Is Sentiment Analysis a Sham?"
        "The Hidden Bias Of {s}",  # Q: "The Hidden Bias Of Social Media Sentiment Analysis"
        "what are the theoretical limits for {s}? Where are we now?",  # R: "...but what are the theoretical limits for automating the verification process? Where are we now?"
        "How precise is {s}",  # S: "How precise is sentiment analysis"
        "What are some common challenges faced by data journalists when working with {s}?",  # T: "What are some common challenges faced by data journalists when working with machine learning models?"
        "We Need to Know How Often {s} Fails",  # U: "We Need to Know How Often Facial Recognition Fails"
        "Where {s} Breaks Down",  # V: "Where Automation Breaks Down"
        "Limits of {s}",  # W: "Limits of detection tools"
    ),
    "works": (
        "How {s} Works in a Newsroom Context",  # X: "How RAG Works in a Newsroom Context"
        "How does {s} actually work?",  # S: "How does sentiment analysis actually work?"
        "What makes {s} work?",  # S: "What makes ChatGPT work?"
        "How does {s} work?",  # G: "How does Automated Fact Checking work?"
        "How Does {s} Work? A Plain-English Explanation",  # Y: "How Does ChatGPT Work? A Plain-English Explanation"
        "How {s} works in practice",  # Z: "How AI watermarking works in practice"
        "How {s} Works: A Simple Overview",  # AA: "How Media Monitoring Works: A Simple Overview"
        "How {s} actually works (in human terms)",  # AB: "How the tech actually works (in human terms)"
    ),
    "fix": (
        "How journalists can combat {s}",  # AC: "How journalists can combat AI bias"
        "“It’s a feature, not a bug” – How journalists can spot and mitigate {s}",  # AD: "“It’s a feature, not a bug” – How journalists can spot and mitigate AI bias"
        "Identifying and Mitigating {s}",  # AE: "Identifying and Mitigating Algorithmic Bias"
        "Avoiding {s}: Fact‑Check Techniques for AI Writing Editors",  # AF: "Avoiding Hallucinations: Fact‑Check Techniques for AI Writing Editors"
        "Are we stuck in {s}? Here are five potential paths out",  # AG: "Are we stuck in filter bubbles? Here are five potential paths out"
        "How to Detect and Correct {s} in News Articles",  # X: "How to Detect and Correct AI Hallucinations in News Articles"
        "So, how can brands and agencies build and use AI ethically in PR to avoid {s} in cultural messaging?",  # AH: "So, how can brands and agencies build and use AI ethically in PR to avoid bias in cultural messaging?"
        "Artificial intelligence: How to avoid {s}",  # AI: "Artificial intelligence: How to avoid racist algorithms"
    ),
    "when": (
        "When is {s} not the answer?",  # AJ: "When is machine learning not the answer?"
        "When *should* we use {s}? When should we *not*?",  # D: "When *should* we use it? When should we *not*?" (it = AI)
        "Should You Do {s} At All?",  # AK: "Should You Do Sentiment Analysis At All?"
        "Will using {s} provide more benefit than difficulty in getting meaningful results?",  # AL: "Will using an AI system provide more benefit than difficulty in getting meaningful results?"
        "What question am I trying to find answers for? And do I need {s} to get there?",  # AM: "...ask yourself: What question am I trying to find answers for? And do I need machine learning to get there?"
        "When it comes to {s} in public relations work, do the benefits outweigh the risks? Well, yes and no.",  # O: "When it comes to generative AI in public relations work, do the benefits outweigh the risks? Well, yes and no."
        "When {s} Should Be Used vs. When Humans Must Take Over",  # X: "When AI Should Be Used vs. When Humans Must Take Over"
        "Create a plan—when and how will {s} be used?",  # AN: "Create a plan—when and how will AI be used?"
    ),
    "examples": (
        "Examples of {s} in journalism",  # AO: "Examples of machine learning in journalism"
        "Common {s} use cases in journalism:",  # AP: "Common AI use cases in journalism:"
        "What else can {s} do for the newsroom? How can journalists use it to enhance their editorial work in new ways?",  # A: "What else can machine learning do for the newsroom? How can journalists use it to enhance their editorial work in new ways?"
        "How a newsroom might use {s}",  # C: "How a newsroom might use RAG"
        "What type of story or reporting task can {s} help with?",  # AJ: "What type of story or reporting task can machine learning help with?"
        "How can {s} help with news research and fact-checking?",  # AQ: "How can AI help with news research and fact-checking?"
        "4 Ways {s} May Soon Solve (Some of Your) PR Problems",  # AR: "4 Ways Machine Learning May Soon Solve (Some of Your) PR Problems"
        "But, now the question is, how can we tap into the power of {s} to serve better in the PR and communication world?",  # AS: "But, now the question is, how can we tap into the power of NLP and AI to serve better in the PR and communication world?"
    ),
    "purpose": (
        "Why {s} Matters to Communicators",  # AT: "Why it Matters to Communicators" (it = LLMs)
        "The Role of {s} in PR",  # I: "The Role of Sentiment Analysis in PR"
        "From Data to Stories: The Role of {s} in Automated Journalism",  # K: "From Data to Stories: The Role of Natural Language Generation in Automated Journalism"
        "Why Does {s} Matter in News Analytic Systems?",  # AU: "Why Does Explainability Matter in News Analytic Systems? Proposing Explainable Analytic Journalism"
        "Why {s} Matters for Journalism",  # X: "Why RAG Matters for Journalism"
        "As GenAI Content Explodes, So Does the Need for {s}",  # AV: "As GenAI Content Explodes, So Does the Need for Watermarking"
        "The vital role of {s} in media analysis",  # AW: "The vital role of natural language processing in media analysis"
        "How does {s} contribute to effective communication strategies in public relations?",  # L: "How does natural language processing (NLP) contribute to effective communication strategies in public relations?"
    ),
}

# Blind set 68: marketing, growth, SEO, advertising and e-commerce practitioners' phrasings.
# Each template is abstracted from one real question/heading; sources by letter:
# A  https://www.moonsauceagency.com/glossary/smart-bidding/  (PPC agency glossary, question heading)
# B  github google/meridian issue #803 (Meridian MMM user question on ROI priors)
# C  https://www.staging.advanza.ai/blog/predictive-lead-scoring/  (martech vendor blog, title)
# D  https://bazstrategy.com/blog/what-is-performance-max-and-should-i-be-using-it/  (Google Ads agency blog title)
# E  https://trueonlinepresence.com/the-impact-of-broad-match-and-smart-bidding-on-search-campaign-control-google-ads/  (PPC blog heading)
# F  https://nonprofitmegaphone.com/what-you-need-to-know-about-the-google-ads-learning-period/  (Google Ads agency FAQ heading)
# G  https://newage.agency/en/blog/data-driven-attribution-what-it-is-and-how-to-use-it/  (marketing agency blog title)
# H  https://productscope.ai/blog/sentiment-analysis-example/  (e-commerce vendor blog heading)
# I  stored file id 16003511722 (github StasonJatham/exam_bot_goog : solver.js, Google Ads Display certification question/answer bank)
# J  github katycat1313/marketsim : server/data/quizzes/quiz1.ts  (Google Ads training quiz)
# K  https://qstomy.com/en/blog-posts/ai-product-recommendation-for-more-sales  (e-commerce recommendation vendor blog heading)
# L  https://www.g-atai.com/Dynamic-Pricing-Algorithms-in-E-Commerce  (e-commerce pricing guide heading)
# M  https://ericriddoch.info/projects/thompson_sampling/  (blog post title on bandits vs A/B testing)
# N  github uber/causalml issue #323 (uplift-modeling user question, 'T-Learner vs S-Learner')
# O  https://dev.to/markleyo/how-machine-learning-enhances-customer-lifetime-value-prediction-jea  (martech vendor post title)
# P  https://adriaan-dekker.nl/data-driven-attribution-dda/  (online-marketing consultant glossary heading)
# Q  https://agentiveaiq.com/blog/the-hidden-drawbacks-of-e-commerce-recommendation-systems  (e-commerce AI vendor blog title)
# R  https://www.rtinsights.com/three-challenges-for-recommendation-engines/  (article title)
# S  https://prescientai.com/blog/marketing-mix-modeling-limitations  (MMM vendor blog title)
# T  https://en.56ok.com/topic/detail-889617-google-ads-introduces-guide-to-broad-match-and-smart-bidding.html  (cross-border e-commerce news site, intro questions)
# U  https://www.adoperative.com/articles/google-pmax-friend-or-foe  (ad agency article headings)
# V  https://www.wordstream.com/blog/ws/2014/11/11/never-use-automatic-bidding-in-adwords  (PPC blog title)
# W  https://complice.work/playbooks/deploying-ai-recommendation-widgets-on-shopify  (growth consultant playbook, list item)
# X  https://way2mail.net/about/index/over-personalization  (email-marketing FAQ page headings)
# Y  github lyst/lightfm issue #183 (recommender library user, 'newby problem')
# Z  https://pix-vu.com/blog/meta-algorithm-learning-phase-internals-explained  (Meta ads blog title)
# AA  https://medium.com/@varshap1107/dynamic-pricing-algorithm-how-it-works-6da7aaec1422  (Medium post title, retail pricing)
# AB  https://econsultancy.com/reports-a/implementing-shopping-campaigns-paid-search  (Econsultancy paid-search report, chapter question list)
# AC  https://savvyrevenue.com/blog/read-smart-bidding/  (PPC agency blog heading)
# AD  https://brainsuite.ai/en/resources/what-is-predictive-analytics/  (marketing AI vendor explainer heading)
# AE  https://dawsonite.dawsoncollege.qc.ca/2021/02/how-reinforcement-learning-chooses-the-ads-you-see/  (college news post title)
# AF  https://neveralwaysbook.com/learn/glossary/broad-match  (PPC glossary heading)
# AG  https://gevetica.com/page.php?p=0088356  (A/B-testing article title)
# AH  https://gevetica.com/page.php?p=0086668  (recommender-systems article title)
# AI  https://thingsolver.com/blog/the-cold-start-problem/  (recommendation vendor blog title)
# AJ  https://botbark.com/2025/08/20/tackling-class-imbalance-in-customer-churn-prediction/  (blog post title)
# AK  https://aipanelhub.com/post/how-to-handle-imbalanced-data-in-churn-prediction  (blog post title)
# AL  https://www.expressanalytics.com/blog/cold-start-problem  (marketing-analytics vendor blog title)
# AM  http://www.jait.us/index.php?m=content&c=index&a=show&catid=205&id=1134  (journal paper title, churn prediction)
# AN  https://www.crazyegg.com/blog/multi-armed-bandit-vs-ab-testing  (CRO tool blog title)
# AO  https://dataford.io/interview-guides/questions/when-to-use-bandits  (growth/data-science interview question)
# AP  https://www.hotmolts.com/post/til-thompson-sampling-beats-ab-testing-because-it--cdafbccb-9b92-4916-bf06-1321bf98ac2c  (community TIL post)
# AQ  https://itechproduct.com/when-you-should-prefer-thompson-sampling-over-a-b-tests-by-samuele-mazzanti-jun-2023/  (repost of article title on ad testing)
# AR  https://www.experimenthq.io/blog/bayesian-ab-testing-explained  (A/B-testing tool blog heading)
# AS  https://hackernoon.com./11-real-world-applications-of-machine-learning-in-ecommerce  (HackerNoon article title)
# AT  https://scand.com/company/blog/machine-learning-for-ecommerce  (software vendor blog title)
# AU  https://www.aalpha.net/blog/machine-learning-in-ecommerce/  (software vendor blog title)
# AV  github sanealytics/recommenderlabrats issue #2 (recommender package user question)
# AW  http://www.anmbadiary.com/2016/04/what-is-google-rankbrain.html  (SEO blog heading)
# AX  https://bioneerslive.org/2025/01/predictive-analytics-in-marketing-staying-one-step-ahead-of-trends  (marketing blog headings)
# AY  https://www.statisfy.com/resources/examples-of-predictive-analytics  (vendor resource title)
# AZ  https://fastercapital.com/content/Click-through-modeling-with-reinforcement-learning--How-to-learn-from-user-feedback-and-optimize-your-online-campaigns.html  (online-campaign article, numbered topic list)
# BA  https://newristics.blogspot.com/2022/07  (marketing blog question heading)
# BB  https://answersforads.com/google-mobile/google-ads-smart-bidding-uses-machine-learning-and-your-account-data-to-help-you-do-what/  (Google Ads certification answer site)
# BC  https://www.pedowitzgroup.com/whats-the-role-of-propensity-modeling-in-marketing  (marketing consultancy FAQ title)
# BD  https://mediaguides.com.au/resources/data-discovery/the-power-of-propensity-modeling-in-marketing/  (media agency article heading)
# BE  https://playad.ai/docs/learn/data-driven-attribution  (ad-platform docs heading)
# BF  https://dafe.ro/en/blog/cum-functioneaza-algoritmul-meta-ads  (Romanian ad agency blog heading, English version)
# BG  https://www.facebookblueprint.com/student/activity/196108-the-facebook-ad-delivery-and-auction-system-explained  (Meta Blueprint lesson objectives)

BLIND68_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}, in plain English?",  # A: "What is Smart Bidding, in plain English?"
        "I am not understanding the concept behind {s}",  # B: "Now if my data follows all this, I am not understanding the concept behind common ROI because applying the same prior distribution across all channels doesn't make sense"
        "What {s} Is",  # C: "What Predictive Lead Scoring Is"
        "What is {s} and should I be using it?",  # D: "What is Performance Max and should I be using it?"
        "What Is {s}? (And Why Should You Care?) 🤔",  # E: "What Is Broad Match and Smart Bidding? (And Why Should You Care?) 🤔"
        "What Does the {s} Mean?",  # F: "What Does the Learning Period Mean?"
        "{S}: what it is and how to use it",  # G: "Data-driven attribution: what it is and how to use it"
        "What Is {s}? The Human Side of Data",  # H: "What Is Sentiment Analysis? The Human Side of Data"
    ),
    "advantages": (
        "what are two benefits of {s}? (choose two.) select all correct responses",  # I: "what are two benefits of automated bidding? (choose two.) select all correct responses"
        "What is a key advantage of using {s} over traditional methods?",  # J: "What is a key advantage of using Google Ads over traditional advertising methods?"
        "Why {s} rather than classic rules?",  # K: "Why AI rather than classic rules?"
        "2. Why Use {s} in E-Commerce?",  # L: "2. Why Use Dynamic Pricing in E-Commerce?"
        "Why {s} Is Better Than A/B Testing",  # M: "Why Thompson Sampling Is Better Than A/B Testing"
        "what are the real advantages of using {s} instead?",  # N: "I read somewhere that S-learners might perform poorly if we use a linear model, but since we can use something like a tree or gradient boosting, what are the real advantages of using a T-Learner instead?"
        "How {s} Enhances Customer Lifetime Value Prediction?",  # O: "How Machine Learning Enhances Customer Lifetime Value Prediction?"
        "Benefits of {s}",  # P: "Benefits of Data-Driven Attribution"
    ),
    "limitations": (
        "The Hidden Drawbacks of {s}",  # Q: "The Hidden Drawbacks of E-Commerce Recommendation Systems"
        "Three Challenges for {s}",  # R: "Three Challenges for Recommendation Engines"
        "{S} limitations: what every brand should know",  # S: "Marketing mix modeling limitations: what every brand should know"
        "Why does {s}, hailed by some as a powerful scaling tool, become a budget black hole for others?",  # T: "What exactly goes wrong? Why does this combination, hailed by some as a powerful scaling tool, become a budget black hole for others?"
        "When {s} Fails",  # U: "When PMax Fails"
        "5 Reasons To NEVER Use {s}",  # V: "5 Reasons To NEVER Use AdWords Automatic Bidding"
        "Why 80% of {s} implementations fail within 3 months",  # W: "Why 80% of AI recommendation implementations fail within 3 months"
        "What are the Risks of {s}?",  # X: "What are the Risks of Over Personalization?"
    ),
    "works": (
        "sorry if my question seems stupid to you, but I spend two days with {s} and didn't get, how it works.",  # Y: "sorry if my question seems stupid to you, but I spend two days with lightfm and didn't get, how it works."
        "What the {s} Actually Does Internally Explained",  # Z: "What the Learning Phase Actually Does Internally Explained"
        "{S}: How it works?",  # AA: "Dynamic Pricing Algorithm: How it works?"
        "{S}: How does this feature work, and what strategies can advertisers use to make the most of it?",  # AB: "Campaign priority levels: How does this feature of Shopping campaigns work, and what strategies can advertisers use to make the most of it?"
        "How {s} Actually Works",  # AC: "How Smart Bidding Actually Works (It’s More Than Bids)"
        "The Core Process: How {s} Works",  # AD: "The Core Process: How Predictive Analytics Works"
        "How {s} chooses the ads you see",  # AE: "How reinforcement learning chooses the ads you see"
        "How {s} Works in the Age of AI",  # AF: "How Broad Match Works in the Age of AI"
    ),
    "fix": (
        "How to account for {s} when evaluating A/B test treatment impacts.",  # AG: "How to account for novelty and novelty decay effects when evaluating A/B test treatment impacts."
        "Approaches to mitigate {s} in recommender systems while preserving relevance and utility.",  # AH: "Approaches to mitigate popularity bias in recommender systems while preserving relevance and utility."
        "How to solve the {s} problem in recommender systems",  # AI: "How to solve the cold start problem in recommender systems"
        "Tackling {s} in Customer Churn Prediction",  # AJ: "Tackling Class Imbalance in Customer Churn Prediction"
        "How to Handle {s} in Churn Prediction",  # AK: "How to Handle Imbalanced Data in Churn Prediction"
        "How to Avoid {s}?",  # X: "How to Avoid Over Personalization?"
        "Machine Learning Solutions for {s} in Recommender Systems",  # AL: "Machine Learning Solutions for Cold Start Problem in Recommender Systems"
        "Comparison of Two Main Approaches for Handling {s} in Churn Prediction Problem",  # AM: "Comparison of Two Main Approaches for Handling Imbalanced Data in Churn Prediction Problem"
    ),
    "when": (
        "when should you use {s}?",  # I: "when should you use amphtml ads?"
        "When To Use {s} vs A/B Testing",  # AN: "When To Use Multi Armed Bandit vs A/B Testing"
        "How would you decide whether a {s} approach makes sense for this growth experiment?",  # AO: "How would you decide whether a multi-armed bandit approach makes sense for this growth experiment? What factors would make you prefer a bandit versus a fixed-horizon A/B/n test?"
        "When {s} Works",  # U: "When PMax Works"
        "Hi, I have a newbie question.\n\nWhen would we prefer to use {s}?",  # N: "Hi, I have a newbie question.\n\nWhen would we prefer to use T-Learner instead of an S-Learner to estimate the CATE?"
        "When would you NOT use {s}?",  # AP: "When would you NOT use Thompson Sampling?"
        "When You Should Prefer “{s}” Over A/B Tests",  # AQ: "When You Should Prefer “Thompson Sampling” Over A/B Tests"
        "When to Use {s}",  # AR: "When to Use Bayesian"
    ),
    "examples": (
        "11 Real-World Applications of {s} in Ecommerce",  # AS: "11 Real-World Applications of Machine Learning in Ecommerce"
        "10 Key Use Cases of {s} in eCommerce",  # AT: "10 Key Use Cases of Machine Learning in eCommerce"
        "{S} in eCommerce: Use Cases, Examples, & Best Practices",  # AU: "Machine Learning in eCommerce: Use Cases, Examples, & Best Practices"
        "Thanks for providing this. Would be great to see more docs. What are the use cases for {s}?",  # AV: "Thanks for providing this. Would be great to see more docs. What are the use cases for ALS and IMPLICIT recommender systems?"
        "Examples of {s}",  # AW: "Examples of RankBrain"
        "Real-World Examples: How Brands Slay with {s}",  # AX: "Real-World Examples: How Brands Slay with Predictive Analytics"
        "7 Powerful Examples of {s} in Action (2025)",  # AY: "7 Powerful Examples of Predictive Analytics in Action (2025)"
        "5. What are some of the applications and benefits of using {s} for click through modeling.",  # AZ: "5. What are some of the applications and benefits of using reinforcement learning for click through modeling."
    ),
    "purpose": (
        "what are two reasons a marketer might use {s}?",  # I: "what are two reasons a marketer might use responsive display ads?"
        "What is the importance of {s}?",  # BA: "What is the importance of customer segmentation?"
        "{S} uses machine learning and your account data to help you do what?",  # BB: "Google Ads Smart Bidding uses machine learning and your account data to help you do what?"
        "What’s The Role Of {s} In Marketing?",  # BC: "What’s The Role Of Propensity Modeling In Marketing?"
        "The Significance of {s} in Marketing",  # BD: "The Significance of Propensity Modeling in Marketing"
        "Why {s} Matters",  # BE: "Why Data-Driven Attribution Matters"
        "The {s}: Why It's Critical",  # BF: "The Learning Phase: Why It's Critical"
        "Summarize what the {s} does for your ads.",  # BG: "Summarize what the learning phase does for your ads."
    ),
}

# A  https://math.techqa.club/what-is-a-sigma-algebra-really-4282763 (Math SE mirror)
# B  https://math.techqa.club/what-is-the-definition-of-subgradient-in-words-2109784 (Math SE mirror)
# C  Math SE question "Please explain the intuition behind the dual problem in optimization" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# D  Cross Validated question "What does a “closed-form solution” mean?" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# E  https://newbedev.com/what-does-closed-form-solution-usually-mean (Math SE mirror)
# F  https://murray.cds.caltech.edu/index.php?title=What_is_%22closed_form%22%3F&oldid=4876 (Caltech control course FAQ)
# G  https://hackernewsfavorites.com/comments/96553 (research-oriented HN comment on K-L divergence)
# H  https://ai.stackexchange.com/questions/36419/understanding-rademacher-complexity-deeply
# I  https://www.physicsforums.com/threads/advantage-of-frequency-domain-analysis.465418/
# J  Cross Validated question "Why Monte Carlo integration is not affected by curse of dimensionality?" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# K  https://stats.stackexchange.com/questions/549741/inference-how-is-the-laplace-approximation-actually-useful-to-us-compared-with
# L  https://stats.stackexchange.com/questions/295617/what-is-the-advantages-of-wasserstein-metric-compared-to-kullback-leibler-diverg
# M  https://experts123.com/q/whats-the-advantage-of-natural-spline-curve-interpolation-over-polynomial-fitting.html
# N  https://geeksmental.com/question/what-advantage-does-guassian-kernel-have-than-any-other-kernels-such-as-linear-kernel-polynomial-kernel-and-so-on (Data Science SE mirror)
# O  Cross Validated question "Advantages of taking the logarithm to minimize the likelihood" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# P  https://grindskills.com/discriminant-analysis-vs-logistic-regression/ (Cross Validated mirror)
# Q  https://math.techqa.club/bad-convergence-of-steepest-descent-541774 (Math SE mirror)
# R  https://quesba.com/questions/steepest-descent-method-minimizing-function-several-variables-usually-slow-1223439 (numerical-analysis textbook review question)
# S  Computational Science SE question "Why should non-convexity be a problem in optimization?" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# T  https://stats.stackexchange.com/questions/348972/are-there-any-examples-of-where-the-central-limit-theorem-does-not-hold
# U  https://newbetuts.com/164456-some-case-when-the-central-limit-theorem-fails (Math SE mirror)
# V  https://math.techqa.club/gradient-descent-vs-coordinate-descent-3139145 (Math SE mirror)
# W  Math SE question "Why isn't Linear Programming less convoluted? [Soft Question]" and its related-question list (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# X  https://math.techqa.club/limit-of-the-riemann-integral-3506472 (Math SE mirror)
# Y  github lyzynec/orr-go-brr : 02/main.typ, 03/main.typ (optimal and robust control course knowledge questions)
# Z  https://newbetuts.com/2376969-whats-the-intuition-behind-the-conjugate-gradient-method (Math SE mirror)
# AA https://math.techqa.club/how-does-the-simplex-method-actually-work-4596493 (Math SE mirror)
# AB https://yamol.tw/item_essay-%0D+++++%2810%29+%28a%29+Show+that+the+method+of+L-520892.htm (Taiwanese graduate entrance exam question)
# AC http://prep2012.mosaic-web.org/Topics/Optimization/lagrange-multipliers.html (calculus course-prep notes)
# AD https://stats.stackexchange.com/questions/83387 "Why is the expectation maximization algorithm guaranteed to converge to a local optimum?" (read via qastack.mx / qastack.com.br mirrors)
# AE https://faqs.tips/post/how-can-we-avoid-runges-phenomenon.html (ResearchGate question mirror)
# AF https://math.techqa.club/reducing-or-avoiding-the-gibbs-phenomenon-1404691 (Math SE mirror)
# AG https://stats.stackexchange.com/questions/152/is-there-a-standard-method-to-deal-with-label-switching-problem-in-mcmc-estimati
# AH Physics Forums thread "Optimization Problem" (ggyyree, Aug 2008; text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AI Cross Validated question "How to deal with perfect separation in logistic regression?" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AJ http://quant.stackexchange.com/questions/tagged/correlation+research (question title "What is the best way to “fix” a covariance matrix that is not positive semi-definite?")
# AK Cross Validated question "Best way to deal with heteroscedasticity?" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AL https://stats.stackexchange.com/questions/450570/kernel-density-estimation-and-boundary-bias
# AM https://math.techqa.club/when-to-use-lagrange-multipliers-3408011 (Math SE mirror)
# AN OR/Math SE question "What are the advantages/disadvantages of interior point methods over the simplex method for linear optimization?" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AO https://stats.stackexchange.com/questions/866/when-should-i-use-lasso-vs-ridge
# AP Cross Validated question "List of situations where a Bayesian approach is simpler, more practical, or more convenient" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AQ https://imathworks.com/math/math-maximization-via-lagrange-multipliers-vs-substitution-and-partial-derivatives (Math SE mirror)
# AR Cross Validated question "Why not always choose a spline?" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AS https://socratic.org/answers/116124 (statistics homework Q&A)
# AT https://stats.stackexchange.com/questions/109693/how-to-understand-kernel-functions-and-how-to-choose-a-suitable-kernel
# AU https://math.techqa.club/examples-of-markov-chains-from-real-life-1985342 (Math SE mirror)
# AV MathOverflow question "Practical applications of eigenvalues and eigenvectors" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AW https://stats.stackexchange.com/questions/185858/use-of-kl-divergence-in-practice
# AX https://mathoverflow.net/revisions/265904/1 (MathOverflow question on interesting examples of martingales)
# AY https://math.techqa.club/looking-for-intriguing-applications-of-martingales-3164096 (Math SE mirror)
# AZ https://stats.stackexchange.com/questions/559391/ideal-use-cases-for-splines
# BA https://newbetuts.com/1940501-about-hahn-banach-can-i-get-an-example-problem-outside-of-functional-analysis (Math SE mirror)
# BB https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/1135955/is-the-legendre-transformation-just-simple-substitution (Math SE mirror)
# BC https://www.physicsforums.com/threads/purpose-of-sigma-algebras.335751/
# BD https://math.techqa.club/why-study-duality-in-optimization-2877393 (Math SE mirror)
# BE Math SE question "How to use duality in optimization" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# BF https://math.techqa.club/significance-of-hahn-banach-theorem-4539195 (Math SE mirror)
# BG https://newbetuts.com/2150619-why-we-need-eigenvectors-and-eigenvalues-duplicate (Math SE mirror)
# BH http://math.stackexchange.com/questions/63238/why-do-we-use-a-least-squares-fit
# BI https://math.techqa.club/what-is-the-motivation-behind-sigma-algebra-properties-3564422 (Math SE mirror)

BLIND69_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}, really?",  # A: "What is a $\sigma$-algebra, really?"
        "What is the definition of {s} in words?",  # B: "What is the definition of subgradient in words?"
        "Please explain the intuition behind {s} in optimization",  # C: "Please explain the intuition behind the dual problem in optimization"
        "What does a “{s}” mean?",  # D: "What does a “closed-form solution” mean?"
        "What does {s} usually mean?",  # E: "What does closed form solution usually mean?"
        'Q: What is "{s}"?',  # F: "Q: What is \"closed form\"?"
        "{S} is something that Keeps coming up in my research but I still don't understand what it is. Could someone give me a simple explanation as to what it's is.",  # G: "K-L Divergence is something that Keeps coming up in my research but I still don't understand what it is. Could someone give me a simple explanation as to what it's is."
        "Understanding {S} Deeply",  # H: "Understanding Rademacher Complexity Deeply"
    ),
    "advantages": (
        "Advantage of {s}",  # I: "Advantage of frequency domain analysis" (thread title)
        "Why {S} is Not Affected by Curse of Dimensionality?",  # J: "Why Monte Carlo Integration is Not Affected by Curse of Dimensionality?"
        "Question: In what sense is {s} better than MAP and MLE for inference calculations? Why would the enabling of the integration allow for better results?",  # K: "Question: In what sense is the Laplace approximation better than MAP and MLE for inference calculations? Why would the enabling of the integration allow for better results?"
        "What is the advantages of {s} compared to Kullback-Leibler divergence?",  # L: "What is the advantages of Wasserstein metric compared to Kullback-Leibler divergence?"
        "Whats the advantage of {s} over polynomial fitting?",  # M: "Whats the advantage of natural spline curve interpolation over polynomial fitting?"
        "My question is what makes {s} so unique? What advantage does it have over other kernels?",  # N: "My question is what makes Guassian kernel so unique? What advantage does it have over other kernels?"
        "{S} has the advantage of reducing numerical problems as it transforms products into sums. However, is there any other advantage?",  # O: "Taking the log has the advantage of reducing numerical problems as it transforms products into sums. However, is there any other advantage?"
        "I found some pros of {s} and I’ve got questions about them.",  # P: "I found some pros of discriminant analysis and I’ve got questions about them. So:"
    ),
    "limitations": (
        "Under which circumstances does {s} converge badly?",  # Q: "Under which circumstances does the steepest descent method converge badly?"
        "{S} is usually slow but reliable. However, it can sometimes fail, and it can also sometimes converge rapidly. Under what conditions would each of these two types of behavior occur?",  # R: "The steepest descent method for minimizing a function of several variables is usually slow but reliable. However, it can sometimes fail, and it can also sometimes converge rapidly. Under what conditions would each of these two types of behavior occur?"
        "Why should {s} be a problem in optimization?",  # S: "Why should non-convexity be a problem in optimization?"
        'When it says "in most situations", in which situations does {s} not work?',  # T: "When it says \"in most situations\", in which situations does the central limit theorem not work?"
        "Some case when {s} fails",  # U: "Some case when the central limit theorem fails"
        "If not, why not use always {s}, since it is cheaper?",  # V: "If not, why not use always coordinate descent, since it is cheaper?"
        "Why isn't {S} less convoluted? [Soft Question]",  # W: "Why isn't Linear Programming less convoluted? [Soft Question]"
        "Limit of {s}",  # X: "Limit of the Riemann integral"
    ),
    "works": (
        "Explain the key idea behind {s}.",  # Y: "Explain the key idea behind Quasi-Newton methods."
        "Intuitively, what does {s} do (e.g. geometrically) and why does it outperform gradient descent?",  # Z: "Intuitively, what does this method do (e.g. geometrically) and why does it outperform gradient descent?"
        "What Does {S} Actually Do?",  # W: "What Does Coordinate Descent Actually Do? Any Intuition Behind Coordinate Descent?"
        "How does {s} actually work?",  # AA: "How does the simplex method actually work?"
        "(10%) (a) Show that {s} works.",  # AB: "(10%) (a) Show that the method of Lagrange multipliers works."
        "#### QUESTION\n\nWhy does {s} work?",  # AC: "#### QUESTION\n\nWhy does this method work?"
        "Why is {s} guaranteed to converge to a local optimum?",  # AD: "Why is the expectation maximization algorithm guaranteed to converge to a local optimum?"
        "Explain the main principle of {s} for unconstrained optimization.",  # Y: "Explain the main principle of descent direction methods for unconstrained optimization. In particular, give the descent direction condition."
    ),
    "fix": (
        "How can we avoid {s}?",  # AE: "How can we avoid Runge's phenomenon?"
        "What is your favourite method which would help reduce {s}? This could mean pre-processing or post-processing or altering the transform.",  # AF: "What is your favourite method which would help reduce the Gibbs phenomenon in Fourier Series and Fourier Transforms? This could mean pre-processing or post-processing or altering the transform."
        "Is there a standard method to deal with {s}?",  # AG: "Is there a standard method to deal with label switching problem in MCMC estimation of mixture models?"
        "How can I avoid getting trapped in {s}? I might try the Random Walk method, but it seems not to be a good choice. Do you have any other suggestions? Thanks a lot!",  # AH: "How can I avoid getting trapped in local minima? I might try the Random Walk method, but it seems not to be a good choice. Do you have any other suggestions? Thanks a lot!"
        "How to deal with {s} in logistic regression?",  # AI: "How to deal with perfect separation in logistic regression?"
        "What is the best way to “fix” {s}?",  # AJ: "What is the best way to “fix” a covariance matrix that is not positive semi-definite?"
        "Best way to deal with {s}?",  # AK: "Best way to deal with heteroscedasticity?"
        "What sort of kernel density estimator does one use to avoid {s}?",  # AL: "What sort of kernel density estimator does one use to avoid boundary bias?"
    ),
    "when": (
        "When to use {s}?",  # AM: "When to use Lagrange multipliers?"
        "Under what circumstances would it be advantageous to use {s} over interior point methods?",  # AN: "Under what circumstances would it be advantageous to use the simplex method over interior point methods?"
        "When is {s} more appropriate?",  # AO: "When is ridge regression more appropriate?"
        "List of Situations Where {s} is Simpler, More Practical, or More Convenient",  # AP: "List of Situations Where a Bayesian Approach is Simpler, More Practical, or More Convenient"
        "Why is maximize by {s} necessary when you can always substitute and maximize the resulting function?\n\nWhen should you choose one over the other?",  # AQ: "Why is maximize by lagrange multipliers necessary when you can always substitute and maximize the resulting function?\n\nWhen should you choose one over the other?"
        "I'm having a rather simple question: Why is {s} not always the best choice?",  # AR: "I'm having a rather simple question: Why is a spline fit not always the best choice?"
        "When might it be appropriate to use {s}?",  # AS: "When might it be appropriate to use the median instead of the mean?"
        "By the way, if I want to make dynamic data analysis (the data are not periodic), is {s} still suitable and how to select a suitable kernel function?",  # AT: "By the way, if I want to make dynamic data analysis (the data are not periodic), is this kernel still suitable and how to select a suitable kernel function?"
    ),
    "examples": (
        "Examples of {s} from real life",  # AU: "Examples of Markov chains from real life"
        "Give some examples of practically useful {s}.",  # Y: "Give some examples of practically useful optimal control cost functions (aka performance indices)."
        "We're making a video presentation on the topic of {s}. Unfortunately, we have only reached the theoretical part of the discussion. Any comments on practical applications would be appreciated.",  # AV: "We're making a video presentation on the topic of eigenvectors and eigenvalues. Unfortunately, we have only reached the theoretical part of the discussion. Any comments on practical applications would be appreciated."
        "Use of {s} in practice",  # AW: "Use of KL divergence in practice"
        "Are there any other interesting examples of {s}?",  # AX: "Are there any other interesting examples of martingales?"
        "Looking for intriguing applications of {s}",  # AY: "Looking for intriguing applications of martingales"
        "My Question: Are there any ideal use cases for {s}?",  # AZ: "My Question: Are there any ideal use cases for splines?"
        "About {S}, can I get an example problem outside of functional analysis?",  # BA: "About Hahn Banach, can I get an example problem outside of functional analysis?"
    ),
    "purpose": (
        "Can someone explain why {s} is useful?",  # BB: "Can someone explain why the Legendre transform is useful?"
        "What's the point of defining {s}?",  # BC: "What's the point of defining [tex]\sigma [/tex] algebras, i.e., why must we assign measures only to elements of a [tex]\sigma [/tex] algebra?"
        "I am not clear about the motivation to study {s}. Some examples can be very helpful! Thanks!",  # BD: "I am not clear about the motivation to study the duality in optimization. Some examples can be very helpful! Thanks!"
        "So, what is the practical use of {s}?",  # BE: "So, what is the practical use of duality?"
        "So, I want to understand why {s} is important.",  # BF: "So, I want to understand why Hahn-Banach theorem is important."
        "Why we need {s} [duplicate]",  # BG: "Why we need eigenvectors and eigenvalues [duplicate]"
        "I've been wondering for a while now if there's any deep mathematical or statistical significance to {s}.",  # BH: "I've been wondering for a while now if there's any deep mathematical or statistical significance to finding the line that minimizes the square of the errors between the line and the data points."
        "What is the motivation behind {s} properties?",  # BI: "What is the motivation behind sigma-algebra properties?"
    ),
}

# Blind set 70: robotics, autonomous-driving and control engineers (ROS/SLAM/drone issues, Robotics SE,
# self-driving course quizzes, control-theory exam banks, robotics course material).
#
# A  https://robotics.stackexchange.com/questions/14126/extended-kalman-filter-in-robotics-worth-it
# B  https://robotics.stackexchange.com/questions/7578/orientation-parameter-for-quadcopter-with-madgwick-fusion-algorithm
# C  https://robotics.stackexchange.com/questions/9169/pid-control-integral-error-does-not-converge-to-zero
# D  https://robotics.stackexchange.com/questions/2668/removing-quadcopter-drift-to-the-side
# E  github RobustFieldAutonomyLab/LeGO-LOAM issues #137, #127, #4
# F  github laboshinl/loam_velodyne issues #17, #107
# G  github TixiaoShan/LIO-SAM issues #151, #177
# H  github stella-cv/stella_vslam pull request #148 (docs/relocalization.rst headings)
# I  stored file id 33525929226 ("# Beginner AI Prompts - AI-Robot Brain", robotics course learner prompts; repository not shown)
# J  https://it.scribd.com/document/240247226/Adaptive-Control-Question-Bank-without-Answer-Key (EIE adaptive control question bank)
# K  github gaoxiang12/g2o_ba_example issue #2
# L  github rpng/open_vins issue #319
# M  github Joanna-HE/LIGO. issue #19
# N  github koide3/hdl_localization issue #44
# O  github ZJU-FAST-Lab/visPlanner issue #5
# P  github KumarRobotics/msckf_vio issue #79
# Q  github jmtc7/Autonomous_Driving_nanodegree_notes  extracurricular/part2-autonomous-systems-interview/01_perception_sensors_questions.md, 05_control_questions.md (Udacity autonomous systems interview practice)
# R  github autowarefoundation/autoware issue #393
# S  stored file id 56880641488 (humanoid-robot perception interview study guide, "10.2 Possible Interview Questions"; repository not shown)
# T  github rmurai0610/MASt3R-SLAM issue #96
# U  https://thequickadvisor.com/?p=1033370 (Q&A page on Euler angles vs quaternions)
# V  github PX4/PX4-Autopilot issue #2284
# W  github tahsinkose/sjtu-drone issue #10
# X  https://discuss.px4.io/t/how-mixer-works/13216 (PX4 forum)
# Y  https://discuss.px4.io/t/mixer-customization-and-override/12098 (PX4 forum)
# Z  stored file id 1321486445 (robotics textbook chatbot README, "Examples of questions you can ask"; repository not shown)
# AA github raulmur/ORB_SLAM2 issue #353
# AB github UZ-SLAMLab/ORB_SLAM3 issue #276
# AC github surya9teja/3D-Artificial-Potential-Field issue #2
# AD github ZikangYuan/liw_oam issue #20
# AE github 93won/lidar_odometry_ros_wrapper issue #3
# AF github LeCAR-Lab/ASAP issue #51
# AG github DengKaiCQ/VGGT-Long issue #48
# AH github hku-mars/FAST_LIO issue #313
# AI https://faqs.tips/post/when-do-you-prefer-to-use-feed-forward-system.html (control-theory Q&A)
# AJ github cartographer-project/cartographer_ros issues #249, #885
# AK github JakobEngel/dso issue #173
# AL stored file id 11535565044 (Korean student's Kalman filter notes for robot position estimation; repository not shown)
# AM http://www.howtoexam.com/index.php?option=com_university&task=show_paper&paper_id=37880 (JNTU Anantapur 2010 ADAPTIVE CONTROL SYSTEMS question paper)
# AN stored file id 68283446533 (Brainware University robotics seminar topic list, "Robotic Algorithms" BTR50116; repository not shown)
# AO github Vinohith/Self_Driving_Car_specialization  Introduction_to_Self-Driving_Cars/Week_2/MODULE_2_GRADED_QUIZ.md (Coursera self-driving cars quiz)
# AP https://questionai.com/amp/questions-tjgmKRZ9y2/feedforward-control-used (homework Q&A)
# AQ https://www.cds.caltech.edu/~murray/amwiki/index.php?title=Exercise:_Everyday_examples_of_feedback_systems* (Feedback Systems course wiki exercise)
# AR https://www.physicsforums.com/threads/do-you-have-a-device-in-your-home-that-uses-a-control-loop.743406/
# AS stored file id 46139155677 (inverse kinematics notes, "## Some applications of ..." heading; repository not shown)
# AT https://rl-and-control-guide.brandon-behring.dev/chapters/ch10-rl-robotics-survey/ (RL and control course, week 10)
# AU https://ebjohnsen.org/publication/20-sle ("Behavior Trees in Action: A Study of Robotics Applications", research questions)
# AV github roboscienceorg/book  source/1_Introduction/5_Introduction_Problems.rst (robotics textbook problems)

BLIND70_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Can you please tell me what is {s} ?",  # E #137: "Can you please tell me what is loop closure and how to activate the loop closure ?"
        "Hi, can you tell me the meaning of {s}? Thanks.",  # F #107: "@laboshinl  Hi, can you tell me the meaning of parameter groundScanInd? Thanks."
        "Can I ask what {s} means?",  # G #151: "Can I ask what scan to scan match means?"
        "What is {s} ?",  # H: "What is Relocalization ?"
        "I've heard about \"{s}\" but don't understand it.",  # I: "I've heard about \"sensor fusion\" but don't understand it. Can you explain:"
        "8. What is meant by {s}?",  # J: "8. What is meant by IMC?"
        "Will some one give me some advice to understand {s}? Some materials?",  # K: "Will some one give me some advice to understand marginal covariance? Some materials?"
        "#. How would you define a {s}?",  # AV: "#. How would you define a robot?"
    ),
    "advantages": (
        "{S} in robotics - Worth it?",  # A: "Extended Kalman Filter in robotics - Worth it?"
        "Is there any advantage using {s}?",  # B: "Is there any advantage using Kalman filter?"
        "QUESTION to both maintainers and users: is {s} any useful?",  # E #127: "QUESTION to both maintainers and users: is IMU any useful?"
        "6. Write any advantage of {s}.",  # J: "6. Write any advantage of adaptive control system."
        "does it improve the accuracy or robustness if we did {s}? have anybody tried?",  # L: "does it improve the accuracy or robustness if we did a key frame selection? have anybody tried?"
        "Is there any comparative advantage of {s}, or what is the difference in their focus?",  # M: "Is there any comparative advantage of ESKF/EKF over InEKF, or what is the difference in their focus?"
        "hello,thanks for your hard work。I wander why you use {s} in this project?",  # N: "hello, koide,thanks for your hard work。I wander why you use ukf in this project，not ekf?"
        "Because i am choosing between these search algorithms for my thesis and i would like to know why do you chose {s} instead.",  # O: "Can you explain why? Because i am choosing between these search algorithms for my thesis and i would like to know why do you chose D* instead."
    ),
    "limitations": (
        "I want to understand when {s} fails. Can you help me:",  # I: "I want to understand when SLAM fails. Can you help me:"
        "What are the disadvantages of {s} compared to the standard approach?",  # P: "What are the disadvantages of such a filter compared to the standard approach of estimating the nominal state?"
        "Where might a basic {s} be less than sufficient?",  # Q: "Describe the overall process of how a basic Kalman Filter works. Where might a basic Kalman Filter be less than sufficient?"
        "In what situations might {s} therefore fail?",  # Q: "In what situations might these models therefore fail, and how can you improve upon these types of models?"
        "Is this a known issue in {s}? If not how do I remedy this situation?",  # R: "Is this a known issue in NDT matching? If not how do I remedy this situation?"
        "- _What are the main computational challenges in using {s} for real-time robotics?_",  # S: "- _What are the main computational challenges in using diffusion models for real-time robotics?_"
        "Concerns about {s}'s robustness in feature-sparse environments",  # T: "Concerns about MASt3R's robustness in feature-sparse environments"
        "What is the problem with {s}?",  # U: "What is the problem with Euler angles?"
    ),
    "works": (
        "Therefore, I really want to have some further understanding about how {s} works.",  # E #4: "Therefore, I really want to have some further understanding about how leGO-LOAM works."
        "What is the process of {s}?",  # F #17: "What is the process of loop closure the point cloud?"
        "- Describe the overall process of how a basic {s} works.",  # Q: "- Describe the overall process of how a basic Kalman Filter works."
        "I would like to understand how does work {s}.",  # V: "I would like to understand how does work mc_pos_control in order to understand thrust output we can get on QGC."
        "Explanation of {s} algorithm",  # W: "Explanation of Position Control algorithm"
        "How {s} works",  # X: "How mixer works"
        "i.e., how does the {s} work under the hood?",  # Y: "educational purposes, i.e., how does the mixer work under the hood?"
        "- Explain how {s} work in robotics",  # Z: "- \"Explain how PID controllers work in robotics\""
    ),
    "fix": (
        "Is this the {s}? What is the most effective way to resolve this?",  # C: "Is this the integral wind-up? What is the most effective way to resolve this?"
        "Is someone having experiences with this? I mean with avoiding {s} of the model because of whatever by software?",  # D: "Is someone having experiences with this? I mean with avoiding side drifts of the model because of whatever by software?"
        "I know that {s} is an issue, but surely I can improve it past what I currently see. Any tips greatly appreciated! thanks.",  # AA: "I know that scale drift is an issue with monocular slam, but surely I can improve it past what I currently see. Any tips greatly appreciated! thanks."
        "Hi, I've encountered severe {s}. Could sombody tell me why this is happening and how to deal with it?",  # AB: "Hi, when test ORB-SLAM3(without any modification) on KITTI sequence 01 with pure monocular mode, I've encountered severe scale drift. ... Could sombody tell me why this is happening and how to deal with it?"
        "Hello, may I ask how to improve the algorithm to avoid falling into {s}? Are there any relevant papers? Thank you very much!",  # AC: "Hello, may I ask how to improve the APF algorithm to avoid falling into local minimum? Are there any relevant papers? Thank you very much!"
        "some tricks to solve the {s}",  # AD: "some tricks to solve the wheel slipping"
        "So I want to ask you how to deal with the {s} problem.",  # AE: "So I want to ask you how to deal with the point cloud undistortion problem in this lidar motion."
        "I'm wondering how can I fix this {s}?",  # AF: "I'm wondering how can I fix this sim2real gap?"
    ),
    "when": (
        "Is {s} necessary for this algorithm？",  # G #177: "Is IMU data necessary for this algorithm？"
        "When doe we need {s} ?",  # H: "When doe we need Relocalization ?"
        "4. Identify when you need {s} vs when you don't",  # I: "4. Identify when you need SLAM vs when you don't"
        "- _When would you use {s}?_",  # S: "- _When would you use a particle filter over an extended Kalman filter?_"
        "Hello, thank you for your amazing work! I wanted to ask if {s} is required",  # AG: "Hello, thank you for your amazing work! I wanted to ask if loop closure is required since in many of our scene examples there is no loop closure in the video"
        "Is {s} optional?",  # AH: "Is IMU optional?"
        "When do you prefer to use {s}?",  # AI: "When do you prefer to use feed forward system?"
        "I'm assuming {s} is necessary in any environment with bumps, ramps, slopes and the like.",  # AJ #249: "I'm assuming the IMU is necessary in any environment with bumps, ramps, slopes and the like."
    ),
    "examples": (
        "4. Real-world examples of {s} in action",  # I: "4. Real-world examples of SLAM in action"
        "What are the applications of {s} in autonomous vehicles?",  # Z: "- \"What are the applications of SLAM in autonomous vehicles?\""
        "Applications of {S}",  # AN: "Applications of Inverse Kinematics"
        "Exercise: Everyday examples of {s}*",  # AQ: "Exercise: Everyday examples of feedback systems*"
        "Do you have a device in your home that uses {s}?",  # AR: "Do you have a device in your home that uses a control loop?"
        "## Some applications of {s} in robotics",  # AS: "## Some applications of inverse kinematics in robotics"
        "where has {s} actually worked on real hardware, and what conditions made it work?",  # AT: "where has reinforcement learning actually worked on real hardware, and what conditions made it work?"
        "How are {s} concepts used in applications?",  # AU: "How are behavior-tree concepts used in applications?"
    ),
    "purpose": (
        "22. Why need for the {s}?",  # J: "22. Why need for the adaptive control?"
        "2. Is there a point in even implementing {s}? ie. would it help, hinder it or be useless?",  # AJ #885: "2. Is there a point in even implementing visual odom? ie. would it help cartographer, hinder it or be useless?"
        '1. whether "{s}" is essential?',  # AK: "1. whether \"dynamic marginalization\" is essential?"
        "> ## 🍇 Why do we need a {s}?",  # AL: "> ## 🍇 Why do we need a Kalman Filter?"
        "What is the need for {s}? discuss with a simple example.",  # AM: "(a) discuss the term adaptive. What is the need for adaptive control? discuss with a simple example."
        "Need for {S} in Robotics",  # AN: "Need for Sensor Fusion in Robotics"
        "**3.** Why is {s} important in the self driving system? **Choose the primary reason.**",  # AO: "**3.** Why is synchronization and timing accuracy important in the self driving system? **Choose the primary reason.**"
        "{S} is used to do what",  # AP: "Feedforward control is used to do what"
    ),
}

# A  https://ja.scribd.com/document/365738753/Update-36-Soalan-Performance  (Malaysian performance-appraisal question bank, two-column layout)
# B  https://fanyv88.com:443/https/www.scribd.com/document/750703419/MB4314-HR-Analytics-QB  (S.A. Engineering College MBA MB4314 HR Analytics question bank; scribd mirror)
# C  https://www.wonderslate.com/u/Visvesvaraya+Technological+University/Pg+Diploma/predictive-analytics-for-hr/pyqs?siteName=books  (VTU PG Diploma "Predictive Analytics for HR" previous-year questions)
# D  https://iibf.store/study/caiib/human-resources-management-elective/1037-hr-analytics  (CAIIB HRM elective, HR analytics one-liner cards)
# E  https://mbaofficial.com/mba/mba-courses/page/6  (MBA notes site, HRM topic heading)
# F  https://kawshim.blogspot.com  (HRM student blog, job rotation post)
# G  http://compassred.com/data-journal/leveraging-natural-language-processing-nlp-in-human-resources  (analytics consultancy blog on NLP for HR)
# H  https://teamflect.com/blog/employee-engagement/9-box-talent-review/  (HR-tech vendor blog title)
# I  https://www.smartkeeda.com/Knowledge_Bank/IBPS_SO/IBPS_SO_HR_Mains/newest/all/passage/IBPS_SO_HR_Quiz_9/  (IBPS SO HR officer exam quiz)
# J  https://mcqslearn.com/bba/hrm/mcq/performance-management-appraisal-multiple-choice-questions-answers.php?page=2  (BBA HRM MCQs)
# K  https://www.drjobpro.com/blog/applicant-tracking-systems-definition-reasons-and-more  (job-board vendor blog heading)
# L  https://www.agendrix.com/hr-glossary/applicant-tracking-system  (HR-tech vendor glossary FAQ heading)
# M  https://getcovey.com/blog/boolean-search-in-recruitment  (recruiting-tool vendor blog heading)
# N  https://tandemhr.com/employee-referral-program/  (PEO / HR outsourcing blog title)
# O  https://recruitingdaily.com/should-recruiters-use-ai-in-resume-screening/  (recruiting trade blog heading)
# P  https://rendc.org/article/20690-list-some-limitations-of-performance-appraisal-methods  (HR interview Q&A page)
# Q  https://www.coursepaper.com/quiz/human-resources-chapter-07-1-processes-are-in-place-to-maximize-the-productivity-of/  (HR textbook chapter quiz)
# R  https://www.glassdoor.com.br/Entrevista/Given-this-use-case-what-are-issues-you-could-see-arising-using-an-AI-algorithm-to-streamline-a-recruitment-pool-QTN_7079034.htm  (Glassdoor, Indeed interview question)
# S  https://askfilo.com/bba603c-humanresourceanalytics-question-answers/write-down-the-limitations-of-hr-analytics-924078fb59bc9ba26ea1042a266a7184  (BBA Human Resource Analytics exam question)
# T  https://omegahrconsulting.com/blog/2019/01/25/future-friday-the-use-of-artificial-intelligence-in-hr/  (HR consultant blog quoting the SHRM #NextChat question list on AI in HR)
# U  https://factohr.com/predictive-hr-analytics  (HRMS vendor blog heading)
# V  https://brickandmortarphilly.com/predictive-analytics-is-used-for-all-of-the-following-except/  (copy of an AIHR article on predictive HR analytics)
# W  github olyaiy/resume-lm issue #15  (resume-scoring app user question, "explain")
# X  https://heyloopy.com/learning/glossary/what-is-programmatic-advertising  (recruiting glossary heading)
# Y  https://www.socialtalent.com/?p=93042  (recruiter-training vendor glossary heading)
# Z  https://www.resumly.ai/blog/how-resume-parsing-works-behind-the-scenes-a-deep-dive  (resume/ATS tool blog title)
# AA https://careertrend.com/way-5838306-structured-vs--unstructured-interview-techniques.html  (hiring-manager explainer heading)
# AB http://www.mywordsolution.com/question/question-what-are-some-of-the-steps-that-organizations-take/92717691  (HRM homework question)
# AC https://www.hrconsulting.com/best-comprehensive-guide-to-employee-turnover/  (HR consultancy guide)
# AD https://www.wisegeek.com/what-are-the-best-tips-for-reducing-employee-turnover.htm  (explainer article title)
# AE https://loughlinpersonnel.com/your-people-are-looking-for-a-new-job-3-ways-to-hold-on-to-your-best-employees/  (staffing agency blog title)
# AF https://www.risely.me/how-can-you-prevent-quiet-quitting-in-your-team/  (manager-coaching app blog title)
# AG https://theincrowdvlog.com/article/five-ways-managers-can-help-prevent-quiet-quitting  (repost of a management-review article title)
# AH https://oryx.so/articles/how-to-reduce-time-to-hire  (recruiting-tool blog title)
# AI https://althire.ai/feeds/blog/reduce-time-hire  (AI-interview vendor blog title)
# AJ https://www.gowrecruitment.com/news/latest%20news/the-rise-of-personality-tests-in-hiring/  (recruitment agency news title)
# AK https://www.smaart.com.au/in-house-hiring-vs-recruitment-agency-what-s-better  (Australian recruitment agency blog heading)
# AL https://www.4cornerresources.com/blog/personality-tests-hiring-process/  (staffing firm blog title)
# AM http://calibraleadership.com/learn/btj/2013/04/03/avoid-360-degree-feedback/  (leadership consultancy post)
# AN http://blog.envisialearning.com/caution-when-you-should-never-use-360-degree-feedback/  (360-feedback vendor blog title)
# AO https://winenfood.com/when-to-use-360-degree-feedback-systems  (article title)
# AP https://surveyslack.com/blog/360-degree-feedback-advantages-and-disadvantages/  (survey-tool blog, contents list)
# AQ https://positiveleader.com/blog/personality-tests-hiring  (leadership blog title)
# AR https://lontra.ai/en/blog/predictive-hr-analytics  (HR-tech vendor blog title)
# AS https://qz.com/hiring-artificial-intelligence-pymetrics-ai-algorithms-1850475138  (Quartz explainer headline)
# AT https://4spotconsulting.com/?p=30491  (HR automation consultancy blog title)
# AU https://restack.io/p/ai-driven-recruitment-systems-answer-machine-learning-use-cases-cat-ai  (knowledge page title, recruitment)
# AV https://outmatch.com/blog/gamification-in-recruiting-it%C2%83s-becoming-more-fun-to-apply-for-a-job/  (assessment vendor blog heading)
# AW http://www.liveware360.com/services/  (HR-tech services page on NLP in HR)
# AX https://www.shrm.org/in/topics-tools/news/blogs/natural-language-processing-makes-the-biggest-difference-across-  (SHRM India blog heading)
# AY https://www.pitchnhire.com/blog/importance-applicant-tracking-system  (ATS vendor blog title)
# AZ https://salarybox.in/resources/glossary/exit-interview  (Indian payroll app HR glossary FAQ)
# BA https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F760283985%2FHR-Analytics  (scribd "HR Analytics" exam answers, Set 1; read via proxy)
# BB https://www.oopsdidithinkthatoutloud.com/blog-newsletter/top-10-things-every-hr-practitioner-should-know-about-ai  (HR practitioner blog, numbered headings)
# BC http://post-facto.org/index-932.html  (copy of a referral-software blog post)
# BD https://www.assignment24x7.com/advance-human-resources/  (HR course assignment question)

BLIND71_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Provide the definition {s}.",  # A: "Provide the definition Key Performance Indicator (KPI)."
        "1 Define {s}.",  # B: "1 Define HR Analytics."
        'What is "{s}" in the context of predictive analytics for HR? Explain with an example.',  # C: "What is \"churn\" in the context of predictive analytics for HR? Explain with an example."
        "What is {s} in the context of banking organizations?",  # D: "What is HR Analytics in the context of banking organizations?"
        "Explain the concept of {s}",  # E: "Explain the concept of Job Rotation"
        "What is meaning of {s}?",  # F: "What is meaning of job rotation in HRM?"
        "So what exactly is {s}?",  # G: "So what exactly is NLP?"
        "{S}: What Is It? How To Use It Effectively?",  # H: "9 Box Talent Review: What Is It? How To Use It Effectively?"
    ),
    "advantages": (
        "What are three advantages of {s}?",  # A: "What are three advantages of behavioural based performance appraisal?"
        "Which of the following /are advantage/s of {s}?",  # I: "Which of the following /are advantage/s of performance appraisal using the essay method?"
        "MCQ: One of the advantage of {s} is that",  # J: "MCQ: One of the advantage of Management by Objectives (MBO) is that"
        "Why should employers use {s}?",  # K: "Why should employers use Applicant tracking systems (ATS)?"
        "What Are the Benefits of Having {s}?",  # L: "What Are the Benefits of Having an Applicant Tracking System?"
        "Why use {s} in recruitment?",  # M: "Why use Boolean search in recruitment?"
        "Why You Should Embrace {s}",  # N: "Why You Should Embrace the Employee Referral Program"
        "The Pros of Using {s} for Resume Screening",  # O: "The Pros of Using AI for Resume Screening"
    ),
    "limitations": (
        "What are the challenges in implementing {s}?",  # A: "What are the challenges in implementing performance appraisal?"
        "List some limitations of {s}?",  # P: "List some limitations of performance appraisal methods?"
        "Which of the following is/are drawback/s of {s}?",  # I: "Which of the following is/are drawback/s of performance appraisal using a Confidential Report?"
        "5) What is the most common cause for the failure of {s}?",  # Q: "5) What is the most common cause for the failure of performance appraisal systems?"
        "MCQ: The main disadvantage of {s} is",  # J: "MCQ: The main disadvantage of critical incident method is"
        "Given this use case, what are issues you could see arising using {s} to streamline a recruitment pool?",  # R: "Given this use case, what are issues you could see arising using an AI algorithm to streamline a recruitment pool?"
        "Write down the limitations of {s}.",  # S: "Write down the limitations of HR analytics."
        "Q5. What is your biggest concern with using {s} for recruiting?",  # T: "Q5. What is your biggest concern with using AI for recruiting?"
    ),
    "works": (
        "How {s} Works and Helps to Grow an Organization?",  # U: "How Predictive HR Analytics Works and Helps to Grow an Organization?"
        "So how do these {s} work?",  # V: "So how do these predictive analytics work?"
        "how {s} is displaying or predicting the score how it is workiing",  # W: "how resume score is displaying or predicting the score how it is workiing and also tell me how ats keywords are adding in thhe resume"
        "The Mechanics of {s}",  # X: "The Mechanics of Programmatic Advertising"
        "How {s} works",  # Y: "How programmatic job advertising works"
        "How {s} Works Behind the Scenes – A Deep Dive",  # Z: "How Resume Parsing Works Behind the Scenes – A Deep Dive"
        "How {s} Work",  # AA: "How Structured Interviews Work"
        "3 List the various stages of {s}",  # B: "3 List the various stages of HR Analytic Process BTL-1 Remembering"
    ),
    "fix": (
        "Question: What are some of the steps that organizations take to reduce and avoid {s}?",  # AB: "Question: What are some of the steps that organizations take to reduce and avoid turnover among employees?"
        "How can I reduce and eliminate {s}?",  # AC: "How can I reduce and eliminate turnover?"
        "What Are the Best Tips for Reducing {s}?",  # AD: "What Are the Best Tips for Reducing Employee Turnover?"
        "Need to Reduce {s}?",  # AE: "Need to Reduce Employee Turnover? 3 Steps to Keep Your Best Employees Happy"
        "How can you prevent the reign of {s} in your team?",  # AF: "How can you prevent the reign of quiet quitting in your team?"
        "Five Ways Managers Can Help Prevent {s} (2023)",  # AG: "Five Ways Managers Can Help Prevent Quiet Quitting (2023)"
        "How to Reduce {s} Without Cutting Corners",  # AH: "How to Reduce Time-to-Hire Without Cutting Corners"
        "8 Ways to Reduce {s} Effectively",  # AI: "8 Ways to Reduce Time to Hire Effectively"
    ),
    "when": (
        "The rise of {s} in hiring, to use or not to use?",  # AJ: "The rise of personality tests in hiring, to use or not to use?"
        "When {s} makes sense",  # AK: "When in-house hiring makes sense"
        "Should You Use {s} For Hiring?",  # AL: "Should You Use Personality Tests For Hiring?"
        "Is {s} ever inappropriate?",  # AM: "Is 360 degree feedback ever inappropriate? Yes, when:"
        "CAUTION: When You Should NEVER Use {s}",  # AN: "CAUTION: When You Should NEVER Use 360-Degree Feedback"
        "When to Use {s}",  # AO: "When to Use 360 Degree Feedback Systems"
        "Comparing {s}: When Is It Right for You?",  # AP: "Comparing 360 Feedback: When Is It Right for You?"
        "Should You Use {s} as Part of Hiring? 5 Myths Busted",  # AQ: "Should You Use Personality Tests as Part of Hiring? 5 Myths Busted"
    ),
    "examples": (
        "{S} Examples and Guide",  # AR: "Predictive HR Analytics Examples and Guide"
        "How do companies use {s}?",  # AS: "How do companies use AI-based hiring algorithms?"
        "{S} in Recruitment: Practical Applications for a Smarter Talent Strategy",  # AT: "Machine Learning in Recruitment: Practical Applications for a Smarter Talent Strategy"
        "{S} Use Cases In Recruitment",  # AU: "Machine Learning Use Cases In Recruitment"
        "{S} in Hiring: Success Stories from Top Companies",  # AV: "Gamification in Hiring: Success Stories from Top Companies"
        "So, how can HR leverage {s} solutions to improve its efficacy and streamline processes?",  # AW: "So, how can HR leverage NLP solutions to improve its efficacy and streamline processes?"
        "The Top 4 {s} Applications in HR",  # AX: "The Top 4 Natural Language Processing Applications in HR"
        "Q3. In what areas have you implemented—or are you looking to experiment with—{s} to create personalized employee experiences and communications (benefits, skills development, learning, training, etc.)?",  # T: "Q3. In what areas have you implemented—or are you looking to experiment with—AI to create personalized employee experiences and communications (benefits, skills development, learning, training, etc.)?"
    ),
    "purpose": (
        "Discuss at least two important of {s} in managing employee performance",  # A: "Discuss at least two important of performance appraisal in managing employee performance"
        "What is the Importance of {s}?",  # AY: "What is the Importance of Applicant Tracking System?"
        "What is the purpose of {s}?",  # AZ: "What is the purpose of an exit interview?"
        "1. Define the role of {s} in HR. 3m",  # BA: "1. Define the role of analytics in HR. 3m"
        "What is the primary purpose of {s} in banks?",  # D: "What is the primary purpose of workforce planning analytics in banks?"
        "2. What can {s} do for HR?",  # BB: "2. What can AI do for HR?"
        "Wait—why do I need {s}?",  # BC: "Wait—why do I need an employee referral program?"
        "Why is {s} so important?",  # BD: "Why is HR so important? Assuming you do not plan to pursue a career in Human Resources, why is it important for you to study this topic?"
    ),
}

# A  github ajeetkbhardwaj/Interview-Master-360 : docs/mlSystems/Quest-9.md (stored file id 27323075243; MLOps interview question list)
# B  github AbhinavJha-Dev-GenAI/MLOps-Production : 15-Interview-Prep/README.md (MLOps interview preparation)
# C  https://www.systemoverflow.com/learn/ml-training-infrastructure/training-serving-skew/what-is-training-serving-skew-and-why-does-it-matter (lesson title)
# D  stored file id 66754812923 (course chapter with "### Checkpoint" questions on feature stores and embeddings pipelines; the index did not show its repository)
# E  github KTH/devops-course pull request #2482 (student presentation proposal, "## Title")
# F  https://www.teachmedata.com/home/ml-ops-what-is-it (blog post title)
# G  https://smarttldr.pages.dev/en/topic/mlops/eli5 (explainer page title)
# H  https://santageai.com/glossary/model-serving (glossary page with FAQ-style headings)
# I  stored file id 29970967478 ("Platform Engineer Interview Checklist" notes; the index did not show its repository)
# J  stored file id 20679865097 (MLOps notes on experiment tracking, heading; the index did not show its repository)
# K  stored file id 34208923219 (notes on shadow deployment; the index did not show its repository)
# L  stored file id 55110734780 (article on shadow deployment of ML models, heading; the index did not show its repository)
# M  https://www.datarevenue.com/en-blog/why-is-a-model-registry-valuable (blog post title)
# N  github cancervariants/metakb pull request #17 ("Adds & initializes DVC", reviewer comment)
# O  stored file id 60034444194 (ML systems notes with "## Interview Q&A" section; the index did not show its repository)
# P  https://exampal-website.pages.dev/exams/nvidia-nca-genl/practice-exam/q/7/ (practice exam question)
# Q  stored file id 16463674402 (Discord community digest summarizing a member's question on feature stores for computer vision; the index did not show its repository)
# R  https://mlinproduction.com/the-challenges-of-online-inference-deployment-series-04/ (blog post title, as cited in the reading list of stored file id 16003816070)
# S  stored file id 43538860102 (notes on deployment strategies, heading; the index did not show its repository)
# T  stored file id 55303558828 (ML serving notes, section heading "4.5"; the index did not show its repository)
# U  https://mlops.community/why-real-time-data-pipelines-are-so-hard/ (MLOps Community blog post, section heading)
# V  https://www.tecton.ai/blog/common-challenges-real-time-machine-learning-feast-tecton/ (Tecton blog post title)
# W  https://stevenzg.com/artificial-intelligence/mlops/ab-testing (MLOps notes page, section heading)
# X  stored file id 59654891198 (MLOps course Q&A cards "mlops-s04-q3", compiled page script; the index did not show its repository)
# Y  stored file id 56589863247 (deployment-strategy interview Q&A; the index did not show its repository)
# Z  stored file id 70633991833 (deployment strategies interview notes, "Deep Dive" heading; the index did not show its repository)
# AA stored file id 70257928940 (fraud-detection system design notes with "callout-interview" box; the index did not show its repository)
# AB stored file id 15540101682 (article on feature stores, heading; the index did not show its repository)
# AC https://qeeebo.com/questions/how/37/7d0/how-does-knative-autoscaling-adjust-to-changes-in-model-serving-demand (question page)
# AD stored file id 68330817717 (agent-platform master specification, open-questions register; the index did not show its repository)
# AE stored file id 55136829131 (test questions for an MLOps documentation chatbot; the index did not show its repository)
# AF stored file id 52363674889 (interview question bank data, Microsoft ML-engineer MLOps questions; the index did not show its repository)
# AG stored file id 59671833017 (MLOps course Q&A cards, compiled page script; the index did not show its repository)
# AH stored file id 41253205278 (ML system design interview notes, feature-store follow-up questions; the index did not show its repository)
# AI stored file id 16385084994 (project pitch notes, "IF THEY ASK..." section; the index did not show its repository)
# AJ https://evidentlyai.com/blog/ml-monitoring-data-drift-how-to-handle (Evidently blog post title)
# AK https://techyto.com/?p=1159 (blog post title)
# AL https://gevetica.com/page.php?p=0088015 (feature-stores article title; also mirrored on brilliaz.com and gadomo.com)
# AM https://labreportwriter.com/data-leakage-prevention-strategies-in-feature-engineering/ (blog post title)
# AN https://speytech.com/ai-architecture/when-you-dont-need-feature-store (blog post title)
# AO https://theneuralbase.com/kubeflow/learn/advanced/when-kubeflow-wins/ (lesson title)
# AP https://bikram-sarkar.hashnode.dev/feature-stores-do-you-actually-need-one (newsletter issue)
# AQ https://tacnode.io/post/do-you-need-a-feature-store (blog post title)
# AR https://datasystemsacademy.com/blog/feature-stores-build-buy-skip (blog post title)
# AS stored file id 59516775203 (feature store tutorial, table of contents; the index did not show its repository)
# AT stored file id 62531660427 (MLOps lesson page, "Knowledge Check" interview questions; the index did not show its repository)
# AU stored file id 62244130690 (article on data drift, heading; the index did not show its repository)
# AV stored file id 54985210546 (course lecture transcript on batch inference; the index did not show its repository)
# AW github eugeneyan/applied-ml pull request #125 ("Add QuintoAndar Butterfree", maintainer comment)
# AX stored file id 71404393298 (question set for a platform-wiki assistant, "tracing-use-cases"; the index did not show its repository)
# AY https://hashnode-hub.vercel.app/posts/686237e5ae9f98ddcb4037a9 (Hashnode blog post title)
# AZ stored file id 36041212134 (article on training-serving skew, heading; the index did not show its repository)
# BA stored file id 49509077925 (ML platform interview Q&A data, id 'feature-store-purpose'; the index did not show its repository)
# BB stored file id 57500008150 (MLOps architecture page component with q/a list; the index did not show its repository)
# BC stored file id 62005728787 (MLOps study-plan data, topic/question/link rows; the index did not show its repository)
# BD https://padicho.com/questions/ai-and-machine-learning-foundations/model-deployment-and-automation/why-is-shadow-deployment-often-used-before-fully-replacing-a-production-ml-model-with-a-new-version/4e67ab (quiz question page)
# BE https://ml-digest.com/?p=4793 (MLflow guide, section heading)
# BF stored file id 59558208291 (MLOps course module data, discussion questions; the index did not show its repository)
# BG https://xequals-ai.com/resources/real-time-ml-pipelines-accelerate-performance-75 (article section heading)

BLIND72_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is {s}, and how would you monitor for it in production?",  # A: "What is model drift, and how would you monitor for it in production?"
        '*   **Q: Explain "{S}."**',  # B: "*   **Q: Explain \"Shadow Deployment.\"**"
        "What is {s} and Why Does It Matter?",  # C: "What is Training Serving Skew and Why Does It Matter?"
        "What is a {s} in ML?",  # E: "What is a Feature Store in ML?"
        "{S} What is it?",  # F: "ML Ops What is it?"
        "{S} — Explain Like I'm 5",  # G: "MLOps — Explain Like I'm 5"
        "What is the core idea behind {s}?",  # H: "What is the core idea behind model serving?"
        "- What is a {s} and why?",  # I: "- What is a golden path and why?"
    ),
    "advantages": (
        "### Benefits of {s} in MLOps:",  # J: "### Benefits of Experiment Tracking in MLOps:"
        "The main advantages of {s} are:",  # K: "The main advantages of shadow deployment are:"
        "## Advantages of {s}",  # L: "## Advantages of Shadow Deployment"
        "Why is a {s} Valuable?",  # M: "Why is a Model Registry Valuable?"
        "I'm not familiar with {s}; is there any reason why it would be a better fit here than a data submodule?",  # N: "I'm not familiar with dvc; is there any reason why it would be a better fit here than a data submodule?"
        "### 2) Why is a {s} useful?",  # O: "### 2) Why is a model registry useful?"
        "What is the key benefit of {s} in Triton Inference Server?",  # P: "What is the key benefit of dynamic batching in Triton Inference Server?"
        "*Is a {s} worth it?*",  # Q: "*Is a feature store worth it?*"
    ),
    "limitations": (
        "The Challenges of {s} (Deployment Series: Guide 04)",  # R: "The Challenges of Online Inference (Deployment Series: Guide 04)"
        "## Drawbacks of {s}",  # S: "## Drawbacks of Shadow Deployment"
        "What makes {s} difficult at scale?",  # H: "What makes serving difficult at scale?"
        "## 4.5 Limitations of {s}",  # T: "## 4.5 Limitations of batch prediction"
        "Why are building {s} in machine learning so challenging?",  # U: "Why are building real-time data pipelines in machine learning so challenging?"
        "{S} Challenges",  # V: "Real-Time Machine Learning Challenges"
        "Why {S} Isn't Enough",  # W: "Why Offline Eval Isn't Enough"
        "The Limitations of {s}",  # BG: "The Limitations of Batch Processing"
    ),
    "works": (
        "Q3: How does {s} work for ML models?",  # X: "Q3: How does canary deployment work for ML models?"
        "## Q6: How does {s} work, and how do you automate the decision to roll forward vs. roll back?",  # Y: "## Q6: How does canary deployment work, and how do you automate the decision to roll forward vs. roll back?"
        "#### 3. Deep Dive: How does {s} work?",  # Z: "#### 3. Deep Dive: How does Canary Deployment work?"
        '**Q: "How does the {s} work and why is it critical?"**',  # AA: "**Q: \"How does the feature store work and why is it critical?\"**"
        "## What exactly is a {s} under the hood? How would you create one yourself?",  # AB: "## What exactly is a feature store under the hood? How would you create one yourself?"
        "Q. How does {s} adjust to changes in model serving demand?",  # AC: "Q. How does Knative autoscaling adjust to changes in model serving demand?"
        "### 🟠 Q-29 — How does {s} work per agent type?",  # AD: "### 🟠 Q-29 — How does Shadow Mode work per agent type?"
        "How does {s} work in production ML systems?",  # AE: "How does drift detection work in production ML systems?"
    ),
    "fix": (
        "How do you handle {s} in a production ML system? What monitoring metrics and retraining strategies would you use?",  # AF: "How do you handle concept drift in a production ML system? What monitoring metrics and retraining strategies would you use?"
        "Q8: How do you handle {s} specifically in LLM-based applications?",  # AG: "Q8: How do you handle concept drift specifically in LLM-based applications?"
        '- "How to prevent {s}?"',  # AH: "- \"How to prevent training-serving skew?\" → Same feature computation code, validation tests"
        '**"How do you handle {s}?"**',  # AI: "**\"How do you handle concept drift?\"**"
        '"My data drifted. What\'s next?" How to handle {s} in production.',  # AJ: "\"My data drifted. What's next?\" How to handle ML model drift in production."
        "Managing {S}: Practical Strategies for Reliable Machine Learning",  # AK: "Managing Model Drift: Practical Strategies for Reliable Machine Learning"
        "Strategies for detecting and mitigating {s} stemming from improperly designed features.",  # AL: "Strategies for detecting and mitigating label leakage stemming from improperly designed features."
        "{S} Prevention Strategies in Feature Engineering",  # AM: "Data Leakage Prevention Strategies in Feature Engineering"
    ),
    "when": (
        "*   **Q: When would you use a {s}?**",  # B: "*   **Q: When would you use a Feature Store?**"
        "When You Don't Need a {s}",  # AN: "When You Don't Need a Feature Store"
        "When {S} Wins",  # AO: "When Kubeflow Wins"
        "Do you really need a {s}, or are you just chasing architecture diagrams?",  # AP: "Do you really need a feature store, or are you just chasing architecture diagrams?"
        "Do You Need a {s}? 5 Signs You Can't Ship Without One",  # AQ: "Do You Need a Feature Store? 5 Signs You Can't Ship Without One"
        "{S}: Build, Buy, or Skip?",  # AR: "Feature Stores: Build, Buy, or Skip?"
        "2. At what scale should you consider a formal {s}?",  # D: "2. At what scale should you consider a formal feature store like Feast?"
        "8. When Is a {s} Worth Its Complexity?",  # AS: "8. [When Is a Feature Store Worth Its Complexity?](#when-is-a-feature-store-worth-its-complexity)"
    ),
    "examples": (
        "2. Give an example of {s} in a real-world system.",  # AT: "2. Give an example of concept drift in a real-world system."
        "## Real-World Examples of {s}",  # AU: "## Real-World Examples of Data Drift"
        "So, let's review few use cases of {s}:",  # AV: "So, let's review few use cases of batch inference:"
        "**Do you have a case study of an organization using {s}?**",  # AW: "**Do you have a case study of an organization using Butterfree?**"
        "What are some use cases for {s}?",  # AX: "What are some use cases for distributed tracing?"
        "Exploring {S}: Real-World Case Studies",  # AY: "Exploring Model Drift: Real-World Case Studies"
        "## What are some examples of {s} in real-world applications?",  # AZ: "## What are some examples of Training-Serving Skew in real-world applications?"
        "How is {s} used in practice?",  # H: "How is model serving used in practice?"
    ),
    "purpose": (
        "What is the purpose of a {s} in an ML system?",  # A: "What is the purpose of a feature store in an ML system?"
        "Why do we need a {s}? Can't we just query the database?",  # BA: "Why do we need a feature store? Can't we just query the database?"
        "Why do we need a {s} instead of computing features in the serving app?",  # BB: "Why do we need a feature store instead of computing features in the serving app?"
        "What problem does a {s} solve that a database does not?",  # BC: "What problem does a feature store solve that a database does not?"
        "### 1) What problem does a {s} solve?",  # O: "### 1) What problem does a feature store solve?"
        "Why is {s} often used before fully replacing a production ML model with a new version?",  # BD: "Why is shadow deployment often used before fully replacing a production ML model with a new version?"
        "1. What {S} Is Actually Solving",  # BE: "1. What MLflow Is Actually Solving"
        "What role does a {s} play?",  # BF: "What role does a Model Registry play?"
    ),
}

# A  https://www.glassdoor.sg/Interview/Very-basic-easy-questions-about-the-general-study-e-g-what-is-a-computer-adaptive-test-QTN_4333593.htm  (College Board interview question, educational testing)
# B  https://m.brainscape.com/flashcards/population-and-sampling-14660051/packs/21756833  (A-level psychology research methods flashcards, sampling)
# C  https://www.enotes.com/homework-help/can-you-please-give-me-any-information-about-348344  (AP Psychology student homework question)
# D  https://codioo.com/political-science-questions/qualitative-methods-questions/explain-the-concept-of-data-saturation-in-qualitative-research  (political science qualitative methods question bank)
# E  https://brainscape.com/flashcards/research-methods-5118588/packs/7567798  (psychology research methods flashcards)
# F  https://www.brainscape.com/flashcards/experimental-methods-extraneous-variable-19387906/packs/23007401  (psychology research methods flashcards, extraneous variables)
# G  https://careerskills.interviewgemini.com/?p=115948  (psychometrics and standardized testing interview questions)
# H  https://mycourses.aalto.fi/mod/h5pactivity/view.php?id=796808&lang=fi  (Aalto TU-L0022 Statistical Research Methods, video description)
# I  http://www.bristol.ac.uk/cmm/learning/multilevel-models/what-why.html  (Centre for Multilevel Modelling, "What are multilevel models and why should I use them?")
# J  https://www.brainscape.com/flashcards/pilot-studies-19387948/packs/23007401  (psychology research methods flashcards, pilot studies)
# K  https://gizmo.ai/community/deck/16682747  (student flashcard deck, pilot studies)
# L  https://api.brainscape.com/flashcards/pilot-study-16894959/packs/22298872  (student flashcards, pilot study)
# M  https://api.brainscape.com/flashcards/rm-content-analysis-9160380/packs/14078317  (psychology research methods flashcards, content analysis)
# N  https://brainscape.com/flashcards/research-methods-13483639/packs/21190285  (psychology research methods flashcards, self-report)
# O  https://faqs.tips/post/what-are-the-problems-of-using-cronbachs-alpha-coefficient.html  (ResearchGate question mirror)
# P  https://quanswer.com/en/state-disadvantages-of-online-surveys  (Q&A site question title)
# Q  https://brainscape.com/flashcards/research-methods-2325706/packs/4137581  (psychology research methods flashcards)
# R  https://www.brainscape.com/flashcards/research-methods-5942253/packs/8589483  (psychology research methods flashcards, types of experiment)
# S  github blei-lab/edward issue #946  ("If the history of a specific question is one...(in bayesian IRT)")
# T  https://gizmo.ai/community/deck/3763814?featureId=10  (student flashcard deck, thematic analysis)
# U  https://brainscape.com/flashcards/thematic-analysis-11537473/packs/19887974  (student flashcards, thematic analysis)
# V  https://epidemiology.blog/knowledgebase/how-are-focus-groups-conducted  (research methods knowledge base question page)
# W  http://delphitechnique.blogspot.com/p/steps-of-delphi-technique.html  (student blog on the Delphi technique, page heading)
# X  https://imathworks.com/cv/solved-intuitive-explanation-for-inverse-probability-of-treatment-weights-iptws-in-propensity-score-weighting  (Cross Validated question 273367 mirror, title)
# Y  https://experts123.com/q/how-does-the-computer-adaptive-general-test-work.html  (Q&A page on the computer-adaptive GRE General Test)
# Z  https://faqs.tips/post/are-there-significant-ways-to-minimise-the-common-method-bias-in-cross-sectional-survey-research.html  (ResearchGate question mirror, common method bias)
# AA https://brainscape.com/flashcards/research-methods-12645154/packs/21199506  (psychology research methods flashcards, investigator effects)
# AB https://questionai.com/amp/questions-tO1n2eRUDc/avoid-order-effect  (homework Q&A, "How do you avoid order effect?")
# AC https://faqs.tips/post/what-have-researchers-found-useful-in-optimising-participant-retention-in-long-term-studies.html  (ResearchGate question mirror, participant retention)
# AD https://scribbr.co.uk/faqs/how-do-you-prevent-attrition-bias  (Scribbr research methods FAQ)
# AE https://brainscape.com/flashcards/demand-characteristics-7618318/packs/12559258  (psychology research methods flashcards, demand characteristics)
# AF https://brainscape.com/flashcards/extraneous-variables-11081043/packs/19691641  (psychology research methods flashcards, extraneous variables)
# AG https://jokogunawan.com/can-we-use-the-same-data-for-efa-and-cfa-instrument_development/  (nursing researcher's blog on instrument development, EFA/CFA)
# AH https://lobbyboy-dray.github.io/posts/multilevel-revisit  (social science student's blog post on multilevel modeling)
# AI https://gizmo.ai/community/deck/17351488  (A-level psychology research methods flashcard deck, hypotheses)
# AJ https://dimewiki.worldbank.org/wiki/Randomized_Response_Technique  (World Bank DIME Wiki, survey methods page heading)
# AK https://ucf-psy3213c-exam1.examzify.com/question/when-are-case-studies-typically-e491594aa85bf3d1  (UCF PSY 3213C research methods exam prep question page)
# AL https://www.scribd.com/document/545650120/Delphi-Method-in-Health-Social-Sciences  (Chalmers & Armour, "The Delphi Technique", health social sciences methods handbook chapter, contents heading)
# AM github IndrajeetPatil/ggstatsplot issue #430  ("Accommodate survey weights", maintainer's question)
# AN https://scales.arabpsychology.com/stats/what-are-some-examples-of-data-analysis-using-latent-class-analysis-in-mplus/  (psychology statistics question page)
# AO https://www.reference.com/world-view/example-hawthorne-effect-5a72fe257cd45a99  (Q&A page title)
# AP https://maricahasevip.com/which-of-the-following-exemplifies-the-hawthorne-effect  (page quoting the psychology quiz question)
# AQ https://anywugn.com/?p=309  (page on demand characteristics, list heading)
# AR https://www.toolazytostudy.com/free-psychology-essays/longitudinal-studies%3A-unveiling-behavior-over-time  (psychology essay outline heading)
# AS https://www.slideshare.net/slideshow/social-network-analysis-applications-for-education-research/73218999  (education research slide deck title)
# AT https://technoglot.blogspot.com/2026_03_22_archive.html  (blog post on leading and loaded survey questions)
# AU UCLA Statistical Computing Seminars, "Introduction to Survey Data Analysis in Stata 9" (text stored in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
# AV https://faqs.tips/post/why-do-you-need-a-pre-testing-of-a-questionnaire-survey.html  (ResearchGate question mirror, title)
# AW stored file id 62303080638 (psychology research methods textbook chapter "Experimental Study", "## Practice Questions"; repository not shown)
# AX github roshith-prakash/QuizzerAI : src/data/MCQ.js  (psychometrics quiz questions)
# AY https://gizmo.ai/community/deck/23299031?featureId=10  (A-level psychology flashcard deck, content analysis)
# AZ https://gizmo.ai/community/deck/20069066  (A-level psychology flashcard deck, pilot studies and controls)
# BA https://api.brainscape.com/flashcards/research-methods-pilot-studies-19255278/packs/22894668  (psychology research methods flashcards, pilot studies)

BLIND73_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Very basic, easy questions about the general study. e.g., what is a {s}?",  # A: "Very basic, easy questions about the general study. e.g., what is a computer adaptive test?"
        "What is the definition of {s}?",  # B: "What is the definition of order effects?"
        'Can you please give me any information about "{s}" ? I need its definition or whatever in AP Psychology class. Please. Any info can help',  # C: "Can you please give me any information about \"counterbalancing order effect\" ? I need its definition or whatever in AP Psychology class. Please. Any info can help"
        "Explain the concept of {s}.",  # D: "Explain the concept of data saturation in qualitative research."
        "Describe {s}",  # E: "Describe matched pair designs"
        "● What is meant by {s}?",  # F: "● What is meant by internal validity?"
        "Q 1. Explain the concept of {s}.",  # G: "Q 1. Explain the concept of reliability in psychometrics."
        "Definition of a {s}",  # B: "Definition of a population"
    ),
    "advantages": (
        "What are the benefits of {s} and why should you use them?",  # H: "What are the benefits of SEMs and why should you use them?"
        "Why use {s}?",  # I: "Why use multilevel models?"
        "● What is one advantage of {s}?",  # J: "● What is one advantage of pilot studies?"
        "What is a major strength of conducting a {s}?",  # K: "What is a major strength of conducting a pilot study?"
        "how can {s} be useful practically",  # L: "how can pilot studies be useful practically"
        "What are 2 advantages of {s}?",  # B: "What are 2 advantages of random sampling?"
        "What are some strengths of {s}?",  # M: "What are some strengths of content analysis?"
        "strengths of {s}",  # N: "strengths of self report"
    ),
    "limitations": (
        "what are the problems of using {s} and what is the new method to replace this method?",  # O: "In calculating the reliability of the tool, what are the problems of using Cronbach's alpha coefficient and what is the new method to replace this method?"
        "State disadvantages of {s}",  # P: "State disadvantages of online surveys"
        "What are limitations of {s}?",  # M: "What are limitations of content analysis?"
        "What is a potential drawback of {s}?",  # K: "What is a potential drawback of pilot studies?"
        "What are 3 disadvantages of {s}?",  # B: "What are 3 disadvantages of random sampling?"
        "Disadvantages of {s}",  # Q: "Disadvantages of Questionnaires"
        "limitations of {s}",  # N: "limitations of self report"
        "Give the limitations of a {s}",  # R: "Give the limitations of a laboratory experiment"
    ),
    "works": (
        "how does a {s} work",  # L: "how does a pilot study work"
        "Actually, I am not fully understanding the logic of {s}.",  # S: "Actually, I am not fully understanding the logic of Bayesian IRT."
        "How to conduct a {s}:",  # T: "How to conduct a Thematic Analysis:"
        "what are the 6 stages of {s}",  # U: "what are the 6 stages of thematic analysis"
        "How are {s} conducted?",  # V: "How are focus groups conducted?"
        "Steps of the {s}",  # W: "Steps of the Delphi Technique"
        "Intuitive Explanation for {s}",  # X: "Intuitive Explanation for Inverse Probability of Treatment Weights (IPTWs)"
        "How does the {s} work?",  # Y: "How does the computer-adaptive General Test work?"
    ),
    "fix": (
        "Are there significant ways to minimise the {s}? Please provide me with the sources.",  # Z: "Are there significant ways to minimise the common method bias in cross-sectional survey research? Please provide me with the sources."
        "How can you reduce {s}?",  # AA: "How can you reduce unconscious bias?"
        "What is another way to control {s}?",  # AA: "What is another way to control investigator effects?"
        "How do you avoid {s}?",  # AB: "How do you avoid order effect?"
        "I'm interested in strategies and tools in reducing {s} in long-term studies and I am looking for any advice or practical tips anyone has to offer.",  # AC: "I'm interested in strategies and tools in reducing participant drop-out in long-term studies and I am looking for any advice or practical tips anyone has to offer."
        "How do you prevent {s}?",  # AD: "How do you prevent attrition?"
        "how can {s} be reduced?",  # AE: "how can investigator effects be reduced?"
        "How can you solve {s}?",  # AF: "How can you solve order effects?"
    ),
    "when": (
        "On the other hand, the next question is, when can you do {s} only?",  # AG: "On the other hand, the next question is, when can you do CFA only?"
        "The most basic question about {s}: When and why should we use it?",  # AH: "The most basic question about multilevel modeling: When and why should we use it?"
        "● When is a {s} carried out?",  # J: "● When is a pilot study carried out?"
        "When should a {s} be used?",  # AI: "When should a directional hypothesis be used?"
        "When is a {s} appropriate?",  # AI: "When is a non-directional hypothesis appropriate?"
        "When should I use {s}?",  # AJ: "When should I use randomized response technique?"
        "When Should Researchers Opt for {s}?",  # AK: "When Should Researchers Opt for Case Studies?"
        "2 What Questions Can Be Answered Using a {s}?",  # AL: "2 What Questions Can Be Answered Using a Delphi Technique?"
    ),
    "examples": (
        "Can you please post an example where {s} is relevant or useful?",  # AM: "Can you please post an example where this kind of analysis is relevant or useful?"
        "What are some examples of data analysis using {s}?",  # AN: "What are some examples of data analysis using latent class analysis in Mplus?"
        "What Is an Example of the {s}?",  # AO: "What Is an Example of the Hawthorne Effect?"
        "Which of the following exemplifies the {s}?",  # AP: "Which of the following exemplifies the Hawthorne effect?"
        "Examples of some common {s}:",  # AQ: "Examples of some common demand characteristics:"
        "Examples of {s} in Psychology",  # AR: "Examples of Longitudinal Studies in Psychology"
        "{S} Applications for Education Research",  # AS: "Social Network Analysis Applications for Education Research"
        "Some additional {s} examples (derived from Google searching):",  # AT: "Some additional leading questions examples (derived from Google searching):"
    ),
    "purpose": (
        "### Why do we need {s}?",  # AU: "### Why do we need survey data analysis software?"
        "Why do you need a {s}?",  # AV: "Why do you need a pre-testing of a questionnaire survey?"
        "3. What is the purpose of {s}? What happens if you do not use it?",  # AW: "3. What is the purpose of random assignment? What happens if you do not use it?"
        "What is the primary goal of {s}?",  # AX: "What is the primary goal of psychometrics?"
        "Why do researchers conduct {s}?",  # K: "Why do researchers conduct pilot studies?"
        "why conduct {s}?",  # AY: "why conduct content analysis?"
        "What role does a {s} play in research?",  # AZ: "What role does a control group play in research?"
        "aim of {s}",  # BA: "aim of pilot studies"
    ),
}

# A  github joshuadelaney/learn-advanced-plcs-hmi-scada : exam-2019-advanced-plcs-hmi-and-scada-autm07018-paper.md (stored file id 30985803495; LIT Advanced PLCs, HMI & SCADA exam paper)
# B  https://askfilo.com/user-question-answers-smart-solutions/question-1-compulsory-a-explain-the-following-terms-used-in-3430393737393336 (SCADA / communication systems exam paper posted by a student)
# C  https://askfilo.com/user-question-answers-smart-solutions/question-seven-a-explain-the-meaning-of-the-term-scada-and-3437343136373734 (supervisory control exam paper posted by a student)
# D  https://www.nandantechnicals.com/2021/10/plc-and-scada-interview-question-and-answers.html
# E  https://forumelectrical.com/top-25-scada-interview-questions-and-answers
# F  https://interviewquestionshub.com/questions-answers/cat/scada
# G  http://www.ehow.co.uk/list_7152627_benefits-statistical-process-control_.html
# H  https://thresholdiq-site.pages.dev/blog/automatic-vs-manual-threshold-detection.html
# I  https://blog.dataiku.com/5-reasons-predictive-maintenance-overhyped
# J  https://amcvibro.com/publications/10-alarm-thresholds/ (vibrodiagnostics article series)
# K  https://zweng.dev/integral-windup (engineering notes)
# L  https://university.govur.com/courses/automated-manufacturing-systems-operations-and-maintenance/flashcard/qs-BRyhcf0fkota (flashcard question)
# M  https://rungs.dev/docs/structured-text/what-is-structured-text (PLC programming docs, heading)
# N  https://fme.safe.com/guides/spatial-computing/digital-twin-examples/
# O  https://meanlyguru.com/oee-meaning/
# P  https://winenfood.com/a-clear-explanation-of-data-historian-software
# Q  https://www.rapidonline.com/news/inside-a-plc
# R  https://advplcpracticequestions.examzify.com/question/what-is-the-significance-of-ce93ec73a6ca80c5 (Advanced PLC practice test)
# S  https://eilitetech.com/inverter-working-principle-guide/
# T  https://www.vertica.com/what-is/predictive-maintenance/ (vendor explainer, heading)
# U  https://www.stxnext.com/blog/why-predictive-maintenance-projects-fail-key-challenges (heading)
# V  https://lnvtools.com/digital-twins-in-manufacturing-from-design-to-production-the-virtual-revolution (heading)
# W  https://www.nwasoft.com/ProvenBenefitsofSPC (SPC vendor article title)
# X  https://softabase.com/guides/predictive-vs-preventive-maintenance (heading)
# Y  https://selftronics.com/blog/ (automation blog post title)
# Z  https://worldofinstrumentation.com/interview-questions-on-instrumentation-part-1
# AA https://www.experts123.com/q/what-is-deadband-in-process-control-engineering.html
# AB https://www.keyence.com/products/measure/resources/measurement-sensors-resources/preventing-false-rejections-balancing-sensitivity-and-accuracy-in-inspection-systems.jsp
# AC https://www.avrfreaks.net/comment/512676 (forum thread "ADC noise and inductors", strain-gauge load cell measurement)
# AD https://qualitech.ai/?p=2583 (machine-vision inspection article title)
# AE github micmic210/mildew-detection-app issues #16 and #22 (cherry-leaf mildew detection project)
# AF https://resources.skill-lync.com/branches/instrumentation/questions/process-control-inst/integral-windup-prevention (instrumentation interview question)
# AG https://consultport.com/simply-explained/when-and-why-to-use-a-digital-twin
# AH https://www.pekatvision.com/?p=13492 (machine-vision vendor Q&A)
# AI https://www.cottongrower.com/cotton-news/is-variable-rate-application-for-you/ (trade magazine)
# AJ https://controlstation.com/tag/utilities/ (process-control vendor blog, post teaser)
# AK https://controlstation.com/blog/cascade-control-isnt-right-solution/
# AL https://agfuse.medium.com/variable-rating-fertilizer-does-it-pay-off-48581e8aca15 (AgFuse farming blog)
# AM https://anticobranca.com.br/blog/wireless-sensor-networks-pros-and (heading)
# AN https://scientiazone.com/what-farmers-dont-tell-you-about-variable-rate-fertilizing
# AO https://semiconductorinsight.com/blog/what-are-the-key-challenges-in-deploying-industrial-wireless-sensor-networks
# AP https://www.rfwireless-world.com/Terminology/Advantages-and-Disadvantages-of-WSN.html (heading)
# AQ https://fatfinger.io/predictive-maintenance-advantages-and-disadvantages/ (heading)
# AR https://eitca.org/artificial-intelligence/eitc-ai-gcml-google-cloud-machine-learning/introduction/what-is-machine-learning/what-are-possible-application-of-ml-in-the-field-of-electric-power-systems
# AS https://eatsip365.com/real-world-pid-controller-application-examples
# AT https://www.civilexperiences.com/2021/08/define-remote-sensing-give-applications.html (heading)
# AU https://agriclass2019.blogspot.com/2021/07/avenues-of-remote-sensing-in-agriculture.html
# AV https://www.mdpi.com/2073-4441/17/20/2957 (review title, water utilities)
# AW https://f7i.ai/blog/the-2025-predictive-maintenance-playbook-5-in-depth-examples-how-to-implement-them
# AX https://automationforum.in/t/instrumentation-interview-question-brief-idea-about-cascade-control/311 (forum post, heading)
# AY https://automationforum.in/t/instrumentation-interview-questions-based-on-temperature-measurement/6266 (forum post)
# AZ https://instrunexus.com/working-principles (instrumentation interview Q&A)
# BA https://www.electronicspoint.com/forums/threads/about-plc.101980/ (forum thread "about plc")
# BB https://ramseyelbasheer.io/2022/05/06/how-does-the-defect-detection-tool-work-in-deep-learning/ (mirror of a manufacturing defect-detection post)
# BC https://plcblog.in/instruments/interview/top-instrumentation-interview-questions.php
# BD https://info.premiercrop.com/blog/why-use-variable-rate-prescriptions
# BE https://selfgrowth.com/articles/opc-the-industrial-iot-protocol-that-matters (heading)

BLIND74_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "(a) Explain the meaning of the term {s} and give two examples (6 marks)",  # C: "(a) Explain the meaning of the term SCADA and give two examples (6 marks)"
        "{S} Meaning – Quick Definition",  # O: "OEE Meaning – Quick Definition"
        "What is {s}, Really?",  # P: "What is Data Historian Software, Really?"
        "What {s} Actually Is—And Isn't",  # X: "What Preventive Maintenance Actually Is—And Isn't"
        "{S} – What is it?",  # Y: "OPC UA – What is it?"
        "What Exactly Is {s}?",  # V: "What Exactly Is a Digital Twin?"
        "2. What is {s}? Explain.",  # Z: "2. What is RTD? Explain."
        "What is “{s}” in process control engineering?",  # AA: "What is “deadband” in process control engineering?"
    ),
    "advantages": (
        "1. Explain to the client the benefits of investing in and using {s}",  # A: "1. Explain to the client the benefits of investing in and using OPC connectivity"
        "d. State four (4) benefits of {s}. [5marks]",  # B: "d. State four (4) benefits of time division multiplexing. [5marks]"
        "4. What are the advantages of using {s}?",  # F: "4. What are the advantages of using SCADA systems?"
        "What Are Some Benefits of {s}?",  # G: "What Are Some Benefits of Statistical Process Control?"
        "The Case for {s}",  # H: "The Case for Manual Thresholds"
        "Proven Benefits of Utilizing {s} in Manufacturing",  # W: "Proven Benefits of Utilizing SPC in Manufacturing – If SPC is the Answer, What’s the Question?"
        "{S}: Does It Pay Off?",  # AL: "Variable-Rating Fertilizer: Does It Pay Off?"
        "The Awesome Upsides: Advantages of {s}",  # AM: "The Awesome Upsides: Advantages of Wireless Sensor Networks"
    ),
    "limitations": (
        "What {s} Can't Catch",  # H: "What Manual Thresholds Can't Catch"
        "5 Reasons Why {s} Is Overhyped",  # I: "5 Reasons Why Predictive Maintenance Is Overhyped"
        "Why is {s} difficult?",  # J: "Why is setting thresholds difficult?"
        "{S} challenges",  # U: "Predictive maintenance challenges"
        "Disadvantages of {s}",  # AQ: "Disadvantages of Predictive Maintenance"
        "What Farmers Don’t Tell You About {s}",  # AN: "What Farmers Don’t Tell You About Variable Rate Fertilizing"
        "What Are the Key Challenges in Deploying {s}?",  # AO: "What Are the Key Challenges in Deploying Industrial Wireless Sensor Networks?"
        "Drawbacks or disadvantages of {s}",  # AP: "Drawbacks or disadvantages of WSN"
    ),
    "works": (
        "Explain the functionality of {s}. Include a diagram to support your explanation, illustrating the conceptual view of the inner workings.",  # A: "Explain the functionality of an OPC server. Include a diagram to support your explanation, illustrating the conceptual view of the inner workings of the OPC server."
        "a. With the aid of a diagram, explain the operation of {s}. [8marks]",  # B: "a. With the aid of a diagram, explain the operation of a feedback LC oscillator. [8marks]"
        "But what actually happens inside {s}?",  # Q: "But what actually happens inside a PLC once it’s powered on?"
        "How {s} Actually Works",  # S: "VFD Working Principle: How a Variable Frequency Drive Actually Works"
        "## 4. What is the operating principle of {s}?",  # AY: "## 4. What is the operating principle of RTD?"
        "Q2 Explain the working principle of {s}.",  # AZ: "Q2 Explain the working principle of a Strain Gauge Pressure Transmitter."
        "hi how {s} works .is it useful for robot designing ? plz give me good inforrmation",  # BA: "hi how plc (programming of logic controls) works .is it useful for robot designing ? plz give me good inforrmation"
        "How Does The {s} Work in Deep Learning?",  # BB: "How Does The Defect Detection Tool Work in Deep Learning?"
    ),
    "fix": (
        "(ii) Explain how this {s} can be compensated for. (6 marks)",  # C: "(ii) Explain how this loss of signal can be compensated for. (6 marks)"
        "How to prevent or reduce {s}",  # K: "How to prevent or reduce integral windup"
        "Preventing {s}: Balancing Sensitivity and Accuracy",  # AB: "Preventing False Rejections: Balancing Sensitivity and Accuracy in Inspection Systems"
        "What do you think is the best way to reduce {s} for the least effort/time?",  # AC: "What do you think is the best way to reduce noise for the least effort/time?"
        "How to Reduce {s} with AI Vision Technology",  # AD: "How to Reduce False Rejects with AI Vision Technology"
        "Prevent {s} Using Regularization",  # AE (#16): "Prevent Overfitting Using Regularization"
        "Apply {s} Prevention Techniques",  # AE (#22): "Apply Overfitting Prevention Techniques"
        "What is {s} and how is it prevented?",  # AF: "What is integral windup and how is it prevented?"
    ),
    "when": (
        "Under what circumstances is {s} the most appropriate for implementing a control algorithm?",  # L: "Under what circumstances is structured text (ST) the most appropriate PLC programming language for implementing a control algorithm?"
        "When to Use {s}",  # M: "When to Use ST"
        "When should you use {s} instead of traditional analytics?",  # AG: "When should you use a digital twin instead of traditional analytics?"
        "When should I use {s}, and when is rule-based vision better?",  # AH: "When should I use deep learning, and when is rule-based vision better?"
        "Is {s} For You?",  # AI: "Is Variable Rate Application For You?"
        "Who Should Use {s}?",  # AJ: "Who Should Use Feed Forward Control? What applications are best for Feed Forward?"
        "What applications are best for {s}?",  # AJ: "Who Should Use Feed Forward Control? What applications are best for Feed Forward?"
        "When {s} Isn’t the Right Solution",  # AK: "When Cascade Control Isn’t the Right Solution"
    ),
    "examples": (
        "2. Applications of {s}?",  # D: "2. Applications of PLC?"
        "{S} Examples",  # N: "Digital Twin Examples"
        "What are possible application of {s} in the field of electric power systems?",  # AR: "What are possible application of ML in the field of electric power systems?"
        "Real-World {s} Application Examples",  # AS: "Real-World PID Controller Application Examples"
        "What is the Application of {s} in Agriculture?",  # AT: "What is the Application of Remote Sensing in Agriculture?"
        "Avenues of {s} in Agriculture",  # AU: "Avenues of Remote sensing in Agriculture"
        "{S} Applications in the Water Sector: A Review",  # AV: "Digital Twin Applications in the Water Sector: A Review"
        "What does {s} actually look like in my facility?",  # AW: "\"What does this actually look like in my facility?\"" (this = predictive maintenance)
    ),
    "purpose": (
        "3. Explain the role of {s} in automation.",  # D: "3. Explain the role of PLC in automation."
        "11). Why is {s} used?",  # E: "11). Why is SCADA used?"
        'What is the significance of the "{s}"?',  # R: "What is the significance of the \"Watchdog Timer\" in a PLC?"
        "What makes {s} so important?",  # T: "What makes predictive maintenance so important?"
        "{S} Necessity:",  # BE: "OPC Necessity:"
        "Why {s} ?",  # AX: "Why cascade control loop ?"
        "What truly is the purpose of {s}?",  # BD: "What truly is the purpose of a variable rate prescription?"
        "2. What is the Importance of {s}?",  # BC: "2. What is the Importance of Instruments?"
    ),
}

# A  https://asu-bmi201final.examzify.com/question/what-does-interoperability-refer-to-cd506b20e42fd78c  (ASU BMI201 Introduction to Clinical Informatics final exam prep)
# B  http://grafana.stuvia.com/doc/11268637/psychiatric-nursing-contemporarypractice-7-final-paper-2026-practiceexam-complete-questions-andsolutions-graded-a  (psychiatric nursing exam Q&A)
# C  https://www.stuvia.com/en-za/doc/9299860/wgu-c468-final-oa-information-management-and-application-of-technology-latest-2025-real-exam-with-100-verified-questions-and-correct-answers  (WGU C468 nursing informatics exam)
# D  https://www.scribd.com/document/820612363/Introduction-to-Health-Informatics-Practice-MCQs  (health informatics MCQs; read via the lppkmi.xyz mirror)
# E  https://doceree.com/in/blog/clinical-decision-support-systems-what-are-its-types-and-advantages/  (blog post title)
# F  stored file id 15986451836 (healthcare.ai / Health Catalyst talk slides "Tactical Applied AI & ML" for clinicians and analysts; the index did not show its repository)
# G  https://nursinginformatics.examzify.com/question/what-is-nursing-science-6230193021e815ae  (Nursing Informatics exam prep page)
# H  https://www.reliasmedia.com/articles/148149-tjc-offers-tips-to-boost-smart-infusion-pump-safety  (Relias Media, hospital patient-safety newsletter)
# I  http://grafana.stuvia.com/doc/9840234/nsg-421-nursing-informatics-final-exam-prep-2026-qns-en-ans  (NSG 421 nursing informatics exam prep)
# J  https://www.stuvia.com/en-us/doc/10268714/c468-objective-assessment-oa-study-guide-western-governors-university-wgu-20262027-informatics-practice-assessment-with-questions-and-correct-answers  (WGU C468 study guide)
# K  https://www.healthguideinfo.com/health-informatics/p6756/  (health informatics article heading)
# L  github cpreiksaitis/ai_med_ed_resources : start-here/readme.md  (AI resources for medical educators)
# M  https://docnunez.com/telehealth-after-pandemic.html  (physician's blog, heading)
# N  https://fr.scribd.com/document/262477116/SEMINAR-on-Use-of-Computers  (MSc nursing seminar, specific objectives)
# O  https://nursesrevisionuganda.com/computer-questions-and-answers  (Ugandan nursing school revision questions)
# P  https://allnurses.com/what-pros-cons-computer-charting-t564863/  (allnurses forum thread)
# Q  https://essayhelp101.com/2021/09/16/escribe-three-reasons-why-it-is-important-to-have-interoperable-systems  (health informatics course assignment prompt)
# R  https://getassist.net/be-careful-using-clinical-prediction-rules-in-practice/  (physiotherapy clinic article title)
# S  https://www.medicalalgorithms.com/conditions-which-can-result-in-error-when-using-a-clinical-prediction-rule  (clinical calculator site, heading)
# T  https://www.urologytimes.com/view/why-is-copying-and-pasting-in-the-ehr-such-a-problem-  (Urology Times, physician-written article title)
# U  https://nursing-science.com/knowledgebase/how-does-barcode-scanning-work-in-clinical-settings  (nursing knowledge-base question page)
# V  https://nextlevelessays.com/components-of-bar-code-administration-system-technology/  (nursing informatics project assignment prompt)
# W  https://www.johnsnowlabs.com/leveraging-natural-language-processing-to-extract-key-insights-from-clinical-notes-at-scale  (clinical NLP vendor blog, heading)
# X  https://studyspark.io/decks/cmpj24nfk00vh54x9c54cgff1  (nursing pharmacology flashcard deck)
# Y  https://rajveer242kaur8.wixsite.com/website/post/introduction-of-computer-unit-i-bsc-nursing-i-year  (B.Sc. Nursing I year notes, heading)
# Z  http://medinstrum.com/telemetry-monitor/  (medical-instrument blog on telemetry monitoring)
# AA https://medx.it.com/how-does-a-smart-pump-work-to-enhance-medication-safety  (article on smart infusion pumps)
# AB https://transcribe.health/en-ca/blog/ambient-ai-listening-clinical-documentation  (blog for physicians, heading)
# AC https://termpapernow.com/samples/alarm-fatigue-essay-term-paper-4990/  (nursing term paper, PICO critical thinking question)
# AD https://link.springer.com/chapter/10.1007/978-3-319-43742-2_13  (Secondary Analysis of Electronic Health Records, chapter learning objectives)
# AE https://rikkagroup.com/how-to-mitigate-algorithmic-bias-in-healthcare  (post title)
# AF https://online.ic.edu/articles/alarm-fatigue-in-nursing/  (nursing school article)
# AG https://blog.ramzinaouali.ca/post.php?slug=ai-model-drift-clinical-environments-monitoring-detection-retraining  (healthcare security/informatics blog, title)
# AH https://censinet.com/perspectives/model-decay-patient-safety-managing-ai-drift-clinical-systems  (healthcare risk blog, title)
# AI https://allnurses.com/alarm-fatigue-t736226/  (allnurses forum article)
# AJ http://www.americansentinel.edu/blog/2012/11/13/the-electronic-medical-record-overcoming-alert-fatigue/  (nursing school blog, title)
# AK http://educatedpt.com/articles/2015/9/12/clinical-prediction-rules-where-do-they-fit-in-our-clinical-practice  (physical therapy students' blog, title)
# AL https://thosenerdygirls.org/telehealth  (health-science explainer, heading)
# AM https://www.everlywell.com/blog/virtual-care/when-to-use-telehealth/  (medically reviewed blog, title)
# AN https://www.brainscape.com/flashcards/skills-and-procedures-indicators-contrai-13898953/packs/21388868  (clinical skills flashcards)
# AO https://knowt.com/flashcards/195b892d-fa3c-4c3f-873f-1924a4d8ed7e  (Nursing Review 2025 flashcards)
# AP https://www.econbiz.de/Record/artificial-intelligence-on-call-the-physician-s-decision-of-whether-to-use-ai-in-clinical-practice/10013309513  (paper title)
# AQ https://enttoday.org/article/can-chatgpt-be-used-for-patient-education/2  (ENTtoday, otolaryngology practitioners' magazine, title)
# AR https://www.chrislovejoy.me/decisions-inappropriate-for-ai  (clinician's blog on clinical AI, title)
# AS stored file id 15027361343 (health informatics student page "CDS and CPOE", "# Additional questions:" list; the index did not show its repository)
# AT https://quizwizapp.com/es/study/informatics-final-3dqZI  (nursing informatics final exam questions)
# AU https://qeeebo.com/questions/how/e9/03e/how-might-science-be-used-in-nursing  (Q&A page)
# AV https://www.wonderslate.com/u/Mumbai%20University/Biomedical%20Engineering/telemedicine-and-health-informatics/notes?siteName=books  (telemedicine and health informatics notes, learning objectives)
# AW https://www.nursesforai.org/resources-guides/ai-literacy-essentials  (nurses' AI literacy guide, heading)
# AX https://nursekayceehere.com/2024/05/19/how-ai-is-helping-nurses  (nurse's blog)
# AY https://rowanhss1complete.examzify.com/question/why-is-interoperability-important-5e7c2452cad613a1  (Rowan Health Systems Science 1 exam prep)
# AZ https://nurseabroad.in/question/q244/  (nursing exam question page)
# BA http://grafana.stuvia.com/doc/11385309/nr-360-information-systems-in-healthcare-introduces-healthcare-technologies-electronic-health-records-data-management-informatics-principles-and-technology-supported-patient-care.  (NR 360 nursing information systems questions)
# BB http://grafana.stuvia.com/doc/11561364/ati-test-nurses-touch-nursing-informatics-and-technologycomplete-study-guide-with-practice-2025-2026-comprehensivenursing-informatics-exam-prep-exam-guide-.  (ATI nursing informatics study guide)
# BC https://www.scribd.com/document/892171123/Clinical-Decision-Support  (clinical decision support quiz; read via an rt.http3.lol proxy)

BLIND75_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What does {s} refer to in the context of health information systems?",  # A: "What does interoperability refer to in the context of health information systems?"
        "◉ What does the term '{s}' refer to?",  # B: "◉ What does the term 'therapeutic use of self' refer to?"
        "Question: How is {s} defined in the context of nursing informatics?",  # C: "Question: How is information defined in the context of nursing informatics?"
        "1. {S} is best defined as:",  # D: "1. Health informatics is best defined as:"
        "What is {s}? What are its types and advantages?",  # E: "What is Clinical Decision Support Systems? What are its types and advantages?"
        "# Just What _is_ {s}?",  # F: "# Just What _is_ ML?"
        "So, what exactly is {s}?",  # G: "So, what exactly is nursing science?"
        "What is {s}, and how does it work to boost safety?",  # H: "What is DERS, and how does it work to boost safety?"
    ),
    "advantages": (
        "What is the primary benefit of using {s} in electronic documentation?",  # I: "What is the primary benefit of using standardized nursing language such as NANDA, NIC, and NOC in electronic documentation?"
        "10. How can using {s} with your patients improve overall outcomes?",  # J: "10. How can using simulation technology with your patients improve overall outcomes?:"
        "What Are The Benefits Of {s}?",  # K: "What Are The Benefits Of A Clinical Decision Support System?"
        "### **Why Should I Use {s} ?**",  # L: "### **Why Should I Use AI ?**"
        "What {s} is good at",  # M: "What telehealth is good at"
        "Enlist advantages of {s} in nursing",  # N: "Enlist advantages of computers in nursing"
        "- What are the benefits of using {s}?",  # O: "- What are the benefits of using a computer?"
        "1) Name at least three positive outcomes you see utilizing {s}.",  # P: "1) Name at least three positive outcomes you see utilizing electronic charting."
    ),
    "limitations": (
        "3. Identify two critical challenges associated with {s}",  # Q: "3. Identify two critical challenges associated with data interoperability"
        "◉ What challenges do nurses face when using {s}?",  # B: "◉ What challenges do nurses face when using EBP?"
        "5 Reasons Why You Should Be Careful Using {s} in Practice:",  # R: "5 Reasons Why You Should Be Careful Using Clinical Prediction Rules in Practice:"
        "Conditions which can result in error when using {s}:",  # S: "Conditions which can result in error when using a clinical prediction rule:"
        "List down the disadvantages of {s} in hospitals",  # N: "List down the disadvantages of computers in hospitals"
        "- What are the disadvantages of over using {s}?",  # O: "- What are the disadvantages of over using computer?"
        "2. Name at least three negative outcomes, challenges, or even problems to the using of {s}.",  # P: "2. Name at least three negative outcomes, challenges, or even problems to the using of electronic charting."
        "Why is {s} in the EHR such a problem?",  # T: "Why is copying and pasting in the EHR such a problem?"
    ),
    "works": (
        "How Does {s} Work in Clinical Settings?",  # U: "How Does Barcode Scanning Work in Clinical Settings?"
        "• Explain the steps involved in {s}",  # V: "• Explain the steps involved in bar code medication administration"
        "How does {s} handle complex clinical language?",  # W: "How does NLP handle complex clinical language?"
        "What is the primary mechanism of action of {s}?",  # X: "What is the primary mechanism of action of benzodiazepines?"
        "How {s} work?",  # Y: "How computer work?"
        "So, how does {s} work in real?",  # Z: "So, how does this practice work in real?" (this practice = telemetry monitoring)
        "So, how does {s} work to mitigate these critical risks?",  # AA: "So, how does a smart pump work to mitigate these critical risks?"
        "How {s} works",  # AB: "How ambient clinical intelligence works"
    ),
    "fix": (
        "Critical Thinking questions: what are the best methods which are helpful and recommended to reduce and fight {s}?",  # AC: "Critical Thinking questions: what are the best methods which are helpful and recommended to reduce and fight false alarms which in-turn reduces alarm fatigue among the ICU nurses and the entire staff?"
        "• What options are available for dealing with {s}.",  # AD: "• What options are available for dealing with missing data."
        "How to mitigate {s} in healthcare",  # AE: "How to mitigate algorithmic bias in healthcare"
        "What can nurses do to help combat {s}?",  # AF: "What can nurses do to help with alarm management and combat alarm fatigue?"
        "{S} in Clinical Environments: How to Monitor, Detect, and Retrain Safely",  # AG: "AI Model Drift in Clinical Environments: How to Monitor, Detect, and Retrain Safely"
        "Model Decay and Patient Safety: Managing {s} in Clinical Systems",  # AH: "Model Decay and Patient Safety: Managing AI Drift in Clinical Systems"
        "Here are some tips nurses can use to overcome {s}:",  # AI: "Here are some tips nurses can use to overcome alarm fatigue:"
        "The Electronic Medical Record: Overcoming {s}",  # AJ: "The Electronic Medical Record: Overcoming Alert Fatigue"
    ),
    "when": (
        "{S}: Where Do They Fit in Our Clinical Practice?",  # AK: "Clinical Prediction Rules: Where Do They Fit in Our Clinical Practice?"
        "💻 When is {s} a good option?",  # AL: "💻 When is telehealth a good option?"
        "When to use {s}: a guide",  # AM: "When to use telehealth: a guide"
        "Indications for {s}",  # AN: "Indications for an OPA"
        "Contraindications for {s}",  # AO: "Contraindications for NG tube"
        "The Physician's Decision of Whether to Use {s} in Clinical Practice",  # AP: "Artificial Intelligence on Call : The Physician's Decision of Whether to Use AI in Clinical Practice"
        "Can {s} Be Used for Patient Education?",  # AQ: "Can ChatGPT Be Used for Patient Education?"
        "Some clinical decisions are inappropriate for {s}",  # AR: "Some clinical decisions are inappropriate for AI"
    ),
    "examples": (
        "What are some current implementations of {s}?",  # AS: "What are some current implementations of CDS?"
        "7. Which of the following is an example of {s}?",  # D: "7. Which of the following is an example of a health app?"
        "91. Which is an example of {s}?",  # AT: "91. Which is an example of apomediation?"
        "## Where is {s} Used?",  # F: "## Where is AI/ML Used?"
        "Q. How might {s} be used in nursing?",  # AU: "Q. How might science be used in nursing?"
        "• Identify various types of {s} and their practical applications",  # AV: "• Identify various types of telemedicine and their practical applications"
        "Everyday Examples of {s} in Healthcare",  # AW: "Everyday Examples of AI in Healthcare"
        "Here are some of the interesting ways that {s} is helping nurses:",  # AX: "Here are some of the interesting ways that AI is helping nurses:"
    ),
    "purpose": (
        "Why is {s} important?",  # AY: "Why is interoperability important?"
        "Whyare {s} used in clinical practice?",  # AZ: "Whyare physiological scoring systems or early warning scoring systems used in clinical practice?"
        "◉ What is the role of {s} in nursing?",  # B: "◉ What is the role of clinical algorithms in nursing?"
        "1. A nurse is learning about the core components of a health information system. Which of the following is the primary purpose of {s}?",  # BA: "1. A nurse is learning about the core components of a health information system. Which of the following is the primary purpose of a clinical data repository?"
        "2. The primary goal of {s} is to:",  # D: "2. The primary goal of health informatics is to:"
        "# But, Why {s}?",  # F: "# But, Why ML?"
        "What is the role of {s} in clinical decision-making?",  # BB: "What is the role of the DIKW framework in clinical decision-making?"
        "1. What is the primary goal of {s}?",  # BC: "1. What is the primary goal of Clinical Decision Support Systems (CDSS)?"
    ),
}

# A  github xoNelz/Soccermatics : course/source/lesson2/introducingExpectedGoals.md (football analytics course lesson)
# B  http://www.infrarrealismo.com/garmin-body-battery-what-is-it-and-why-should-you-care/
# C  https://interviewgemini.com/interviews/interview-questions-for-periodization-training/
# D  https://coreskills.interviewgemini.com/interviews/interview-questions-for-sport-and-exercise-science
# E  https://join.cc/de/cycling-tips/eftp-in-the-join-app (cycling app blog)
# F  https://blog.theover.ai/?p=568 (betting analytics blog)
# G  https://www.balljourno.com/article/the-importance-of-stacking-in-daily-fantasy-football
# H  https://beerlife.com/nfl-dfs-101-the-strategy-of-stacking/
# I  https://visionquestcoaching.com/articles/why-sweet-spot (cycling coaching article)
# J  https://completeathlete.uk/wearing-a-whoop-changed-my-view-on-health-in-6-months
# K  https://www.trainerroad.com/blog/sweet-spot-training-everything-you-need-to-know/ (table of contents)
# L  https://www.bettingtools.co.uk/blog/expected-goals-pros-and-cons/
# M  https://www.krypto-kasino.com/post/57892.html (sports-gambling post, table of contents)
# N  https://aibrainpowered.com/2024/10/17/why-the-oura-ring-is-taking-the-world
# O  https://runnersconnect.net/running-interviews/is-the-hype-about-double-threshold-workouts-justified/
# P  https://1x2.tv/fr/blog/elo-rating-system-football (football prediction blog, heading)
# Q  https://outdoors.nordling.de/learn/what-are-the-limitations-of-wrist-based-heart-rate-monitors
# R  https://utopiesconcretes.org/the-problem-with-xg-why-expected-goals-is-a-flawed-metric/
# S  https://thestrengthcrew.com/blog/thedownsidesofrpebasedtraining
# T  https://kingsofkauffman.com/2013/04/02/the-danger-of-relying-on-small-sample-sizes (baseball fan blog)
# U  https://thibarmy.com/rpe-based-training-part-2-rpe-based-training-can-worst-enemy
# V  http://www.rule5cyclingcoaching.com/news-1/2020/6/19/the-for-amp-against-for-using-erg-mode
# W  http://victorylifeinternational.org/index-415.html (mirror of Science for Sport article "Acute:Chronic Workload Ratio", contents list)
# X  https://forums.garmin.com/forum/into-sports/running/forerunner-935-aa/1402583-how-the-training-load-works (Garmin user forum)
# Y  https://cyclingforums.com/threads/why-zone-2-builds-resilience-for-high-intensity-race-surges.489095
# Z  https://support.whoop.com/hc/en-us/articles/360019453654-How-is-Recovery-Calculated- (wearable FAQ)
# AA https://forum.intervals.icu/t/eftp-how-does-it-work/5851 (training-app user forum)
# AB https://512project.run/blog/All-About-Dpouble-Threshold (running coach blog, video article)
# AC http://www.firstbeat.com/consumers/firstbeat-intelligence-in-heart-rate-monitors (wearable analytics vendor page)
# AD https://connect.sportsvector.co/blog/recovery-score-science
# AE https://www.stamfordstriders.org/Pages/Overtraining-and-how-to-tackle-it (running club page)
# AF http://running.competitor.com/2014/07/training/four-tactics-for-avoiding-overtraining_20055/5
# AG https://northjerseyaw.com/preventing-overfitting-in-betting-models
# AH https://overs.top/model-validation-checklist-how-to-avoid-overfitting-in-10-00
# AI http://running.competitor.com/2012/03/training/the-effect-of-cardiac-drift-on-heart-rate-training_48317/4
# AJ https://reddit.adminforge.de/r/ultrarunning/comments/1h9zkzi/cardiac_drift (r/ultrarunning mirror)
# AK https://www.24alife.com/advice/fitness (gym chain fitness advice page)
# AL https://caronelearning.com/doms/
# AM https://outdoors.nordling.de/learn/what-are-the-limitations-of-wrist-based-heart-rate-monitors-outdoors (related-question list)
# AN https://forums.t-nation.com/t/is-periodization-really-necessary/168546 (strength training forum)
# AO https://cuttystrength.com/periodization-used-beginner/
# AP https://smartertraining.ai/blog/category/indoor-cycling (blog post title)
# AQ https://www.triathlete.com/gear/at-what-point-am-i-ready-for-a-power-meter/ (reader Q&A)
# AR https://saris.com/blogs/saris-blog/blog-is-a-power-meter-right-for-me
# AS https://www.softeq.com/blog/wearable-technology-in-professional-sports-four-real-life-examples
# AT https://imanagerpublications.com/article/3751/ (paper title, wearable technology in elite sports)
# AU https://www.iat.uni-leipzig.de/datenbanken/iks/dbv-base-softball/Record/4039729 (sports-science database record title)
# AV https://gptgnosis.com/topic/computer-vision/how-is-computer-vision-used-in-sports-analytics
# AW https://quickpose.ai/faqs/what-are-the-applications-of-computer-vision-in-sports/ (vendor FAQ)
# AX https://cogniteq.com/blog/how-wearable-technology-changing-sports-industry (heading)
# AY https://codeburst.io/use-cases-of-computer-vision-in-the-sports-industry-58af7e1a2acf
# AZ https://red2.klt.pw/r/workout/comments/1q4zuu3/why_deload_why_not_just_take_a_week_off (r/workout mirror)
# BA https://coachedbycal.com/blogs/nerdy-stuff/to-deload-or-not-to-deload
# BB https://www.royalsreview.com/2009/5/20/881309/so-what-is-the-deal-with-wins (baseball fan blog)
# BC https://cyclingforums.com/threads/what-is-the-role-of-zone-2-training-in-building-aerobic-base-fitness.489596
# BD https://www.connecttoperform.ie/post/zone-2-training-what-s-the-big-deal
# BE https://fitforgeai.blog/2026/05/22/beginner-periodization-training-a-simple-guide/
# BF https://www.inknowvation.com/node/161925 (news article on the Stryd running power meter)
# BG https://authenticworldd.com/blogs/all-blog-posts-authenticworldd/what-is-a-gps-sports-vest-and-what-do-they-actually-measure
# BH https://newbe.dev/why-does-the-elo-rating-system-work (mirror of a Mathematics Stack Exchange question on sports/chess ratings)

BLIND76_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "### What are {s}",  # A: "### What are expected goals"
        "{S}: What is it and why should you care?",  # B: "Garmin Body Battery: What is it and why should you care?"
        "Q 1. Define {s} and its core principles.",  # C: "Q 1. Define periodization training and its core principles."
        "Q 2. Explain the concept of {s} in training.",  # D: "Q 2. Explain the concept of periodization in training."
        "What exactly is {s}?",  # E: "What exactly is eFTP?"
        "What Is {s} in Betting Models?",  # F: "What Is Overfitting in Betting Models?"
        "So, what exactly is {s}, and why is it such a game-changer in DFS?",  # G: "So, what exactly is stacking, and why is it such a game-changer in DFS?"
        "What Is “{s}”?",  # H: "What Is “Stacking”?"
    ),
    "advantages": (
        "Now that you understand what {s} is all about, why should you bother?",  # I: "Now that you understand what Sweet Spot is all about, why should you bother?"
        "But is {s} worth the hype?",  # J: "But is it worth the hype?" (it = the WHOOP band)
        "Why is {s} an Effective Training Tool?",  # K: "Why is Sweet Spot an Effective Training Tool?"
        "Things that are good about {s}:",  # L: "Things that are good about expected goals (xG):"
        "4. Benefits of Using {s} in Sports Gambling",  # M: "4. Benefits of Using ML in Sports Gambling"
        "But what makes {s} stand out from the crowd?",  # N: "But what makes the Oura Ring stand out from the crowd?"
        "Is the Hype About {s} Justified?",  # O: "Is the Hype About “Double Threshold” Workouts Justified?"
        "Advantages of {s} in Football Prediction",  # P: "Advantages of ELO in Football Prediction"
    ),
    "limitations": (
        "What Are the Limitations of {s}?",  # Q: "What Are the Limitations of Wrist-Based Heart Rate Monitors?"
        "Things not so good or limitations of {s}:",  # L: "Things not so good or limitations of expected goals:"
        "The Problem with {s}",  # R: "The Problem with xG: Why Expected Goals is a Flawed Metric"
        "The Downsides of {s} from a Coaches Perspective and When It Can Be Useful",  # S: "The Downsides of RPE Based Training from a Coaches Perspective and When It Can Be Useful"
        "The Danger of Relying on {s}",  # T: "The Danger of Relying on Small Sample Sizes"
        "Part 2: Why {s} Can Be Your Worst Enemy",  # U: "RPE-Based Training – Part 2: Why RPE-Based Train Can Be Your Worst Enemy"
        "We all know the benefits but what about the downsides to using {s}….",  # V: "We all know the benefits but what about the downsides to using this…."
        "7. Are there any issues with the {s}?",  # W: "7. Are there any issues with the acute:chronic workload ratio?"
    ),
    "works": (
        "How the {s} works?",  # X: "How the training load works?"
        "So, whats the real science behind {s}, and how do we know its not just a myth perpetuated by coaches who want to make their athletes feel better about themselves?",  # Y: "So, whats the real science behind Zone 2, and how do we know its not just a myth perpetuated by coaches who want to make their athletes feel better about themselves?"
        "How is {s} Calculated?",  # Z: "How is Recovery Calculated?"
        "{S} - how does it work?",  # AA: "eFTP - how does it work?"
        "🎥 {S} — How does it actually work?",  # AB: "🎥 Double Threshold — How does it actually work?"
        "What is behind {s}?",  # AC: "What is behind Training Effect?"
        "The Science Behind {s}",  # AD: "The Science Behind Recovery Scores"
        "Why does the {s} work?",  # BH: "Why does the Elo rating system work?"
    ),
    "fix": (
        "{S} and how to tackle it",  # AE: "Overtraining and how to tackle it"
        "4 Ways To Avoid {s}",  # AF: "4 Ways To Avoid Overtraining"
        "Preventing {s} in Betting Models: Validation Techniques",  # AG: "Preventing Overfitting in Betting Models: Validation Techniques"
        "Model Validation Checklist: How to Avoid {s} in 10,000-Run Sports Simulations",  # AH: "Model Validation Checklist: How to Avoid Overfitting in 10,000-Run Sports Simulations"
        "What can you do about {s}?",  # AI: "What can you do about cardiac drift?"
        "Is this {s}? Is there a way to combat this?",  # AJ: "Is this Cardiac Drift? Is there a way to combat this?"
        "What Can We Do to Relieve {s}?",  # AK: "What Can We Do to Relieve DOMS?"
        "How to reduce {s}?",  # AL: "How to reduce DOMS?"
    ),
    "when": (
        "Who Should Use {s}?",  # K: "Who Should Use Sweet Spot Training?"
        "In What Situations Is {s} Sufficiently Accurate?",  # AM: "In What Situations Is a Wrist-Based Monitor Sufficiently Accurate?"
        "Is {s} Really Necessary?",  # AN: "Is Periodization Really Necessary?"
        "Why shouldn't beginners use {s}?",  # AO: "Why shouldn't beginners use these methods?" (linear / non-linear periodization)
        "When {s} Can Be Beneficial:",  # S: "When RPE Can Be Beneficial:"
        "How to use {s} well (and when to turn it off)",  # AP: "How to use ERG mode well (and when to turn it off)"
        "At what point am I “ready” for {s}?",  # AQ: "At what point am I “ready” for a power meter?"
        "Is {s} Right For Me?",  # AR: "Is a Power Meter Right For Me?"
    ),
    "examples": (
        "Use Cases and Real-Life Examples of {s} in Sports",  # AS: "Use Cases and Real-Life Examples of Wearable Technology in Sports"
        "Applications of {s} in Elite Sports",  # AT: "Applications of Wearable Technology in Elite Sports"
        "5 times {s} has changed the face of sports",  # AU: "5 times analytics has changed the face of sports"
        "Question: How is {s} used in sports analytics?",  # AV: "Question: How is computer vision used in sports analytics?"
        "What Are The Applications of {s} in Sports?",  # AW: "What Are The Applications of Computer Vision in Sports?"
        "Examples of {s} in sports",  # AX: "Examples of wearable technology in sports"
        "Use Cases of {s} in the Sports Industry",  # AY: "Use Cases of Computer Vision in the Sports Industry"
        "3. How {s} is Used in Sports Gambling",  # M: "3. How ML is Used in Sports Gambling"
    ),
    "purpose": (
        "Why {s}?",  # AZ: "Why deload? Why not just take a week off?"
        "Why Is {s} Needed?",  # BA: "Why Is A Deload Week Needed?"
        "So What is the Deal with {s}? Or, What is it Good For?",  # BB: "So What is the Deal with Wins Above Replacement? Or, WAR, What is it Good For?"
        "So, Ill ask again: whats the point of {s}, and is it really worth the time and effort?",  # BC: "So, Ill ask again: whats the point of Zone 2 training, and is it really worth the time and effort?"
        "{S}: What's the Big Deal?",  # BD: "Zone 2 Training: What's the Big Deal?"
        "### Why is {s} Important for Beginners?",  # BE: "### Why is Periodization Important for Beginners?"
        "What exactly is {s} for? And do we need it?",  # BF: "What exactly is Styrd for? And do we need it?"
        "Why Do Football Teams Use {s}?",  # BG: "Why Do Football Teams Use GPS Vests?"
    ),
}

# A  http://oldnewjokes.com/would-you-define-ocr/
# B  http://itsmyacademy.com/sample-paper-for-masters-in-library-information-science-first-year-ma-sample-paper-for-library-science-model-question-paper-for-library-science/
# C  https://courses.ischool.berkeley.edu/i202/f97/Lecture11/tsld012.htm
# D  http://www.allpurposeguru.com/2012/01/controlled-vocabulary-the-key-to-using-a-library-catalog/
# E  http://libguides.lib.siu.edu/controlledvocabularies
# F  https://amst2661.wordpress.com/2013/10/20/network-analysis-nicole/
# G  https://andersonology.com/2019/02/09/what-is-digitization-really/
# H  github LibraryCarpentry/lc-open-refine : episodes/01-introduction.md (lesson "questions:" front matter)
# I  https://servicewaves.com/importance-of-digitization-thoughts-on-the-reasons-of-popularity/
# J  https://lucidea.com/blog/the-benefits-of-digitization/
# K  https://www.w3.org/2005/Incubator/lld/wiki/Benefits
# L  http://www.dataversity.net/librarians-embrace-linked-data/
# M  https://hermes-dkz.github.io/OpenRefine-humanities/06-reconciling-data.html
# N  http://frenchoralnarrative.qub.ac.uk/corpus_methodology_tei.php
# O  https://www.totalexams.com/question-paper/18840/library-organization-b-lib-first-semester-su-solapur-university-maharashtra-october-2018.html
# P  https://lists.tei-c.org/archives/list/tei-council@lists.tei-c.org/message/OPDVKHLXM54RRUE3ZMZQESK6ASEOXAJV/attachment/2/attachment.html
# Q  https://www.answers.com/computers/What_are_the_Disadvantages_of_a_OCR
# R  https://r4thehumanities.home.blog/what-are-some-of-the-problems-with-topic-modeling/
# S  http://www.ehow.co.uk/info_8616424_disadvantages-ocr.html
# T  github newtfire/textEncoding-Hub issue #47
# U  stored file id 53273915037 (OCR PDF tool FAQ data; the index did not show its repository)
# V  github tesseract-ocr/tesseract issue #3850
# W  https://www.frakturschrift.com/en:fraktur_ocr_challenges
# X  http://www.worldwideocr.com/2019/01/limitations-of-ocr-technology/
# Y  https://askfilo.com/exams/cujk-libraryandinformationscience-2023-previous-year-question-paper
# Z  https://groups.google.com/d/msgid/tesseract-ocr/f63d620f-cfc8-4b6b-b4fa-691ae04f6234%40googlegroups.com
# AA http://www.salfobikienga.rbind.io/tags/linear-regression/
# AB stored file id 70817102980 (project Q&A notes with an OCR section; the index did not show its repository)
# AC http://www.kb.nl/hrd/dd/dd_projecten/webarchivering/technisch-en.html
# AD github JaidedAI/EasyOCR issue #215
# AE github naptha/tesseract.js issue #274
# AF github ocrmypdf/OCRmyPDF issue #1464
# AG github clovaai/deep-text-recognition-benchmark issue #154
# AH github PaddlePaddle/PaddleOCR issue #10983
# AI github lsvih/Sliding-Convolution issue #2
# AJ http://journal.code4lib.org/articles/7019
# AK github ZZZHANG-jx/DocRes issue #14
# AL https://www.choice360.org/libtech-insight/how-to-future-proof-your-bibliographies-against-link-rot/
# AM http://onsnetwork.org/chartgerink/2015/08/07/dealing-with-reference-rot/
# AN https://fileconvertlab.com/blog/ocr-vs-manual-transcription
# AO https://digitalrelics.uk/posts/ocr-htr-pipelines/ocr-vs-htr-difference.html
# AP https://rc.cplp.org/Record/rcaap_4ae3e4bc40e2ac4ef5b1a8b0fa3d944e/Description
# AQ http://www.margotnote.com/blog/2018/08/13/in-house-and-outsourced-digitization
# AR stored file id 55424561353 (pdfvision README FAQ; the index did not show its repository)
# AS github opendatalab/DocLayout-YOLO issue #47
# AT github penny4860/Yolo-digit-detector issue #41
# AU https://guides.library.illinois.edu/c.php?g=1416243&p=10495563
# AV https://libguides.wesleyan.edu/c.php?g=1470776
# AW github LibraryCarpentry/lc-data-intro : _episodes/04-regular-expressions.md (lesson "questions:" front matter)
# AX https://andersonarchival.com/learn/what-is-optical-character-recognition-ocr/
# AY https://askfilo.com/user-question-answers-smart-solutions/answer-the-following-questions-with-regards-to-ocr-3337303431313531
# AZ https://katiewillard.org/tag/youtube/
# BA https://www.teklia.com/en/named-entities-recognition
# BB https://www.competitiveintelligencebrief.com/edition/daily-competitive-intelligence-intelligence-2021-10-06/?open-article-id=20316629&article-title=5-amazing-ai-and-machine-learning-projects-in-the-glam-sector&blog-domain=vable.com&blog-title=vable
# BC github JaidedAI/EasyOCR issue #127
# BD https://totalexams.com/question-paper/29094/academic-library-system-master-of-information-science-mlis-nalanda-open-university-nou.html
# BE https://www.totalexams.com/question-paper/18877/document-description-b-theory-lib-second-semester-su-solapur-university-maharashtra-march.html
# BF http://www.inflibnet.ac.in/wiki/index.php/UGC_NET_Qeustion_Paper_Dec_2000
# BG https://askfilo.com/exams/4910-26-documentdescription-b-theory-2016-previous-year-question-paper
# BH https://listserv.brown.edu/cgi-bin/wa?A3=ind1809&L=TEI-L&E=quoted-printable&P=53397&B=--&T=text%2Fplain;%20charset=utf-8&header=1
# BI http://altbibl.io/dst4l/openrefine-reconcile-extend-publish/
# BJ https://teach-dariah-cur.acdh-dev.oeaw.ac.at/mod/lesson/view.php?id=22&pageid=199

BLIND77_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Would you define {s}?",  # A: "Would you define OCR?"
        "7. Define the term ‘{s}’. Discuss its different types and uses.",  # B: "7. Define the term ‘Database’. Discuss its different types and uses."
        "What is a “{S}”",  # C: "What is a “Controlled Vocabulary”"
        "So what is a {s}?",  # D: "So what is a controlled vocabulary?"
        "What's a {S}?",  # E: "What's a Controlled Vocabulary?"
        "what exactly is {s}?",  # F: "what exactly is network analysis?"
        "What is {s} really?",  # G: "What is digitization really?"
        "What is {S}? What can it do?",  # H: "What is OpenRefine? What can it do?"
    ),
    "advantages": (
        "Why has {s} become so popular?",  # I: "Why has digitization become so popular?"
        "The Benefits of {S}",  # J: "The Benefits of Digitization"
        "Benefits of the {S} Approach",  # K: "Benefits of the Linked Data Approach"
        "Why Librarians Should Embrace {S}",  # L: "Why Librarians Should Embrace Linked Data"
        "Why is {s} useful in humanities research?",  # M: "Why is reconciliation useful in humanities research?"
        "Why opt for {S} methodology ?",  # N: "Why opt for TEI methodology ?"
        "Explain advantages of {s}.",  # O: "Explain advantages of acquiring periodical directly from publishers."
        "Why would people ever turn to {s} to represent data?",  # P: "Why would people ever turn to the TEI to represent data?"
    ),
    "limitations": (
        "What are the Disadvantages of a {S}",  # Q: "What are the Disadvantages of a OCR"
        "What are some of the problems with {s}?",  # R: "What are some of the problems with topic modeling?"
        "The Disadvantages of {S}",  # S: "The Disadvantages of OCR"
        "What questions and issues can you identify with {s}?",  # T: "What questions and issues can you identify with the transcription process?"
        "Will {s} be perfect?",  # U: "Will OCR be perfect?"
        "The recognition result becomes very bad after {s}. why ?",  # V: "The recognition result becomes very bad after fine tune. why ?"
        "{S} Challenges on Historic Documents",  # W: "OCR Challenges on Historic Documents"
        "Limitations of {s} technology",  # X: "Limitations of OCR technology"
    ),
    "works": (
        "Q3: Explain the working of {s} and its types.",  # Y: "Q3: Explain the working of a search engine and its types."
        "i'm working on {s},i need to know how does it work. Is it based on dictionary?",  # Z: "i'm working on tesseract 4.00.00 alpha,i need to know how does it work. Is it based on dictionary?how does tesseract extract features and how can i measure accuracy?"
        "can you provide some intuition behind {s}?",  # AA: "can you provide some intuition behind topic modeling?"
        "### Q6: How does {s} work in this project?",  # AB: "### Q6: How does OCR work in this project?"
        "How does {s} work?",  # AC: "How does web archiving work?"
        "And what's the logic behind {s}?",  # AD: "And what's the logic behind the condition `mat[t, :] >= 0.5/maxC`?"
        "Internal working of the {s}",  # AE: "Internal working of the library" (issue title)
        "I'm curious, by what mechanism does {s} improve the deskew process?",  # AF: "I'm curious, by what mechanism does that option improve the deskew process?"
    ),
    "fix": (
        "hi,can you tell me how to solve {s}",  # AG: "hi,can you tell me how to solve overfitting"
        "Can you please how did you overcome {s}",  # AG: "Can you please how did you overcome overfitting"
        "How to prevent {s}?",  # AH: "How to prevent over-fitting?"
        "Any tricks to avoid {s}?",  # AI: "Any tricks to avoid overfitting?"
        "Tools for Reducing and Managing {S}",  # AJ: "Tools for Reducing and Managing Link Rot in LibGuides"
        "Can you give a advice for removing {s} for good text detection?",  # AK: "Can you give a advice for removing transparent objects for good text detection?"
        "So what’s an academic author to do if they want to protect their work from {s}?",  # AL: "So what’s an academic author to do if they want to protect their work from link rot?"
        "Dealing with {s}",  # AM: "Dealing with reference rot"
    ),
    "when": (
        "When {S} Is the Right Choice",  # AN: "When OCR Is the Right Choice"
        "When should you reach for {s}?",  # AO: "When should you reach for HTR instead of OCR?"
        "How can humanists know when it is appropriate to use {s}?",  # F: "How can humanists know when it is appropriate to use network analysis?"
        "Is {s} suitable in this context?",  # AP: "Is this approach suitable in this context?"
        "When Using {S} Is Best",  # AQ: "When Using a Vendor Is Best"
        "## When should I use {s}?",  # AR: "## When should I use OCR?"
        "Can {s} to analysis hand writing documents?",  # AS: "Can this model to analysis hand writing documents?"
        "I was wondering if we can use {s} for handwritten digit recognition in documents",  # AT: "I was wondering if we can use this model for handwritten digit recognition in documents"
    ),
    "examples": (
        "Example {S} Projects",  # AU: "Example Text Mining Projects"
        "A few examples of studies utilizing {s}:",  # AV: "A few examples of studies utilizing TDM:"
        "How can you imagine using {s} in your work?",  # AW: "How can you imagine using regular expressions in your work?"
        "How Do Digital Archivists Use {S}?",  # AX: "How Do Digital Archivists Use Optical Character Recognition?"
        "5.16.4 List TWO examples how a teacher would use {s} in his/her teaching practice.",  # AY: "5.16.4 List TWO examples how a teacher would use OCR in his/her teaching practice."
        "What Can You Do With {S}?",  # AZ: "What Can You Do With Crowdsourced Digitization?"
        "{S} Applications",  # BA: "Named-Entities Recognition Applications"
        "5 amazing {s} projects in the GLAM sector",  # BB: "5 amazing AI and Machine Learning projects in the GLAM sector"
    ),
    "purpose": (
        "What is purpose of {s}? It used at training time?",  # BC: "What is purpose of dict files? It used at training time?"
        "10. State the need and objectives of {s}.",  # BD: "10. State the need and objectives of a library consortia."
        "b)Explain in detail the importance of {s}.",  # BE: "b)Explain in detail the importance of standards in cataloguing."
        "6. Justify the need for {s}",  # BF: "6. Justify the need for conducting user studies in libraries"
        "a) State the functions of {s}.",  # BG: "a) State the functions of subject catalogue."
        "I guess what I am trying to grasp is: why {s}? What is the problem it solves, that <mainstream alternative> does not.",  # BH: "I guess what I am trying to grasp is: why TEI? What is the problem it solves, that <mainstream alternative> does not."
        "What is the reason for {s}?",  # BI: "What is the reason for reconciliation?"
        "Why use {S}?",  # BJ: "Why use TEI?"
    ),
}

# A  https://redlib.fmhy.net/r/UXDesign/comments/18bk3db/what_do_people_really_mean_when_they_say_design  (r/UXDesign mirror)
# B  https://www.hollistercreative.com/website-banner-blindness-is-something-you-should-know-about/
# C  https://juneux.com/blog/2016/04/ux-word-of-the-day-banner-blindness/
# D  https://zee-bee.medium.com/10-best-design-systems-and-how-to-learn-and-steal-from-them-75a6e4299a8e
# E  https://niqcurry.com/information-architecture-101-why-card-sorting-isnt-always-the-best-choice
# F  github mahanandhan/flixerlearn frontend/src/pages/interview/Ui-UxIq.jsx (stored file id 2223497360, UI/UX interview questions)
# G  https://learnhtml.foobrdigital.com/explain-a-b-testing/
# H  https://smarttldr.pages.dev/en/topic/ab-testing/eli5
# I  github eonist/conduit issue #89 ("Figma launches chat with sonnet 3.7") and issue #211 ("Limitations of Figma AI")
# J  github toxicoder/devset docs/interview-questions/product__design/ux_writer.md
# K  https://feedme.design/why-design-thinking-matters-in-ux-and-how-to-use-it
# L  https://kuti.studio/content/ai-ux-research
# M  github sid-bgk/question-bank data/universities/amity-university-online/bca/semester-1/human-computer-interaction/ module-2/brief.ts, module-3/brief.ts, module-4/brief.ts (HCI course question bank)
# N  https://trustrum.com/?p=2128  ("Artificial intelligence (AI) pros and cons in UX design")
# O  https://penpot.app/blog/why-use-design-tokens
# P  https://innerview.co/terms/artificial-intelligence
# Q  https://rl.lavenderfield.xyz/r/DesignThinking/comments/11wnzws/criticisms_on_design_thinking_as_it_is_right_now  (r/DesignThinking mirror)
# R  https://murmurings.murmuration.uk/p/card-sorting-has-a-problem-actually-it-has-several
# S  https://fastercapital.com/content/A-B-Testing--How-to-Compare-and-Optimize-Different-Versions-of-Your-Product.html
# T  https://interviewdb.com/product-sense/315
# U  https://nerdleveltech.com/courses/data-science-interviews/learn/ab-testing/common-pitfalls
# V  https://www.weareconflux.com/en/blog/eye-tracking-in-user-research/
# W  https://blucado.com/sus-calculator/
# X  https://dovetail.com/blog/pulling-back-the-curtain-on-dovetail-magic
# Y  https://progress.com/blogs/ux-crash-course-double-diamond-process
# Z  https://mull-overthing.com/how-do-i-compare-sus-scores/
# AA https://johansoulet.fr/en/2021-01-11-en-design-system
# AB https://www.xugj520.cn/en/archives/screencoder-tutorial-ui-design-to-html-css.html
# AC stored file id 70867628866 (design-token configurator "About" menu questions, incl. the Figma plugin entry; the index did not show its repository)
# AD http://www.90percentofeverything.com/2010/02/18/spare-a-thought-for-the-experimenter-effect-in-user-research/
# AE https://www.marcocau.com/en_US/2024/01/12/strategies-to-reduce-bias-in-user-interview-research/
# AF https://www.koji.so/docs/confirmation-bias-user-research
# AG https://brilliaz.com/page.php?p=0025778
# AH https://cn.coursera.org/lecture/ux-research-at-scale/nonresponse-reducing-cost-WJHJt  (UX research course lecture transcript)
# AI https://cornerstone-digital.com.au/banner-blindness-how-to-overcome-it/
# AJ https://medium.com/wisepops/banner-blindness-and-how-to-design-against-it-ca4a8527135d
# AK https://wiredpen.com/2009/07/29/web-design-tip-avoid-banner-blindness/
# AL https://wunder.io/insights/when-should-you-use-design-system
# AM https://terem.tech/intro-to-design-systems-do-i-need-one-and-why
# AN https://www.freecardsort.com/comparisons/card-sorting-vs-tree-testing
# AO https://dzinerhub.com/glossary/skeleton-screen
# AP https://app.uxcel.com/courses/ui-components-n-patterns/modals--dialogs-best-practices-166/usage-1328  (reference title quoted on the lesson page)
# AQ https://socialposts.kvibber.com/2014/02/15/should-i-use-a-carousel/
# AR https://www.mariadiazm.com/posts/how-i-use-ai-in-my-design-process-and-where-i-dont
# AS https://thisisglance.com/learning-centre/what-are-the-best-examples-of-micro-interactions-in-popular-apps
# AT https://conversionxl.com/blog/6-user-onboarding-flows/
# AU https://eatsip365.com/common-applications-for-an-eye-tracker
# AV https://www.producttalk.org/glossary-ai-sentiment-analysis
# AW https://fastercapital.com/content/Eye-Tracking--How-to-Conduct-and-Analyze-Your-Eye-Tracking-Studies-for-Conversion-Modeling.html
# AX https://iagodantasf.github.io/tech-studies/roadmaps/skill-based/design-system/lessons/fundamentals/design-system-examples
# AY https://hellointern.in/blog/top-interview-questions-and-answers-for-usability-testing-38355
# AZ https://etches.ink/2014/01/07/new-blog-post-the-best-argument-ive-read-for-why/
# BA https://devrant.com/rants/3144411/the-height-of-pretentious  (comment)
# BB https://www.reddit.com/r/UXDesign/comments/t0yvt5/be_honest_do_you_really_work_with_personas/  (comment)

BLIND78_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What do people really mean when they say {s}?",  # A: "What do people really mean when they say Design Thinking?"
        "Q: A design-savvy family member recently told me that “{s}” was hurting a promotion on my organization’s website. What is she referring to?",  # B: "Q: A design-savvy family member recently told me that “banner blindness” was hurting a promotion on my organization’s website. What is she referring to?"
        "UX Word of the Day: {S}",  # C: "UX Word of the Day: Banner Blindness"
        "What is {s} anyway?",  # D: "What is a design system anyway?"
        "What Is {S}, and Why Do We Use It?",  # E: "What Is Card Sorting, and Why Do We Use It?"
        "How do you define {s}?",  # F: "How do you define user-centered design?"
        "Explain {s}",  # G: "Explain A/B testing"
        "{S} — Explain Like I'm 5",  # H: "A/B Testing — Explain Like I'm 5"
    ),
    "advantages": (
        "## Pros of {S}",  # I (#89): "## Pros of Figma AI"
        "**Question:** Why invest in {s}?",  # J: "**Question:** Why invest in a Design System?"
        "Why Is {S} So Popular?",  # K: "Why Is Design Thinking So Popular?"
        "What {S} is Good At (Right Now)",  # L: "What AI is Good At (Right Now)"
        "What are the advantages of {s} in evaluation?",  # M (module-3): "What are the advantages of field studies in evaluation?"
        "The arguments for {s} in UX design",  # N: "The arguments for artificial intelligence (AI) in UX design"
        "Why use {S}? 7 practical reasons designers and developers swear by",  # O: "Why use Design Tokens? 7 practical reasons designers and developers swear by"
        "Question 1: How does {s} improve the accuracy of user research?",  # P: "Question 1: How does AI improve the accuracy of user research?"
    ),
    "limitations": (
        "Limitations of {S}",  # I (#211): "Limitations of Figma AI"
        "Criticisms on {s} as it is right now",  # Q: "Criticisms on design thinking as it is right now"
        "{S} has a problem. Actually, it has several",  # R: "Card sorting has a problem. Actually, it has several"
        "3. What are the challenges and limitations of {s}?",  # S: "3. What are the challenges and limitations of A/B testing?"
        "What challenges are associated with {s}?",  # M (module-4): "What challenges are associated with ubiquitous computing?"
        "What are common pitfalls in interpreting {s} results?",  # T: "What are common pitfalls in interpreting A/B test results?"
        "Question 4: Are there any ethical concerns with using {s} in user research?",  # P: "Question 4: Are there any ethical concerns with using AI in user research?"
        "Common {S} Pitfalls",  # U: "Common A/B Testing Pitfalls"
    ),
    "works": (
        "But how does {s} work?",  # V: "But how does an eye tracker work?"
        "How is {s} calculated?",  # W: "How is SUS calculated?"
        "Pulling back the curtain on {s}",  # X: "Pulling back the curtain on Dovetail magic"
        "But how does {s} actually work in a day-to-day context? What does that process look like practically, for the people designing software with it?",  # Y: "But how does iteration actually work in a day-to-day context? What does that process look like practically, for the people designing software with it?"
        "How does the {s} work?",  # Z: "How does the system usability scale ( SUS ) work?"
        "What can we found in {s} ?",  # AA: "What can we found in a design system ?"
        "1. Three-Minute Overview: How {S} Works",  # AB: "1. Three-Minute Overview: How ScreenCoder Works"
        "How the {s} works",  # AC: "How the Figma plugin works"
    ),
    "fix": (
        "What steps do you take to mitigate {s}?",  # AD: "What steps do you take to mitigate the experimenter effect?"
        "How to Combat {S}:",  # AE: "How to Combat Confirmation Bias:"
        "{S} in User Research: How to Recognize and Eliminate It",  # AF: "Confirmation Bias in User Research: How to Recognize and Eliminate It"
        "Techniques for avoiding {s} during hypothesis-driven customer interviews.",  # AG: "Techniques for avoiding confirmation bias during hypothesis-driven customer interviews."
        "We talked about lots of ways you could increase benefits, but how do you reduce {s}?",  # AH: "We talked about lots of ways you could increase benefits, but how do you reduce the cost of participating in a survey?"
        "{S} – How to Overcome It",  # AI: "Banner Blindness – How to Overcome It"
        "{S} and how to design against it",  # AJ: "Banner blindness and how to design against it"
        "Web Design Tip: Avoid {S}",  # AK: "Web Design Tip: Avoid Banner Blindness"
    ),
    "when": (
        "When should you use {s}?",  # AL: "When should you use a design system?"
        "Do I Need {S}?",  # AM: "Do I Need a Design System?"
        "When to Use {S}",  # AN: "When to Use Card Sorting"
        "When not to use {S}?",  # AO: "When not to use Skeleton Screen?"
        "Can {s} be used for all types of product decisions?",  # T: "Can A/B testing be used for all types of product decisions?"
        "{S}: When (& When Not) to Use Them",  # AP: "Modal & Nonmodal Dialogs: When (& When Not) to Use Them | Nielsen Norman Group"
        "Should I Use {S}?",  # AQ: "Should I Use A Carousel?"
        "How I use {s} in my design process and where I don't",  # AR: "How I use AI in my design process and where I don't"
    ),
    "examples": (
        "What Are The Best Examples Of {S} In Popular Apps?",  # AS: "What Are The Best Examples Of Micro-Interactions In Popular Apps?"
        "6 {S} Examples (with Critiques)",  # AT: "6 User Onboarding Flow Examples (with Critiques)"
        "Question 3: What types of user research tasks can {s} assist with?",  # P: "Question 3: What types of user research tasks can AI assist with?"
        "Some common applications of {s} in user research include:",  # P: "Some common applications of AI in user research include:"
        "Common Applications for {s}",  # AU: "Common Applications for an Eye Tracker"
        "How is {s} used in product development?",  # AV: "How is sentiment analysis used in product development?"
        "2. Applications of {S}:",  # AW: "2. Applications of Eye Tracking:"
        "{S} Examples",  # AX: "Design System Examples"
    ),
    "purpose": (
        "Why is {s} important?",  # AY: "Why is usability testing important?"
        "Why {s}?",  # AZ: "Why personas?"
        "What is the significance of {s} in the design process?",  # M (module-2): "What is the significance of prototyping in the design process?"
        "What are the Pains {s} could help with?",  # AM: "What are the Pains a Design System could help with?"
        "Oh not this “{S}” stuff... I've had a seminar of it once and I still don't know what the hell the point of it was",  # BA: "Oh not this “Design Thinking” stuff... I've had a seminar of it once and I still don't know what the hell the point of it was"
        "Why {S} Matters in UX (and How to Use It)",  # K: "Why Design Thinking Matters in UX (and How to Use It)"
        "The Role of {S} in UX Research",  # L: "The Role of AI in UX Research"
        "Those of you who use {s}, what sort of data, and what goals do you have for using this tool?",  # BB: "Those of you who use customer journey maps, what sort of data, and what goals do you have for using this tool?"
    ),
}

# A  github awslabs/gluonts issue #754 ("qn about distribution output")
# B  http://www.casestudyandprojectreports.com/inventory-management-xibms-mba-ongoing-exam-answer-sheets-provided/  (XIBMS MBA inventory management exam paper)
# C  https://shippingcontainersknowledge.blogspot.com/2019/06  ("Advantages And Disadvantages Of Using Demand Planning" blog post)
# D  https://sgsystemsglobal.com/?p=134959  (WMS guide "Dynamic Slotting", table of contents)
# E  https://www.wonderslate.com/u/Anna+University/Computer+Science+And+Engineering+Operations+Research/supply-chain-management/pyqs?siteName=books  (Anna University supply chain management previous-year questions)
# F  http://www.brightworkresearch.com/inventoryoptimizationmultiechelon/2009/11/multiechelon-inventory-optimization-defined/  (supply-planning blog, title)
# G  github facebook/prophet issue #1714 ("intuition for prior scales")
# H  https://routemate.app/fr/blog/what-is-route-optimization  (route-planning app blog, title)
# I  github Suvikshapathariya93/Supply-Chain-Management---Demand-forecasting : README.md ("Interview Questions" section)
# J  https://budgettruckinghouston.blogspot.com/2025/05/cross-docking-explained-what-it-is-and.html  (logistics blog, table of contents)
# K  https://connectusfund.org/5-advantages-and-disadvantages-of-exponential-smoothing
# L  https://locate2u-website.pages.dev/blog/route-optimization/route-optimization-and-its-many-benefits  (fleet software blog, title)
# M  github facebook/prophet issue #772 ("What's the prophet advantage over other machine learning model like RNN?")
# N  https://questionai.com/amp/questions-tahjEtkdnW/benefits-jit-system  (homework Q&A on JIT)
# O  https://veridian.info/inventory-management/  ("Pros and Cons: The Use of RFID for Inventory Management", heading)
# P  https://www.scribd.com/document/637761480/Untitled  (one-page note on cross-docking at Wal-Mart, heading)
# Q  https://experts123.com/q/why-is-mean-percent-error-not-useful.html
# R  https://www.datascience.qatopic.com/question/what-are-some-common-pitfalls-when-using-cross-validation-in-time-series-forecasting--79
# S  https://askfilo.com/user-question-answers-smart-solutions/questions-on-operations-research-and-optimization-concepts-1-3338323837363734  (OR question list)
# T  https://www.inventorybigdata.com/product/limitations-of-abc-analysis/  (inventory blog, title)
# U  https://brainmass.com/statistics/descriptive-statistics/waiting-line-models-simulation-160269  (OR homework question, waiting lines and simulation)
# V  https://www.coursehero.com/quiz/1861/simulation-modeling-quiz  (simulation modeling quiz)
# W  http://bpic.co.uk/faq/mrp_step_by%2B_step.html  (MRP/ERP consultancy FAQ)
# X  http://www.scmfocus.com/demandplanning/2010/07/crostons-vs-smoothie-methods/  (demand-planning blog, heading)
# Y  github unit8co/darts issue #2126 ("[QUESTION] How a past_covariates work under the hood?")
# Z  https://rackbeat.com/en/glossaries/dynamic-slotting  (inventory software glossary, headings)
# AA http://www.expertsmind.com/questions/steps-involved-in-linear-programming-problem-formulation-301110837.aspx  (OR homework question)
# AB https://supplychaintoday.com/supply-chain-postponement-strategy-cheat-sheet/page/6  (postponement strategy cheat sheet, heading)
# AC github google/or-tools issue #1610 ("Constraint programming: What optimization method is used by CP_SAT while optimizing?")
# AD https://www.academicresearchwriters.net/discuss-how-does-the-bullwhip-effect-happen/  (SCM assignment brief on the bullwhip effect)
# AE https://www.microlinkinc.com/search/how-can-bias-be-avoided-in-forecasting  (FAQ list on forecast bias)
# AF https://oraclesupplychainplanning.blogspot.com/2010/03  (demand-planning consultant's blog, heading)
# AG github antoinecarme/pyaf issue #90 ("How to handle intermittent demand never less than zero")
# AH https://www.phdata.io/blog/the-impact-of-covid-19-on-machine-learning-models/  (list "In this paper we'll explore:")
# AI https://ccitracc.com/blog/demand-variability/  (supply chain software blog, heading)
# AJ https://zipforecasting.com/demand-forecasting/demand-variability.html  (forecasting software blog, title)
# AK https://explorescm.com/four-best-practices-to-address-demand-volatility/  (SCM blog, title)
# AL github facebook/prophet issue #1025 ("Understanding of Seasonality")
# AM https://wearethepractitioners.com/index.php/topics/inventory-management/safety-stock  (practitioners' site, safety stock articles)
# AN https://wizedu.com/questions/350705/what-types-of-organization-might-use-the-periodic  (homework Q&A, inventory systems)
# AO https://ivypanda.com/essays/cross-docking-adoption-challenges-and-improvement-of-distribution-center-of-retail-industry/  (research essay, research questions)
# AP http://webartisans.blogspot.com/2014/08/when-simulation-is-appropriate-tool.html  (OR/simulation notes blog, title)
# AQ https://www.cleverence.com/articles/3pl-business/machine-learning-use-cases-logistics-route-optimization-fraud-5273  (3PL blog, table of contents)
# AR http://link-springer-com-443.webvpn.fjmu.edu.cn/chapter/10.1007/978-1-4419-5837-2_6  (proxied Springer chapter title, OR & Management Science book series)
# AS https://reviewsconsumerreports.net/news/10-use-cases-and-examples-of-machine-learning-is-transforming-the-logistics-industry  (logistics news post, title)
# AT https://studymode.com/essays/Radio-Frequency-61602976.html  (student essay on RFID in inventory management, essay question)
# AU http://students.illustratingmath.com/interesting-tsp-applications-school-buses-and-flight-crews/  (student math blog, title)
# AV https://adexin.com/blog/optimize-reverse-logistics-with-software  (logistics software blog, heading)
# AW https://pdfslide.us/documents/forecast-value-added-analysis.html  (white paper "Forecast Value Added Analysis: Step by Step", contents)
# AX https://wearethepractitioners.dreamhosters.com/index.php/topics/warehouse-operations/warehouse-management-systems-wms/wms-why-need  (practitioners' site, article title)
# AY https://petscareinf.com/article/postponement-strategy-in-supply-chain-management-mba-knowledge-base/2835  (mirror of MBA Knowledge Base article, heading)
# AZ https://www.toolsgroup.com/blog/probabilistic-forecasting-in-supply-chain-planning-explained  (supply chain planning vendor blog, heading)

BLIND79_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "I am having a little trouble understanding {s}.",  # A: "I am having a little trouble understanding the properties distr_output and proj_distr_arg."
        "(c) What is meant by {s}?",  # B: "(c) What is meant by lead time?"
        "But first, what exactly is {s} all about?",  # C: "But first, what exactly is demand planning all about?"
        "- What {s} really means",  # D: "- What dynamic slotting really means"
        "Define {s} and explain its importance in today's business environment.",  # E: "Define Supply Chain Management (SCM) and explain its importance in today's business environment."
        "How to Best Understand {s}",  # F: "How to Best Understand Multi Echelon Planning"
        "Is there an intuitive way to understand {s}?",  # G: "Is there an intuitive way to understand prior scale values for holidays, seasonalities, and changepoints?"
        "What is {s}? A Beginner's Guide",  # H: "What is Route Optimization? A Beginner's Guide"
    ),
    "advantages": (
        "  - Why use {s} for forecasting?",  # I: "  - Why use Machine Learning models like Random Forest for forecasting?"
        "  5. Key Benefits of {s}",  # J: "  5. Key Benefits of Cross-Docking"
        "Given that there are many other ways to make forecasts, what makes {s} better in certain cases compared to others?",  # K: "Given that there are many other ways to make forecasts, what makes exponential smoothing better in certain cases compared to others?"
        "{S} and its Many Benefits",  # L: "Route Optimization and its Many Benefits"
        "What's the {s} advantage over other machine learning model like RNN?",  # M: "What's the prophet advantage over other machine learning model like RNN?"
        "what are the benefits of the {s} system?",  # N: "what are the benefits of the JIT system?"
        "Pros of {s} in Inventory Management.",  # O: "Pros of RFID in Inventory Management."
        "Benefits of {s}",  # P: "Benefits of cross-docking"
    ),
    "limitations": (
        "  - What are the limitations of {s} models?",  # I: "  - What are the limitations of ARIMA models?"
        "Why is {s} not useful?",  # Q: "Why is Mean Percent Error not useful?"
        "What are some common pitfalls when using {s} in time series forecasting?",  # R: "What are some common pitfalls when using cross-validation in time series forecasting?"
        "- What are the limitations of {s}?",  # S: "- What are the limitations of PERT/CPM?"
        "Limitations of {s}",  # T: "Limitations of ABC Analysis"
        "It seems that {s} could handle any situation or study. But is that always true?",  # U: "It seems that simulation could handle any situation or study. But is that always true? Discuss instances in which ..."
        "10. Which of the following is considered a limitation of {s}?",  # V: "10. Which of the following is considered a limitation of simulation modeling?"
        "- Pitfalls: how {s} fails",  # D: "- Pitfalls: how dynamic slotting fails in real buildings"
    ),
    "works": (
        "FAQ - How does {s} work (step by step)?",  # W: "FAQ - How does MRP work (step by step)?"
        "## How Does {s} Work?",  # X: "## How Does Croston Work?"
        "[QUESTION] How a {s} work under the hood?",  # Y: "[QUESTION] How a past_covariates work under the hood?"
        "How does {s} work in practice?",  # Z: "How does dynamic slotting work in practice?"
        "Question A- Describe in brief the steps involved in {s} with an example",  # AA: "Question A- Linear Programming is most widely used technique for large number of applications ... Describe in brief the steps involved in linear programming problem formulation with an example"
        "  3. How {s} Works: A Step-by-Step Process",  # J: "  3. How Cross-Docking Works: A Step-by-Step Process"
        "How {s} Works:",  # AB: "How Postponement Works:"
        "What optimization method is used by {s} while optimizing?",  # AC: "What optimization method is used by CP_SAT while optimizing?"
    ),
    "fix": (
        "What can be done to reduce or eliminate {s}?",  # AD: "What can be done to reduce or eliminate the effect?" (the bullwhip effect)
        "How to remove {s}?",  # AE: "How to remove forecast bias?"
        "Getting rid of {s}?",  # AF: "Getting rid of Bias?"
        "How to handle {s}",  # AG: "How to handle intermittent demand never less than zero"
        "- Combating and remediating {s}",  # AH: "- Combating and remediating drift"
        "How can supply chain leaders deal with {s}?",  # AI: "How can supply chain leaders deal with demand variability?"
        "How to Manage {s} and Other Supply Chain Risks",  # AJ: "How to Manage Demand Variability and Other Supply Chain Risks"
        "Four best practices to address {s}",  # AK: "Four best practices to address demand volatility"
    ),
    "when": (
        "  - When would you prefer {s} over Time Series models?",  # I: "  - When would you prefer Regression over Time Series models?"
        "When does {s} make sense?",  # Z: "When does dynamic slotting make sense?"
        "  10. Final Thoughts: Should You Use {s}",  # J: "  10. Final Thoughts: Should You Use Cross-Docking"
        "Just last question, still finding It hard to tell when to use {s}.",  # AL: "Just last question, still finding It hard to tell when to use multiplicative or additional seasonality."
        "Do you need {s}?",  # AM: "Do you need safety stock?"
        "What types of organization might use the {s}? Why?",  # AN: "What types of organization might use the periodic system? Why?"
        "When and in what circumstances should {s} be implemented?",  # AO: "When and in what circumstances should cross-docking be implemented?"
        "When {s} is appropriate Tool?",  # AP: "When simulation is appropriate Tool?"
    ),
    "examples": (
        "(b) Give four examples of {s}.",  # B: "(b) Give four examples of MRP."
        "- List some applications of the {s}.",  # S: "- List some applications of the assignment model."
        "- Top 10 {s} Use Cases in Logistics",  # AQ: "- Top 10 Machine Learning Use Cases in Logistics"
        "Application of {s}: Examples from Industry",  # AR: "Application of Postponement: Examples from Industry"
        "10 use cases and examples of {s} is transforming the logistics industry",  # AS: "10 use cases and examples of machine learning is transforming the logistics industry"
        "What uses do {s} have in inventory management for large retailers?",  # AT: "What uses do radio frequency identification (RFID) chips have in inventory management for large retailers?"
        "Interesting {s} Applications",  # AU: "Interesting TSP Applications (School Buses and Flight Crews)"
        "What are examples of {s}?",  # AV: "What are examples of reverse logistics?"
    ),
    "purpose": (
        "Why Is {s} Important?",  # AW: "Why Is FVA Important?"
        "{S}: Why the Need?",  # AX: "WMS: Why the Need?"
        "Why {s} is Important:",  # AB: "Why Postponement Strategy is Important:"
        "Need for {s}",  # AY: "Need for Postponement"
        "Why Does {s} Matter?",  # AZ: "Why Does Probabilistic Forecasting Matter?"
        "1. What is the primary purpose of {s}?",  # V: "1. What is the primary purpose of simulation modeling?"
        "8. For what purpose are {s} primarily used?",  # V: "8. For what purpose are Monte Carlo simulations primarily used?"
        "(i) What is the need for {s}?",  # B: "(i) What is the need for feedback inventory information system?"
    ),
}

# A  github lokk798/geoai-remote-sensing-mcqs : 1-intro-to-rs.md, 4-data-scarcity-domain-shift.md (GeoAI / remote-sensing MCQ study notes)
# B  http://www.mywordsolution.com/question/a-describe-the-electromagnetic-process-in/93457 (remote sensing & GIS homework questions)
# C  https://www.gisvisionindia.com/why-you-should-use-geopackage-instead-of-shapefiles-blog/
# D  https://velobot-wiki.pages.dev/article/cartography/web-mercator-display-vs-measurement-field-guide/
# E  https://openknowledgegraph.com/topics/image-classification-remote-sensing-questions.html (remote-sensing study questions)
# F  github lukasgolson/Year4Notes : docs/Old-Wiki/FRST385/Review-Questions.md (forest hydrology course review questions)
# G  stored file id 61079752885 (GIS / Survey Engineer role study plan with interview questions; the index did not show its repository)
# H  https://faqs.tips/post/what-could-be-the-possible-problems-while-mapping-geomorphic-features-using-deep-learning-approach.html (ResearchGate question mirror)
# I  https://soilmate.medium.com/sentinel-1-when-and-how-to-use-it-558b14a6ec48 (title and heading)
# J  https://imathworks.com/gis/gis-understanding-reprojection (GIS Stack Exchange mirror)
# K  github USF-IMARS/usf-imars.github.io : pages/projects/orbital/review.md (remote sensing review questions)
# L  http://help.arcgis.com/en/arcgisdesktop/10.0/help/005p/005p00000031000000.htm (ArcGIS help page title "How GWR works")
# M  https://stats.stackexchange.com/questions/36145/linear-regression-and-spatial-autocorrelation (tree heights from remote sensing)
# N  https://wiki.hoelee.com/content/stats.stackexchange.com_en_all_2022-05/questions/163285/model-checking-for-spatial-car-conditional-autoregressive-model (Cross Validated mirror, spatial CAR model)
# O  github NRCan/geo-deep-learning issue #29 ("Manage imbalanced data classes")
# P  https://support.geoagro.com/en/kb/savi-index/ (agri remote-sensing vendor FAQ headings)
# Q  https://sentinelgip.com/blog/sentinel-2-vs-sentinel-1-port-surveillance (heading)
# R  stored file id 31717443222 (Streamlit GIS/remote-sensing chatbot, suggested user questions; the index did not show its repository)
# S  https://geotechnology10229.blogspot.com/2025/06/lidar-data-applications-comprehensive.html (heading)
# T  https://geogisgeo.blogspot.com/2025/10 (geography/GIS teacher's blog, heading)
# U  github geohackweek/vector : _episodes/02-geospatial-concepts.md (lesson "questions:" front matter)
# V  https://ngagpc.examzify.com/question/what-defines-a-geodatabase-aa2e6d38f0426bf1 (NGA GEOINT certification prep page)
# W  https://www.wyzant.com/resources/answers/717390/what-is-reprojection-and-why-do-we-use-it-in-remote-sensing
# X  https://www.tile.stream/info/vector_tiles (headings)
# Y  https://landsat.usgs.gov/what-cfmask (USGS Landsat FAQ)
# Z  github copperwiring/3-band-satellite-imagery-analysis : README.md (heading)
# AA https://www.freeassignmenthelp.com/books/gis-technology/ (GIS assignment questions)
# AB stored file id 62519571331 (precision-agriculture / remote-sensing course discussion topics and quizzes; the index did not show its repository)
# AC github kvos/CoastSat issues #633 and #534
# AD github davidfrantz/force issue #368
# AE https://www.studiescamp.com/2023/12/random-forest-machine-learning.html (heading)
# AF https://volatusdrones.com/blogs/volatus-drones-blog/when-to-choose-photogrammetry-or-lidar
# AG https://ask.extension.org/questions/470033 (extension Q&A, remote sensing)
# AH https://www.scribd.com/document/930073979/Rsg-Assignment-Solution (remote sensing & GIS assignment, heading; read via a proxy)
# AI https://ltb.itc.utwente.nl/671/learningoutcome/show/157039 (ITC remote-sensing course learning outcome)
# AJ https://www.netguru.com/blog/hyperspectral-imaging-applications (title and heading)
# AK https://synapsesocial.com/papers/W2156005575 (hyperspectral paper title)
# AL http://www.geo.hunter.cuny.edu/~jochen/gtech201/lectures/lec6concepts/09%20-%20Working%20with%20map%20projections.html (GIS lecture notes)
# AM http://cteresource.org/verso/courses/8424/geospatial-technology-ii-tasklist/1589941189 (geospatial technology course task list)
# AN https://community.esri.com/thread/168380-how-kriging-works (Esri community question)
# AO https://blogs.esri.com/esri/arcgis/2012/11/14/should-i-build-pyramids-or-overviews/ (heading)
# AP https://en.gisproxima.ru/orthorectification
# AQ github GeoMOER/moer-bsc-project-seminar-upscaling : docs/units/_unit05/unit05-01_overview.md (course unit learning objectives)
# AR https://knowledgebase.geocento.com/en/knowledge/what-does-orthorectification-mean (EO imagery vendor knowledge base)

BLIND80_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What is '{s}' all about?",  # U: "What is 'vector' geospatial data all about?"
        "Let’s start with a simple question: what truly defines {s}?",  # V: "Let’s start with a simple question: what truly defines a geodatabase?"
        "What is {s} and why do we use it in remote sensing",  # W: "What is reprojection and why do we use it in remote sensing"
        "What is {s} then?",  # X: "What is a vector tile then?"
        "What is the {s} algorithm?",  # Y: "What is the C Function of Mask (CFMask) algorithm?"
        "### What is a {s}?",  # Z: "### What is a Satellite Imagery?"
        "a. Define {s}.",  # AA: "a. Define GIS."
        "What does {s} mean?",  # AR: "What does orthorectification mean?"
    ),
    "advantages": (
        "### 3. What is a major advantage of {s}?",  # A: "### 3. What is a major advantage of Synthetic Aperture Radar (SAR) over optical remote sensing?"
        "b) prepare the benefits of {s}.",  # B: "b) prepare the benefits of remote sensing."
        "Why you should use {s}?",  # C: "Why you should use Geopackage instead of Shapefiles?"
        "Why {s} won anyway",  # D: "Why Web Mercator won anyway"
        "Explain why {s} often outperforms pixel-based classification for high-resolution satellite imagery.",  # E: "Explain why object-based image analysis (OBIA) often outperforms pixel-based classification for high-resolution satellite imagery."
        "Benefits of {s}",  # X: "Benefits of vector tiles"
        "**[Q9-2]** What is the greatest advantage of {s}?",  # AB: "**[Q9-2]** What is the greatest advantage of PWM (Pulse Width Modulation) nozzle control over conventional pressure-based nozzles?"
        "Why Use {s} with Sentinel-2 in GEE?",  # AE: "Why Use Random Forest with Sentinel-2 in GEE?"
    ),
    "limitations": (
        "25. Explain at least three errors associated with {s}.",  # F: "25. Explain at least three errors associated with ground-based precipitation measurements."
        "11. What are the challenges of using {s} in India?",  # G: "11. What are the challenges of using satellite data in India (cloud cover, resolution)?"
        "What could be the possible problems while mapping geomorphic features using {s} approach?",  # H: "What could be the possible problems while mapping geomorphic features using deep learning approach?"
        "Challenges of using {s}",  # I: "Challenges of using Sentinel-1 images"
        "**[Discussion 6-2] {S} Challenges in Agricultural Environments**",  # AB: "**[Discussion 6-2] SLAM Challenges in Agricultural Environments**"
        "Why Isn’t {s} Widely Implemented and How to Change That?",  # AJ: "Why Isn’t Hyperspectral Imaging Widely Implemented and How to Change That?"
        "Problems limiting {s}",  # AJ: "Problems limiting Hyperspectral Imaging"
        "Why {s} is not an appropriate feature extraction method for hyperspectral data",  # AK: "Why principal component analysis is not an appropriate feature extraction method for hyperspectral data"
    ),
    "works": (
        "What is actually happening when you apply {s} to the data. Can it be explained in simple language?",  # J: "What is actually happening when you Reproject the data from one projection, to another, projection. Can it be explained in simple language?"
        "76. Explain how {s} works, identify at least two of its flaws, and describe the conclusion hydrologists have got from it.",  # F: "76. Explain how chronological pairing works, identify at least two of its flaws, and describe the conclusion hydrologists have got from it with regards to the effect of forests on floods."
        "### 7. How does {s} help in domain adaptation?",  # A: "### 7. How does discriminative learning rate help in domain adaptation?"
        "How {s} works",  # L: "How GWR works"
        "2. How does {S} work?",  # K: "2. How does Remote Sensing work?"
        "a) Describe the {s} process.",  # B: "a) Describe the electromagnetic remote sensing process."
        "How does {s} use elevation data to correct terrain distortion in aerial or satellite imagery?",  # AM: "How does orthorectification use elevation data to correct terrain distortion in aerial or satellite imagery?"
        "Can anyone tell me as simple as possible how {s} works? I mean I'd like to get an example from real life to understand that mechanism.",  # AN: "Can anyone tell me as simple as possible how kriging works? I mean I'd like to get an example from real life to understand that mechanism."
    ),
    "fix": (
        "8. How does {s} affect accuracy and how do you mitigate it?",  # G: "8. How does multipath affect GNSS accuracy and how do you mitigate it?"
        "I wanted to know how badly can {s} affect it and what is the easiest way to correct this if it is even possible.",  # M: "I wanted to know how badly can spatial autocorrelation affect it and what is the easiest way to correct this if it is even possible."
        "Moreover, is it possible to make the {s} go away with a sufficiently good trend model?",  # N: "Moreover, is it possible to make the spatial autocorrelation go away with a sufficiently good trend model?"
        "Manage {s}",  # O: "Manage imbalanced data classes"
        "Any advice on how to adjust the settings to avoid {s} would be greatly appreciated.",  # AC #633: "Any advice on how to adjust the settings to avoid this over-masking would be greatly appreciated."
        "How to resolve {s}!!!!",  # AC #534: "How to resolve this!!!!" (this = bright built-up areas masked as cloud)
        "**[Discussion 4-3] Addressing {s} in the Field**",  # AB: "**[Discussion 4-3] Addressing Multipath Errors in the Field**"
        "I experienced a rather common {s} illustrated below. Is it possible to adjust the algorithm to minimise such occurrences?",  # AD: "I experienced a rather common cloud shadow commission errors illustrated below. ... Is it possible to adjust the shadow detection algorithm to minimise such occurrences?"
    ),
    "when": (
        "¿When is {s} used?",  # P: "¿When is it used?" (it = the SAVI index)
        "When would you use {s}?",  # G: "9. What is the difference between NDVI and SAVI? When would you use SAVI?"
        "{S}. When and how to use it",  # I: "Sentinel-1. When and how to use it"
        "When {s} is the only tool",  # Q: "When SAR is the only tool"
        "Should we use {s} for our project?",  # AF: "Should we use photogrammetry or LiDAR for our project?"
        "Identify situations in which {s} is used.",  # AG: "Identify situations in which unsupervised classification is used."
        "So do you always need {s}?",  # AL: "Maps are always flat, so do you always need a map projection?"
        "When is {s} needed",  # AO: "When are overviews needed in a mosaic dataset"
    ),
    "examples": (
        "3.  List at least three practical applications of {s}.",  # F: "3.  List at least three practical applications of Hydrology."
        "What are some practical applications of {s} in urban planning?",  # R: "What are some practical applications of GIS in urban planning?"
        "🔟 Top Real-World Applications of {s}",  # S: "🔟 Top Real-World Applications of LiDAR Data"
        "a) Describe the fields of applications of {s}.",  # B: "a) Describe the fields of applications of Photogrammetry."
        "¿Where is {s} used?",  # P: "¿Where is it used?" (it = the SAVI index)
        "b. How is {s} used in your field of interest (which is “land surveying” in my case) to make day to day tasks easier? Provide concrete examples!",  # AA: "b. How is GIS technology used in your field of interest (which is “land surveying” in my case) to make day to day tasks easier? Provide concrete examples!"
        "* Learn the applications of {s}",  # AQ: "* Learn the applications of hyperspectral data"
        "8) Applications of {s}",  # AH: "8) Applications of Remote Sensing"
    ),
    "purpose": (
        "### 10. What is the role of {s} in geospatial modeling?",  # A: "### 10. What is the role of AutoAugment in geospatial modeling?"
        "### 4. In remote sensing preprocessing, what does {s} mainly address?",  # A: "### 4. In remote sensing preprocessing, what does geometric correction mainly address?"
        "🔹 Why Do We Need {s}?",  # T: "🔹 Why Do We Need Atmospheric Correction?"
        "36. Describe at least three reasons why the study of {s} is important.",  # F: "36. Describe at least three reasons why the study of groundwater is important."
        "9. What is the role of {s} in smart cities?",  # G: "9. What is the role of geospatial technology in smart cities?"
        "**[Q6-3]** Which best describes the core problem {s} solves?",  # AB: "**[Q6-3]** Which best describes the core problem SLAM solves?"
        "728 - Explain the role and selection criteria for {s}",  # AI: "728 - Explain the role and selection criteria for ground control points (GCPs) in the georegistration of aerial imagery"
        "Why is it necessary to perform {s}?",  # AP: "Why is it necessary to perform orthocorrection of space images, because spacecraft are shooting from a very high altitude (hundreds of kilometers) and distortion is minimal?"
    ),
}

# A  https://www.eesel.ai/glossary/ticket-deflection (helpdesk AI vendor glossary, heading)
# B  stored file id 56874564855 (call-centre training quiz questions; repository not shown)
# C  stored file id 52738744248 (contact-centre Real-Time Analyst interview Q&A list; repository not shown)
# D  stored file id 4767665004 (call-centre software blog post title; repository not shown)
# E  stored file id 60881289117 (customer-service agent quiz seed data; repository not shown)
# F  github mendix/docs pull request #4503 (chatbot app service doc review comment)
# G  https://www.dooza.ai/blog/conversational-ai-for-customer-service (CX vendor blog)
# H  https://echoprysm.com/en/guides/ai-support-automation-checklist-small-teams/ (support-automation guide)
# I  stored file id 60367747868 (voice-AI contact-centre product page FAQ list; repository not shown)
# J  stored file id 56839598457 (AI consulting interview question list; repository not shown)
# K  stored file id 33733033329 (web agency site FAQ; repository not shown)
# L  stored file id 17975450511 (chatbot service FAQ; repository not shown)
# M  github botpress/botpress issue #5733
# N  https://www.callmark.com.my/why-customers-still-hate-ivr-how-to-modernize-your-call-flow (contact-centre blog heading)
# O  https://tolky.to/en/blog/introducao-ia-conversacional-atendimento (CX blog heading)
# P  stored file id 3340833534 (chatbot tutorial bot menu script; repository not shown)
# Q  https://www.mavenagi.com/resources/glossary-ticket-deflection (support-AI vendor glossary)
# R  https://verbix.ai/blog/?p=4222 (contact-centre AI blog title)
# S  https://www.kevinharrington.com/2019/05/the-flaw-with-net-promoter-score/ (blog post title)
# T  https://www.mbadepot.com/authors/christina-stahlkopf/ (article title)
# U  https://optimize.leaptree.com/blog-posts/call-center-quality-assurance-moving-beyond-a-scorecard (contact-centre QA blog heading)
# V  https://callpulse.qualiabits.com/blogs/why-call-qa-scorecards-drift-away-from-reality (call QA blog)
# W  https://chatsy.app/glossary/human-handoff (chatbot vendor glossary FAQ)
# X  https://aiadvisoryboard.me/blog/training-support-team-on-ai (support-team AI blog heading)
# Y  https://support.zendesk.com/hc/en-us/articles/4408830824474 (Zendesk help-center article)
# Z  https://callhub.io/blog/call-center-software/automatic-call-distribution/ (call-centre software blog)
# AA  https://www.haloagents.ai/blog/automated-support-ticket-tagging (support-AI vendor blog)
# AB  stored file id 15707994073 (contact-centre platform codebase assistant persona doc, typical questions; repository not shown)
# AC  stored file id 62781431737 (AI voice-agent product FAQ; repository not shown)
# AD  https://www.tensorcall.com/blog/how-ai-voice-agents-actually-work (voice-AI vendor blog)
# AE  https://www.rethinkcx.com/post/reduce-agent-turnover-strategies (CX outsourcing blog)
# AF  https://www.niceincontact.com/blog/10-tips-for-reducing-call-center-turnover (contact-centre vendor blog)
# AG  https://www.customercontactweekdigital.com/performance-metrics/articles/three-proven-practices-for-tackling-turnover
# AH  https://mobile-fun.shop/2022/09/10/how-to-reduce-agent-turnover-at-your-call-center/ (repost of a CX article)
# AI  https://www.haloagents.ai/blog/support-agent-burnout-prevention (support-AI vendor blog)
# AJ  https://voicetotal.com/agent-burnout-solutions (call-centre vendor blog)
# AK  https://knowup.io/en/glossary/support-backlog (support glossary FAQ)
# AL  stored file id 46267296420 (design-system docs page on chatbots; repository not shown)
# AM  stored file id 70591819366 (small-business AI assistant question-to-topic map; repository not shown)
# AN  github RasaHQ/rasa pull request #6608 (docs 'Best Practices for Stories')
# AO  https://www.helplinesoftware.com/call-routing-solutions/ivr-and-call-routing-when-menus-make-it-worse (helpline software guide heading)
# AP  https://rel8.pl/en/blog/chatbot-w-malej-firmie-kiedy-ma-sens (small-business chatbot blog heading)
# AQ  https://mediseo.no/en/blog/2026-08-when-a-chatbot-makes-sense (blog post title)
# AR  https://freshdesk.com/customer-support/choosing-chatbots-blog/ (helpdesk vendor blog)
# AS  https://salars.net/customer-support-and-experience/why-customers-hate-chatbots-build-better (CX guide FAQ)
# AT  stored file id 57983953111 (portfolio chatbot suggested questions of a contact-centre AI developer; repository not shown)
# AU  github Jaseci-Labs/jaseci : docs/docs/Samples_and_Tutorials/canonicai/chapter1.md (conversational-AI tutorial)
# AV  stored file id 34267628282 (chatbot course README, learning outcomes; repository not shown)
# AW  stored file id 18172313160 (chatbot agency blog post list; repository not shown)
# AX  stored file id 53886714915 (CX article page heading; repository not shown)
# AY  stored file id 25113598369 (web page linking a CX article of that title; repository not shown)
# AZ  https://www.idcallcenter.com/adherence-meaning-in (call-centre guide heading)
# BA  https://ticketboard.cc/glossary/ticket-deflection/ (helpdesk glossary heading)
# BB  stored file id 57416761214 (call-centre services site FAQ; repository not shown)
# BC  stored file id 70730095078 (customer-support bot tutorial; repository not shown)
# BD  https://www.knowledgebase.net/en_US/helpjuice-test-category-please-ignore/what-is-a-knowledge-base (knowledge-base vendor page heading)
# BE  https://blog.contactcenterpipeline.com/2024/01/why-wfm-matters/ (contact-centre blog)
# BF  stored file id 27325499181 (chatbot site FAQ component; repository not shown)

BLIND81_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "What {s} means",  # A: "What ticket deflection means"
        "What does '{s}' mean in a call center?",  # B: "What does 'queue' mean in a call center?"
        "What is {s} and why is it critical?",  # C: "What is intraday management and why is it critical?"
        "What Is {s} in a Call Center?",  # D: "What Is Virtual Queuing in a Call Center?"
        "What is {s} in customer service?",  # E: "What is empathy in customer service?"
        "what does {s} mean",  # F: "what does fulfillment mean"
        "What {s} Actually Means in 2026",  # G: "What Conversational AI Actually Means in 2026"
        "What {s} actually means for a small team",  # H: "What support automation actually means for a small team"
    ),
    "advantages": (
        "What are the benefits of using {s}?",  # I: "What are the benefits of using call center AI?"
        "How does {s} help in customer service?",  # J: "How does AI help in customer service?"
        "What are the advantages of using {s} for customer support?",  # K: "What are the advantages of using AI-driven chatbots for customer support?"
        "Why should I use {s} for my business?",  # L: "Why should I use a chatbot for my business?"
        "And why would be interesting to have {s} instead of using intents?",  # M: "Is not possible to use slots or entities into Q&A. And why would be interesting to have that instead of using intents?"
        "Where {s} Adds Real Value",  # N: "Where IVR Adds Real Value"
        "What {s} Actually Does Well",  # O: "What Conversational AI Actually Does Well"
        "1.3 How can {s} improve business",  # P: "1.3 How can chatbots improve business" (menu string, preceded by a newline)
    ),
    "limitations": (
        "The Problem with {s}",  # Q: "The Problem with Deflection"
        "Why {s} Alone Isn’t Enough",  # R: "Why Sentiment Analysis Alone Isn’t Enough: Real Value in Contact Center AI"
        "The flaw with {s}",  # S: "The flaw with Net Promoter Score"
        "Where {s} Goes Wrong",  # T: "Where Net Promoter Score Goes Wrong"
        "⚠️ The {s} Problem",  # U: "⚠️ The Scorecard Problem"
        "Why {s} drift away from reality",  # V: "Why call QA scorecards drift away from reality"
        "Does {s} disrupt the customer experience?",  # W: "Does human handoff disrupt the customer experience?"
        'Why "{s}" usually fails the first time',  # X: "Why \"AI agent for support\" usually fails the first time"
    ),
    "works": (
        "How {s} Works",  # Q: "How Deflection Works"
        "How does {s} process natural language?",  # Y: "How does Answer Bot process natural language?"
        "How do {s} systems work?",  # Z: "How do automatic call distribution systems work?"
        "{S} for Customer Service: How It Works in 2026",  # G: "Conversational AI for Customer Service: How It Works in 2026"
        "{S}: How It Works and Why It Matters",  # AA: "Automated Support Ticket Tagging: How It Works and Why It Matters"
        "How does {s} work end-to-end?",  # AB: "How does call routing work end-to-end?"
        "How does {s} work?",  # AC: "How does call routing work?"
        "How {s} Actually Work — And What That Means for Your Business",  # AD: "How AI Voice Agents Actually Work — And What That Means for Your Business"
    ),
    "fix": (
        "Proven Strategies to Reduce {s} and Boost Retention",  # AE: "Proven Strategies to Reduce Agent Turnover and Boost Retention"
        "10 Tips for Reducing {s}",  # AF: "10 Tips for Reducing Call Center Turnover"
        "Three Proven Practices for Tackling {s}",  # AG: "Three Proven Practices for Tackling Turnover"
        "How to Reduce {s} at Your Call Center",  # AH: "How to Reduce Agent Turnover at Your Call Center"
        "8 Proven Strategies to Prevent {s} Before It Starts",  # AI: "8 Proven Strategies to Prevent Support Agent Burnout Before It Starts"
        "Fighting {s}: 5 Practical Solutions for Call Center Managers",  # AJ: "Fighting Agent Burnout: 5 Practical Solutions for Call Center Managers"
        "How do teams fix {s}?",  # V: "How do teams fix scorecard drift?"
        "How do you clear a massive {s} quickly?",  # AK: "How do you clear a massive backlog quickly?"
    ),
    "when": (
        "## When should I use {s}?",  # AL: "## When should I use a chatbot?"
        "Should I use {s} for customer service?",  # AM: "Should I use a chatbot for customer service?"
        "### When to use {s}",  # AN: "### When to use Rules"
        "When {s} helps",  # AO: "When IVR helps"
        "When {s} is a strong fit",  # AP: "When a chatbot is a strong fit"
        "When does {s} actually make sense? A simple checklist for small businesses",  # AQ: "When does a chatbot actually make sense? A simple checklist for small businesses"
        "When scale makes {s} worth looking into",  # AR: "When scale makes chatbots worth looking into"
        "Should I even use {s} if customers hate them?",  # AS: "Should I even use a chatbot if customers hate them?"
    ),
    "examples": (
        "Can {s} be used beyond customer service?",  # I: "Can voice AI be used beyond customer service?"
        "How do you use {s} in contact centers?",  # AT: "How do you use AI in contact centers?"
        "### Real world examples of {s}",  # AU: "### Real world examples of conversational AI"
        "1.4 Some use cases of {s}",  # P: "1.4 Some use cases of chatbots" (menu string, preceded by a newline)
        "1. BExamples and use cases of {s} in daily life scenario.",  # AV: "1. BExamples and use cases of chatbots in daily life scenario."
        "Best Use Cases of {s} in Real Businesses",  # AW: "Best Use Cases of Chatbots in Real Businesses"
        "11 Examples Of {s} In Customer Service",  # AX: "11 Examples Of AI In Customer Service"
        "Examples of {s} in Customer Service (From Companies That Do It Right)",  # AY: "Examples of AI in Customer Service (From Companies That Do It Right)"
    ),
    "purpose": (
        "Why is {s} Important in Call Centers?",  # AZ: "Why is Adherence Important in Call Centers?"
        "Why {s} Matters",  # BA: "Why Ticket Deflection Matters"
        "What is {s} used for in a call center?",  # BB: "What is WhatsApp and workflow automation used for in a call center?"
        "# Then why do we need {s}?",  # BC: "# Then why do we need a Knowledge Base?"
        "What {s} is meant to do",  # N: "What IVR is meant to do"
        "Why Organizations Use {s}",  # BD: "Why Organizations Use Knowledge Bases"
        "Why should contact center leaders care about {s}?",  # BE: "What is workforce management (WFM), how is it different in contact centers, and why should contact center leaders care about it?"
        "What is the point of {s}?",  # BF: "What is the point of a chatbot?"
    ),
}

# A  https://askfilo.com/exams/hm4027-frontofficeoperationsii-2019-previous-year-question-paper (BIT Mesra BHMCT Front Office Operation II paper)
# B  https://evirtualguru.com/download-previous-year-question-paper-with-answers-of-tourism-code-806-for-class-12-nsqf-vocational-cbse-session-2021-2022/ (CBSE Class 12 Tourism sample paper)
# C  https://eatsip365.com/pros-and-cons-of-pos-software-for-small-business (blog heading)
# D  https://help.hosttools.com/en/articles/7061786-what-is-a-price-source (short-term-rental tool help article title)
# E  https://27minutos.com/en/the-pros-and-cons-of-virtual-home-staging/ (home-staging blog)
# F  https://askfilo.com/exams/hm3027-frontofficeoperationsi-2018-previous-year-question-paper (BIT Mesra Front Office Operation I mid-sem paper)
# G  http://braunvieh-murtal.at/suqksm/define-overbooking-in-a-hotel (scraped hotel-glossary text, question on Room Block)
# H  https://legalclarity.org/what-is-a-night-audit-in-the-hotel-industry (article title)
# I  https://www.answers.com/Q/Explain_benefits_of_using_a_property_managenent_system_with_reference_to_the_guests_staff_and_the_organigation_as_a_whole_also_mention_disadvantages_if_any (user question)
# J  https://happylearning-management.blogspot.com/2025/09/retail-management-question-bank-with.html (retail management question bank)
# K  http://www.tuserassumo-lefilm.com/why-use-a-pos-system/ (retail POS blog title)
# L  https://uaetrip.ae/faq/114981/ (hotel overbooking FAQ page)
# M  https://estarkiosks.com/nb/hotel-self-check-in-kiosks-pros-cons (kiosk vendor article heading)
# N  http://www.pospayments.review/should-you-switch-to-pos/ (small-business POS blog)
# O  https://www.preciseservicespa.com/post/why-should-real-estate-investors-rely-on-the-1031-exchange (real-estate blog title)
# P  https://96monkeys.com/blog/threee-disadvantages-of-ecommerce-to-businesses (blog title)
# Q  https://www.tutorialspoint.com/e_commerce/e_commerce_disadvantages.htm (e-commerce tutorial heading)
# R  https://www.hospitalityupgrade.com/_magazine/magazine_Detail.asp/?ID=114 (Hospitality Upgrade trade-magazine article title)
# S  https://faf.ae/home/2024/12/30/what-are-the-main-challenges-in-implementing-ai-in-hospitality (hospitality blog title)
# T  https://www.hospitality.today/article/why-many-hotels-still-struggle-to-make-ai-work (trade article title)
# U  https://answercorrect.com/?p=35555 (real-estate Q&A article title)
# V  https://www.sellingsmyrnatn.com/why-is-zillow-wrong/ (realtor blog)
# W  https://www.guestchat.com/post/the-problem-with-hotel-chatbots (hotel-tech blog title)
# X  https://community.withairbnb.com/t5/Community-Center-Updates/How-Smart-Pricing-Works/m-p/1651223 (Airbnb host Community Center post)
# Y  https://twohundred.ai/blog/ai-staging-for-real-estate (real-estate AI blog)
# Z  stored file id 54009564495 (AI-in-retail lesson quiz data, JS; repository not shown)
# AA stored file id 59184806911 (AI-for-business course module, practiceExercise task; repository not shown)
# AB http://smumbaassignment.com/ignou/aims/winter-2014/fall-2014/summer-2014/spring-2014/winter/fall-2013/mba-assignments-semester-3-fall-2013-2/semester-3-retail/ (MBA retail assignment questions)
# AC https://www.dataria.com/?p=5408 (hospitality glossary entry with emoji headings)
# AD https://propeter.com/?p=6609 (hotel revenue-management blog title)
# AE https://askfilo.com/exams/bhm-602c-frontofficemanagement-2024-previous-year-question-paper (BHM VI sem Front Office Management paper)
# AF https://www.innstyle.co.uk/articles/cope-with-no-show (B&B software blog title)
# AG https://hoteltechinsight.com/th/2026/03/17/how-to-reduce-hotel-no-shows-cancellations/ (small-hotel blog title)
# AH https://en.wubook.net/blog/?p=5525 (hotel software blog heading)
# AI https://smartpricing.uk/en/blog/overbooking-strategies-increase-hotel-revenue (hotel pricing blog heading)
# AJ http://www.evancarmichael.com/Retail/3790/Reducing-Shrink.html (retail small-business article)
# AK https://computercrash.us/understanding-and-preventing-guest-no-shows/ (article title)
# AL stored file id 66587390735 (business dashboard AI assistant, "Try asking:" prompt list, TSX; repository not shown)
# AM https://bestairbnbhostingtips.com/airbnb-smart-pricing/ (Superhost blog heading)
# AN https://en.fmyly.com/?p=103039 (small-business POS article title)
# AO stored file id 60796733905 (hotel call-coverage service site FAQ, q/a list; repository not shown)
# AP https://laresgestion.com/en/blog/when-an-accommodation-doesnt-need-a-channel-manager (accommodation-management blog heading)
# AQ https://hotelrevenueman.com/what-is-a-channel-manager-and-does-my-hotel-need-one (hotel revenue blog)
# AR http://www.diseasemanagementcongress.com/business/when-not-to-do-a-1031-exchange/ (real-estate investing post title)
# AS http://www.tutorsglobe.com/question/management-of-travel-and-tourism-operations-54271.aspx (travel and tourism operations assignment questions)
# AT stored file id 40418394104 (RetailFAQSection component, retail AI FAQ; repository not shown)
# AU stored file id 8225205321 (hotel AI landing page section heading, TSX; repository not shown)
# AV stored file id 1176494806 (service-robot hospitality page metadata; repository not shown)
# AW stored file id 21937949295 (short-term-rental upsell research notes citing the chekin.com blog post "6 perfect examples of Upselling for your tourist accommodation"; repository not shown)
# AX https://climbtheladder.com/what-is-the-purpose-of-the-night-audit (hospitality career article title)
# AY https://askfilo.com/exams/hm401-tourismoperations-2022-previous-year-question-paper (BIT Mesra Tourism Operations paper)
# AZ https://www.scoreachievers.com/qb_mishs.html (hotel MIS question bank)
# BA http://propertymanagementssoftware.blogspot.com/2010/09/significance-of-property-management.html (property-management software blog)
# BB https://www.wonderslate.com/u/Mumbai%20University/bhm-hotel-management-and-catering-technology/information-technology-in-hospitality/pyqs?siteName=books (Mumbai University BHM "IT in Hospitality" previous-year questions)
# BC https://hoteltalk.app/importance-of-the-night-audit-in-hotels/ (hotel blog title)

BLIND82_PHRASINGS: dict[str, tuple[str, ...]] = {
    "define": (
        "Q.1(a) Define the term {s}. [2]",  # A: "Q.1(a) Define the term Bell Desk. [2]"
        "Q.15 What do you mean by {s}? 2",  # B: "Q.15 What do you mean by Cost of package tour? 2"
        "What Exactly is {s}? A Quick Primer",  # C: "What Exactly is a POS System? A Quick Primer"
        'What is "{s}"?',  # D: "What is a \"price source\"?"
        "But what is {s}?",  # E: "But what is virtual home staging?"
        "Q4 (a) Define {s}. [2]",  # F: "Q4 (a) Define Night Audit. [2]"
        "What is the meaning / definition of {s} in the hospitality industry?",  # G: "What is the meaning / definition of Room Block in the hospitality industry?"
        "What Is {s} in the Hotel Industry?",  # H: "What Is a Night Audit in the Hotel Industry?"
    ),
    "advantages": (
        "Explain benefits of using {s} also mention disadvantages if any?",  # I: "Explain benefits of using a property managenent system with reference to the guests staff and the organigation as a whole also mention disadvantages if any?"
        "Q3. Mention two advantages of {s}.",  # J: "Q3. Mention two advantages of online retailing."
        "The Pros of {s}",  # E: "The Pros of Virtual Home Staging"
        "Why Use {s}",  # K: "Why Use a POS System"
        "Advantages of {s} in hotels",  # L: "Advantages of overbooking in hotels"
        "The Allure of Efficiency: The Pros of {s}",  # M: "The Allure of Efficiency: The Pros of Hotel Self-Check-In Kiosks"
        "{S} Advantages",  # N: "POS Advantages"
        "Why Should Real Estate Investors Rely on {s}",  # O: "Why Should Real Estate Investors Rely on the 1031 Exchange"
    ),
    "limitations": (
        "What Are the 3 Disadvantages of {s} to Businesses?",  # P: "What Are the 3 Disadvantages of E-Commerce to Businesses?"
        "{S} - Disadvantages",  # Q: "E-Commerce - Disadvantages"
        "{S} for the Hospitality Industry - Challenges and the Way Forward",  # R: "Kiosk CheckIn for the Hospitality Industry - Challenges and the Way Forward"
        "What are the main challenges in implementing {s} in hospitality",  # S: "What are the main challenges in implementing AI in hospitality"
        "Why many hotels still struggle to make {s} work",  # T: "Why many hotels still struggle to make AI work"
        "Why is {s} Wrong?",  # U: "Why is Zestimate Wrong? Uncovering the Inaccuracies of Zillow's Home Valuation Tool"
        "But why is {s} so inaccurate?",  # V: "But why is Zillow so inaccurate?"
        "The Problem with {s}",  # W: "The Problem with Hotel Chatbots"
    ),
    "works": (
        "How does {s} determine its suggestions?",  # X: "How does Smart pricing determine its suggestions?"
        "How {s} Works",  # X: "How Smart Pricing Works"
        "What does {s} actually do?",  # Y: "What does AI staging for real estate actually do?"
        "How does {s} work in retail?",  # Z: "How does dynamic pricing work in retail?"
        "How does {s} work for an airline or hotel booking site?",  # AA: "How does Dynamic Pricing work for an airline or hotel booking site?"
        "Q5. Explain the steps in the {s} process?",  # AB: "Q5. Explain the steps in the merchandise buying and handling process?"
        "\U0001f9ee How does {s} work?",  # AC: "🧮 How does a Channel Manager work?"
        "{S} Explained",  # AD: "Rate Shopping Explained: How Hotels Monitor Competitor Pricing"
    ),
    "fix": (
        "(c) How do you handle {s}?",  # AE: "(c) | How do you handle Guest Complaints? Explain the different types of Complaints?"
        "Stand up to being stood up: five tips for coping with {s}",  # AF: "Stand up to being stood up: five tips for coping with no-shows"
        "Reduce {s}: 2026 small-hotel playbook",  # AG: "Reduce hotel no-shows: 2026 small-hotel playbook"
        "How to protect yourself from {s} in hotels",  # AH: "How to protect yourself from no-shows in hotels"
        "How to Manage {s} in Hotels",  # AI: "How to Manage Overbooking in Hotels"
        "We all know that {s} is a reality in retail, but what can be done about it?",  # AJ: "We all know that shrink is a reality in retail, but what can be done about it?"
        "Understanding and Preventing {s}",  # AK: "Understanding and Preventing Guest No-Shows"
        "How can I reduce {s}?",  # AL: "How can I reduce no-shows?"
    ),
    "when": (
        "Is {s} Right for Me?",  # AM: "Is Airbnb Smart Pricing Right for Me?"
        "Should You Switch to {s}?",  # N: "Should You Switch to POS?"
        "Who Needs {s}?",  # AN: "Who Needs a POS System? Unpacking the Essential Benefits for Every Business Type"
        "{S}: when it works, when it backfires",  # Y: "AI staging for real estate: when it works, when it backfires"
        "When should a hotel consider {s}?",  # AO: "When should a hotel consider overflow call coverage?"
        "When you DO need {s}",  # AP: "When you DO need a channel manager"
        "When do you NOT need {s}?",  # AQ: "When do you NOT need a Channel Manager?"
        "When Not To Do {s}",  # AR: "When Not To Do A 1031 Exchange"
    ),
    "examples": (
        "Q.9 Write down any four examples of {s}. 1",  # B: "Q.9 Write down any four examples of Accommodation. 1"
        "What are examples of {s}?",  # L: "What are examples of overbooking?"
        "a) Explain some practical examples of {s}.",  # AS: "a) Explain some practical examples of leakage reduction in the economy of a destination without handicapping the product and the marketing mix."
        "\U0001f4d8 Practical example of {s}",  # AC: "📘 Practical example of Channel Manager"
        "What are some real-world examples of {s} in retail e-commerce?",  # AT: "What are some real-world examples of AI in retail e-commerce?"
        "{S} Use Cases for Hotels & Resorts",  # AU: "AI Use Cases for Hotels & Resorts"
        "{S} for Hospitality: Use cases and applications",  # AV: "temi for Hospitality: Use cases and applications"
        "6 perfect examples of {s} for your tourist accommodation",  # AW: "6 perfect examples of Upselling for your tourist accommodation"
    ),
    "purpose": (
        "What Is the Purpose of {s}?",  # AX: "What Is the Purpose of the Night Audit?"
        "(b) Briefly explain the objectives of {s}?",  # AE: "(b) | Briefly explain the objectives of budgetary control?"
        "Q.5(c) Illustrate the functions and role of {s}. [5]",  # AY: "Q.5(c) Illustrate the functions and role of UNWTO. [5]"
        "Q.17 Discuss the importance of {s}? 2",  # B: "Q.17 Discuss the importance of Tour Brochure? 2"
        "6. What is the need of {s} and state its advantages.",  # AZ: "6. What is the need of DBMS and state its advantages."
        "Why is there a need for {s}?",  # BA: "What is property management? Why is there a need for property management software?"
        "What is the role of {s} in hotel management?",  # BB: "What is the role of Information Technology (IT) in hotel management?"
        "Importance of {s} in Hotels",  # BC: "Importance of the Night Audit in Hotels"
    ),
}

HALVES = ("tune", "held-out")
BLIND = "blind"
BLIND2 = "blind2"
BLIND3 = "blind3"
BLIND4 = "blind4"
BLIND5 = "blind5"
BLIND6 = "blind6"
BLIND7 = "blind7"
BLIND8 = "blind8"
BLIND9 = "blind9"
BLIND10 = "blind10"
BLIND11 = "blind11"
BLIND12 = "blind12"
BLIND13 = "blind13"
BLIND14 = "blind14"
BLIND15 = "blind15"
BLIND16 = "blind16"
BLIND17 = "blind17"
BLIND18 = "blind18"
BLIND19 = "blind19"
BLIND20 = "blind20"
BLIND21 = "blind21"
BLIND22 = "blind22"
BLIND23 = "blind23"
BLIND24 = "blind24"
BLIND25 = "blind25"
BLIND26 = "blind26"
BLIND27 = "blind27"
BLIND28 = "blind28"
BLIND29 = "blind29"
BLIND30 = "blind30"
BLIND31 = "blind31"
BLIND32 = "blind32"
BLIND33 = "blind33"
BLIND34 = "blind34"
BLIND35 = "blind35"
BLIND36 = "blind36"
BLIND37 = "blind37"
BLIND38 = "blind38"
BLIND39 = "blind39"
BLIND40 = "blind40"
BLIND41 = "blind41"
BLIND42 = "blind42"
BLIND43 = "blind43"
BLIND44 = "blind44"
BLIND45 = "blind45"
BLIND46 = "blind46"
BLIND47 = "blind47"
BLIND48 = "blind48"
BLIND49 = "blind49"
BLIND50 = "blind50"
BLIND51 = "blind51"
BLIND52 = "blind52"
BLIND53 = "blind53"
BLIND54 = "blind54"
BLIND55 = "blind55"
BLIND56 = "blind56"
BLIND57 = "blind57"
BLIND58 = "blind58"
BLIND59 = "blind59"
BLIND60 = "blind60"
BLIND61 = "blind61"
BLIND62 = "blind62"
BLIND63 = "blind63"
BLIND64 = "blind64"
BLIND65 = "blind65"
BLIND66 = "blind66"
BLIND67 = "blind67"
BLIND68 = "blind68"
BLIND69 = "blind69"
BLIND70 = "blind70"
BLIND71 = "blind71"
BLIND72 = "blind72"
BLIND73 = "blind73"
BLIND74 = "blind74"
BLIND75 = "blind75"
BLIND76 = "blind76"
BLIND77 = "blind77"
BLIND78 = "blind78"
BLIND79 = "blind79"
BLIND80 = "blind80"
BLIND81 = "blind81"
BLIND82 = "blind82"
PHRASING_SETS = (
    "halves",
    BLIND,
    BLIND2,
    BLIND3,
    BLIND4,
    BLIND5,
    BLIND6,
    BLIND7,
    BLIND8,
    BLIND9,
    BLIND10,
    BLIND11,
    BLIND12,
    BLIND13,
    BLIND14,
    BLIND15,
    BLIND16,
    BLIND17,
    BLIND18,
    BLIND19,
    BLIND20,
    BLIND21,
    BLIND22,
    BLIND23,
    BLIND24,
    BLIND25,
    BLIND26,
    BLIND27,
    BLIND28,
    BLIND29,
    BLIND30,
    BLIND31,
    BLIND32,
    BLIND33,
    BLIND34,
    BLIND35,
    BLIND36,
    BLIND37,
    BLIND38,
    BLIND39,
    BLIND40,
    BLIND41,
    BLIND42,
    BLIND43,
    BLIND44,
    BLIND45,
    BLIND46,
    BLIND47,
    BLIND48,
    BLIND49,
    BLIND50,
    BLIND51,
    BLIND52,
    BLIND53,
    BLIND54,
    BLIND55,
    BLIND56,
    BLIND57,
    BLIND58,
    BLIND59,
    BLIND60,
    BLIND61,
    BLIND62,
    BLIND63,
    BLIND64,
    BLIND65,
    BLIND66,
    BLIND67,
    BLIND68,
    BLIND69,
    BLIND70,
    BLIND71,
    BLIND72,
    BLIND73,
    BLIND74,
    BLIND75,
    BLIND76,
    BLIND77,
    BLIND78,
    BLIND79,
    BLIND80,
    BLIND81,
    BLIND82,
)
BLIND_SETS = {
    BLIND: BLIND_PHRASINGS,
    BLIND2: BLIND2_PHRASINGS,
    BLIND3: BLIND3_PHRASINGS,
    BLIND4: BLIND4_PHRASINGS,
    BLIND5: BLIND5_PHRASINGS,
    BLIND6: BLIND6_PHRASINGS,
    BLIND7: BLIND7_PHRASINGS,
    BLIND8: BLIND8_PHRASINGS,
    BLIND9: BLIND9_PHRASINGS,
    BLIND10: BLIND10_PHRASINGS,
    BLIND11: BLIND11_PHRASINGS,
    BLIND12: BLIND12_PHRASINGS,
    BLIND13: BLIND13_PHRASINGS,
    BLIND14: BLIND14_PHRASINGS,
    BLIND15: BLIND15_PHRASINGS,
    BLIND16: BLIND16_PHRASINGS,
    BLIND17: BLIND17_PHRASINGS,
    BLIND18: BLIND18_PHRASINGS,
    BLIND19: BLIND19_PHRASINGS,
    BLIND20: BLIND20_PHRASINGS,
    BLIND21: BLIND21_PHRASINGS,
    BLIND22: BLIND22_PHRASINGS,
    BLIND23: BLIND23_PHRASINGS,
    BLIND24: BLIND24_PHRASINGS,
    BLIND25: BLIND25_PHRASINGS,
    BLIND26: BLIND26_PHRASINGS,
    BLIND27: BLIND27_PHRASINGS,
    BLIND28: BLIND28_PHRASINGS,
    BLIND29: BLIND29_PHRASINGS,
    BLIND30: BLIND30_PHRASINGS,
    BLIND31: BLIND31_PHRASINGS,
    BLIND32: BLIND32_PHRASINGS,
    BLIND33: BLIND33_PHRASINGS,
    BLIND34: BLIND34_PHRASINGS,
    BLIND35: BLIND35_PHRASINGS,
    BLIND36: BLIND36_PHRASINGS,
    BLIND37: BLIND37_PHRASINGS,
    BLIND38: BLIND38_PHRASINGS,
    BLIND39: BLIND39_PHRASINGS,
    BLIND40: BLIND40_PHRASINGS,
    BLIND41: BLIND41_PHRASINGS,
    BLIND42: BLIND42_PHRASINGS,
    BLIND43: BLIND43_PHRASINGS,
    BLIND44: BLIND44_PHRASINGS,
    BLIND45: BLIND45_PHRASINGS,
    BLIND46: BLIND46_PHRASINGS,
    BLIND47: BLIND47_PHRASINGS,
    BLIND48: BLIND48_PHRASINGS,
    BLIND49: BLIND49_PHRASINGS,
    BLIND50: BLIND50_PHRASINGS,
    BLIND51: BLIND51_PHRASINGS,
    BLIND52: BLIND52_PHRASINGS,
    BLIND53: BLIND53_PHRASINGS,
    BLIND54: BLIND54_PHRASINGS,
    BLIND55: BLIND55_PHRASINGS,
    BLIND56: BLIND56_PHRASINGS,
    BLIND57: BLIND57_PHRASINGS,
    BLIND58: BLIND58_PHRASINGS,
    BLIND59: BLIND59_PHRASINGS,
    BLIND60: BLIND60_PHRASINGS,
    BLIND61: BLIND61_PHRASINGS,
    BLIND62: BLIND62_PHRASINGS,
    BLIND63: BLIND63_PHRASINGS,
    BLIND64: BLIND64_PHRASINGS,
    BLIND65: BLIND65_PHRASINGS,
    BLIND66: BLIND66_PHRASINGS,
    BLIND67: BLIND67_PHRASINGS,
    BLIND68: BLIND68_PHRASINGS,
    BLIND69: BLIND69_PHRASINGS,
    BLIND70: BLIND70_PHRASINGS,
    BLIND71: BLIND71_PHRASINGS,
    BLIND72: BLIND72_PHRASINGS,
    BLIND73: BLIND73_PHRASINGS,
    BLIND74: BLIND74_PHRASINGS,
    BLIND75: BLIND75_PHRASINGS,
    BLIND76: BLIND76_PHRASINGS,
    BLIND77: BLIND77_PHRASINGS,
    BLIND78: BLIND78_PHRASINGS,
    BLIND79: BLIND79_PHRASINGS,
    BLIND80: BLIND80_PHRASINGS,
    BLIND81: BLIND81_PHRASINGS,
    BLIND82: BLIND82_PHRASINGS,
}
SUFFIXES = (" in neural networks", " in deep learning", " in machine learning")
FOLLOW_UPS = (
    " Give an example.",
    " Explain briefly.",
    " Why does it matter?",
    " Keep the answer short.",
)
STYLES = ("plain", "title-case", "lower-case", "follow-up", "q-prefix")

NOUNS = (
    "gradient",
    "loss",
    "feature",
    "parameter",
    "layer",
    "weights",
    "sample",
    "batch",
    "variance",
    "bias",
    "label",
    "signal",
    "distribution",
    "noise",
    "error",
    "output",
    "input",
    "representation",
    "estimate",
    "objective",
    "network",
    "dataset",
    "model",
    "update",
    "step",
    "score",
    "threshold",
    "margin",
    "capacity",
    "memory",
    "latency",
    "throughput",
    "accuracy",
    "calibration",
    "gradient norm",
    "learning signal",
    "scale",
    "residual",
    "activation",
    "prediction",
    "target",
    "feature map",
    "vocabulary",
    "kernel",
)
VERBS = (
    "reduces",
    "controls",
    "smooths",
    "stabilizes",
    "rescales",
    "constrains",
    "estimates",
    "spreads",
    "limits",
    "balances",
    "amplifies",
    "tracks",
    "summarizes",
    "corrects",
    "separates",
    "compresses",
    "propagates",
    "averages",
    "regularizes",
    "shifts",
)
ADJECTIVES = (
    "noisy",
    "large",
    "small",
    "unstable",
    "skewed",
    "sparse",
    "imbalanced",
    "correlated",
    "high-dimensional",
    "redundant",
    "missing",
    "stale",
    "biased",
    "sharp",
    "flat",
    "long",
)
PHASES = ("training", "inference", "validation", "fine-tuning", "pretraining", "evaluation")
TEMPLATES = (
    "{S} is a technique that {verb} the {n1} of the {n2} during {phase}.",
    "It is mainly used when the {n1} is {adj} and the {n2} must stay {adj2}.",
    "In practice {s} {verb} the {n1}, which makes the {n2} easier to learn.",
    "A common mistake is to apply {s} when the {n1} is already {adj}.",
    "The main cost of {s} is extra {n1} and a slower {n2} through the network.",
    "Compared with plain {n1} updates it {verb} the {n2} at every step.",
    "It helps most with {adj} {n1} and hurts little when the {n2} is {adj2}.",
    "Without it the {n1} becomes {adj} and the {n2} drifts during {phase}.",
    "One way to check it is to plot the {n1} against the {n2} over {phase}.",
    "The idea was first described in early work on {n1} and {n2}.",
    "Most libraries expose it as one option that {verb} the {n1}.",
    "It works by keeping a running {n1} that {verb} each new {n2}.",
)
LABELS = ("Key idea", "In practice", "Why it matters", "Example", "Note", "How it works")
FURNITURE = (
    "300+ TOP {field} Interview Questions and Answers",
    "{field} Interview Questions",
    "{field} Interview Questions for freshers experienced :-",
    "{field} Questions and Answers Pdf Download",
    "300+ [LATEST] {field} Interview Questions and Answers",
    "Get {field} 100% Practical Training",
)
FIELDS = ("Deep Learning", "Machine Learning", "Data Science", "Neural Networks", "AI")
CLUSTER_SIZES = ((1, 0.52), (2, 0.26), (3, 0.13), (4, 0.06), (5, 0.03))
LOOKALIKE_SHARE = 0.3
ASK_LOOKALIKE_SHARE = 0.15
TYPO_SHARE = 0.25
ABBREVIATION_SHARE = 0.15
SUFFIX_SHARE = 0.2
FRONTED_SHARE = 0.2
# A phrasing that opens with a list label or Markdown marks ("17. ", "Q: ", "### ",
# "(b) ") is never fronted: nobody writes "For X, 17. What is Y?".
LABELLED = re.compile(r"[^A-Za-z{]|(?:Q|Question|Ques)\s*\d*\s*[.:)]|[A-Za-z][.)]\s|\d")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Question:
    """One distinct question: its ask, modifier, head and context, its facts, its half."""

    cluster: int
    ask: str
    modifier: str
    head: str
    context: str
    facts: tuple[str, ...]
    half: str = "tune"

    @property
    def subject(self) -> str:
        """The subject without its context: "stochastic dropout"."""
        return f"{self.modifier} {self.head}"

    @property
    def initials(self) -> str:
        """The subject's short form: "SGD" for "stochastic gradient descent"."""
        return "".join(w[0] for w in self.subject.replace("-", " ").split()).upper()


@dataclass(frozen=True)
class CorpusEntry:
    """One raw entry as written: its question (cluster), title, answer lines, how it was made."""

    cluster: int
    title: str
    answer: tuple[str, ...]
    half: str = "tune"
    phrasing: int = 0
    typo: bool = False
    abbreviation: bool = False


@dataclass(frozen=True)
class Corpus:
    """The files of a corpus (name -> text), its ground truth and each entry's features.

    ``truth`` maps ``file#label`` to the cluster; ``features`` maps it to how the entry was
    written: ``half`` (tune, held-out, blind, blind2 ... blind82), ``phrasing``, ``typo``, ``abbreviation``, ``style``.
    """

    files: dict[str, str]
    truth: dict[str, int]
    features: dict[str, dict[str, object]]

    @property
    def clusters(self) -> int:
        """How many distinct questions the corpus asks."""
        return len(set(self.truth.values()))


def _fill(template: str, rng: random.Random, subject: str) -> str:
    n1, n2 = rng.sample(NOUNS, 2)
    adj, adj2 = rng.sample(ADJECTIVES, 2)
    text = template.format(
        S=subject[:1].upper() + subject[1:],
        s=subject,
        verb=rng.choice(VERBS),
        n1=n1,
        n2=n2,
        adj=adj,
        adj2=adj2,
        phase=rng.choice(PHASES),
    )
    return text


def _facts(rng: random.Random, subject: str) -> tuple[str, ...]:
    templates = rng.sample(TEMPLATES, 7)
    return tuple(_fill(t, rng, subject) for t in templates)


def _cluster_size(rng: random.Random) -> int:
    roll = rng.random()
    for size, share in CLUSTER_SIZES:
        if roll < share:
            return size
        roll -= share
    return CLUSTER_SIZES[-1][0]


def plan_questions(
    n: int, rng: random.Random, phrasings: str = "halves"
) -> list[tuple[Question, int]]:
    """Distinct questions and how many times each is asked, ``n`` entries in all.

    Look-alikes come in siblings: the modifier swapped for another of its contrast group,
    or (less often) the same subject with another ask. With ``phrasings="blind"`` (or
    ``"blind2"``) every question is in that blind half (the random draws are the same as
    for ``"halves"``).
    """
    if phrasings not in PHRASING_SETS:
        raise ValueError(f"phrasings must be one of {PHRASING_SETS}, not {phrasings!r}")
    space = len(MODIFIER_GROUPS) * len(HEADS) * len(CONTEXTS)
    used: set[int] = set()
    planned: list[tuple[Question, int]] = []
    total = 0
    while total < n:
        if len(used) >= space:
            raise ValueError(f"{n} entries need more subjects than the vocabularies hold")
        key = rng.randrange(space)
        if key in used:
            continue
        used.add(key)
        group_i, rest = divmod(key, len(HEADS) * len(CONTEXTS))
        head_i, context_i = divmod(rest, len(CONTEXTS))
        group = MODIFIER_GROUPS[group_i]
        ask = ASKS[(head_i * 7 + context_i * 3) % len(ASKS)]
        half = HALVES[rng.random() < 0.5]
        if phrasings in BLIND_SETS:
            half = phrasings
        count = min(len(group), rng.choice((2, 3))) if rng.random() < LOOKALIKE_SHARE else 1
        siblings = [(m, ask) for m in rng.sample(group, count)]
        if rng.random() < ASK_LOOKALIKE_SHARE:
            siblings.append((siblings[0][0], rng.choice([a for a in ASKS if a != ask])))
        for modifier, sibling_ask in siblings:
            subject = f"{modifier} {HEADS[head_i]}"
            question = Question(
                cluster=len(planned),
                ask=sibling_ask,
                modifier=modifier,
                head=HEADS[head_i],
                context=CONTEXTS[context_i],
                facts=_facts(rng, f"{subject} for {CONTEXTS[context_i]}"),
                half=half,
            )
            size = min(_cluster_size(rng), n - total)
            if size <= 0:
                break
            planned.append((question, size))
            total += size
    return planned


def letter_edit(word: str, rng: random.Random) -> str:
    """``word`` with one random letter inserted, deleted, swapped with the next, or replaced."""
    kind = rng.choice(("insert", "delete", "swap", "replace"))
    i = rng.randrange(len(word))
    if kind == "insert":
        return word[:i] + rng.choice(LETTERS) + word[i:]
    if kind == "delete" and len(word) > 2:
        return word[:i] + word[i + 1 :]
    if kind == "swap" and len(word) > 2:
        i = min(i, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    letter = rng.choice([c for c in LETTERS if c != word[i].lower()])
    return word[:i] + letter + word[i + 1 :]


def random_typo(text: str, rng: random.Random) -> str:
    """``text`` with one random letter edit in one of its words of three letters or more."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if sum(c.isalpha() for c in w) >= 3]
    if not spots:
        return text
    i = rng.choice(spots)
    word = words[i]
    start = next(k for k, c in enumerate(word) if c.isalpha())
    end = len(word) - next(k for k, c in enumerate(reversed(word)) if c.isalpha())
    words[i] = word[:start] + letter_edit(word[start:end], rng) + word[end:]
    return " ".join(words)


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def ask_title(q: Question, rng: random.Random, first: bool) -> CorpusEntry:
    """One way of asking ``q``: a phrasing from its half, and random surface changes.

    The first entry of a question always spells its subject out; later ones may use the
    initials. A question in a blind half draws from all of that set's phrasings
    (:data:`BLIND_PHRASINGS` or :data:`BLIND2_PHRASINGS`).
    """
    if q.half in BLIND_SETS:
        phrasing = rng.randrange(len(BLIND_SETS[q.half][q.ask]))
        template = BLIND_SETS[q.half][q.ask][phrasing]
    else:
        offset = HALVES.index(q.half)
        phrasing = rng.choice(range(offset, len(PHRASINGS[q.ask]), 2))
        template = PHRASINGS[q.ask][phrasing]
    abbreviation = not first and rng.random() < ABBREVIATION_SHARE
    core = q.initials if abbreviation else q.subject
    if rng.random() < FRONTED_SHARE and not LABELLED.match(template):
        body = template.format(s=core, S=core[:1].upper() + core[1:])
        # "For X, SGD — pros?" keeps its capitals; "For X, Define SGD" becomes "define"
        opening = body[:1] if body[1:2].isupper() else body[:1].lower()
        title = f"For {q.context}, {opening}{body[1:]}"
    else:
        subject = f"{core} for {q.context}"
        title = template.format(s=subject, S=subject[:1].upper() + subject[1:])
    if rng.random() < SUFFIX_SHARE:
        # before the closing mark, when the phrasing has one ("... mean in ML" has none)
        cut = len(title) - 1 if title[-1] in "?.!" else len(title)
        title = title[:cut] + rng.choice(SUFFIXES) + title[cut:]
    typo = rng.random() < TYPO_SHARE
    if typo:
        title = random_typo(title, rng)
    return CorpusEntry(q.cluster, title, (), q.half, phrasing, typo, abbreviation)


def write_answer(q: Question, rng: random.Random) -> tuple[str, ...]:
    """One version of an answer to ``q`` (30 to 120 words), as source lines."""
    facts = list(q.facts)
    rng.shuffle(facts)
    chosen: list[str] = []
    words = 0
    target = rng.randint(30, 110)
    for fact in facts:
        if words >= target:
            break
        if words + len(fact.split()) > 120:
            continue
        if rng.random() < TYPO_SHARE / 2:
            fact = random_typo(fact, rng)
        chosen.append(fact)
        words += len(fact.split())
    shape = rng.choice(("paragraph", "paragraph", "bullets", "numbered", "label", "intro"))
    lines: list[str] = []
    if shape == "paragraph" or len(chosen) < 3:
        lines.append(" ".join(chosen))
    elif shape == "bullets":
        lines.extend(f"  • {fact.rstrip('.')}" for fact in chosen)
    elif shape == "numbered":
        lines.extend(f"  {i}. {fact}" for i, fact in enumerate(chosen, 1))
    elif shape == "label":
        lines.append(f"{rng.choice(LABELS)}:")
        lines.append("")
        lines.append(chosen[0])
        lines.append("")
        lines.append(" ".join(chosen[1:]))
    else:
        lines.append(chosen[0])
        lines.append("")
        lines.extend(f"  • {fact.rstrip('.')}" for fact in chosen[1:])
    return tuple(lines)


def make_entries(n: int, seed: int, phrasings: str = "halves") -> list[CorpusEntry]:
    """``n`` entries in a random order, each a rewording of its question."""
    rng = random.Random(seed)
    entries: list[CorpusEntry] = []
    for question, size in plan_questions(n, rng, phrasings):
        for k in range(size):
            entry = ask_title(question, rng, first=k == 0)
            entries.append(replace(entry, answer=write_answer(question, rng)))
    rng.shuffle(entries)
    return entries


def styled(title: str, style: str, rng: random.Random) -> str:
    """``title`` as a collection with that style writes it."""
    if style == "title-case":
        return _title_case(title)
    if style == "lower-case":
        return title.lower().rstrip("?.")
    if style == "follow-up":
        return title + rng.choice(FOLLOW_UPS)
    return title


def _render_file(
    name: str, entries: Sequence[CorpusEntry], rng: random.Random, style: str
) -> tuple[str, dict[str, CorpusEntry]]:
    """The text of one source file and its labels' entries: a numbered part, then a Q part."""
    field = rng.choice(FIELDS)
    lines = [rng.choice(FURNITURE).format(field=field), ""]
    labels: dict[str, CorpusEntry] = {}
    split = len(entries) // 2 if len(entries) > 1 else len(entries)
    for i, entry in enumerate(entries):
        q_part = i >= split
        number = i - split + 1 if q_part else i + 1
        label = f"Q{number}" if q_part else str(number)
        if (q_part and i == split) or rng.random() < 0.03:
            lines.extend([rng.choice(FURNITURE).format(field=field), ""])
        lines.append(f"{label}. {styled(entry.title, style, rng)}")
        if q_part or rng.random() < 0.3:
            lines.append("")
        lines.extend(entry.answer)
        lines.append("")
        labels[f"{name}#{label}"] = entry
    return "\n".join(lines), labels


def make_corpus(n: int, seed: int = 1, phrasings: str = "halves") -> Corpus:
    """A corpus of ``n`` raw entries, split into files of at most 2,000, with ground truth.

    Each file has a style of its own (:data:`STYLES`, in turn), so repeats across files
    are asked in different styles. ``phrasings`` is ``"halves"`` (each question in the
    tuning or the held-out half of :data:`PHRASINGS`) or ``"blind"`` (every question
    phrased from :data:`BLIND_PHRASINGS`) or ``"blind2"`` (from :data:`BLIND2_PHRASINGS`);
    typos, short forms, styles and look-alikes are made as for the halves.
    """
    if n < 1:
        raise ValueError("a corpus needs at least one entry")
    entries = make_entries(n, seed, phrasings)
    rng = random.Random(seed * 7919 + 17)
    files: dict[str, str] = {}
    truth: dict[str, int] = {}
    features: dict[str, dict[str, object]] = {}
    for part, start in enumerate(range(0, n, ENTRIES_PER_FILE), 1):
        name = f"synthetic-{part:03d}.txt"
        style = STYLES[(part - 1) % len(STYLES)]
        text, labels = _render_file(name, entries[start : start + ENTRIES_PER_FILE], rng, style)
        files[name] = text
        for ref, entry in labels.items():
            truth[ref] = entry.cluster
            features[ref] = {
                "half": entry.half,
                "phrasing": entry.phrasing,
                "typo": entry.typo,
                "abbreviation": entry.abbreviation,
                "style": style,
            }
    return Corpus(files, truth, features)


def write_corpus(corpus: Corpus, out: Path) -> Path:
    """Write the source files into ``out/sources/``, the ground truth and features beside."""
    sources = out / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name, text in corpus.files.items():
        (sources / name).write_text(text, encoding="utf-8", newline="\n")
    (out / GROUND_TRUTH).write_text(
        json.dumps(corpus.truth, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    (out / FEATURES).write_text(
        json.dumps(corpus.features, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    return sources


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m benchmarks.corpus N --seed S [--phrasings blind|blind2|...|blind32] --out DIR``."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.corpus", description="Write a synthetic Q&A dump corpus."
    )
    parser.add_argument("n", type=int, help="number of raw entries")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument(
        "--phrasings",
        choices=PHRASING_SETS,
        default="halves",
        help="halves: tuning and held-out phrasings (default); blind, blind2 ... blind82: that blind set only",
    )
    parser.add_argument("--out", required=True, help="output folder (sources/ + ground truth)")
    args = parser.parse_args(argv)
    corpus = make_corpus(args.n, args.seed, args.phrasings)
    sources = write_corpus(corpus, Path(args.out))
    print(
        f"corpus: {args.n} entries, {corpus.clusters} distinct questions, "
        f"{len(corpus.files)} file(s) in {sources}; ground truth in {Path(args.out) / GROUND_TRUTH}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
