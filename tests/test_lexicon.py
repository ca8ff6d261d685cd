"""The lexicon data files load, use only canonical names, and malformed data
raises LexiconError naming the file and the entry (custody.extract.lexicon)."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

import pytest

from custody import lexicon_files
from custody.errors import LexiconError
from custody.extract.lexicon import CATEGORIES, load_lexicon

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _file(name: str) -> str:
    return resources.files("custody.lexicons").joinpath(name).read_text(encoding="utf-8")


def _section(md: str, title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}.*?$(.*?)(?=^## |\Z)", md, re.M | re.S)
    assert m, f"no section {title!r} in vocabulary.md"
    return m.group(1)


def vocabulary_actors() -> set[str]:
    """Canonical actors: those docs/vocabulary.md names, and, as it says, any
    other state by its name in countries.tsv."""
    md = (DOCS / "vocabulary.md").read_text(encoding="utf-8")
    section = _section(md, "Actors")
    names = set(re.findall(r"`([^`]+)`", section))
    if "countries.tsv" in section:
        names |= country_names()
    return names


def vocabulary_categories() -> set[str]:
    md = (DOCS / "vocabulary.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", _section(md, "Categories"), re.M))


def country_names() -> set[str]:
    rows = csv.DictReader(_file("countries.tsv").splitlines(), delimiter="\t")
    return {r["country"].strip() for r in rows if r.get("country")}


# ------------------------------------------------------------------ loading


def test_load_lexicon_loads_and_is_cached() -> None:
    load_lexicon.cache_clear()
    lex = load_lexicon()
    assert lex is load_lexicon()
    assert lex.triggers and lex.noun_categories and lex.demonym
    assert lex.actor_alias["Israel Prison Service"] == "Israel"
    assert lex.demonym["ukrainians"] == "Ukrainian"
    for noun in ("minors", "teenage boys", "under-18s"):  # docs: 'minors' -> children
        assert lex.noun_categories[noun] == ("children",)


def test_vocabulary_parsing_sanity() -> None:
    actors = vocabulary_actors()
    assert {"Israel", "Hamas", "ICRC", "Qatar", "Palestinian factions", "Houthis"} <= actors
    assert "Hamas" not in country_names()  # non-state actors only from vocabulary.md
    assert vocabulary_categories() == CATEGORIES


# ---------------------------------------------------------- canonical names


def test_actor_names_in_actors_json_are_canonical() -> None:
    data = json.loads(_file("actors.json"))
    unknown = sorted(set(data["actors"]) - vocabulary_actors())
    assert unknown == []


def test_mediation_only_actors_are_canonical() -> None:
    data = json.loads(_file("actors.json"))
    assert sorted(set(data["mediation_only"]) - vocabulary_actors()) == []
    assert set(data["mediation_only"]) <= set(data["actors"])


def test_context_actors_are_canonical() -> None:
    data = json.loads(_file("actors.json"))
    used = {actor for cues in data["context"].values() for actor in cues.values()}
    assert sorted(used - vocabulary_actors()) == []


def test_place_holders_are_canonical() -> None:
    data = json.loads(_file("places.json"))
    used = set(data["facility_holders"].values()) | {
        v for k, v in data["captor_by_place"].items() if not k.startswith("_")
    }
    assert sorted(used - vocabulary_actors()) == []


def test_actor_adjectives_map_to_canonical_actors() -> None:
    lex = load_lexicon()
    assert sorted(set(lex.actor_adj.values()) - vocabulary_actors()) == []


def test_categories_in_people_json_are_canonical() -> None:
    data = json.loads(_file("people.json"))
    vocab = vocabulary_categories()
    used = {c for e in data["nouns"].values() for c in e.get("categories", [])}
    used |= {c for cats in data["modifiers"].values() for c in cats}
    assert used and used <= vocab


def test_loaded_categories_are_canonical() -> None:
    lex = load_lexicon()
    vocab = vocabulary_categories()
    assert {c for cats in lex.noun_categories.values() for c in cats} <= vocab
    assert {c for cats in lex.modifiers.values() for c in cats} <= vocab


def test_demonyms_are_capitalised() -> None:
    lex = load_lexicon()
    for demonym in set(lex.demonym.values()):
        assert demonym[:1].isupper(), demonym


def test_vocabulary_nationalities_are_known_demonyms() -> None:
    md = (DOCS / "vocabulary.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([A-Z][a-z]+)`", _section(md, "Nationalities")))
    assert sorted(listed - set(load_lexicon().demonym.values())) == []


def test_trigger_types_are_record_types() -> None:
    from custody.record import EVENT_TYPES

    assert {t.type for t in load_lexicon().triggers} <= set(EVENT_TYPES)


# ----------------------------------------------------- malformed data files


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """Replace one lexicon file's text; the others are read as shipped."""
    real = lexicon_files.read_text
    replaced: dict[str, str] = {}

    def fake(name: str) -> str:
        return replaced[name] if name in replaced else real(name)

    def set_file(name: str, text: str) -> None:
        replaced[name] = text

    monkeypatch.setattr(lexicon_files, "read_text", fake)
    load_lexicon.cache_clear()
    yield set_file
    load_lexicon.cache_clear()


