import pytest

from core.readability import flesch_kincaid_grade, syllable_count, text_stats


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("cat", 1),
        ("cramp", 1),
        ("muscle", 2),
        ("water", 2),
        ("doctor", 2),
        ("twitches", 2),
        ("exercise", 3),
        ("medicine", 3),
        ("dehydration", 4),
        ("tired", 1),
        ("makes", 1),
    ],
)
def test_syllable_count_matches_a_dictionary_for_common_words(word, syllables):
    assert syllable_count(word) == syllables


def test_text_stats_counts_sentences_words_and_syllables():
    stats = text_stats("The cat sat on the mat. A dog ran.\nDrink water")
    assert (stats.sentences, stats.words, stats.syllables) == (3, 11, 12)


def test_grade_follows_the_flesch_kincaid_formula():
    # 2 sentences, 10 words, 14 syllables:
    # 0.39 * 10/2 + 11.8 * 14/10 - 15.59 = 1.95 + 16.52 - 15.59 = 2.88
    text = "Stretch the muscle gently. Then drink some water slowly now."
    stats = text_stats(text)
    assert (stats.sentences, stats.words, stats.syllables) == (2, 10, 14)
    assert flesch_kincaid_grade(text) == 2.9


def test_long_words_and_sentences_score_higher_than_short_ones():
    easy = "Your calf can cramp at night. Stand up and stretch it. It will pass soon."
    hard = (
        "Nocturnal gastrocnemius contractions frequently necessitate comprehensive "
        "neurological evaluation when accompanied by concurrent paraesthesia."
    )
    assert flesch_kincaid_grade(easy) < 4
    assert flesch_kincaid_grade(hard) > 16


def test_grade_of_empty_text_is_none():
    assert flesch_kincaid_grade("") is None
    assert flesch_kincaid_grade("  \n ... ") is None
