"""custody.extract.regex: the fast forms must find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.extract.lexicon import load_lexicon
from custody.extract.regex import Alternatives, alternation, literal_prefixes

CUES = [
    r"\b(?:is|are|was|were) (?:due |set )?to\b",
    r"(?<!good )\bwill\b",
    r"\bwould\b",
    r"\bwould see\b",  # never reached: 'would' comes first in the list
    r"\bif\b",
    r"\bto be\b",
    r"\bin \w+ alone\b",
    r"\bthe total\b|\bin total\b",  # an alternation inside one cue
    r"do not correspond to (?:the )?reality",  # no word boundary in front
    r"\bset (?:for|to)\b",
    r"\bpress(?:es|ed)?(?: \w+){0,2} (?:for|to)\b",  # a prefix cut short by '\w+'
]

WORDS = ["will", "would", "Would", "see", "good", "is", "are", "due", "set", "to", "be", "if"]
WORDS += ["in", "Gaza", "alone", "the", "total", "do", "not", "correspond", "reality", "for"]
WORDS += ["goodwill", "WILL", "tobe", "iffy", "released", "27", ",", ".", "press", "pressed"]


def _same(alt: Alternatives, text: str) -> None:
    plain = alt.combined.search(text)
    fast = alt.search(text)
    assert (plain and (plain.span(), plain.group(0))) == (fast and (fast.span(), fast.group(0)))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The prisoners would see their families.",  # the first cue in list order wins
        "They are due to be freed.",
        "It was a good will gesture; the hostages will be freed",
        "GOODWILL aside, they WILL release them",
        "Hamas said it would free them if Israel agreed",
        "In Gaza alone, 40 were held; in total 250",
        "The figures do not correspond to reality",
        "set for Monday",
        "Washington would press Minsk to free them",
        "They pressed hard for the release",
        "nothing here at all",
    ],
)
def test_alternatives_find_what_the_plain_alternation_finds(text: str) -> None:
    _same(Alternatives(CUES), text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_alternatives_agree_on_any_word_sequence(words: list[str]) -> None:
    _same(Alternatives(CUES), " ".join(words))


LOOSE_CUES = [
    r"\w+ed\b",
    r"(?:^\s*|\bthe\s+)(?:they|men)\s+were\b",
    r"\b(?:\d[\d,]*|two|[a-z]+teen) (?:prisoner )?(?:exchanges|swaps)\b",
]  # no first letters; the last two searched only where their words are


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            WORDS + ["they", "men", "were", "The", "  ", "two", "fifteen", "swaps", "Exchanges"]
        ),
        max_size=25,
    )
)
def test_alternatives_with_loose_cues_agree_on_any_word_sequence(words: list[str]) -> None:
    # cues that cannot be gated are searched on their own, wherever they stand in the list
    text = " ".join(words)
    mixed = CUES[:3] + LOOSE_CUES[::2] + CUES[3:]
    for cues in (CUES + LOOSE_CUES[:2], LOOSE_CUES[1:] + CUES, mixed):
        alt = Alternatives(cues)
        assert alt.scan is not None and alt.loose
        _same(alt, text)
    alt = Alternatives(CUES + LOOSE_CUES[1:])
    assert alt.loose_words == [("were",), ("exchanges", "swaps")]


def test_alternatives_fall_back_when_they_cannot_gate() -> None:
    # a cue that may start with any letter is searched on its own; with too many
    # such cues the plain alternation is used
    loose = Alternatives([r"\bwill\b", r"\w+ed\b"])
    assert loose.scan is not None and loose.loose == [1]
    assert loose.search("they released him").group(0) == "released"
    assert loose.search("they will be released").group(0) == "will"
    assert loose.search("they were released and will").group(0) == "released"
    many = Alternatives([r"\bwill\b", r"\w+ed\b", r"\d+", r"\s+x"])
    assert many.scan is None
    assert many.search("they released him").group(0) == "released"
    # lower-casing 'İ' adds a character: offsets would move, so the plain search is used
    gated = Alternatives([r"\bwill\b"])
    assert gated.scan is not None
    text = "İstanbul: they will free him"
    assert gated.search(text).span() == re.search(r"\bwill\b", text).span()
    # without re.IGNORECASE the lower-cased scan would be wrong: not gated
    assert Alternatives([r"\bWill\b"], flags=0).scan is None


def test_the_lexicon_cue_lists_are_gated() -> None:
    lex = load_lexicon()
    for status, alt in lex.status_before_any.items():
        assert alt.scan is not None, status
    assert lex.aggregate_any.scan is not None
    assert lex.not_custody.scan is not None


def test_literal_prefixes() -> None:
    assert literal_prefixes(r"\bdeni(?:ed|es)\b") == {"den"}
    assert literal_prefixes(r"\b(?:is|are) to\b") == {"is ", "are"}
    assert literal_prefixes(r"\bif\b") == {"if"}
    assert literal_prefixes(r"\w+ed") is None
    assert literal_prefixes(r"(?:a )?foo", 8) == {"a foo", "foo"}
    # a prefix cut short by what can't be told ('\w+') is not extended by what follows
    assert literal_prefixes(r"\bpress(?: \w+){0,2} (?:for|to)\b", 8) == {
        "press ",
        "press fo",
        "press to",
    }
    # a repeat may come round again: '(?:ab)+c' does not start with 'abc'
    assert literal_prefixes(r"(?:ab)+c", 8) == {"ab"}
    assert literal_prefixes(r"(?:ab)?c", 8) == {"abc", "c"}


def test_alternation_is_a_trie_of_the_words() -> None:
    pattern = re.compile(alternation(["release", "released", "rel", "free"]))
    assert pattern.match("released").group(0) == "released"  # the longest first
    assert pattern.match("relay").group(0) == "rel"
    assert pattern.match("freed").group(0) == "free"


def test_custody_words_found_alike_when_lower_casing_moves_offsets() -> None:
    # 'İ' grows when lower-cased: the scan then runs over the text as written (re.I)
    from custody.extract.phrases import find_triggers

    lex = load_lexicon()
    plain = "Istanbul: Hamas was released 3 hostages and later freed two more detainees."
    dotted = plain.replace("I", "İ", 1)
    assert [(h.start, h.end, h.text, h.type) for h in find_triggers(lex, plain)] == [
        (h.start, h.end, h.text, h.type) for h in find_triggers(lex, dotted)
    ]
    texts = [h.text for h in find_triggers(lex, dotted)]
    assert "released" in " ".join(texts) and "freed" in " ".join(texts)


def test_every_custody_word_start_is_tried() -> None:
    # a prefix may run into the next word ('was rele...'): the scan must not skip it
    from custody.extract.phrases import find_triggers

    lex = load_lexicon()
    for text in ("They were freed.", "He was released on Monday.", "Kidnapped, then held."):
        words = {h.text.lower() for h in find_triggers(lex, text)}
        assert words, text


HINT_WORDS = ["prisoner", "men", "women", "filipino", "detainees", "us"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["prisoners", "government", "Women", "the", "us", "bus", "_men", "x-men", "3men", "é"]
        ),
        max_size=12,
    ),
    st.sampled_from([" ", "", "-", "_"]),
)
def test_word_starts_agree_with_the_pattern(words: list[str], sep: str) -> None:
    from custody.extract.regex import WordStarts

    hint = WordStarts(HINT_WORDS)
    low = sep.join(words).lower()
    assert hint.search(low) == (hint.pattern.search(low) is not None)
    hint.automaton = None  # the fallback without ahocorasick_rs
    assert hint.search(low) == (hint.pattern.search(low) is not None)


def test_word_starts_need_a_word_start() -> None:
    from custody.extract.regex import WordStarts

    hint = WordStarts(HINT_WORDS)
    assert hint.search("freed 12 prisoners")
    assert hint.search("men")
    assert not hint.search("the government said")  # 'men' inside a word
    assert hint.search("the x-men")  # a hyphen is not a word character
    assert not hint.search("")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["released", "unreleased", "was", "freed", "co-held", "held", "hostages", "x_freed"]
            + ["detained", "Kidnapped", "swap", "the", "prisoner", "exchange", ",", ".", "-"]
            + ["Ré", "’"]  # (a text that is not ASCII: the automaton's other path)
        ),
        max_size=15,
    ),
    st.sampled_from([" ", "", "-"]),
)
def test_custody_word_places_alike_with_and_without_the_automaton(
    words: list[str], sep: str
) -> None:
    lex = load_lexicon()
    index = lex.trigger_index
    assert index.automaton is not None
    text = sep.join(words)
    low = text.lower()
    with_automaton = index.places(low)
    index.automaton, auto = None, index.automaton
    try:
        assert index.places(low) == with_automaton
        assert index.places_in_text(text) == with_automaton  # the re.I scan of the text
    finally:
        index.automaton = auto


def test_prefix_index_without_word_starts_finds_every_place() -> None:
    from custody.extract.regex import PrefixIndex

    index = PrefixIndex([{"rel"}, {"re", "fre"}, {"released"}])
    low = "unreleased, freed"
    places = index.places(low)
    assert places == [(2, (0, 1, 2)), (12, (1,)), (13, (1,))]  # "fre", then "re" inside it
    index.automaton = None
    assert index.places(low) == places
    assert PrefixIndex([{"rel"}], word_start=True).places(low) == []  # 'rel' inside a word


GATED = [
    r"\b(?:the|a)\s+(?:\w+\s+)?$",  # searched at the end of a window
    r"(?<!good )\bwill\b",
    r"\b(?:Hamas|the Houthis)\s+(?:said|says)\b",  # case-sensitive
    r"\bof\s+(?:them|whom)\b|\bbring",
    r"(?i:\bin)\s+(?:May|June)",  # case-insensitive inside a case-sensitive pattern
    r"\b(?=[\dsk])(?:\d+|six|kin)\b",  # a look-ahead of its own, digits in it
    r"[.!?][.!?]*(?=\s+[A-Z])",  # a scan of re's own
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["the", "The", "a", "A", "good", "will", "WILL", "Hamas", "hamas", "said", "of"]
            + ["them", "whom", "bring", "bringing", "In", "in", "May", "may", "Houthis", "x"]
            + ["al-Masri", "Al-Masri", "Omar", "-Omar", "six", "\u017fix", "kin", "\u212ain"]
            + ["\u0131n", "\u0130N", "12", "\u0663", "?!", "."]
        ),
        max_size=15,
    ),
    st.sampled_from([0, re.I]),
)
def test_first_letters_finds_what_the_pattern_finds(words: list[str], flags: int) -> None:
    from custody.extract.regex import compile_fast

    text = " ".join(words)
    for pattern in GATED:
        plain, fast = re.compile(pattern, flags), compile_fast(pattern, flags)
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
        assert bool(plain.search(text, 3)) == bool(fast.search(text, 3))


def test_first_letters_leaves_what_may_start_anywhere() -> None:
    from custody.extract.regex import first_letters

    assert first_letters(r"\w+ed") == r"\w+ed"
    assert first_letters(r"(?:a|)b") == r"(?=[ab])(?:(?:a|)b)"  # 'a' or, without it, 'b'
    assert first_letters(r"(?:a|)\w") == r"(?:a|)\w"  # anything: left alone
    assert first_letters(r"\b(?:the|a)\s") == r"(?=[at])(?:\b(?:the|a)\s)"
    assert first_letters(r"\b(?:the|a)\s", re.I) == r"(?=[ATat])(?:\b(?:the|a)\s)"
    # (re.IGNORECASE reads 'ı' and 'İ' as 'i')
    assert first_letters(r"(?i:\bin)\s+May") == "(?=[Ii\u0130\u0131])(?:(?i:\\bin)\\s+May)"
    assert first_letters(r"[A-C]x") == r"(?=[ABC])(?:[A-C]x)"
    assert first_letters(r"(?i)\bwill\b") == r"(?i)\bwill\b"  # global flags stay first


@pytest.mark.parametrize(
    "text",
    ["Lina Haddad, ", "xAbc,", "A,", "aB,  ", "O'Neil,\n", "two Germans, ", "al-Masri, ", "", ","]
    + ["Ab-,", "ÉAbc,", "freed by the Houthis , a", "Omar al-Masri,\t"],
)
def test_capitalised_word_before_a_comma_read_backwards(text: str) -> None:
    from custody.extract.one_person import _capitalised_before_comma

    plain = re.search(r"([A-Z][\w'’-]+),\s*$", text)
    assert _capitalised_before_comma(text, len(text)) == (plain.group(1) if plain else None)


SUBJECT_WORDS = ["Omar", "Ghawadra", "xAli", "Al-Sayed", "O'Neil", "was", "is", "were", "had"]
SUBJECT_WORDS += ["been", "has", "and", "band", "but", "that", "_and", "isolated", "Élan", "3and"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(SUBJECT_WORDS), max_size=14),
    st.lists(st.sampled_from([" ", "  ", ", ", ". ", ";\t", ",", "\n", "\u00a0", ""]), max_size=14),
)
def test_surname_subjects_find_what_the_pattern_finds(words: list[str], gaps: list[str]) -> None:
    from custody.extract.name_subjects import SURNAME_SUBJECT_RE, surname_subjects

    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    assert surname_subjects(text) == [m.group(1) for m in SURNAME_SUBJECT_RE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["Ghawadra was arrested", "and Omar is", "x, Omar were held; Ali has been", "band Omar was"]
    + ["that Omar had been", "Omar\u00a0was", "it said Omar was", "3and Omar was", ""],
)
def test_surname_subjects_on_sentences(text: str) -> None:
    from custody.extract.name_subjects import SURNAME_SUBJECT_RE, surname_subjects

    assert surname_subjects(text) == [m.group(1) for m in SURNAME_SUBJECT_RE.finditer(text)]


def test_the_scene_cue_lists_are_gated() -> None:
    from custody.extract.scene import scene_cues

    cues = scene_cues()
    for alt in (cues.not_scene, cues.back_reference, cues.earlier_happening, cues.swap_reference):
        assert alt.scan is not None


def _gated_patterns() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each pattern searched only when ``may_hold`` finds one of its words, with them."""
    import importlib

    counts = importlib.import_module("custody.extract.counts")
    scene = importlib.import_module("custody.extract.scene")
    slots = importlib.import_module("custody.extract.slots")
    sense = importlib.import_module("custody.extract.sense")
    return [
        (counts._NUMBER_OF_HINT_RE, counts._NUMBER_OF_WORDS),
        (counts._ELLIPTIC_HINT_RE, counts._ELLIPTIC_WORDS),
        (scene._TOLD_BACK_RE, scene._TOLD_BACK_WORDS),
        (
            re.compile(r"\b(?:mediat\w*|brokered|facilitated|coordinated|auspices)", re.I),
            slots._MEDIATION_WORDS,
        ),
        (sense._FIRST_TO_BE_RE, ("to be",)),
    ]


