"""What a question asks about (its subject) and how it asks (its ask).

"What are the advantages of dropout?" and "Why would you use dropout?" share the subject
*dropout* and the ask *advantages*; "What is dropout?" shares the subject but asks for a
*definition*, so it is another question. The duplicate finder compares the two parts
separately: asks must be equal, subjects must match (tolerantly, see
:mod:`generator.ingest.dedupe`).

The cue lists below are ordinary English, written from how people phrase interview
questions in general; nothing here names a source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .cuescan import CueScanner
from .normalize import singular

DEFINE = "definition"
FIX = "fix"
COMPARE = "comparison"

PURPOSE = "purpose"
_PURPOSE_CUES = (
    r"(?:what|which|'s) roles?|roles? (?:of|in|does|do|did|is|are|for|that|and)|purposes?"
    r"|use of|usages? of|used for|goals?|point of|functions? of|what for|big deal"
    r"|why (?:is|are) .{0,60}\bused\b"
    r"|for what (?:is|are) .{0,60}\bused\b"
    r"|needed|need for|(?<!\bin )need of\b|need it|important|necessity"
    # "What does X mainly address?"
    r"|what (?:does|do|did) .{1,60}\b(?:mainly |primarily |actually )?address\b"
    # "The importance of X"; not "feature importance of X" (a measure)
    r"|(?<!\bfeature )(?<!\bfeatures )(?<!\bvariable )(?<!\bpermutation )importance of"
    r"|(?<!\bstatistical )significance (?:of|to)\b"
    r"|why (?:do|does|did|would) .{0,60}\b(?:need|needs|exist|exists)\b"
    r"|(?:meant|supposed|designed|intended|invented|introduced) to (?:solve|fix|address)"
    r"|(?<!\bstand)(?<!\bstands)(?<!\bstood) for"
    r"(?=[\s?.!\"”'’*_)]*$|\s+in (?:deep|machine) learning|\s+in neural networks?)"
    r"|(?:problems?|issues?|challenges?) (?:does|do|did) .{0,60}\b(?:solve|address)"
    # "What problems can X solve?", "The types of problems X can solve"
    r"|(?:problems?|tasks?) (?:.{0,60}?\b)?(?:can|could|will|would)\b.{0,60}?\b(?:solve|address)\b"
    # "The problem X solves" (a heading); not "the problem with/of/in X"
    r"|the (?:main |key |core )?problems? (?!with\b|of\b|in\b).{1,60}\b(?:solves|addresses)\b"
    # "the reason for using X" asks why one uses it, not what causes it
    r"|reasons? (?:for|behind|to) (?:using|choosing|adopting|applying|picking|use|having)"
    # "the motivation behind X", "the rationale for X", "the objective of X", "What gap
    # does X fill?", "What is X meant to accomplish?", "X: what's the point?"
    r"|motivations?|motivated|rationale|objectives? (?:of|behind|for)|aims? (?:of|behind)"
    r"|(?:the|what) aims?\b"
    r"|(?:what|which) gaps?|meant to (?:accomplish|achieve|do)|set out to"
    # "What is X trying to accomplish?", "what problem is X trying to solve?"
    r"|(?:is|are) .{1,60}\btrying to (?:accomplish|achieve|solve|do)\b"
    r"|what(?:'s| is) the point|exists? to"
    # "What X Is Actually Solving", "What problem is X solving?"; not "What is X solving?"
    # (it may ask how to solve X)
    r"|(?:is|are) (?:actually|really|even|currently) (?:solving|addressing)\b"
    r"|(?:what|which) (?:problems?|issues?) (?:is|are) .{1,60}\b(?:solving|addressing)\b"
)

CLOSE_ASKS = {PURPOSE: "advantages", "formula": "how-it-works"}
"""Asks that never clash with another (each mapped to it): what X is for and what X is
good for; how X is computed and how X works. Collections file "Why do we use X?", "Why
do we need X?" and "Why is X important?" under either of the first two, and "How is X
calculated?" beside "How does X work?", so their answers decide, as for a title of
unknown ask."""


def clash_group(cue_ask: str) -> str:
    """The ask a cue stands for when clashes are looked for (:data:`CLOSE_ASKS`)."""
    return CLOSE_ASKS.get(cue_ask, cue_ask)


def asks_firmly_apart(asks_a: AbstractSet[str], asks_b: AbstractSet[str]) -> bool:
    """Whether titles whose cue lists name ``asks_a`` and ``asks_b`` never repeat each
    other, however alike their answers: a comparison names two things and repeats no
    question about one of them, and what a problem is and how to cure it are the
    look-alikes a reader keeps apart (one answer pasted under both says the same things).
    """
    if COMPARE in asks_a ^ asks_b:
        return True
    return bool({DEFINE, FIX} <= asks_a | asks_b and not asks_a & asks_b)


_PLAIN_OTHER = (
    r"(?:(?:simpler|simple|naive|plain|vanilla|usual|standard|traditional|classical?)"
    r" (?:approach(?:es)?|methods?|models?|alternatives?|ones?|options?|techniques?|ways?"
    r"|baselines?|versions?|solutions?)|baselines?|(?:this|that)(?=\W*$))\b"
)
"""The other side of a comparison that names no other thing: "the naive approach", "the
plain baseline", "this" at the end ("Why is X better than this?")."""
_PERSON = (
    r"(?:me|you|them|anyone|anybody|everyone|everybody|most people|(?:most|many|some) of us"
    # "I" ends its clause or goes on with a verb ("than I do"): not "I JEPA" ("I-JEPA")
    r"|i(?=\s*(?:$|[,.;:!?)]|\s\s|(?:do|did|can|could|am|would|will|know|have|had"
    r"|thought|think|expected)\b)))\b"
)
"""A person on the other side of "better than" ("those who know better than I - ..."):
no subject compared."""

# Asks in priority order: when a first clause has cues of several, the earlier one wins
# ("When does dropout fail?" is about limitations, not about when to use it).
_OPENER = r"(?:^|[.:)*#,]\s*)(?:(?:so|and|but|well|now|ok|okay) )?"
"""Where a clause opens: the title's start, or after a full stop, colon, bracket, mark or
comma ("Should I use X?", "My data is huge. Can I use X?", "For CNNs, is X useful?"), and
past a word that only links it to what came before ("So do you always need X?")."""
_USERS = (
    r"(?:people|they|companies|businesses|firms|organi[sz]ations|teams|startups|practitioners"
    r"|engineers|researchers|the police)"
)
_SETTING = (
    r"(?:even |also |still )?(?:for|in|on|with|when) (?!(?:deep|machine) learning\b"
    r"|neural networks?\b|ai\b|ml\b|practice\b|general\b)"
)
"""A setting after "useful" ("useful for malware detection"); not the field a title
names ("useful in machine learning")."""
_USING = r"(?:already |actually |really |currently )?use[sd]?\b"
_KIND_OF_DATA = r"(?:kinds?|types?|sorts?) of (?:\w+ ){0,2}?(?:data|datasets?|problems?|tasks?)"
"""The kind of data or task a title asks about ("What kind of tabular data ..."): asking
what X suits, it asks when to use X."""

