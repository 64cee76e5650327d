"""The emergency numbers a site's readers call, put into the texts that say "[emergency number]"."""

import pytest

from config.site import EMERGENCY_NUMBER_MARK, emergency_numbers_text, with_emergency_numbers


@pytest.mark.parametrize(
    ("numbers", "said"),
    [
        ([("999", "UK"), ("911", "US"), ("112", "EU")], "999 (UK), 911 (US) or 112 (EU)"),
        ([("112", "EU"), ("911", "US")], "112 (EU) or 911 (US)"),
        ([("000", "")], "000"),
    ],
)
def test_the_numbers_are_said_in_order_the_readers_own_first(settings, numbers, said):
    settings.EMERGENCY_NUMBERS = numbers
    assert emergency_numbers_text() == said
    assert with_emergency_numbers(f"Call {EMERGENCY_NUMBER_MARK} now.") == f"Call {said} now."


def test_a_text_without_the_mark_is_left_as_it_is(settings):
    settings.EMERGENCY_NUMBERS = [("112", "EU")]
    assert with_emergency_numbers("NHS: When to call 999") == "NHS: When to call 999"
