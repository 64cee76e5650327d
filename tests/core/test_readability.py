import pytest

from core.readability import (
    flesch_kincaid_grade,
    reading_target,
    spanish_syllable_count,
    syllable_count,
    szigriszt_pazos,
    text_stats,
)


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


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("calambre", 3),
        ("músculo", 3),
        ("pantorrilla", 4),
        ("bien", 1),  # a diphthong is one syllable
        ("cuatro", 2),
        ("muy", 1),  # a final y after a vowel is part of it
        ("día", 2),  # a stressed i or u breaks the diphthong
        ("reúne", 3),
        ("leer", 2),  # two strong vowels are two syllables
        ("aéreo", 4),
        ("que", 1),  # the u of que, qui, gue, gui is silent
        ("guía", 2),
        ("pingüino", 3),  # ü is said
        ("Uruguay", 3),  # a triphthong is one syllable
        ("ahí", 2),
    ],
)
def test_spanish_syllables_are_counted_by_rule(word, syllables):
    assert spanish_syllable_count(word) == syllables


def test_szigriszt_pazos_follows_its_formula():
    text = "El músculo se pone duro. Estire la pierna."
    stats = text_stats(text, "es")
    assert (stats.sentences, stats.words) == (2, 8)
    expected = 206.835 - 62.3 * (stats.syllables / 8) - 8 / 2
    assert szigriszt_pazos(text) == round(expected, 1)
    assert szigriszt_pazos("") is None


def test_plain_spanish_scores_higher_than_hard_spanish():
    plain = "Un calambre es cuando un músculo se pone duro. Casi siempre se pasa solo."
    hard = (
        "Las contracciones involuntarias gastrocnemianas nocturnas requieren frecuentemente "
        "una evaluación neurológica exhaustiva cuando concurren parestesias persistentes."
    )
    assert szigriszt_pazos(plain) >= 65 > szigriszt_pazos(hard)


def test_each_language_has_its_own_scale_and_target():
    english, spanish = reading_target("en"), reading_target("es")
    assert (english.scale, english.aim) == ("Grade", "8 or lower")
    assert english.met(8) and not english.met(8.1)
    assert (spanish.scale, spanish.aim) == ("INFLESZ", "65 or higher (“bastante fácil”)")
    assert spanish.met(65) and not spanish.met(64.9)
    assert reading_target("fr") is english  # a language without a target is held to English's
