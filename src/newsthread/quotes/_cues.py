# ruff: noqa: RUF001
"""The documented cue lists: speech verbs with their tenses, role words, pronouns, first names.

Everything here is general English news grammar; nothing is tuned to one corpus.
The guide ``docs/quotes.md`` prints the verb list from :data:`CUE_LEMMAS`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from heapq import heapify, heappop, heapreplace
from itertools import repeat

__all__ = [
    "CUE_FORMS",
    "CUE_HEADS",
    "CUE_LEMMAS",
    "CUE_RE",
    "FEMALE",
    "FUNCTION_WORDS",
    "INDIRECT_LEMMAS",
    "LONG_TEXT",
    "MALE",
    "ROLE_WORDS",
    "SHORT_TEXT",
    "cue_words",
    "first_cue_word",
    "words_of",
]

# lemma -> irregular forms (3sg, past, participle, -ing); None derives the regular ones.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "think": ("thinks", "thought", "thinking"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "admit": ("admits", "admitted", "admitting"),
    "quip": ("quips", "quipped", "quipping"),
    "reply": ("replies", "replied", "replying"),
    "testify": ("testifies", "testified", "testifying"),
    "deny": ("denies", "denied", "denying"),
    "cry": ("cries", "cried", "crying"),
    "retort": ("retorts", "retorted", "retorting"),
    "blog": ("blogs", "blogged", "blogging"),
    "post": ("posts", "posted", "posting"),
    "put": ("puts", "putting"),
    "go": ("goes", "went", "going"),
    "shoot": ("shoots", "shot", "shooting"),
    "sing": ("sings", "sang", "sung", "singing"),
    "read": ("reads", "reading"),
    "fire": ("fires", "fired", "firing"),
    "beg": ("begs", "begged", "begging"),
    "hit": ("hits", "hitting"),
    "echo": ("echoes", "echoed", "echoing"),
}

#: Speech and writing verbs that attribute a quote, by lemma (all tenses are matched).
# fmt: off
CUE_LEMMAS: tuple[str, ...] = (
    "go", "chant", "fire", "shoot", "sing", "read",
    "say", "tell", "add", "state", "claim", "argue", "explain", "note", "write", "ask",
    "answer", "reply", "respond", "insist", "warn", "declare", "announce", "acknowledge",
    "admit", "recall", "continue", "conclude", "suggest", "stress", "emphasize", "emphasise",
    "testify", "tweet", "post", "joke", "quip", "boast", "complain", "concede", "confirm",
    "contend", "counter", "predict", "promise", "report", "reiterate", "remark", "repeat",
    "shout", "yell", "vow", "urge", "assert", "allege", "observe", "mention", "deny",
    "maintain", "pledge", "proclaim", "recount", "retort", "scoff", "whisper", "charge",
    "lament", "muse", "speak", "cry", "exclaim", "demand", "caution", "advise", "agree",
    "begin", "chime", "interject", "offer", "opine", "point", "protest", "question",
    "recommend", "remind", "reveal", "snap", "summarize", "summarise", "wonder", "think",
    "believe", "blog", "describe", "call", "dismiss", "criticize", "criticise", "attack",
    "accuse", "praise", "mock", "blast", "slam", "remember", "concur", "plead", "tease",
    "thunder", "gush", "brag", "recollect", "grumble", "start", "interrupt",
    "assure", "scream", "bark", "fume", "surmise", "elaborate", "confess", "ponder", "mutter",
    "murmur", "holler", "growl", "scold", "chide", "rant", "marvel", "reason", "posit", "sneer",
    "reassure", "inform", "recite", "concur", "exult", "gloat", "lecture", "implore", "beg",
    "press", "echo", "riff", "retaliate", "beam", "reflect", "laugh", "sigh", "hit", "react",
)
# fmt: on

#: Verbs that introduce reported (indirect) speech, "X said that ...".
# fmt: off
INDIRECT_LEMMAS: frozenset[str] = frozenset((
    "acknowledge", "add", "admit", "agree", "allege", "announce", "argue", "ask", "assert", "believe",
    "claim", "complain", "concede", "conclude", "confirm", "contend", "counter", "declare",
    "deny", "emphasise", "emphasize", "explain", "insist", "maintain", "mention", "note",
    "observe", "pledge", "point", "predict", "promise", "recall", "reiterate", "remind",
    "report", "reveal", "say", "state", "stress", "suggest", "tell", "testify", "think", "urge",
    "tweet", "vow", "warn", "write",
    # speech verbs of the direct list that also take a "that" clause ("boasted that …")
    "answer", "assure", "blog", "boast", "brag", "caution", "charge", "confess", "gloat",
    "grumble", "inform", "joke", "lament", "muse", "opine", "posit", "post", "proclaim",
    "protest", "quip", "reassure", "recount", "remark", "reply", "respond", "retort",
    "surmise",
))
# fmt: on


def _regular(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return (lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return (lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma + "s", lemma + "ed", lemma + "ing")


def _forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in CUE_LEMMAS:
        forms = _IRREGULAR.get(lemma) or _regular(lemma)
        for form in (lemma, *forms):
            out.setdefault(form, lemma)
    return out


#: Every cue word form -> its lemma ("put it" only with its object: "as X put it, “…”").
CUE_FORMS: dict[str, str] = {**_forms(), "put it": "put", "puts it": "put"}

#: Cue verbs whose subject must be a person-like phrase only (they are also common non-speech
#: verbs: "call", "describe", "attack" ...): these attribute a quote only when adjacent.
# fmt: off
WEAK_LEMMAS: frozenset[str] = frozenset((
    "go", "fire", "shoot", "sing", "read",
    "start", "interrupt", "remember", "wonder",
    "accuse", "agree", "answer", "attack", "begin", "believe", "blast", "call", "charge",
    "continue", "counter", "criticise", "criticize", "describe", "dismiss", "go", "mock",
    "offer", "point", "post", "praise", "question", "report", "slam", "speak", "think",
    "press", "echo", "riff", "retaliate", "beam", "reflect", "laugh", "sigh", "hit", "reason", "react",
))
# fmt: on


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a trie: the engine tries one branch per letter."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


#: A cue word (any tense, lower case) as a whole word.
CUE_RE = re.compile(r"(?<![\w\-’'])" + _trie_pattern(sorted(CUE_FORMS)) + r"(?![\w\-])")

#: Bytes as :func:`words_of` reads them: ASCII letters lower-cased and digits kept, every
#: other byte (every byte of a non-ASCII character included) a space.
_LOWER_WORD_BYTES = bytes(
    ord(chr(c).lower()) if chr(c).isascii() and chr(c).isalnum() else 0x20 for c in range(256)
)


#: The longest text (characters) :func:`words_of` is split for: one ``bytes`` per word takes
#: about 12 bytes a character while it lives, and where cue words are dense a ``find`` per
#: occurrence is slower than the pattern; a longer text (a transcript, a pasted blob of one
#: paragraph) is scanned with the patterns, in C and without that memory. (0.07 % of the
#: characters of the HTML dev pages' blocks stand in longer blocks.)
LONG_TEXT = 4_000


#: Below this many characters a text or window is scanned by the pattern: splitting it into
#: words and looking up the candidates costs more than the pattern's scan (measured on the
#: sentences and quote windows of the dev sets: the two cost the same at about 100-150).
SHORT_TEXT = 128


def words_of(text: str) -> list[bytes]:
    """The ASCII words of ``text``, lower-cased, as bytes: every run of ASCII letters and
    digits (a word that holds a non-ASCII letter is cut there). A whole word that a
    pattern finds, with no ASCII letter or digit on either side, is one of them."""
    return text.encode("utf-8", "surrogatepass").translate(_LOWER_WORD_BYTES).split()


#: The first word of every cue form, as :func:`words_of` yields it -> as text.
_CUE_HEADS: dict[bytes, str] = {form.split()[0].encode(): form.split()[0] for form in CUE_FORMS}
_CUE_HEAD_SET = frozenset(_CUE_HEADS)
#: The first words of the cue forms, as :func:`words_of` yields them.
CUE_HEADS: frozenset[bytes] = _CUE_HEAD_SET


def _cue_starts(text: str, pos: int, endpos: int, words: Collection[bytes] | None) -> list[int]:
    """Where a cue word may start in ``text[pos:endpos]``, in order: a superset of where
    :data:`CUE_RE` matches there, found without trying the pattern at every character.

    A match of ``CUE_RE`` is a lower-case ASCII word with no letter or digit on either side,
    so it is one of the :func:`words_of` the text: the cue forms among those (one set
    operation in C) are the only words to look for. ``words``: those of ``text`` (or a
    superset), when the caller has them already.
    """
    if words is None:
        words = words_of(text if pos == 0 and endpos >= len(text) else text[pos:endpos])
    heads = _CUE_HEAD_SET.intersection(words)
    if not heads:
        return []  # most paragraphs
    starts: list[int] = []
    for head in heads:
        word = _CUE_HEADS[head]
        at = text.find(word, pos, endpos)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1, endpos)
    if len(heads) > 1:
        starts = sorted(set(starts))  # one head can be the start of another ("say", "says")
    return starts


def first_cue_word(text: str, words: Collection[bytes] | None = None) -> re.Match[str] | None:
    """``CUE_RE.search(text)``, found faster (most paragraphs have no cue word); ``words``:
    the :func:`words_of` the text (or a superset of its cue words), if known.

    Each cue form among the words is looked for from the start; the earliest is tried
    first, and a form whose occurrence is no cue word ("say" in "essay") looks on."""
    if len(text) > LONG_TEXT or (words is None and len(text) < SHORT_TEXT):
        return CUE_RE.search(text)
    if words is None:
        words = words_of(text)
    heads = _CUE_HEAD_SET.intersection(words)
    if not heads:
        return None
    # (position, form) of the next occurrence of each form: a heap, so a text full of "say"
    # inside "essay" costs one find and one match per occurrence
    found = [
        (at, word) for word in map(_CUE_HEADS.__getitem__, heads) if (at := text.find(word)) >= 0
    ]
    heapify(found)
    match = CUE_RE.match
    while found:
        at, word = found[0]
        m = match(text, at)
        if m is not None:
            return m
        nxt = text.find(word, at + 1)
        if nxt < 0:
            heappop(found)
        else:
            heapreplace(found, (nxt, word))
    return None


def cue_words(
    text: str, pos: int = 0, endpos: int | None = None, words: Collection[bytes] | None = None
) -> list[re.Match[str]]:
    """``list(CUE_RE.finditer(text, pos, endpos))``, found faster: the cue words of a
    paragraph or of a window of it. ``words``: the :func:`words_of` the text (or a superset
    of its cue words), if known.

    Two matches of ``CUE_RE`` never overlap (each starts after a non-word character), so
    the matches at the candidate starts are exactly those ``finditer`` yields."""
    end = len(text) if endpos is None else max(0, min(endpos, len(text)))  # as ``re`` reads them
    start = max(0, pos)
    if end - start > LONG_TEXT or (words is None and end - start < SHORT_TEXT):
        return list(CUE_RE.finditer(text, start, end))
    if len(text) > LONG_TEXT or end < len(text):
        # the words of a long text are never split; a window that ends inside a word makes
        # a prefix of it a word ("agree" of "agreed"): split the window's
        words = None
    match = CUE_RE.match
    return [
        m for m in map(match, repeat(text), _cue_starts(text, start, end, words), repeat(end)) if m
    ]


#: Words of a role descriptor ("NATO Secretary General", "the former senator").
# fmt: off
ROLE_WORDS: frozenset[str] = frozenset((
    "activist", "adm", "adviser", "advisers", "advisor", "advisors", "aide", "aides",
    "ambassador", "analyst", "analysts", "anchor", "archbishop", "assistant", "attorney",
    "bishop", "campaign", "candidate", "captain", "ceo", "cfo", "chair", "chairman",
    "chairperson", "chairwoman", "chancellor", "chief", "chief-of-staff", "co-founder", "coach",
    "cofounder", "col", "columnist", "commander", "commentator", "commissioner", "congressman",
    "congresswoman", "consultant", "coo", "correspondent", "counsel", "dame", "defence",
    "defense", "delegate", "delegates", "democrat", "democratic", "deputy", "director", "doctor", "dr", "economist",
    "editor", "executive", "expert", "finance", "foreign", "former", "founder", "fr", "gen",
    "general", "gop", "gov", "governor", "head", "health", "host", "house", "interior", "judge",
    "justice", "king", "labor", "labour", "lady", "lawmaker", "lawmakers", "lawyer", "leader",
    "leaders", "lord", "lt", "maj", "majority", "manager", "mayor", "member", "minister",
    "minority", "miss", "mr", "mrs", "ms", "national", "nominee", "officer", "official",
    "officials", "operative", "operatives", "organiser", "organizer", "party", "pollster",
    "pope", "premier", "president", "president-elect", "presidential", "press", "prime",
    "prince", "princess", "prof", "professor", "prosecutor", "queen", "rep", "reporter",
    "representative", "reps", "republican", "researcher", "rev", "scientist", "secretary",
    "sen", "senate", "senator", "senators", "senior", "sgt", "sir", "speaker", "spokesman",
    "spokespeople", "spokesperson", "spokeswoman", "staffer", "staffers", "state", "strategist",
    "strategists", "then", "top", "trade", "treasurer", "vice", "vice-president", "whip",
    # who a person is in campaign news ("Republican presidential hopeful Ted Cruz")
    "hopeful", "hopefuls", "front-runner", "frontrunner", "contender", "challenger",
    "businessman", "businesswoman", "billionaire", "mogul", "magnate", "pastor", "author",
    # who a person is to somebody ("his brother added", "her husband said")
    "brother", "sister", "wife", "husband", "son", "daughter", "mother", "father", "colleague",
    "uncle", "aunt", "cousin", "grandmother", "grandfather", "fiancee", "fiance", "partner",
    # occupations ("his longtime personal physician", "the comedian")
    "physician", "nurse", "teacher", "farmer", "rabbi", "priest", "imam", "actor",
    "actress", "comedian", "singer", "novelist", "writer", "journalist", "blogger", "historian",
    "sheriff", "detective",
))
# fmt: on

#: Titles that may stand before a name ("Sen. Ted Cruz", "Mr Rutte").
# fmt: off
TITLES: frozenset[str] = frozenset((
    "adm", "ambassador", "candidate", "chairman", "chairwoman", "chancellor", "chief", "col",
    "commissioner", "congressman", "congresswoman", "dame", "director", "dr", "fr", "gen",
    "general", "gov", "governor", "judge", "justice", "king", "lady", "lord", "lt", "maj",
    "mayor", "minister", "miss", "mr", "mrs", "ms", "nominee", "pope", "premier", "president",
    "prince", "princess", "prof", "queen", "rep", "representative", "rev", "secretary", "sen",
    "senator", "sgt", "sir", "speaker",
))
# fmt: on

#: Capitalised words that are not names when they start a sentence or stand alone.
# fmt: off
FUNCTION_WORDS: frozenset[str] = frozenset((
    "a", "according", "after", "all", "also", "although", "among", "an", "and", "another",
    "april", "as", "asked", "at", "august", "because", "before", "between", "both", "but", "by",
    "december", "despite", "dr.", "during", "each", "earlier", "even", "every", "february",
    "first", "five", "for", "four", "friday", "from", "he", "her", "here", "him", "his", "how",
    "however", "i", "if", "in", "indeed", "instead", "into", "it", "its", "january", "july",
    "june", "just", "last", "later", "many", "march", "may", "me", "meanwhile", "monday",
    "more", "moreover", "most", "mr.", "mrs.", "ms.", "my", "next", "no", "not", "november",
    "october", "of", "on", "one", "only", "onto", "or", "other", "our", "over", "saturday",
    "september", "she", "since", "so", "some", "speaking", "still", "such", "sunday", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "though",
    "three", "thursday", "to", "today", "tomorrow", "tuesday", "two", "under", "until", "us",
    "we", "wednesday", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
    "with", "without", "yes", "yesterday", "yet", "you", "your",
    "nobody", "none", "neither", "nothing", "everything", "something",
    "across", "outside", "inside", "amid", "amidst", "behind", "beyond", "near", "around", "along",
    "against", "toward", "towards", "upon", "within", "throughout", "unlike", "via", "per",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousands", "millions", "dozens",
    # discourse adverbs and plural time nouns that open a sentence ("Hours later, …")
    "already", "nevertheless", "nonetheless", "furthermore", "additionally", "otherwise",
    "afterward", "afterwards", "again", "ago", "seconds", "minutes", "hours", "days", "weeks",
    "months", "years", "moments", "decades",
))
# fmt: on

#: Pronouns by gender/number.
PRONOUN_GENDER: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
    "they": "p", "them": "p", "their": "p", "i": "1", "we": "1", "you": "2", "it": "n",
}  # fmt: skip

#: Common first names, used only to tell a person's name from other capitalised words and to
#: learn the gender a pronoun must agree with.
# fmt: off
MALE: frozenset[str] = frozenset((
    "abraham", "adrian", "alfred", "allen", "alvin", "andre", "angus", "antoine", "archie",
    "arthur", "austin", "barry", "bernard", "bert", "bobby", "boyd", "brent", "brett", "bryce",
    "calvin", "cameron", "carter", "cecil", "chad", "chester", "christian", "clarence", "clark",
    "claude", "clay", "clifford", "clint", "clyde", "cody", "colin", "conor", "curtis", "dale",
    "dallas", "damon", "dane", "darren", "dean", "dick", "dmitri", "dominic", "don", "donnie",
    "duane", "dustin", "dwight", "earl", "edgar", "edwin", "eli", "elijah", "elliot", "elmer",
    "emil", "enrique", "ernest", "ethan", "eugene", "felix", "fernando", "floyd", "francis",
    "francisco", "frederick", "gabriel", "gavin", "gene", "gilbert", "gordon", "graham",
    "grant", "guy", "hakeem", "hal", "hank", "harvey", "hector", "herbert", "herman", "homer",
    "horace", "hugh", "hugo", "isaac", "ivan", "jaime", "jay", "jean-claude", "jens",
    "jeremiah", "jerome", "jesus", "jimmie", "joaquin", "johan", "jon-paul", "jordan", "julian",
    "julius", "karl", "kirk", "kyle", "lamar", "lance", "lars", "lawrence", "leon", "leonard",
    "leroy", "lester", "lewis", "lloyd", "lonnie", "louis", "lowell", "luke", "lyndon",
    "malcolm", "manuel", "marcel", "mario", "marshall", "marvin", "maurice", "melvin", "micah",
    "milton", "mohammed", "morris", "muhammad", "murray", "nathaniel", "ned", "nelson", "noah",
    "norman", "orrin", "otto", "pablo", "percy", "perry", "preston", "quentin", "rafael",
    "ramon", "randall", "raul", "reggie", "reid", "reuben", "rex", "rhett", "ricardo", "riley",
    "robin", "rodney", "roland", "ross", "rudolph", "rufus", "russ", "salvador", "sanjay",
    "santiago", "saul", "seth", "shane", "sheldon", "sherrod", "sidney", "simon", "spencer",
    "stanley", "sterling", "stewart", "ted", "terrance", "theodore", "tobias", "toby", "trent",
    "trevor", "troy", "tyler", "vernon", "victor", "vincent", "wade", "wallace", "warren",
    "wesley", "wilbur", "willard", "willie", "wilson", "winston", "woodrow", "xavier", "yosef",
    "zachary",
    "aaron", "adam", "alan", "albert", "alex", "alexander", "alexis", "ali", "andrew", "andy",
    "angelo", "anthony", "antonio", "arnold", "barack", "ben", "benjamin", "bernie", "bill",
    "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brian", "bruce", "bryan",
    "carl", "carlos", "charles", "charlie", "chris", "christopher", "chuck", "cory", "craig",
    "dan", "daniel", "danny", "darrell", "dave", "david", "dennis", "derek", "dick", "donald",
    "doug", "douglas", "ed", "eddie", "edward", "emmanuel", "eric", "evan", "frank", "franklin",
    "fred", "gary", "george", "gerald", "glenn", "greg", "gregory", "harold", "harry", "henry",
    "howard", "ian", "jack", "jacob", "jake", "james", "jamie", "jared", "jason", "jeb", "jeff",
    "jeffrey", "jeremy", "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny",
    "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith",
    "ken", "kenneth", "kevin", "kurt", "larry", "lee", "leo", "lindsey", "luis", "marco",
    "marcus", "mark", "martin", "matt", "matthew", "max", "michael", "miguel", "mike", "mitch",
    "mitt", "nathan", "neil", "newt", "nicholas", "nick", "olaf", "omar", "oscar", "patrick",
    "paul", "pedro", "peter", "phil", "philip", "rahm", "ralph", "rand", "randy", "raymond",
    "reince", "ric", "richard", "rick", "rob", "robert", "rodrigo", "roger", "ron", "ronald",
    "roy", "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "sergey",
    "stephen", "steve", "steven", "stuart", "ted", "terry", "thomas", "tim", "timothy", "todd",
    "tom", "tony", "vladimir", "walter", "wayne", "will", "william", "xi", "yuri", "zach",
))
# fmt: on

# fmt: off
FEMALE: frozenset[str] = frozenset((
    "adele", "agnes", "aileen", "alexandra", "alexandria", "alixandria", "allison", "alma",
    "amber", "amelia", "anita", "antoinette", "april", "ariana", "audrey", "ava", "becky",
    "belinda", "bernadette", "beth", "bethany", "bonnie", "brianna", "bridget", "brittany",
    "camila", "candace", "carla", "carmen", "carolyn", "cassandra", "cecilia", "charlotte",
    "cindy", "claudia", "colleen", "connie", "constance", "cora", "corinne", "courtney",
    "crystal", "daisy", "danielle", "darlene", "dawn", "deanna", "deirdre", "delores",
    "dolores", "dora", "edith", "eileen", "eleanor", "elise", "eliza", "ella", "eloise", "elsa",
    "esther", "ethel", "eva", "faith", "felicia", "fiona", "florence", "gabrielle", "gail",
    "georgia", "geraldine", "gertrude", "gillian", "gwen", "hattie", "hazel", "hilda", "holly",
    "ida", "imelda", "irene", "iris", "isabel", "isabella", "jacqueline", "jasmine", "jeanette",
    "jeanne", "jenna", "jo", "joanna", "jocelyn", "jodi", "josephine", "juanita", "june",
    "katie", "kay", "kayla", "kendra", "kristin", "lacey", "lara", "leah", "leslie", "lillian",
    "lily", "lois", "loretta", "lorraine", "lucia", "lucy", "luisa", "lydia", "mabel",
    "madeleine", "madison", "mae", "marcia", "margo", "marian", "marianne", "marilyn", "marisa",
    "marjorie", "marlene", "maureen", "maxine", "meghan", "melinda", "mercedes", "meredith",
    "mildred", "miranda", "molly", "monica", "muriel", "myrna", "nadia", "naomi", "natasha",
    "nina", "nora", "norma", "olga", "paige", "pauline", "peggy", "penelope", "penny", "phoebe",
    "priscilla", "rachael", "ramona", "regina", "renee", "rhonda", "rita", "roberta", "robyn",
    "rose", "rosemary", "roxanne", "ruby", "sabrina", "sadie", "selena", "shannon", "sheryl",
    "shirley", "silvia", "sofia", "sonia", "sophia", "stacy", "stella", "sue", "sylvia",
    "tamara", "tanya", "tara", "tina", "tracy", "trisha", "vanessa", "vera", "veronica",
    "vicki", "viola", "violet", "vivian", "wanda", "whitney", "yolanda", "yvonne", "zoe",
    "abigail", "alice", "alicia", "alison", "amanda", "amy", "andrea", "angela", "angelina",
    "ann", "anna", "anne", "annie", "ashley", "ayanna", "barbara", "betsy", "betty", "beverly",
    "brenda", "carly", "carol", "caroline", "catherine", "cathy", "chelsea", "cheryl",
    "christina", "christine", "claire", "condoleezza", "cynthia", "dana", "dawn", "debbie",
    "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "elaine",
    "elena", "elise", "elizabeth", "ellen", "emily", "emma", "erica", "erin", "evelyn",
    "frances", "gina", "gloria", "grace", "hannah", "heather", "heidi", "helen", "hillary",
    "hope", "huma", "ivanka", "jan", "jane", "janet", "janice", "jean", "jennifer", "jessica",
    "jill", "joan", "joanne", "joni", "josephine", "joyce", "judith", "judy", "julia", "julie",
    "karen", "kate", "katherine", "kathleen", "kathy", "kayleigh", "kelly", "kellyanne", "kim",
    "kimberly", "kirsten", "kristen", "laura", "lauren", "linda", "lisa", "liz", "loretta",
    "lori", "louise", "lynn", "maggie", "margaret", "maria", "marie", "marine", "marsha",
    "martha", "mary", "megan", "melania", "melissa", "mia", "michele", "michelle", "mindy",
    "nancy", "natalie", "nicola", "nicole", "nikki", "olivia", "pam", "pamela", "patricia",
    "patty", "paula", "phyllis", "rachel", "rebecca", "rosa", "ruth", "sally", "samantha",
    "sandra", "sara", "sarah", "serena", "sharon", "sheila", "stephanie", "susan", "suzanne",
    "tammy", "teresa", "theresa", "tulsi", "ursula", "valerie", "victoria", "virginia", "wendy",
))
# fmt: on

#: Words that make a descriptor female or male ("the congresswoman", "Mr").
# fmt: off
FEMALE_WORDS: frozenset[str] = frozenset((
    "aunt", "businesswoman", "chairwoman", "congresswoman", "dame", "daughter", "girlfriend",
    "grandmother", "lady", "miss", "mother", "mrs", "ms", "niece", "princess", "queen", "sister",
    "spokeswoman", "widow", "wife", "woman",
))
# fmt: on
# fmt: off
MALE_WORDS: frozenset[str] = frozenset((
    "boyfriend", "brother", "businessman", "chairman", "congressman", "father", "grandfather",
    "husband", "king", "lord", "man", "mr", "nephew", "prince", "sir", "son", "spokesman", "uncle",
    "widower",
))
# fmt: on


#: Words of place and institution names, never a person's ("South Carolina", "Fox News").
# fmt: off
PLACE_WORDS = frozenset(
    ["state", "states", "united", "county", "city", "house", "white", "university", "college", "school", "party", "news", "times", "post", "journal", "street", "avenue", "department", "committee", "council", "court", "republic", "kingdom", "union", "national", "international", "american", "democratic", "republican", "foundation", "institute", "center", "centre", "group", "company", "corp", "inc", "association", "network", "fox", "cnn", "new", "york", "north", "south", "east", "west", "san", "los", "las", "fort", "mount", "saint", "st", "lake", "river", "island", "islands", "bay", "valley", "beach", "airport", "hospital", "church", "club", "bank", "fund", "agency", "office", "ministry", "senate", "congress", "assembly", "parliament", "commission", "board", "service", "services", "media", "press", "review", "daily", "weekly", "magazine", "television", "radio", "tv", "online", "books", "book", "act", "bill", "law", "amendment", "war", "world", "cup", "games", "olympics", "trail", "tower", "square", "park", "hall", "hill", "center", "plaza", "village", "county", "coast", "gulf", "middle", "ocean", "sea", "north-east", "islamic", "muslim", "christian", "jewish", "arab", "day", "eve", "night"]
)  # fmt: skip
