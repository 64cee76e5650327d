"""Questions reworded for someone answering for another person."""

import re

import pytest

from core.content import starter_rules
from triage.views import GROUP_QUESTIONS, STEPS
from triage.wording import about_someone_else

STARTER = starter_rules()


@pytest.mark.parametrize(
    ("text", "about_them"),
    [
        ("You have trouble breathing or swallowing", "They have trouble breathing or swallowing"),
        ("One side of your face droops", "One side of their face droops"),
        ("I am pregnant", "They are pregnant"),
        ("I have pain that shoots from my back", "They have pain that shoots from their back"),
        ("It comes on at night, when I am in bed", "It comes on at night, when they are in bed"),
        (
            "Your tetanus vaccine is not up to date, or you are not sure.",
            "Their tetanus vaccine is not up to date, or they are not sure.",
        ),
        ("Are any of these true for you?", "Are any of these true for them?"),
        ("A doctor should check you today.", "A doctor should check them today."),
        ("A high temperature: you feel hot", "A high temperature: they feel hot"),
        ("Numbness, or pins and needles", "Numbness, or pins and needles"),
        ("Young people in youth groups", "Young people in youth groups"),
        ("your foot or toes", "their foot or toes"),
        ("Choose your age.", "Choose their age."),
    ],
)
def test_questions_are_reworded_about_them(text, about_them):
    assert about_someone_else(text) == about_them


def test_no_question_or_option_is_left_speaking_to_you_or_me():
    texts = [s["question"] for s in STARTER.signs]
    texts += [g["label"] for g in STARTER.groups] + [c["label"] for c in STARTER.clues]
    texts += [a.get("hint", "") for a in STARTER.areas]
    texts += [step.title for step in STEPS] + [step.hint for step in STEPS]
    texts += [message for step in STEPS for _, message in step.requires]
    texts += [question for _, question in GROUP_QUESTIONS]
    for text in map(str, texts):  # the site's own questions are translatable (lazy) strings
        reworded = about_someone_else(text).lower().split()
        assert not {"you", "your", "i", "my", "me", "they're"} & set(reworded), text


@pytest.mark.parametrize(
    ("text", "about_them"),
    [
        ("¿Qué edad tiene usted?", "¿Qué edad tiene la persona?"),
        (
            "¿Alguna de estas cosas es cierta para usted?",
            "¿Alguna de estas cosas es cierta para la persona?",
        ),
        (
            "Usted no puede mover una parte del cuerpo.",
            "La persona no puede mover una parte del cuerpo.",
        ),
        ("¿Usted toma medicinas?", "¿La persona toma medicinas?"),
        # Verbs and "su" are the same for usted and for a third person: nothing to change.
        ("Está embarazada.", "Está embarazada."),
        ("Le cuesta respirar o tragar.", "Le cuesta respirar o tragar."),
        ("Ustedes", "Ustedes"),  # only the word itself
    ],
)
def test_spanish_is_reworded_about_la_persona(text, about_them):
    assert about_someone_else(text, "es") == about_them


def test_no_spanish_question_or_option_speaks_as_me():
    # Spanish is written to usted, which reads right for someone else too; a first-person
    # text ("Estoy embarazada") would not, so none may say yo, me, mi or mis.
    texts = [s["es"]["question"] for s in STARTER.signs]
    texts += [g["es"]["label"] for g in STARTER.groups] + [c["es"]["label"] for c in STARTER.clues]
    texts += [a["es"].get("hint", "") for a in STARTER.areas]
    for text in texts:
        words = set(re.findall(r"\w+", about_someone_else(text, "es").lower()))
        assert not {"yo", "me", "mi", "mis", "usted"} & words, text