_GATE_WORDS = st.sampled_from(
    [
        "the",
        "number",
        "ToTal",
        "TOLL",
        "count",
        "bringing",
        "RAISED",
        "remained",
        "Remains",
        "been",
        "were",
        "released",
        "FREED",
        "among",
        "of",
        "them",
        "those",
        "they",
        "These",
        "the freed",
        "returned",
        "mediated",
        "Brokered",
        "facilitated",
        "coordinated",
        "auspices",
        "first",
        "to be",
        "To Be",
        "\u0130",
        "\u0131",
        "\u017f",
        "\u212a",
        "N\u212a",
        "ſtill",
        "bro\u212aered",
        "to\u0131l",
        "5",
        "were freed",
        "they include",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_GATE_WORDS, max_size=12), st.sampled_from([" ", "  ", ", ", "-"]))
def test_may_hold_never_refuses_a_text_the_pattern_matches(words: list[str], sep: str) -> None:
    from custody.extract.regex import may_hold

    text = sep.join(words)
    for pattern, needed in _gated_patterns():
        if pattern.search(text):
            assert may_hold(text, needed), (pattern.pattern, text)


def test_may_hold_searches_a_text_with_odd_case_folds() -> None:
    from custody.extract.regex import may_hold

    assert re.search("brokered", "bro\u212aered", re.I)  # the Kelvin sign matches 'k'
    assert may_hold("bro\u212aered", ("brokered",))
    assert not may_hold("Talks were held", ("brokered",))


