"""A crowd counted near a custody word: 'At least 100 people were seen outside the prison
hoping that their relatives were among those released' counts those who waited, not the
freed (the custody word's people are others)."""

from __future__ import annotations

import re

from custody.extract.counted import Counted

_CROWD_RE = re.compile(
    r"(?i:people|relatives|families|family members|friends|residents|supporters|protesters"
    r"|demonstrators|onlookers|well-wishers)"
)
_GATHERED_AFTER_RE = re.compile(
    r"\s+(?:(?:were|had been|have been)\s+(?:\w+\s+)?(?:seen|waiting|gathered|queuing|lined up)"
    r"|gathered|waited|queued|lined up|thronged|rallied|protested|demonstrated)\b"
)


def a_crowd(text: str, c: Counted) -> bool:
    """Whether the counted people are a crowd, told by a verb of gathering or waiting of
    their own right after them (not 'prisoners were seen leaving': a crowd's noun only)."""
    return bool(_CROWD_RE.fullmatch(c.noun or "") and _GATHERED_AFTER_RE.match(text, c.end))