_ASK_CUES: tuple[tuple[str, str], ...] = (
    (
        "comparison",
        # "made a difference" says it mattered, not that two things differ
        r"(?<!\bmake a )(?<!\bmakes a )(?<!\bmade a )(?<!\bmaking a )differences?"
        r"|differ|differs|differentiate|distinguish|distinguishes"
        # "How is X different from Y?", "How are X and Y different?"; not "different types"
        r"|different (?:from|than|to)|(?:is|are) .{1,80}\bdifferent(?=\W*$)"
        r"|compare|comparing|comparison|contrast|contrasted"
        # "compared to not using it", "vs. alternatives", "better than the alternatives"
        # name nothing to compare with: they ask how it helps, or when to use it
        r"|(?:compared|vs|versus|better than|worse than)(?!\.? (?:to |with )?(?:not\b|no\b"
        r"|nothing\b|doing without|(?:the |other |any )?(?:alternatives|other (?:approaches"
        r"|methods|options))\b"
        # nor "better than the naive approach", "compared with the plain baseline" (but
        # "better than plain SGD" names one); nor a person ("those who know better than
        # I", "do it better than me")
        rf"|(?:the |a |an )?{_PLAIN_OTHER}|{_PERSON}))",
    ),
    (
        FIX,
        r"avoid|avoided|avoiding|prevent|prevented|preventing|fix|fixing|cure"
        r"|handle|handled|handling|(?<!\bthe )(?<!\bbig )deal with|deals with|dealt with"
        # "if your setup is dealing with it" says it has it, not how to deal with it
        r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )dealing with"
        r"|overcome"
        r"|overcoming|eliminate|eliminated|eliminating|mitigate|mitigated|mitigating|mitigation"
        r"|prevention|combat|combats|combating|combatting|tackle|tackled|tackles|tackling|solve|solved|solving"
        # "solutions to X", not "X solutions to improve Y" (what X is for)
        r"|remedy|remedies|solutions? (?:to|for)(?! (?:improve|enhance|boost|increase|speed up)\b)"
        r"|workarounds?|rescue|alleviate|alleviating"
        r"|resolve|resolving|debug|debugging|troubleshoot\w*|diagnose|diagnosing|corrective"
        r"|get rid of|getting rid of|guard against|counteract|countermeasures?|reduce the risk"
        r"|to counter\b|take care of|under control|robust (?:to|against)"
        # "the techniques to reduce it", "How can X be reduced?"; not "How does PCA reduce
        # dimensionality?"
        r"|(?:how|ways?|techniques?|methods?|strategies|steps|tricks?|tips?|tools?|advice"
        r"|practices) (?:to|for) (?:reduce|reducing|minimi[sz]e|minimi[sz]ing|lessen|curb"
        r"|address|addressing|control|remove|removing|correct|correcting|manage)\b"
        # "make X go away"
        r"|(?:make|makes|making) .{1,60}\bgo away\b"
        r"|(?:techniques?|methods?|strateg(?:y|ies)|ways?|what) (?:help |helps |can )?"
        r"(?:reduce|lessen|curb)\b"
        # "How a developer can reduce X", "How does the paper address possible X?", "X and
        # how to break through it"
        r"|how (?:\w+ ){1,3}?(?:can|could|should|might) (?:\w+ )?(?:reduce|lessen|curb)\b"
        r"|how (?:do|does|did|can|could|should|would|to) .{0,60}\baddress\b"
        r"|break(?:ing)? through\b"
        # "Need to reduce X?", "How can X be compensated for?"
        r"|need to (?:reduce|lessen|curb|minimi[sz]e)\b|compensat(?:e|ed|ing) for\b"
        # "What can you do about X?", "What can we do to relieve X?", "protect it from X"
        r"|what (?:can|could|should) (?:you|we|i|one) do (?:about|against)\b|reliev(?:e|es|ing)\b"
        r"|what (?:can|could|should) be done (?:about|against)\b"
        r"|protect(?:s|ed|ing)? (?:\w+ ){0,3}from\b"
        r"|(?:be|been|being) (?:reduced|addressed|mitigated|alleviated|controlled|managed)"
        # "Managing X in production", "How did you manage X?", "anything to manage X"; not
        # "How does X manage memory?"
        rf"|{_OPENER}(?:manage|managing|reducing|minimi[sz]ing|addressing)\b"
        r"|(?:anything|something|what) to manage\b"
        # "How do you defend against X?", "defences against X", "protecting against X"
        r"|(?:defen[cs]es?|defend(?:s|ed|ing)?|protect(?:s|ed|ing|ion)?) (?:.{1,60}\b)?against"
        r"|how (?:(?:do|did|can|could|should|would) )?(?:we|you|i|one) (?:managed?|manages)\b"
        r"|(?:can|could|should|do) (?:we|you|i|one) (?:reduce|lessen|curb)\b|done to reduce"
        r"|what (?:to|do you|do we|should i|should we|can i|can we) do (?:when|if|about"
        r"|with (?:it|them|this|that))\b"
        r"|(?:keep|stop|prevent)s? .{0,60}\bfrom (?:happening|occurring)"
        r"|keep(?:ing|s)? .{1,60}\bfrom \w+ing\b",
    ),
    (
        "limitations",
        r"disadvantages?|drawbacks?|limitations?|downsides?|weakness|weaknesses"
        r"|shortcomings?|cons|pitfalls?|fail|fails|failure|failures|caveats?|gotchas?"
        r"|weak (?:points?|spots?|sides?)|falls? (?:short|apart)"
        r"|(?:break|breaks) down(?! (?:the|a|an|how|what|its|their|this|that|these|those|into)\b)"
        # not "This is not an issue with the code, but how does X work?"
        r"|(?<!\bnot a )(?<!\bno )problems? with|(?<!\bnot an )(?<!\bno )issues? with|criticisms?"
        # "the challenges of X", "issues in X", "What problems does X have?"; not "What
        # challenge does X address?" (a purpose) nor "problems in NLP X can solve"
        r"|challenges?(?! (?:does|do|did|is|was|were|are) )"
        r"|(?:issues|problems) (?:of|in|facing|faced|associated|limiting)\b"
        r"(?! (?:deep|machine) learning\b| neural networks?\b| ai\b| practice\b)"
        r"(?!.{0,80}\b(?:solve|solves|solved|address|addresses|addressed|tackle|tackles)\b)"
        r"|(?:issues|problems?) (?:does|do|did) .{0,60}\b(?:have|has)\b(?! to\b)"
        # what goes wrong with X, its catches, limits, risks and bad sides
        r"|demerits?|difficult(?:y|ies)|obstacles?|struggles?|catch(?:es)?(?= with|\W*$)"
        # "the flaw in X", "the defects of X", "What problem does X bring?"; not "defect
        # detection"
        r"|flaws?|defects? (?:of|in|with)"
        r"|(?:problems?|issues?) (?:does|do|did|will|would|can|could) .{0,60}\b(?:bring|brings"
        r"|introduce|introduces)\b"
        r"|(?:the|any|a) catch\b(?! all\b)|limits (?:of|to)|risks (?:of|in|with)"
        # "What X is bad at", "the thing X is worst at"
        r"|(?:bad|worst|poor|not good) at\b"
        r"|go(?:es)? wrong(?! without)"
        r"|(?:what's|whats|what is) wrong|(?:negative|bad) (?:aspects?|sides?|effects?)"
        r"|adverse effects?|undesirable|overrated|overhyped|over hyped|bad idea|dangers?\b"
        # "Why you should be careful using X", "What challenges do nurses face using X?",
        # "What challenges are associated with X?"
        r"|careful (?:when|with|about|using|in using)\b"
        r"|(?:challenges?|problems?|issues?|obstacles?|difficulties) (?:do|does|did|would|might"
        r"|can|will) .{1,40}\bface(?=\s+(?:when|while|in|with|using|during)\b|\W*$)"
        r"|challenges? (?:are |is )?(?:associated|involved)\b"
        # "Why is X so difficult?", "What makes X challenging?", "concerns with using X"
        r"|difficult|challenging|concerns? (?:with|about|over|regarding)\b"
        # "the risks associated with using X", "Why X is so risky", "A critique of X", "The
        # case against X" (the case for X is its advantages)
        r"|risks? (?:associated|involved)|risky\b|critiques? of|case against"
        # "On what data will X perform badly?", "sources of error in X", "Why are current X
        # methods insufficient?", "Why is X useless?", "Is it so dangerous to use X?", "Where
        # X causes problems"
        r"|perform(?:s|ed)? (?:badly|poorly|worse)\b|sources? of errors?\b|insufficient\b"
        r"|useless\b|dangerous\b|causes? (?:problems|trouble)\b|rethink(?:ing)?\b"
        r"|(?:does not|doesn't|do not|don't|not|isn't) (?:work|working)(?: well| good)?\b"
        r"|not (?:be )?(?:the best|a good|the right) (?:choice|fit|idea)|not (?:well )?suited"
        # "Why not always use X?", "Why X isn't always the answer"
        r"|(?:not|isn't|aren't) always\b"
        # "When should you not use X?", "reasons to NOT use X", "Why is X not widely used?",
        # "When is X not enough?", "Why is X so bad?"; not "when to use and not use X" (when
        # to use it) nor "compared to not using it" (how X helps)
        r"|(?:when\b.{0,25}?\b)?(?<!\bcompared to )(?<!\bcompared with )(?<!\bthan )(?<!\bvs )"
        r"(?<!\bversus )(?<!\band )(?<!\bor )(?<!/)(?<!/ )(?:not|n't) (?:to )?(?:be )?"
        r"(?:use|used|using|apply|applied|choose|rely on)\b"
        r"|not (?:widely|commonly|always) used"
        r"|(?:not|isn't|aren't) (?:be )?(?:an? |the )?(?:appropriate|enough|suitable|advisable"
        r"|sufficient)"
        # "Why isn't X widely implemented?", "Why is X not useful?", "errors associated with
        # X", "the possible problems while using X"
        r"|(?:isn't|aren't|is not|are not) .{1,60}\b(?:widely|commonly|more widely)"
        r" (?:used|implemented|adopted)\b"
        r"|not (?:very )?(?:useful|helpful)|errors? associated"
        r"|(?:possible|potential) (?:problems?|issues?|errors?)\b"
        r"|so bad\b",
    ),
    (
        "advantages",
        r"advantages?|benefits?|pros?|strengths?|merits?|upsides?|good about|good idea"
        # "Why is X useful?"; not "Why is X not useful?" (limitations)
        r"|why (?:is|are) (?:(?!\bnot\b|n't\b).){0,60}?\b(?:good|beneficial|helpful|effective"
        r"|useful)\b"
        # "How is X useful?", "In what ways is X beneficial?", "Is X useful?" (but "Is X
        # useful for malware detection?" asks whether to use it there)
        r"|(?:how|in what ways?) (?:is|are) .{0,60}\b(?:useful|helpful|beneficial)\b"
        rf"|{_OPENER}is (?!there\b).{{1,60}}\b(?:useful|helpful|beneficial)\b"
        rf"(?! {_SETTING})"
        # "Why should we use X?", "Why do people like X?"; but "Why do we use X?" and "Why
        # would you want X?" ask what it is for (15 to 5 and 7 to 1 in the sets)
        r"|why (?:would|should|might|will) (?:you|we|one|i|people|anyone|someone)"
        r" (?:use|choose|pick|prefer|apply|like|love|rave about|recommend|praise)"
        r"|why (?:do|does|did) (?:you|we|one|i|people|anyone|someone)"
        r" (?:choose|pick|prefer|like|love|rave about|recommend|praise)"
        r"|swears? by|buys? (?:you|us|me|one)\b|case for|(?:strong|selling) points?"
        # "Why you should embrace X", "Why librarians should adopt X", "Why opt for X?",
        # "Why invest in X?", "why should you bother?"
        r"|why (?:\w+ ){1,2}should (?:embrace|adopt|consider|try|bother)\b"
        r"|why (?:opt for|invest in|go for|bother|choose|pick|select)\b"
        # "7 reasons to use X", "valid reasons for using X", "intuitions for preferring X",
        # "What appeals to you about X?", "any mileage in using X?", "Why X is convenient"
        # (but "the reason for using X" asks what X is for, and "reasons to prefer X
        # instead of Y" when to use it)
        r"|(?:reasons to (?:use|adopt|choose|prefer)|(?:\d+|good|valid|great|compelling|many"
        r"|several) reasons for (?:using|adopting|choosing|preferring))\b"
        r"(?!.{0,60}\b(?:instead of|rather than)\b)"
        r"|for preferring\b|appeals? to (?:you|me|us|people)\b|mileage in\b|convenient\b"
        # "What X is good at", "positive outcomes of X", "the arguments for X", "Why has X
        # become so popular?", "Is X worth the hype?", "What makes X stand out?"
        r"|(?<!\bnot )good at\b|positive (?:outcomes?|aspects?|effects?|sides?|impacts?)"
        r"|arguments? (?:for|in favou?r of)\b"
        r"|why (?:is|are|has|have) .{0,60}\b(?:become )?(?:so )?popular\b"
        r"|worth the hype|hype\b.{1,60}\bjustified|stands? out\b"
        # "Is X worth it?", "X: is it worth it?", "Is X worth the cost?" (but "When is X
        # worth it?", "deciding whether X is worth it" and "if X is worth adding" ask when)
        rf"|{_OPENER}(?:is|are|was|were) .{{0,60}}\bworth (?:it\b|its |the (?:cost|effort"
        r"|money|extra money|price|investment)\b)|^\W*worth it\b"
        r"|do for (?:you|us|me|your|our)\b"  # "What can X do for you?"
        r"|what makes .{1,80}\b(?:so |such an? |this )?(?:good|great|effective|powerful"
        r"|popular|useful|helpful|beneficial|attractive|special|successful|worth)\b"
        # "better than the alternatives", "superior to the vanilla approach" (no second
        # thing named: "better than weight decay" compares); "What does X do well?"
        r"|(?:better|superior) (?:than|to|compared (?:to|with)) (?:the |a |an |other |any )?"
        rf"(?:alternatives|other (?:approaches|methods|options)\b|{_PLAIN_OTHER})"
        r"|what (?:does|do) .{1,60}\bdo well\b|\bdoes well\b|adds? (?:real |much )?value\b"
        r"|(?:do|does|would|will|can|could) (?:you|we|one|i|they) gain|in it for"
        r"|how (?:does|do|can|could|would) .{1,60}\bhelps?\b"
        # "How does X improve model performance?", "Can X improve ...?", "What
        # improvements does X bring?"; not "How can we improve X?" nor "Can X fail to
        # improve ...?"
        r"|(?:does|do|can|could|will|would|might) (?!(?:we|you|i|one|they|it|not)\b)\w"
        r"(?:(?!\bnot\b|n't\b|\bfail).){0,60}?\bimprove\b"
        r"|improvements? (?:does|do|of|over)|improvement over"
        # "Why does X work so well?"; not "Why might X not work well?" (limitations)
        r"|why\b(?:(?!\bnot\b|n't\b).){1,60}?\bworks? (?:so |very |really |often |generally |)well\b",
    ),
    (
        "formula",
        r"formulas?|formulae|equations?|calculate|calculated|calculates|calculating"
        r"|calculation|compute|computed|computes|computing|computation of|derive|derived(?! from)"
        r"|derivation|math|maths|mathematics",
    ),
    (
        "how-it-works",
        # "I'm working on a project" says what the asker does
        # not "published work", "prior work" (a body of work)
        r"(?<!\bpublished )(?<!\bprior )(?<!\brelated )(?<!\bfuture )(?<!\bprevious )"
        r"(?<!\bexisting )(?<!\brecent )(?<!\bacademic )(?<!\bscientific )(?<!\bmy )(?<!\bour )"
        r"(?<!\byour )(?<!\btheir )(?<!\bto )works?"
        r"|(?<!\bam )(?<!\bare )(?<!\bbeen )(?<!\bi'm )(?<!\bwe're )(?<!\bwhen )working"
        # "the mechanism of X", "its mechanics", "By what mechanism ...?", "Mechanism:"; not
        # "the attention mechanism" or "quantum mechanics", which name the subject
        r"|workings|mechanically|(?:the|its|their|what|which|this|that|underlying|working"
        r"|internal|inner|basic|key|main|core|exact|precise|general|specific) mechani(?:sms?|cs)\b"
        r"|mechani(?:sms?|cs) (?:of|behind|by|underlying|involved|through)\b"
        r"|(?<![a-z] )mechani(?:sms?|cs)\b"
        r"|(?:ideas?|intuitions?|principles?|logic|science) behind"
        r"|(?:what|whats|what's) (?:is |lies )?behind\b(?! the hype)|(?:behind|back) the curtain"
        r"|(?:implementation|underlying|operating) principles?"
        # "How does X learn?", "how X learns"; not "How do I learn X?"
        r"|how (?:does|do|did|can|could) (?!(?:i|we|you|one|people|beginners?|students?)\b)"
        r".{1,60}\blearn\b|how .{1,60}\blearns\b"
        r"|under the hood|behind the scenes|internals|internally"
        # "the algorithm behind X", "the steps of X", "how X operates", "How is X
        # implemented?", "What happens inside X?"
        r"|(?:algorithms?|theory|maths?|statistical background) (?:behind|underlying)"
        r"|steps? (?:involved|of|in|followed)|step by step|algorithmic steps|procedures?"
        r"|(?:stages|phases) (?:involved|of|in)\b|logic of|(?:operation|functioning) of\b"
        r"|process (?:of|for|by which)|operates?|operating|principles? of operation|pseudo ?code"
        r"|(?<!\bbe )implemented|(?:goes on|going on|happens) (?:inside|during|when|in)\b"
        r"|what(?:'s| is| are) (?:actually |really )?happening\b"
        # "What is X doing?", "what it's actually doing to my data"; not "the point of
        # doing X", "doing without it"
        r"|what\b.{1,100}?\bdoing(?=\W*$|\s+(?:mathematically|exactly|to (?:my|the|your|our)"
        r"|during|at each|step by step))"
        r"|do(?:es)? (?:its thing|what it does)"
        # "What does X actually do?" (a bare "What does X do?" may ask what it is for)
        r"|what (?:does|do) .{1,60}\b(?:actually|really|exactly) do\b"
        # "How is X performed?", "How is X trained?", "How do we implement X?"
        r"|how (?:is|are|was|were) .{1,60}\b(?:performed|done|carried out|conducted|built|trained|generated"
        r"|learned|learnt|made|processed)\b"
        # "How X is processed" (a heading), "how X is behaving", "the basic principles of X"
        r"|how (?!to\b).{1,60}\b(?:is|are) (?:processed|made|built|performed|done)\b"
        r"|how .{1,60}\bbehav(?:e|es|ing)\b|(?:basic|key|main|fundamental|general) principles?\b"
        r"|the principles? of\b"
        r"|how (?:do|can|would|should) (?:we|you|i|one) (?:actually )?(?:implement|perform"
        r"|carry out|conduct)\b|how to (?:perform|carry out|conduct)\b",
    ),
    (
        "examples",
        # "is applied" in "conditions in which X is applied" asks when
        r"examples?|instances? of|(?<!\bmy )(?<!\bour )(?<!\byour )(?<!\btheir )use cases?"
        r"|applications?|(?<!\bis )(?<!\bare )applied|real world|real-world"
        r"|used in practice|uses? of .{1,60}\bin practice\b|implementations of"
        r"|how (?:might|could|can|would|will) .{1,60}\bbe used (?:in|by)\b"
        # "the uses of X" are its applications; "the use of X" is what it is for
        r"|uses of|what uses\b"
        r"|(?:which|what) (?!does\b|is\b|was\b|has\b)\w+s(?: (?:or|and) \w+s)?"
        r" (?:use|make use of|rely on|employ)"
        r"|where (?:is|are|do|does|can|would|will) .{0,60}\b(?:used|applied)"
        r"|name (?:some|a few|two|three)"
        # "well-known systems that rely on X", "Where do we use X?", "X in the wild", "How
        # is X used today?", "What can you build with X?", "fields where X is applied"
        r"|(?:systems?|models?|products?|compan(?:y|ies)|projects?|papers?|nets?|networks?"
        r"|tools?|apps?) (?:that |which |who )?(?:rely|relies|use|uses|employ|employs"
        r"|make use of|makes use of|showcase)\b"
        r"|where (?:do|can|could|would|will) (?:we|you|i|one|people) use"
        r"|where (?:has|have) .{1,60}\bbeen (?:used|applied|deployed|put to use)"
        r"|how (?:is|are) .{1,60}\bused (?:in|today|by)\b|how .{1,60}\b(?:is|are) used (?:in|today|by)\b"
        r"|finds? (?:its|it's|their) uses?"
        # "Where X is used", "In which industries is X used?", "e.g. of X" (not "e.g."
        # alone: "What is X (e.g. in NLP)?"); not "a scenario where X is applied" (when)
        r"|(?<!\bscenario )(?<!\bscenarios )(?<!\bsituation )(?<!\bsituations )where .{1,60}"
        r"\b(?:is|are) (?:being |currently |actually )?(?:used|applied|deployed)\b"
        r"|(?:which|what) (?:industries|fields|domains|sectors|companies)|e\.g(?=\.? of\b)|eg's|exemples?"
        r"|what can (?:you|we|i|one) (?:do|build|make|create) (?:with|using)"
        r"|in the wild|in action|success stor(?:y|ies)|case stud(?:y|ies)"
        # "deployments of X", "Where is X deployed?"; not "a deployment bottleneck"
        r"|deployments|deployment of|where (?:is|are) .{1,60}\bdeployed\b"
        # "How we use X", "How the police use X", "How do people use X in their lives?";
        # not "How can I use X in Keras?" (how to), nor "How does X use attention?" (how X
        # works)
        rf"|how (?:(?:do|does|did|can|could|would|should|might) )?{_USERS} {_USING}"
        rf"|how (?:i|we|you|one) {_USING}"
        r"|illustrate\b|illustrations\b|come across|encounter|exemplif(?:y|ies)\b"
        r"|in (?:what|which) areas\b"
        # "how are you using X?", "other places where I can use X", "Where else could you
        # see X?", "List of games using X"
        r"|how (?:are|is) (?:you|we|people|they|others|companies|teams) (?:using|applying)\b"
        r"|places? (?:where|in which)|where else\b|lists? of \w+ (?:using|that use|which use)\b"
        # "What kinds of tasks can X accomplish?" (but "For what sort of task would you opt
        # for X?" asks when to use it)
        r"|(?:what|which) (?:kinds?|types?|sorts?) of tasks? (?:can|could|does|do)\b.{1,60}?"
        r"\b(?:accomplish|do|perform|handle)\b"
        # "How X Is Being Used", "How can HR leverage X?", "where can X be leveraged?"
        r"|(?:is|are) being used\b|how (?:and where )?(?:can|could|do|does|might|to) .{0,60}"
        r"\bleverage\b|(?:be|been|being) leveraged\b"
        r"|(?:fields?|domains?|areas?|industries|sectors) (?:where|in which)"
        # "X in daily life", "everyday examples of X"
        r"|(?:daily|everyday|day to day) li(?:fe|ves)\b",
    ),
    (
        "when-to-use",
        r"when (?:should|would|could|do|to|can|is it|are|will|must|might)"
        r"|whether to use|when (?:do |would |will )?(?:i|we|you|one) (?:actually |really )?need"
        r"|when use\b"  # "When use X?", as a second-language writer asks
        # "When and why is X used?", "X: When and Why"
        r"|when and why|why and when"
        r"|which situations?|what situations?|in which cases?|what cases?"
        r"|(?:under|in) what (?:conditions?|circumstances?)|appropriate|inappropriate|right choice"
        # "Indications for X", "Contraindications", "Where does X fit in our practice?"
        r"|indications for|contraindications?|where (?:do|does|would|will) .{1,60}\bfit\b"
        # "Can X be used for patient education?", "Is X suitable in this context?", "When
        # using X is best", "I wonder if we can use X for ..."
        rf"|{_OPENER}(?:can|could) .{{1,60}}\bbe used (?:for|in|on|with)\b"
        rf"|{_OPENER}(?:can|could) (?:i|we|you|one) (?:utili[sz]e|employ)\b"
        rf"|{_OPENER}(?:is|are) .{{1,60}}\bsuitable\b|when\b.{{1,60}}?\b(?:is|are) (?:the )?best\b"
        r"|(?:if|whether) (?:i|we|you|one) (?:can|could|should) (?:use|utili[sz]e|employ)\b"
        # "an order of preference to use X", "Does this asset actually need X?", "Should I
        # build my own X?", "if X might be for you, ask yourself"
        r"|order of preference|guidelines? (?:on|for|to|about) (?:when|which|us|choos)"
        rf"|{_OPENER}(?:does|do) .{{1,60}}\b(?:really|actually|even|always) need\b"
        r"|should (?:i|we|you|one) build (?:my|our|your|their) own\b|using ?/ ?not using\b"
        r"|(?:might|could|would) be for (?:you|me|us)\b"
        # "What kind of dataset should X be used on?"
        rf"|{_KIND_OF_DATA} .{{0,60}}\b(?:use|used|apply|applied|choose|chosen|suited|suitable|useful|good (?:for|at)"
        r"|pick|employ|opt for)\b"
        r"|(?:conditions|circumstances|situations) (?:under which|in which|where)"
        r"|calls? for|makes? sense to|reach for|decid(?:e|es|ing) (?:whether|if|when)"
        r"|when (?:does|do) .{0,60}\b(?:help|helps|pay off|pays off|shine|shines|make sense"
        r"|makes sense)\b|when\b.{0,25}?\b(?:to use|(?:i|we|you|one) should use)\b"
        # "what kind of situations is X suited for" asks when, not for kinds
        r"|(?:which|what)(?: (?:kinds?|types?|sorts?) of)? (?:scenarios?|situations?|settings)"
        # "the usage scenarios of X" (its application scenarios are examples)
        r"|(?:usage|use) scenarios?"
        r"|(?:best|well|better) suited|suited (?:to|for)|suitable (?:to|for)|right call"
        r"|(?:good|strong|right|best) fit"
        # "When is X used?", "at what point would you bring in X?"; not "When does
        # overfitting occur?" (a cause)
        r"|when (?:is|was|does|did)\b(?!.{0,60}\b(?:happen|happens|occur|occurs|arise|arises)\b)"
        r"|when (?:i|we|you|one) (?:should|would|can|could|must)\b|when (?:i|we|you|one)'d\b"
        r"|(?:under|in) which (?:conditions|circumstances)|what conditions"
        r"|at what (?:point|moment|stage)|right (?:time|tool)|preferable|best (?:cases|for)\b"
        r"|fits? best|applicab(?:le|ility)|suitability|justified|makes? sense"
        r"|worth (?:adding|introducing|looking into|considering|trying)"
        # "Who is not a good candidate for X?", "Which projects are good candidates for X?"
        r"|good candidates? for\b"
        # "When X helps" (a heading)
        r"|when\b[^,;:?]{1,60}?\b(?:helps|pays off|shines)\b(?=\W*$)"
        # "Who should use X?", "X: to use or not to use?", "Is X right for you?"
        r"|who (?:should|needs to|ought to) use\b|(?:use|using) (?:it )?or not\b"
        # "Is X necessary here?", "I want to know if X is necessary" (but "Why is X
        # necessary?" asks what it is for: read as "needed" before)
        r"|(?:is|are|if|whether) (?:.{1,60}\b)?necessary\b"
        rf"|{_OPENER}(?:is|are) .{{1,60}}\bfor (?:you|me|us)\b(?=\W*$)"
        r"|how (?:do|can|would|will) (?:i|you|we|one) (?:know|tell) (?:if|whether|when|it's)"
        # "Should I use X?", "Do you really need X?" (a clause's opening words, or after a
        # comma: "If I train on my own data, do I need X?")
        rf"|{_OPENER}(?:should (?:i|we|you|one) (?:even |really |ever )?(?:use|apply|bother)"
        r"|can (?:i|we|you|one) (?:use|apply|fit|run)"
        r"|do (?:i|we|you|one) (?:really |actually |always |even )?need"
        # "Is X useful for malware detection?", "Are X methods useful for geometry optimization?"
        rf"|(?:is|are) .{{1,60}}\b(?:useful|helpful|beneficial) {_SETTING})\b",
    ),
    (
        "cause",
        r"causes?|caused|reasons? (?:for|behind)(?! (?:using|choosing|adopting|applying|picking|having))"
        r"|leads? to|conditions when"
        r"|why (?:does|do|did) .{0,60}\b(?:happen|happens|occur|occurs|arise|arises)",
    ),
    (
        "types",
        # not the hedge of "X just kind of appeared", "it kind of bit me"
        r"(?<!\bjust )(?<!\bit )(?<!\breally )(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bstill )"
        # not "the types of problems X can solve" (what X is for)
        r"(?:types?|kinds?|variants?|varieties|flavou?rs|categories|forms) of"
        r"(?! (?:problems?|tasks?|issues?)\b)",
    ),
    (
        "purpose",
        # a bare "why" is a cue too, but a weak one (see cue_ask)
        "why|" + _PURPOSE_CUES,
    ),
)
ASKS: tuple[str, ...] = (*(name for name, _ in _ASK_CUES), DEFINE)
_PURPOSE_BEYOND_WHY = re.compile(rf"\b(?:{_PURPOSE_CUES})\b")
_ASK_SCANNER = CueScanner([cues for _, cues in _ASK_CUES])

