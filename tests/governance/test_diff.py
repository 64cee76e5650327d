"""The readable comparison of two revisions."""

import pytest

from education.models import Article
from governance.diff import compare, word_diff
from governance.revisions import save_snapshot, snapshot
from tests.factories import make_article, make_section


def test_word_diff_marks_removed_and_added_words_for_eyes_and_screen_readers():
    html = word_diff("Stretch your calf <gently>.", "Stretch your calf slowly.")
    assert html.startswith("Stretch your calf ")
    assert '<del><span class="visually-hidden">removed: </span>&lt;gently&gt;.</del>' in html
    assert '<ins><span class="visually-hidden">added: </span>slowly.</ins>' in html


@pytest.mark.django_db
def test_compare_names_each_changed_field_in_an_editors_words():
    article = make_article(title="Leg cramps")
    section = make_section(article, heading="Causes", anchor="causes", body_markdown="Tired.")
    old = save_snapshot(snapshot(article), None, "First")
    article.title = "Cramp in the leg"
    article.save()
    section.body_markdown = "Tired or dry."
    section.save()
    make_section(article, heading="Treatment", anchor="treatment", body_markdown="Stretch.")
    new = save_snapshot(snapshot(article), None, "Second")
    changes = {c.label: c for c in compare(old, new, Article)}
    assert changes["Title"].kind == "changed"
    assert changes["Title"].old == "Leg cramps" and changes["Title"].new == "Cramp in the leg"
    assert changes["Section “Causes”: body"].new == "Tired or dry."
    assert changes["Section “Treatment”: body"].kind == "added"
    assert not any("updated" in label.lower() for label in changes)  # bookkeeping is left out
    assert compare(new, new, Article) == []