def _json_with(name: str, change: Callable[[dict], None]) -> str:  # type: ignore[type-arg]
    data = json.loads(_file(name))
    change(data)
    return json.dumps(data)


def _load_error(*words: str) -> str:
    with pytest.raises(LexiconError) as info:
        load_lexicon()
    message = str(info.value)
    for w in words:
        assert w in message, f"{w!r} not in {message!r}"
    return message


@pytest.mark.parametrize(
    "name", ["actors.json", "people.json", "triggers.json", "cues.json", "places.json"]
)
def test_invalid_json_names_file_and_line(broken: Callable[[str, str], None], name: str) -> None:
    broken(name, '{\n  "a": 1,\n  oops\n}')
    _load_error(f"lexicons/{name}", "line 3")


@pytest.mark.parametrize("name", ["actors.json", "people.json", "triggers.json", "cues.json"])
def test_json_top_level_must_be_object(broken: Callable[[str, str], None], name: str) -> None:
    broken(name, "[1, 2, 3]")
    _load_error(f"lexicons/{name}", "object")


def test_actors_must_be_object(broken: Callable[[str, str], None]) -> None:
    broken("actors.json", json.dumps({"actors": ["Israel"]}))
    _load_error("lexicons/actors.json", "'actors'")


def test_actor_without_aliases(broken: Callable[[str, str], None]) -> None:
    broken("actors.json", _json_with("actors.json", lambda d: d["actors"].update(Zed={})))
    _load_error("lexicons/actors.json", "'Zed'", "aliases")


def test_actor_with_empty_alias(broken: Callable[[str, str], None]) -> None:
    broken(
        "actors.json",
        _json_with("actors.json", lambda d: d["actors"]["Hamas"]["aliases"].append("")),
    )
    _load_error("lexicons/actors.json", "'Hamas'", "empty alias")


def test_people_noun_unknown_category(broken: Callable[[str, str], None]) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["nouns"]["monk"] = {"forms": ["monk", "monks"], "categories": ["clergy"]}

    broken("people.json", _json_with("people.json", change))
    _load_error("lexicons/people.json", "'monk'", "'clergy'")


def test_people_noun_unknown_side(broken: Callable[[str, str], None]) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["nouns"]["hostage"]["side"] = "victims"

    broken("people.json", _json_with("people.json", change))
    _load_error("lexicons/people.json", "'hostage'", "'victims'")


def test_people_modifier_unknown_category(broken: Callable[[str, str], None]) -> None:
    broken(
        "people.json",
        _json_with("people.json", lambda d: d["modifiers"].update(pious=["devout"])),
    )
    _load_error("lexicons/people.json", "'pious'", "'devout'")


def test_trigger_unknown_type(broken: Callable[[str, str], None]) -> None:
    broken(
        "triggers.json",
        _json_with(
            "triggers.json", lambda d: d.update(escape=[{"re": "fled", "voice": "intrans"}])
        ),
    )
    _load_error("lexicons/triggers.json", "'escape'")