# Words that say how a question asks, never what about; removed from its subject.


def _words(text: str) -> frozenset[str]:
    return frozenset(singular(w) for w in text.split())


ASK_WORDS = _words(
    """
    advantage advantages benefit benefits pro pros strength strengths merit merits upside
    disadvantage disadvantages drawback drawbacks limitation limitations downside weakness
    shortcoming shortcomings con cons pitfall pitfalls fail fails failure failures criticism
    difference differences differ differs differentiate distinguish versus vs compare
    compared comparing comparison contrast better worse
    avoid avoided avoiding prevent preventing fix fixing handle handling deal dealing dealt
    overcome mitigate mitigating combat tackle solve solving remedy cure counteract
    eliminate eliminated eliminating recommend praise
    formula formulae equation calculate calculated calculation compute computed computation
    derive derived derivation math maths mathematics
    work works working workings mechanism mechanisms mechanics
    example examples case cases application applications applied practice real world realworld
    when where situation situations circumstance circumstances condition conditions
    appropriate right choice issue issues
    cause causes caused reason reasons lead leads happen happens occur occurs arise
    type types kind kinds variant variants variety varieties flavor flavour category
    categories
    role roles purpose purposes use uses used using usage goal goals need
    motivation motivations motivated rationale aim
    needed important useful help helps matter matters choose pick prefer apply want
    swear swears buy buys reach decide
    caveat caveats gotcha gotchas countermeasure countermeasures scenario scenarios suited
    """
)

