"""Document-wide passes over named people: a named release told as one of a group
joins that group's batch; a person's records share the one holder the document tells.
"""

from __future__ import annotations

import re

from custody.extract.mentions import Mention
from custody.extract.regex import compile_fast

# 'X ... upon arrival with others after their release': one of a group
_ONE_OF_A_GROUP_RE = compile_fast(
    r"\bwith (?:the )?others\b|\balong with (?:other|dozens|hundreds|scores)\b|"
    r"\b(?:their|the group['’]s) release\b",
    re.I,
)


def join_told_groups(mentions: list[Mention]) -> list[Mention]:
    """A named release told as one of a group ('X, lifted by the crowd on arrival with
    others after their release by Israel') joins the document's one counted release of
    the same holder (of any, when its own is not told), told before or after; with none
    or several, it stays its own."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.type == "release"
            and m.status == "occurred"
            and m.count is None
            and m.names
            and _ONE_OF_A_GROUP_RE.search(m.sentence.text)
        ):
            batches = [
                b
                for b in mentions
                if b.type == "release"
                and b.status == "occurred"
                and b.count is not None
                and b.count.value > 1
                and not b.aggregate
                and (b.holder == m.holder or m.holder is None)
            ]
            if len({id(b.count) for b in batches}) == 1:
                batch = batches[0]
                batch.names.extend(n for n in m.names if n not in batch.names)
                batch.rules.setdefault("names", "names:one-of-a-group")
                continue
        out.append(m)
    return out


def share_holders(mentions: list[Mention]) -> None:
    """A named person's captivity has one holder: a record of a person with no holder of
    its own takes the one holder the document's other records of that person give ('X was
    freed by Hamas ... X was shot during her abduction')."""
    for m in mentions:
        if m.holder or not m.names or m.holder_ruled_out() or m.given_in_exchange():
            continue
        named = set(m.names)
        holders = {
            o.holder
            for o in mentions
            if o is not m
            and o.holder
            and named & set(o.names)
            and not o.given_in_exchange()
            and not o.holder_rule.startswith("recipient:")
        }
        if len(holders) == 1:
            m.holder = holders.pop()
            m.holder_rule = f"holder:same-person:{sorted(named)[0]}"
