"""Records from text: ``extract(document) -> list[Event]``.

The pipeline, in order (each stage in its own module):

1. ``prefilter``: is the document about custody at all (its no-break and other Unicode
   spaces read as plain ones)? Then the document as read (``text``, ``headcase``; the
   same length): lines cut inside a sentence joined, figures
   in brackets bare, headlines in Title Case in sentence case.
2. ``sentence``: the mentions of each sentence (``phrases``, ``counted``, ``pairing``,
   ``parts``, ``mentions``, ``sense``, ``status``, ``names``, ``named``, ``pronouns``): one
   counted group or named person tied to one custody word, with status, holder, date and
   place.
3. ``context`` and ``holders``: document-wide passes: shared scene dates, the
   holder the document gives, running totals dated by publication.
4. ``merge``: mentions of one happening merged into records; parts of a batch
   kept in it; ``totals``: a figure that other records add up to is their
   aggregate; ``scene`` fills slots from the sentences that tell the happening;
   ``newsday``: the report's exchange day, given to its undated releases.
5. ``deals.with_deals``: deal records from swaps and named accords; then
   ``swapsides``: the unnamed sides of a swap, named by the report's two sides.

Every value keeps the rule or lexicon entry that produced it
(``Event.provenance``).
"""

from __future__ import annotations

from custody.extract.batches import carried_after_release, freed_after, handed_over_captives
from custody.extract.context import (
    aggregate_dates,
    document_holder,
    inherit_dates,
    live_day,
)
from custody.extract.deals import with_deals
from custody.extract.headcase import sentence_cased
from custody.extract.holders import holders_from_document
from custody.extract.lexicon import Lexicon, load_lexicon
from custody.extract.merge import (
    absorb_parts,
    merge_mentions,
    to_event,
)
from custody.extract.name_identified import named_by_number
from custody.extract.newsday import date_by_report_day, news_of_the_day
from custody.extract.prefilter import may_be_custody
from custody.extract.related import in_related_lists, without
from custody.extract.scene import fill_from_scenes, listed_categories
from custody.extract.sentence import read_sentences
from custody.extract.swapsides import name_unnamed_sides
from custody.extract.text import (
    bare_numbers,
    plain_spaces,
    quoted_as_written,
    scare_quotes_off,
    unwrapped,
)
from custody.extract.totals import mark_totals_of_parts
from custody.extract.yearheads import years_by_heading
from custody.record import Document, Event

EXTRACTOR_VERSION = "0.1.0"


def extract(document: Document) -> list[Event]:
    """All custody records of one document, reportable or not."""
    spaced = plain_spaces(document)
    text = spaced.text
    if not text or not may_be_custody(text):
        return []
    lex = load_lexicon()
    published = document.published
    read = sentence_cased(lex, bare_numbers(unwrapped(scare_quotes_off(lex, spaced))))
    text = read.text
    reading = read_sentences(lex, read)
    related = in_related_lists(reading.sentences)  # other articles' headlines
    mentions = [m for m in reading.mentions if m.sentence.index not in related]
    named_by_number(lex, mentions, reading.sentences)  # 'A, B and C ... The three were'
    inherit_dates(mentions, reading.scenes, live_day(text, published))
    holders_from_document(lex, mentions, without(text, reading.sentences, related))
    document_holder(mentions)
    aggregate_dates(mentions, published)
    listed_categories(lex, mentions)  # each count's own sentence, before merging
    records = carried_after_release(freed_after(merge_mentions(mentions)))
    mark_totals_of_parts(records)  # parts by nationality first: the others join their batch
    records = absorb_parts(records, lex.new_batch, lex.noun_side)
    fill_from_scenes(lex, records, reading.sentences, published, reading.context)
    news_of_the_day(records, published)
    date_by_report_day(records, published)
    records = with_deals(lex, records, text, reading.sentences, published, reading.context)
    years_by_heading(records, text)  # (the deals' days too)
    name_unnamed_sides(
        lex, records, reading.sentences
    )  # after the deals: a background swap joins none
    records = handed_over_captives(lex, records)  # (with the names the sides took)
    events = [to_event(r) for r in records]
    if read is not document:  # the evidence quotes the text as written
        events = [quoted_as_written(e, document.text) for e in events]
    return events


__all__ = ["EXTRACTOR_VERSION", "Lexicon", "extract"]