# Function words and question stems: never part of a subject.
STOP_WORDS = _words(
    """
    a an the of on in at for to by from with without about into over under as and or nor
    but so if than then that this these those there here it its it's they them their we us
    our you your i me my one ones he she his her is are was were be been being am do does
    did done doing have has had having can could should would will shall may might must
    what whats what's which who whom whose why how howd how's when where whereas while
    mean means meant meaning define defined definition explain explained explanation
    describe described description briefly brief tell give provide name list state discuss
    please some any each every all both either neither other another such very more most
    much many few main basic basics simple simply concept idea notion term terms
    understand understanding know knowledge exactly actually really quick quickly
    following between among also just only own same different various overall general
    behind
    """
)

# Prepositions that are a subject's last word when nothing follows them: "the sum of
# squares between" (groups) is not "the sum of squares".
TRAILING_KEYS = frozenset(("between", "within", "among", "across"))

# Nouns that name the kind of thing rather than the thing: "a long short-term memory
# network" is "an LSTM". Dropped from a subject unless nothing else is left.
GENERIC_WORDS = _words(
    """
    network model algorithm method technique approach process problem system procedure
    strategy mechanism framework architecture
    """
)

_WORD = re.compile(r"[a-z0-9]+(?:['^][a-z0-9]+)*")
# A full stop that ends "vs.", "e.g.", "i.e." or "etc." ends no sentence.
_NOT_AN_ABBREVIATION = r"(?<!\bvs)(?<!\bVs)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)"
_QUESTION_WORDS = ("why", "how", "what", "when", "where", "which")
_NOT_AFTER_A_QUESTION_WORD = "".join(
    rf"(?<!\b[{w[0]}{w[0].upper()}]{w[1:]})" for w in _QUESTION_WORDS
)
_NOT_AFTER_A_QUESTION_WORD_AND = "".join(
    rf"(?<!\b[{w[0]}{w[0].upper()}]{w[1:]} [aA]nd)" for w in _QUESTION_WORDS
)
_CLAUSE_END = re.compile(
    # a question mark may close a quotation or bold first ('- "How does X work?" Keep it
    # short.', "**What is X?** How can it be mitigated?")
    # an ellipsis trails off, as "…" does: "X... Project Examples?" is one clause
    # (each look-behind comes after a look-ahead that fails fast: the same matches, found
    # without trying every look-behind at every character)
    rf"[?!]+[\"”’)*_\]?!]*\s+\S|(?=\.\s){_NOT_AN_ABBREVIATION}(?<!\.\.)\.\s+\S|;\s*\S|\s\|\s+\S"
    r"|,\s*(?:and\s+)?(?:provide|give|name|list|why|how|what|when|where|which|explain|describe"
    r"|state|calculate|also|in which|in what)\b"
    # "... and why ...", "What is X & When Do We Need It?"; not "when and where to use X"
    # or "X: When and Why" (one question)
    rf"|(?=\s+(?:and|&)\s){_NOT_AFTER_A_QUESTION_WORD}\s+(?:and|&)\s+(?:why|how|what|when|where|which)\b"
    rf"|(?=\s+&){_NOT_AFTER_A_QUESTION_WORD}\s+&\s+(?:Why|How|What|When|Where|Which)\b"
    # a run-on follow-up: a capital opener right after a lower-case word ("what is X Why
    # does it matter?"), where a line break or a full stop was lost
    r"|(?<=[a-z])(?=\s+(?:Why|How|What|When|Where|Which|Give|Explain|Describe|Name|List"
    rf"|Provide|Keep|Please|Also)\b){_NOT_AFTER_A_QUESTION_WORD_AND}\s+"
)


