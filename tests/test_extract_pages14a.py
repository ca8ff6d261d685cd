"""Rounds of releases told as the lines of a timeline, a live blog or a list (a day or a
time, a dash or a colon, a count with or without its noun), and the days of such lines, the
way unseen pages tell them (docs/accuracy-unseen.md, "Fourteenth round (nineteenth
session), pages14a"). Each fixed by a general mechanism and tested here on sentences
written for this project (never a page's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from test_extract import find, reportable, run


def _releases(events: list) -> list[tuple[int, str | None]]:
    return sorted(
        (e.count.value, e.date) for e in reportable(events) if e.type == "release" and e.count
    )


# ------------------------------------------ rounds of one size on the lines of two days


def test_two_dated_lines_of_one_size_are_two_rounds() -> None:
    events = run(
        "Rebels free captives in a series of handovers.\n"
        "\n"
        "March 3 — 12 Kenyan hostages were freed by the rebels.\n"
        "March 4 — another 12 Kenyans.\n"
        "March 5 — another 9 Kenyans.\n",
        published="2024-03-08",
    )
    assert _releases(events) == [
        (9, "2024-03-05"),
        (12, "2024-03-03"),
        (12, "2024-03-04"),
    ]


def test_each_line_with_a_verb_of_its_own_and_one_size_is_a_round() -> None:
    events = run(
        "The militia released detained fishermen over two days.\n"
        "\n"
        "October 9 — 21 fishermen freed.\n"
        "October 10 — 21 fishermen freed.\n",
        published="2024-10-15",
    )
    assert _releases(events) == [(21, "2024-10-09"), (21, "2024-10-10")]


def test_a_list_line_on_the_next_day_is_not_the_batch_told_above() -> None:
    events = run(
        "The army handed back 18 fighters on Monday, the first day of the pause.\n"
        "Tuesday — another 18 fighters.\n"
        "Wednesday — another 15 fighters.\n",
        published="2024-06-14",
    )
    assert _releases(events) == [
        (15, "2024-06-12"),
        (18, "2024-06-10"),
        (18, "2024-06-11"),
    ]


def test_one_batch_told_in_prose_and_on_its_own_line_of_that_day_is_one_record() -> None:
    events = run(
        "Kidnappers freed 14 seminarians on May 2, church officials said.\n"
        "\n"
        "May 2 — 14 seminarians were freed.\n"
        "May 6 — another 6 seminarians.\n",
        published="2024-05-09",
    )
    assert _releases(events) == [(6, "2024-05-06"), (14, "2024-05-02")]


# --------------------------------------------------------- the day a line opens with


def test_a_weekday_before_a_lines_date_is_still_the_lines_day() -> None:
    events = run(
        "How the handovers went, day by day.\n"
        "\n"
        "Thursday, Aug. 8: The rebels freed 16 Nepali workers.\n"
        "Friday, Aug. 9: another 11 Nepali workers.\n",
        published="2024-08-12",
    )
    assert _releases(events) == [(11, "2024-08-09"), (16, "2024-08-08")]


# ------------------------------------------- a line of two groups, each of its own side


def test_a_lines_groups_each_take_the_heads_release_of_their_nationality() -> None:
    events = run(
        "The truce's exchanges, day by day.\n"
        "\n"
        "Jan. 10 — The rebels freed 8 Kenyan soldiers and the army released 30 Somali "
        "fighters.\n"
        "Jan. 11 — another 8 Kenyans and 25 Somalis.\n"
        "Jan. 12 — another 6 Kenyans and 25 Somalis.\n",
        published="2024-01-20",
    )
    kenyans = find(events, dict(type="release", value=6))
    assert kenyans.date == "2024-01-12"
    find(events, dict(type="release", value=8, date="2024-01-11"))
    for e in reportable(events):
        if e.type == "release" and e.count and e.count.value == 25:
            assert list(e.people.nationality) == ["Somali"]
    assert sorted(e.date for e in reportable(events) if e.count and e.count.value == 25) == [
        "2024-01-11",
        "2024-01-12",
    ]


def test_a_lines_groups_with_one_verb_in_the_head_are_its_parts() -> None:
    events = run(
        "Gunmen freed 14 Indian sailors on Monday, the shipping company said.\n"
        "Tuesday — another 10 Indians and 3 Filipinos.\n"
        "Wednesday — another 4 Indians and 2 Filipinos.\n",
        published="2024-09-20",
    )
    assert _releases(events) == [
        (2, "2024-09-18"),
        (3, "2024-09-17"),
        (4, "2024-09-18"),
        (10, "2024-09-17"),
        (14, "2024-09-16"),
    ]


def test_a_weekday_alone_opening_a_line_is_the_lines_day() -> None:
    events = run(
        "Pirates free more sailors as talks go on\n"
        "\n"
        "The pirates released 9 Indian sailors on Monday in return for a ransom. The ship's "
        "owner said the talks had been hard.\n"
        "\n"
        "Tuesday — another 9 Indians released after a second payment.\n",
        published="2024-02-16",
    )
    assert _releases(events) == [(9, "2024-02-12"), (9, "2024-02-13")]


# --------------------------------------- verbless sentences of another batch, with people


def test_dashed_verbless_sentences_with_people_are_each_a_batch() -> None:
    events = run(
        "Kidnappers free schoolgirls in stages\n"
        "\n"
        "The kidnappers freed 20 schoolgirls on Monday in exchange for a ransom.\n"
        "\n"
        "— On Tuesday, another 20 schoolgirls.\n"
        "— On Wednesday, another 11 schoolgirls.\n",
        published="2024-04-19",
    )
    assert _releases(events) == [
        (11, "2024-04-17"),
        (20, "2024-04-15"),
        (20, "2024-04-16"),
    ]


def test_a_verbless_sentence_with_a_verb_word_after_the_number_is_no_batch() -> None:
    events = run(
        "Kidnappers free schoolgirls in stages\n"
        "\n"
        "The kidnappers freed 20 schoolgirls on Monday in exchange for a ransom.\n"
        "\n"
        "On Tuesday, another 20 escaped.\n",
        published="2024-04-19",
    )
    assert (20, "2024-04-16") not in _releases(events)


# ------------------------------------------------- a timeline's year headings give years


def test_days_under_a_years_heading_take_that_year() -> None:
    events = run(
        "Milestones of the kidnapping crisis\n"
        "\n"
        "2022\n"
        "\n"
        "September 14 - Gunmen release three abducted nurses.\n"
        "\n"
        "2023\n"
        "\n"
        "March 2 - The gang frees five more captives after a ransom is paid.\n",
        published="2024-08-01",
    )
    find(events, dict(type="release", value=3, date="2022-09-14"))
    find(events, dict(type="release", value=5, date="2023-03-02"))


def test_a_day_above_the_first_years_heading_is_given_no_later_year() -> None:
    events = run(
        "Milestones of the kidnapping crisis\n"
        "\n"
        "November 3 - The gang frees four captives in the forest.\n"
        "\n"
        "2024\n"
        "\n"
        "January 9 - Gunmen release six abducted traders.\n",
        published="2024-12-20",
    )
    find(events, dict(type="release", value=6, date="2024-01-09"))
    four = find(events, dict(type="release", value=4))
    assert four.date is None  # (of a year before 2024 the page does not name)


def test_a_year_told_in_the_line_is_kept_under_another_years_heading() -> None:
    events = run(
        "Milestones of the kidnapping crisis\n"
        "\n"
        "2023\n"
        "\n"
        "Gunmen freed three nurses on July 14, 2024, the police said.\n",
        published="2024-08-01",
    )
    find(events, dict(type="release", value=3, date="2024-07-14"))


# ------------------------------------- a series' next item after 'followed by' or 'then'


def test_a_batch_followed_by_more_on_another_day_is_two_records() -> None:
    events = run(
        "Ceasefire holds for a second week.\n"
        "Two captives were released on Monday, followed by five more on Thursday, the "
        "mediators said.",
        published="2024-03-16",
    )
    assert _releases(events) == [(2, "2024-03-11"), (5, "2024-03-14")]


def test_items_of_a_series_on_abbreviated_dates_each_take_their_day() -> None:
    events = run(
        "Ceasefire holds for a second week.\n"
        "The rebels freed six captives on Feb. 3, followed by four on Feb. 10 and two more on "
        "Feb. 17.",
        published="2024-02-20",
    )
    assert _releases(events) == [(2, "2024-02-17"), (4, "2024-02-10"), (6, "2024-02-03")]


# --------------------------------------------------- a live blog's time-stamped entries


def test_a_time_stamped_entry_of_another_group_is_a_batch() -> None:
    events = run(
        "Live: sailors freed as talks succeed\n"
        "\n"
        "09:15 GMT — The pirates have freed 11 Indian sailors, the navy said.\n"
        "11:40 GMT — another 5 Filipinos, now aboard the frigate.\n",
        published="2024-05-21",
    )
    find(events, dict(type="release", value=5, nationality={"Filipino"}))
    find(events, dict(type="release", value=11, nationality={"Indian"}))


# ----------------------------------------------- labels of weeks, the last batch, dates


def test_lines_of_weeks_are_batches_with_no_day_of_the_page() -> None:
    events = run(
        "Abducted farmers freed in stages.\n"
        "The gang released the abducted farmers in groups over three weeks:\n"
        "• Week one: 14 farmers\n"
        "• Week two: a further 9\n"
        "• Week three: the remaining 6\n",
        published="2024-05-30",
    )
    assert sorted((e.count.value, e.date) for e in reportable(events) if e.count) == [
        (6, None),
        (9, None),
        (14, None),
    ]


def test_a_lines_people_told_with_including_are_still_its_batch() -> None:
    events = run(
        "Political prisoners freed.\n"
        "The junta pardoned 23 detainees on March 4.\n"
        "March 6 — 12 more.\n"
        "March 9 — 15 more, including three journalists.\n",
        published="2024-03-12",
    )
    assert _releases(events) == [(12, "2024-03-06"), (15, "2024-03-09"), (23, "2024-03-04")]


def test_another_batch_after_then_and_a_day_in_a_sentence_of_its_own() -> None:
    events = run(
        "Political prisoners freed.\n"
        "The president pardoned 31 political prisoners on June 2, a rights group said.\n"
        "Then, on June 4, another 17. And on June 6, a further 8.\n",
        published="2024-06-10",
    )
    assert _releases(events) == [(8, "2024-06-06"), (17, "2024-06-04"), (31, "2024-06-02")]


def test_lines_after_a_holding_told_between_go_on_with_the_release() -> None:
    events = run(
        "Truce live\n"
        "\n"
        "The militia freed 22 captives on Monday, the first day of the pause.\n"
        "Some 150 people are still held by the militia, officials say.\n"
        "Tuesday — another 19 captives.\n"
        "Wednesday — another 19 captives.\n",
        published="2024-09-13",
    )
    assert _releases(events) == [
        (19, "2024-09-10"),
        (19, "2024-09-11"),
        (22, "2024-09-09"),
    ]


def test_verbless_batches_after_a_sentence_with_no_count_go_on_with_the_release() -> None:
    events = run(
        "Truce holds\n"
        "\n"
        "The militia freed 22 captives on Monday, the first day of the pause.\n"
        "The handover went smoothly, the Red Cross said.\n"
        "— another 19 on Tuesday.\n"
        "— another 19 on Wednesday.\n",
        published="2024-09-13",
    )
    assert _releases(events) == [
        (19, "2024-09-10"),
        (19, "2024-09-11"),
        (22, "2024-09-09"),
    ]


# ---------------------------------- one verbless line of another batch after prose


def test_a_single_dashed_line_of_another_batch_after_prose_is_a_batch() -> None:
    events = run(
        "Pause holds\n"
        "\n"
        "The militia freed 22 captives on Monday, the first day of the pause, in return for "
        "food aid.\n"
        "On Tuesday — another 19 captives.\n",
        published="2024-09-13",
    )
    assert _releases(events) == [(19, "2024-09-10"), (22, "2024-09-09")]


def test_another_batch_with_its_parts_in_an_aside_is_one_batch() -> None:
    events = run(
        "Pause holds\n"
        "\n"
        "The militia freed 22 captives on Monday, the first day of the pause.\n"
        "Another 19 — 12 soldiers and seven civilians — on Tuesday.\n",
        published="2024-09-13",
    )
    assert (19, "2024-09-10") in _releases(events)


def test_a_verbless_looking_line_with_a_verb_or_no_people_is_no_batch() -> None:
    events = run(
        "Pause holds\n"
        "\n"
        "The militia freed 22 captives on Monday, the first day of the pause.\n"
        "On Tuesday — another 19 trucks of food.\n"
        "Wednesday — another 7 were killed in shelling, medics said.\n",
        published="2024-09-13",
    )
    assert _releases(events) == [(22, "2024-09-09")]


def test_a_report_that_lists_rounds_gives_no_round_its_exchange_day() -> None:
    events = run(
        "Pause holds\n"
        "\n"
        "The militia freed 22 captives on the first day of the pause.\n"
        "\n"
        "Another 19 — on Tuesday.\n"
        "Another 15 — on Wednesday.\n",
        published="2024-09-14",
    )
    assert sorted((e.count.value, e.date) for e in reportable(events) if e.count) == [
        (15, "2024-09-11"),
        (19, "2024-09-10"),
        (22, None),
    ]


def test_a_timeline_entry_of_a_month_dates_its_line_by_that_month() -> None:
    events = run(
        "Key events of the kidnapping\n"
        "\n"
        "March 2021: Gunmen kidnap 39 students from a forestry college in the north.\n"
        "May 2021: The kidnappers free the last 14 of the students.\n",
        published="2024-02-01",
    )
    find(events, dict(type="detention", value=39, date="2021-03"))


def test_more_a_week_later_after_then_is_a_batch_of_a_series() -> None:
    events = run(
        "Ceasefire holds for a second week.\n"
        "The rebels freed six captives on the first day, then five more a week later.",
        published="2024-02-20",
    )
    assert sorted(e.count.value for e in reportable(events) if e.count) == [5, 6]


def test_a_sentence_that_says_more_followed_is_another_batch() -> None:
    events = run(
        "Ceasefire holds for a second week.\n"
        "Six captives were freed on Monday.\n"
        "Five more followed on Thursday.",
        published="2024-02-20",
    )
    assert _releases(events) == [(5, "2024-02-15"), (6, "2024-02-19")]


# ------------------------------------------------ a round told for each side of a swap


def test_a_line_of_another_batch_each_is_one_release_a_side() -> None:
    events = run(
        "The two countries swapped prisoners over three days.\n"
        "\n"
        "June 3 — Each side freed 120 prisoners.\n"
        "June 4 — another 95 each.\n"
        "June 5 — another 80 each.\n",
        published="2024-06-08",
    )
    assert _releases(events) == [
        (80, "2024-06-05"),
        (80, "2024-06-05"),
        (95, "2024-06-04"),
        (95, "2024-06-04"),
        (120, "2024-06-03"),
        (120, "2024-06-03"),
    ]


def test_a_verbless_batch_each_after_a_named_swap_takes_each_sides_holder() -> None:
    events = run(
        "Prisoner swap continues.\n"
        "Armenia and Azerbaijan exchanged 30 prisoners each on Monday.\n"
        "On Tuesday, another 12 each.\n",
        published="2024-06-08",
    )
    assert sorted(e.holder for e in reportable(events) if e.count and e.count.value == 12) == [
        "Armenia",
        "Azerbaijan",
    ]