def test_fewest_words_keeps_the_words_the_others_hold() -> None:
    from custody.extract.regex import fewest_words

    assert fewest_words(["prisons", "prison", "camp", "prison camp", "Camp"]) == (
        "Camp",
        "camp",
        "prison",
    )


def test_every_place_verb_and_facility_head_holds_a_gate_word() -> None:
    import importlib

    location = importlib.import_module("custody.extract.location")
    lex = load_lexicon()
    verbs = location._place_verb_words(lex)
    for verb in lex.places["place_verbs"]:
        assert any(w in verb.lower() for w in verbs), verb
    heads = location._facility_head_words(lex)
    for head in lex.places["facility_heads"]:
        assert any(w in head for w in heads), head


def test_compile_fast_gives_the_engine_the_look_ahead_as_its_scan() -> None:
    from custody.extract.regex import _scan_entry, compile_fast, compile_scan, first_letters

    pattern = r"(?<![\w-])(?:a|an)\s+"
    assert _scan_entry(first_letters(pattern, re.I), int(re.I)) is not None
    fast = compile_fast(pattern, re.I)
    assert fast.pattern == first_letters(pattern, re.I) and fast != re.compile(fast.pattern, re.I)
    assert fast.search("Then An envoy").span() == (5, 8)
    # the look-ahead of a case-insensitive pattern holds 'ı' and 'İ' (folds of 'i'), and '’'
    assert _scan_entry(first_letters(r"\b(?:is|it[’']s)\b", re.I), int(re.I)) is not None
    assert compile_fast(r"\b(?:is|it[’']s)\b", re.I).findall("It’s \u0131s this") == [
        "It’s",
        "\u0131s",
    ]
    assert _scan_entry(r"\w+ed", 0) is None  # no look-ahead: what re compiles
    assert compile_scan(r"\w+ed") == re.compile(r"\w+ed")
    assert _scan_entry(r"[.!?][.!?]*", 0) is None  # re's own scan is kept