LEADING_PHRASE = re.compile(
    r"^(?:for|in(?! (?:which|what)\b)|with|within|regarding|about|on|given|considering|concerning|during"
    # "When training deep networks, ...": a setting, as "For image classification, ..."
    r"|(?:when|while|before|after) \w+ing)\b[^,?]{0,80},\s*",
    re.IGNORECASE,
)


_ASKING = re.compile(
    r"\b(?:what|how|why|when|where|which|who|whom|whose|is|are|was|were|do|does|did|can|could"
    r"|should|would|will|explain|describe|define|name|list|give|compare|tell|discuss|outline"
    r"|state|calculate|contrast|distinguish|differentiate|walk|summari[sz]e)\b",
    re.IGNORECASE,
)
"""Words that make a stretch of a title a question of its own (not a lead-in to one)."""


_SUBORDINATE = re.compile(
    r"\W*(?:while|whilst|since|because|although|though|as|if|once|unless|until|whereas)\b",
    re.IGNORECASE,
)
"""A stretch that opens with one of these is a clause of a sentence still to come ("Since X
is costly, why use it?"): an "is" or "can" in it does not ask."""
_WH_WORD = re.compile(rf"\b(?:{'|'.join(_QUESTION_WORDS)}|who|whom|whose)\b", re.IGNORECASE)


