"""People a speaker calls 'ours' in a quote ('"Our people are back, 207 of them," the
president of Ukraine wrote'): the speaker's country took them back, so they are its
nationals and its adversary held them (holders.holders_from_document then finds that
adversary as for 'returned to Ukraine')."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.phrases import find_actors

_OUR_PEOPLE_RE = re.compile(
    r"\b(?:[Oo]ur|of ours)\b(?:\s+[\w-]+){0,2}?\s*"
    r"(?:people|guys|boys|defenders|soldiers|heroes|citizens|servicemen|warriors|fighters"
    r"|prisoners|POWs|hostages|nationals)\b"
    r"|\b[Oo]ur\s+(?:people|guys|boys|defenders|heroes)\b"
)
_SPEECH_RE = re.compile(
    r"\b(?:said|says|wrote|writes|posted|tweeted|announced|told|added|declared|stated)\b"
)
_CLOSING_QUOTE_RE = re.compile(r"[”\"]")


def our_people(lex: Lexicon, m: Mention, text: str) -> None:
    """Give a release told in a quote as 'our people' the speaker's country as where the
    people went back (``text``: the document), when the speaker is a country or one of its
    officials named right after the quote, in its sentence or at the next one's start."""
    if m.type != "release" or m.holder or m.destination or m.nationality:
        return
    sent = m.sentence
    quote = _OUR_PEOPLE_RE.search(sent.text)
    if quote is None or not _CLOSING_QUOTE_RE.search(sent.text, quote.end()):
        return
    close = [q.end() for q in _CLOSING_QUOTE_RE.finditer(sent.text, quote.end())][-1]
    tail = sent.text[close:]
    if not _SPEECH_RE.search(tail):  # the quote ends the sentence: its teller opens the next
        tail = text[sent.end : sent.end + 160].split(". ", 1)[0]
    speech = _SPEECH_RE.search(tail)
    if speech is None:
        return
    countries = {
        a.actor
        for a in find_actors(lex, tail[: speech.start()], {})
        if a.actor in lex.demonym_country.values()
    }
    countries |= {
        lex.demonym_country[d]
        for w in re.findall(r"[A-Z][\w-]+", tail[: speech.start()])
        if (d := lex.demonym.get(w.lower())) in lex.demonym_country
    }
    if len(countries) != 1:
        return
    country = countries.pop()
    own = [d for d, c in lex.demonym_country.items() if c == country]
    if not own:
        return
    m.destination = country
    m.nationality = own[:1]
    m.rules["nationality"] = f"nationality:our-people-of-the-speaker:{country}"