def test_trigger_bad_voice(broken: Callable[[str, str], None]) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["release"][1]["voice"] = "middle"

    broken("triggers.json", _json_with("triggers.json", change))
    _load_error("lexicons/triggers.json", "release[1]", "'middle'")


def test_trigger_bad_pattern(broken: Callable[[str, str], None]) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["detention"][0]["re"] = "(?:arrest"

    broken("triggers.json", _json_with("triggers.json", change))
    _load_error("lexicons/triggers.json", "detention[0]", "bad pattern")


def test_trigger_without_pattern(broken: Callable[[str, str], None]) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        del d["holding"][0]["re"]

    broken("triggers.json", _json_with("triggers.json", change))
    _load_error("lexicons/triggers.json", "holding[0]")


def test_trigger_entries_must_be_objects(broken: Callable[[str, str], None]) -> None:
    broken("triggers.json", _json_with("triggers.json", lambda d: d.update(holding="held")))
    _load_error("lexicons/triggers.json", "holding")


def test_people_noun_must_be_object(broken: Callable[[str, str], None]) -> None:
    broken(
        "people.json",
        _json_with("people.json", lambda d: d["nouns"].update(monk=["monk", "monks"])),
    )
    _load_error("lexicons/people.json", "'monk'")


def test_cue_bad_pattern(broken: Callable[[str, str], None]) -> None:
    def change(d: dict) -> None:  # type: ignore[type-arg]
        d["status"]["denied"]["before"].append("\\bdeni(ed")

    broken("cues.json", _json_with("cues.json", change))
    _load_error("lexicons/cues.json", "status.denied", "bad pattern")


def test_aggregate_cue_bad_pattern(broken: Callable[[str, str], None]) -> None:
    broken("cues.json", _json_with("cues.json", lambda d: d["aggregate"].append("so far[")))
    _load_error("lexicons/cues.json", "aggregate", "bad pattern")


def test_country_row_without_country_names_line(broken: Callable[[str, str], None]) -> None:
    lines = _file("countries.tsv").splitlines()
    bad = "\t".join(["", "XX", "", "", "Atlantean", "Atlanteans", "", ""])
    broken("countries.tsv", "\n".join([*lines[:3], bad, *lines[3:]]) + "\n")
    _load_error("lexicons/countries.tsv", "line 4", "country")


def test_unreadable_file_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_files, "_PACKAGE", "/nonexistent-custody-package")
    load_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"lexicons/countries\.tsv: cannot read"):
            load_lexicon()
    finally:
        load_lexicon.cache_clear()


def test_cache_is_restored_after_broken_loads() -> None:
    load_lexicon.cache_clear()
    assert load_lexicon().triggers


# ------------------------------------------------------------ word lists


def test_names_word_lists_load() -> None:
    lex = load_lexicon()
    assert {"Gazette", "Tribune"} <= lex.not_name_words
    assert {"Sergeant", "Sgt"} <= lex.person_titles


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(not_name_words="Gazette"), ["'not_name_words'", "list of words"]),
        (lambda d: d["titles"].append("Sgt"), ["titles[", "'Sgt' is listed twice"]),
        (lambda d: d["titles"].append("Staff Sergeant"), ["titles[", "not a single word"]),
        (lambda d: d["not_name_words"].append(""), ["not_name_words[", "not a single word"]),
        (lambda d: d["not_name_words"].append(7), ["not_name_words[", "not a single word"]),
        (lambda d: d.pop("titles"), ["'titles'", "list of words"]),
    ],
)
def test_names_word_list_errors(
    broken: Callable[[str, str], None],
    change: Callable[[dict], None],
    words: list[str],  # type: ignore[type-arg]
) -> None:
    broken("names.json", _json_with("names.json", change))
    _load_error("lexicons/names.json", *words)