_NUMBERING = re.compile(
    r"^[\W_]*(?:(?:(?:q|question|ques|no)\.?\s*)?\d{1,3}\s*[.):]+"
    # a part of an exam question: "a) ", "(b). ", "d. "
    r"|\(?[a-h]\)[.:]?|[a-h]\.)[\s*_]+[^\w\s]*\s*(?=\w)"
    # a course or card code before a bar: "SFC4 | ", "Week 3 | ", "CS229 | "
    r"|^[\W_]*[a-z]{1,8} ?\d{1,4}[a-z]? +\| +(?=\w)",
    re.IGNORECASE,
)


def numbering_end(title: str) -> int:
    """Where a title starts after its list label ("17. ", "Q3. ", "#### 47) ", "**4. "), else 0."""
    label = _NUMBERING.match(title)
    return label.end() if label else 0


def first_clause(title: str) -> str:
    """The title up to its first follow-up ("What is X and why do we need it?" -> "What is X").

    A leading phrase ("For image classification, what is X?") belongs to the first clause,
    and so does a lead-in that asks nothing by itself ("Mechanically speaking, what does X
    compute?", "Quick one, how does X work?"): a comma, or a capital opener right after a
    lower-case word ("what is X Why does it matter?"), starts a follow-up only after a
    stretch that asks something.
    """
    label = numbering_end(title)
    if label:  # "17. Examples of X." is one clause, not "17"
        return title[:label] + first_clause(title[label:])
    lead = LEADING_PHRASE.match(title)
    start = lead.end() if lead else 0
    end = _CLAUSE_END.search(title, start)
    while end is not None and not _asks_before(title, start, end):
        start = end.start() + 1
        end = _CLAUSE_END.search(title, start)
    return title[: end.start()] if end else title