def test_the_letters_re_ignorecase_folds_to_ascii_ones() -> None:
    from custody.extract.regex import _FOLDED_TO, _ODD_FOLDS

    others: dict[str, str] = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        plain = re.compile(letter, re.I)
        found = [chr(c) for c in range(0x10000) if plain.fullmatch(chr(c))]
        extra = "".join(c for c in found if c not in (letter, letter.upper()))
        if extra:
            others[letter] = extra
    assert others == _FOLDED_TO
    assert sorted("".join(others.values())) == sorted(_ODD_FOLDS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!?'\"”’)\n\t\u2003", max_size=8))
def test_a_headline_is_what_its_pattern_found(text: str) -> None:
    import importlib

    pairing = importlib.import_module("custody.extract.pairing")
    plain = re.compile(r"[^.!?'\"”’)\s]\s*$")  # the pattern it replaced
    assert pairing._headline(text) == bool(plain.search(text))


def test_the_cut_lines_and_bracketed_figures_are_found_as_before() -> None:
    import importlib

    text_module = importlib.import_module("custody.extract.text")
    text = "seized by\nmilitants, who\nwere freed (12) at\nleast (45) people"
    pairs = re.compile(r"[a-z,]\n(?=[a-z])").findall(text)  # the pattern it replaced
    assert len(text_module._WRAPPED_PAIR_RE.findall(text)) == len(pairs) == 3
    assert text_module._PAREN_DIGIT_RE.search(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab,A \n.", max_size=12))
def test_the_cut_lines_are_counted_as_the_look_behind_first_counted_them(text: str) -> None:
    import importlib

    text_module = importlib.import_module("custody.extract.text")
    plain = re.compile(r"(?<=[a-z,])\n(?=[a-z])")  # the pattern it replaced
    assert text_module._WRAPPED_PAIR_RE.findall(text) == plain.findall(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["in", "at", "on", "by", "Doha", "bin", " ", "  ", "\n", "x"])))
def test_what_follows_the_last_preposition_is_what_the_pattern_left(parts: list[str]) -> None:
    import importlib

    slots = importlib.import_module("custody.extract.slots")
    pre = "".join(parts)
    plain = re.sub(r".*\b(?:in|at|on|by)\s+", "", pre)  # what it replaced
    assert slots.after_the_last_preposition(pre) == plain