def test_names_use_the_word_lists(broken: Callable[[str, str], None]) -> None:
    """A word of not_name_words keeps a capitalised run from being a name; a title
    is taken off the front of one. Moving a word in or out of the file changes it."""
    from custody.extract.names import find_names

    text = "Troops freed the journalist Lina Okafor Gazette and Sgt Tomas Lindqvist Arne."
    found = {h.name for h in find_names(load_lexicon(), text, {})}
    assert found == {"Tomas Lindqvist Arne"}
    broken(
        "names.json",
        _json_with(
            "names.json",
            lambda d: (d["not_name_words"].remove("Gazette"), d["titles"].remove("Sgt")),
        ),
    )
    load_lexicon.cache_clear()
    found = {h.name for h in find_names(load_lexicon(), text, {})}
    assert "Lina Okafor Gazette" in found and "Tomas Lindqvist Arne" not in found


def test_names_roles_come_from_the_word_lists(broken: Callable[[str, str], None]) -> None:
    """A role word of names.json marks the name after it; taken out, it no longer does.
    The lists of phrases are checked like the others."""
    from custody.extract.names import find_names

    text = "Militants seized the diplomat Lina Okafor near the border."
    assert [h.name for h in find_names(load_lexicon(), text, {})] == ["Lina Okafor"]
    broken("names.json", _json_with("names.json", lambda d: d["roles"].remove("diplomat")))
    load_lexicon.cache_clear()
    assert not find_names(load_lexicon(), text, {})
    broken("names.json", _json_with("names.json", lambda d: d["kin"].append("Uncle")))
    load_lexicon.cache_clear()
    _load_error("lexicons/names.json", "kin[", "not a lower-case word or phrase")


def test_words_json_lists_load() -> None:
    from custody.extract.lexicon import word_lists

    word_lists.cache_clear()
    lists = word_lists()
    assert {"mr", "u.s", "sept"} <= lists.abbreviations
    assert "hostage" in lists.custody_words and " pows" in lists.custody_words


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["abbreviations"].append("mr"), ["abbreviations[", "listed twice"]),
        (lambda d: d["abbreviations"].append("Mr"), ["abbreviations[", "lower-case"]),
        (lambda d: d["abbreviations"].append("st louis"), ["abbreviations[", "single word"]),
        (lambda d: d["custody_words"].append("Hostage"), ["custody_words[", "lower-case"]),
        (lambda d: d["custody_words"].append("  "), ["custody_words[", "lower-case"]),
        (lambda d: d["custody_words"].append("jail"), ["custody_words[", "listed twice"]),
        (lambda d: d.pop("custody_words"), ["'custody_words'", "list of strings"]),
    ],
)
def test_words_json_errors(
    broken: Callable[[str, str], None],
    change: Callable[[dict], None],  # type: ignore[type-arg]
    words: list[str],
) -> None:
    from custody.extract.lexicon import word_lists

    broken("words.json", _json_with("words.json", change))
    word_lists.cache_clear()
    try:
        with pytest.raises(LexiconError) as info:
            word_lists()
    finally:
        word_lists.cache_clear()
    for w in ["lexicons/words.json", *words]:
        assert w in str(info.value)


def test_sentence_splitter_and_prefilter_use_the_word_lists(
    broken: Callable[[str, str], None],
) -> None:
    from custody.extract.lexicon import word_lists
    from custody.extract.prefilter import _scan_by_substrings
    from custody.extract.text import sentences

    text = "Gen. Musa Bello spoke. Talks went on."
    assert len(sentences(text)) == 2
    assert _scan_by_substrings("the hostages came home")[0]
    broken(
        "words.json",
        _json_with(
            "words.json",
            lambda d: (d["abbreviations"].remove("gen"), d["custody_words"].remove("hostage")),
        ),
    )
    word_lists.cache_clear()
    try:
        assert len(sentences(text)) == 3
        assert not _scan_by_substrings("the hostages came home")[0]
    finally:
        word_lists.cache_clear()


@pytest.mark.parametrize(
    "relative",
    ["lexicons/page.tsv", "lexicons/outlets.tsv", "lexicons/cues.json", "ingest/languages.tsv"],
)
def test_package_files_read_as_importlib_resources_reads_them(relative: str) -> None:
    want = resources.files("custody").joinpath(relative).read_text(encoding="utf-8")
    assert lexicon_files.package_text(relative) == want