def _asks_before(title: str, start: int, end: re.Match[str]) -> bool:
    """Whether the stretch before a possible follow-up asks something: always before a
    question mark or full stop; before a comma or an exclamation mark when it has an
    asking word and names something (:func:`_names_something`); before a run-on capital
    opener when it has an asking word or an ask's cue ("Dropout pros Give ...")."""
    if end.group(0).startswith((",", "!")):  # "Great question! What is X?"
        stretch = title[start : end.start()]
        if _SUBORDINATE.match(stretch) and "," not in stretch and not _WH_WORD.search(stretch):
            return False  # "While my curiosity is running, why X?": its verb asks nothing
        return _ASKING.search(stretch) is not None and _names_something(stretch)
    if end.group(0).lstrip().startswith("|"):
        # "Dropout | Examples" (a heading) asks after its bar; "Dropout | one minute
        # introduction" names a series there
        stretch = title[start : end.start()]
        if _ASKING.search(stretch) is not None or clause_ask(stretch) != DEFINE:
            return True
        return clause_ask(title[end.start() :].split("|")[1]) == DEFINE
    if end.group(0).isspace() or end.group(0).lstrip().startswith(("and", "&")):
        # "Adam and when it fails": a bare topic before "and when" asks nothing yet;
        # "How, where and when should we use X?" names nothing before it
        stretch = title[start : end.start()]
        asks = _ASKING.search(stretch) is not None or clause_ask(stretch) != DEFINE
        return asks and _names_something(stretch)
    return True


_MANNER = re.compile(
    r"\bstep[- ]by[- ]step\b|\bin (?:more |great )?detail\b|\bin (?:simple|plain) (?:terms|words)\b",
    re.IGNORECASE,
)


def _names_something(stretch: str) -> bool:
    """Whether a stretch of a title has a word that is not how it asks: "What is dropout"
    does, "What happens, step by step" does not (its question goes on after the comma:
    "..., when X is applied?")."""
    words = key_words(_MANNER.sub(" ", stretch))
    return any(w not in ASK_WORDS and w not in STOP_WORDS for w in words)


_SENTENCE_END = re.compile(rf"(?:{_NOT_AN_ABBREVIATION}\.|!)\s+(?=\S)")


_QUOTED_LEAD = re.compile(
    r'^\s*["\u201c][^"\u201d]{1,200}[.?!]["\u201d]\s*[:\u2013\u2014-]?\s*(?=\S)'
)
"""A quoted sentence a title opens with as a hook ('"My data drifted. What's next?" How to
handle X'): not a subject's name, which ends with no full stop or question mark."""


def statement_lead(title: str) -> int:
    """Where a title's question starts when it opens with sentences that ask nothing
    ("I learn better from concrete cases. Could you show me examples of X?"), or with a
    quoted sentence before a question of its own (:data:`_QUOTED_LEAD`), else 0.

    A sentence asks something when it has an asking word (:data:`_ASKING`); the lead is
    kept (0) unless a later sentence asks.
    """
    quoted = _QUOTED_LEAD.match(title)
    if quoted and _ASKING.search(title, quoted.end()):
        return quoted.end()
    start = 0
    for end in _SENTENCE_END.finditer(title):
        if _ASKING.search(title, start, end.start()):
            return start
        start = end.end()
    return start if start and _ASKING.search(title, start) else 0


_ANY_SENTENCE_END = re.compile(rf"(?:{_NOT_AN_ABBREVIATION}\.|[!?])\s+(?=\S)")


def sentence_starts(title: str) -> list[int]:
    """Where each sentence of a title after the first starts."""
    return [m.end() for m in _ANY_SENTENCE_END.finditer(title)]


def key_words(text: str) -> list[str]:
    """Words as title keys spell them: lower case, hyphens joined, singular."""
    return list(_key_words(text))


@lru_cache(maxsize=1 << 18)
def _key_words(text: str) -> tuple[str, ...]:
    # the same few words and phrases are read again and again (a sixth of the calls
    # at 30,000 entries are new)
    return tuple(singular(w.replace("'", "")) for w in _WORD.findall(text.lower().replace("-", "")))


def split_words(text: str) -> list[str]:
    """Lower-case words with hyphens as word breaks ("short-term" -> "short", "term")."""
    return _WORD.findall(text.lower().replace("-", " "))


def ask_of(title: str) -> str:
    """The ask of a title's first clause: one of :data:`ASKS` (a definition when no cue)."""
    return clause_ask(first_clause(title))


_DEFINE_CUES = re.compile(
    r"\b(?:(?:what(?:'s| is| are| was| were)|whats)"
    # "what's your heuristic for ...", "what are some systems that ...": asked about
    # something else than what the subject is
    r"(?! (?:your|my|our|their|his|her|some|any|a few|one|two|three|the best|the right"
    r"|a good|the usual|the typical)\b)"
    r"|define|definition|meaning|meant|stand for)\b",
    re.IGNORECASE,
)


def cue_ask(clause: str, ask: str | None = None) -> str:
    """The ask a clause's cues name, or ``""`` when it has none (not even a definition's
    "what is", "define" or "meaning"): a phrasing no list knows, whose ask is unknown.

    ``ask`` is the clause's :func:`clause_ask` when the caller has it already."""
    ask = ask or clause_ask(clause)
    if ask == DEFINE and not _DEFINE_CUES.search(clause.replace("\u2019", "'")):
        return ""
    if ask == PURPOSE and not _PURPOSE_BEYOND_WHY.search(clause.lower().replace("-", " ")):
        return ""  # "Why X?" asks what it is for, or what it is good for
    return ask


_RECAST: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # "Explain X with an example" asks what X is, illustrated: the example is no ask
    (
        "exampl",
        re.compile(
            r"\b(?:explain|describe|define|discuss|what is|what are)\b.{1,80}?"
            r"(\bwith (?:an |some |a few |suitable |simple )?examples?\b)"
        ),
        "",
    ),
    # "When is X needed?", "When is X useful?" ask when to use it, not what it is for
    (
        "when",
        re.compile(
            r"\bwhen (?:is|are|was|were|would|will)\b.{1,80}?\b(needed|necessary|required"
            r"|useful|helpful|important|beneficial|preferred|recommended)\b"
        ),
        "appropriate",
    ),
    # "When can X work?", "When does X work well?", "When X Works" (a heading) ask when to
    # use it, not how it works; "When training, how does X work?" sets a scene
    (
        "when",
        re.compile(
            r"\bwhen (?:(?:can|could|does|do|will|would)\b.{1,80}?|[^,;:?]{1,60}?)(?<!\bnot )"
            r"\b(work|works)\b"
        ),
        "appropriate",
    ),
    # "When X is needed" (a heading) asks the same
    (
        "when",
        re.compile(
            r"\bwhen\b.{1,80}?\b(?:is|are|can be|could be|might be) (needed|necessary|required"
            r"|beneficial|useful|helpful)\b"
        ),
        "appropriate",
    ),
    # "Provide an example scenario where X is applicable" asks when to use it
    (
        "exampl",
        re.compile(
            r"(\bexamples? (?:of )?(?:an? )?(?:scenarios?|situations?))(?= (?:where|in which|when)\b)"
        ),
        "which situations",
    ),
    # "In which situations should you avoid using X?", "Avoid X if:" ask when not to use X
    # (its limitations), not how to avoid X
    (
        "avoid",
        re.compile(r"\b(avoid) (?:using|applying|choosing|adopting)\b"),
        "not",
    ),
    (
        "avoid",
        re.compile(r"^\W*(avoid)\b(?=.{1,80}\bif\b)"),
        "not use",
    ),
    # "When should X be avoided?", "In what situations might we want to avoid X?" ask when
    # to use X (and when not), not how to prevent it; "avoid using X" was read above
    (
        "avoid",
        re.compile(r"\b(?:when|situations?|scenarios?|circumstances)\b.{0,80}?\b(avoid(?:ed)?)\b"),
        "use",
    ),
    # "Having a problem with X?", "I'm running into issues with X" ask for help with X, not
    # for its problems in general ("What are the problems with X?")
    (
        "with",
        re.compile(
            r"\b(?:having|got|facing|running into|run into|ran into) (?:a |an "
            r"|some |any |this |the |these |those )?((?:problems?|issues?|troubles?) with)\b"
        ),
        "trouble handling",
    ),
    # "When should we use X to solve a problem?": X solves it, so nothing asks how to fix X
    (
        "solve",
        re.compile(
            r"\b(?:use|using|apply|applying|choose|choosing)\b.{1,60}?\bto (solve) (?:a |any |the "
            r"|this |that |your |our |my |real |business )?(?:problems?|tasks?)\b(?! of\b)"
        ),
        "do",
    ),
    # "case studies of how X solved research problems", "X has solved many tasks": X
    # solves them; not "What problems does X solve?" (a purpose, read by its own cue)
    (
        "solve",
        re.compile(
            r"\b(?<!\bdoes )(?<!\bdo )(?<!\bcan )(?<!\bto )(solved|solves) (?:many |real |the |"
            r"research |business |hard |difficult |real world )*(?:problems|tasks)\b(?! of\b)"
        ),
        "did",
    ),
    # "Why is X better than Y?", "Why X Performs Better Than Y" ask what X has over Y, as
    # "What are the advantages of X over Y?" does; "Is X better than Y?" compares them
    (
        "why",
        re.compile(r"\bwhy\b[^,;:?.!]{1,80}?\b(better than)\b"),
        "benefits over",
    ),
    # "Why is X necessary?", "Explain why X is necessary" ask what X is for, not whether
    # to use it
    ("necessary", re.compile(r"\bwhy\b.{0,80}?\b(necessary)\b"), "needed"),
    # "What kind of data is X good at?" asks when to use it
    (
        "good at",
        re.compile(rf"\b{_KIND_OF_DATA}\b.{{0,60}}?(good at)"),
        "good for",
    ),
    # "By what mechanism does X improve Y?" asks how it works, not how much it helps
    ("mechanism", re.compile(r"\bmechanisms?\b.{1,80}?\b(improves?|helps?)\b"), "do"),
    # "Why should X be avoided?" asks what is wrong with it, not how to avoid it
    (
        "why",
        re.compile(
            r"\bwhy (?:(?:should|would|must|do|does|is|are)\b.{1,80}?|.{1,80}?\bshould (?:be )?)"
            r"\b(avoid(?:ed)?)\b"
        ),
        "drawbacks",
    ),
    # "So, for example, how does X predict Y?" leads into a question: no example is asked
    (
        "for ",
        re.compile(
            r"(?:^|[.:;,]\s*)(?:so,? )?for (example|instance),\s*(?=(?:how|what|why|when|where"
            r"|which|who|is|are|can|could|do|does|did|should|would|will)\b)"
        ),
        "",
    ),
    # "X pitfalls to avoid" names its pitfalls, not how to avoid them
    (
        "avoid",
        re.compile(r"\b(?:pitfalls?|mistakes?|traps?|gotchas?) to (avoid)\b"),
        "know",
    ),
    # "the strengths and weaknesses of X" asks its strengths first
    (
        " and ",
        re.compile(
            r"\b(?:advantages?|pros|strengths?|benefits?|merits?|upsides?) and "
            r"(weakness(?:es)?|disadvantages?|cons|drawbacks?|limitations?|downsides?)\b"
        ),
        "",
    ),
    # "Is X suitable for calculating Y?" asks when to use X, not for a formula
    (
        "suitable",
        re.compile(r"\bsuitable (?:for|to) (calculat\w*|comput\w*)"),
        "doing",
    ),
)
"""Words read as another cue (group 1 of each pattern, replaced) before the cues are matched;
the first item is a piece of text every match has (checked first: most titles have none)."""


_LEADING_MARKS = re.compile(r"^[^\w'(]+")


@lru_cache(maxsize=1 << 16)
def clause_ask(clause: str) -> str:
    """The ask of one clause: the highest-priority ask whose cue it has, else a definition.

    An example asked for only to illustrate an explanation ("Explain X with example")
    is no cue."""
    best = len(_ASK_CUES)
    # "_Why is X good?_" is italic; "**Should I use X?**", "## Can I use X?" open with marks
    # that would hide a clause's opening words from the cues that look for them
    text = _LEADING_MARKS.sub("", clause.lower().replace("-", " ").replace("_", " "))
    for needed, pattern, cue in _RECAST:
        found = pattern.search(text) if needed in text else None
        if found:
            text = text[: found.start(1)] + cue + text[found.end(1) :]
    for group in _ASK_SCANNER.groups_found(text):
        best = min(best, group)
        if best == 0:
            break
    return ASKS[best]


def subject_words(
    title_key: Iterable[str], clause_words: Iterable[str], keep: Iterable[str] = ()
) -> tuple[str, ...]:
    """The subject: title-key words of the first clause, without ask, stop and generic words.

    Generic words ("network", "model") stay when nothing else would; an empty result
    means the title names no subject of its own. A preposition that ends the title
    names the thing ("sum of squares between"), so it stays, as do ``keep`` words (short
    forms written in capitals: "SO" is no "so").
    """
    clause = set(clause_words)
    kept_words = set(keep)
    words = [w for w in title_key if w in clause]
    kept = [
        w
        for i, w in enumerate(words)
        if (w not in ASK_WORDS and w not in STOP_WORDS)
        or w in kept_words
        or (i == len(words) - 1 and i and w in TRAILING_KEYS)
    ]
    specific = [w for w in kept if w not in GENERIC_WORDS]
    return tuple(dict.fromkeys(specific or kept))
