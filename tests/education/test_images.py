"""Pictures editors upload to a section: refused with a clear message when unsafe or
unlabelled, made into renditions once, shown as a responsive, lazy figure."""

import re

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core import images
from education.models import Article, Section
from tests.education.test_admin import article_form_data
from tests.factories import make_article, make_section, picture, with_picture

pytestmark = pytest.mark.django_db

ALT = "A person leans on a wall, one leg stretched back."
CAPTION = "Lean into the wall until you feel the stretch."


def upload(staff_client, file, alt=ALT, caption=CAPTION):
    """Add the admin form's article, its second section carrying `file`."""
    data = article_form_data(
        **{
            "sections-1-image": file,
            "sections-1-image_alt": alt,
            "sections-1-image_caption": caption,
        }
    )
    return staff_client.post(reverse("admin:education_article_add"), data)


def test_a_picture_with_alt_text_and_caption_is_uploaded_and_shown(staff_client, media):
    response = upload(staff_client, picture(900, 600))
    assert response.status_code == 302, response.content.decode()[:3000]
    section = Section.objects.get(anchor="causes")
    assert (section.image_width, section.image_height) == (900, 600)
    assert (media / section.image.name).is_file()
    # Renditions at each width up to the picture's own, in WebP and in PNG (it was a PNG).
    made = sorted(p.name for p in (media / "renditions").rglob("*.*"))
    stem = section.image.name.rsplit("/", 1)[1].rsplit(".", 1)[0]
    assert made == sorted(f"{stem}-{w}.{ext}" for w in (480, 800, 900) for ext in ("png", "webp"))

    html = staff_client.get(section.article.get_absolute_url()).content.decode()
    figure = re.search(r'<figure class="figure figure-photo">.*?</figure>', html, re.S).group(0)
    assert '<source type="image/webp" srcset="/media/renditions/' in figure
    assert "-480.webp 480w, " in figure and "-900.webp 900w" in figure
    assert 'width="900" height="600"' in figure  # the space is kept: nothing shifts
    assert 'loading="lazy"' in figure and f'alt="{ALT}"' in figure
    assert f"<figcaption>{CAPTION}</figcaption>" in figure
    # The picture ends its own section, after the text.
    causes = html[html.index('id="causes"') : html.index("</section>", html.index('id="causes"'))]
    assert figure in causes


@pytest.mark.parametrize(
    ("alt", "caption", "message"),
    [
        ("", CAPTION, "Say what the picture shows"),
        ("   ", CAPTION, "Say what the picture shows"),
        (ALT, "", "Write a caption"),
    ],
)
def test_a_picture_without_alt_text_or_caption_is_refused(
    staff_client, media, alt, caption, message
):
    response = upload(staff_client, picture(), alt=alt, caption=caption)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "Tired muscles" in response.content.decode()  # the editor's text is kept
    assert not Article.objects.filter(slug="leg-cramps").exists()
    assert not any(media.rglob("*.*"))  # nothing written for a refused form


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (SimpleUploadedFile("calf.svg", SVG, "image/svg+xml"), "SVG drawings cannot be uploaded"),
        # An SVG under another name is read, not trusted by its name.
        (SimpleUploadedFile("calf.png", SVG, "image/png"), "SVG drawings cannot be uploaded"),
        (picture(fmt="GIF", name="calf.gif"), "A GIF picture cannot be shown"),
        (picture(300, 200), "300 pixels wide; a page needs at least 480"),
        (SimpleUploadedFile("calf.jpg", b"\xff\xd8 not really", "image/jpeg"), "not a picture"),
    ],
    ids=["svg", "svg-named-png", "gif", "too-narrow", "broken"],
)
def test_unsafe_or_unusable_files_are_refused_with_a_clear_message(
    staff_client, media, file, message
):
    response = upload(staff_client, file)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.filter(slug="leg-cramps").exists()


def test_an_oversized_file_is_refused_with_its_size_and_the_limit(staff_client, media, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 2000
    response = upload(staff_client, picture(1600, 1200, fmt="BMP", name="big.png"))
    assert response.status_code == 200
    assert "the most a picture may be is 2.0\xa0KB" in response.content.decode()


def test_a_picture_with_too_many_pixels_is_refused(staff_client, media, settings):
    settings.IMAGE_MAX_PIXELS = 500_000
    response = upload(staff_client, picture(1000, 600))
    assert "1000 by 600 pixels, more than a page can use" in response.content.decode()


def test_renditions_are_made_once_and_reused(media, monkeypatch):
    section = with_picture(make_section(make_article()))
    first = {p: p.stat().st_mtime_ns for p in (media / "renditions").rglob("*.*")}
    assert len(first) == 6

    opened = []
    storage = storages["default"]  # the storage the site's default_storage stands for
    real_open = storage.open
    monkeypatch.setattr(storage, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    section.heading = "Edited"
    section.save()  # saved again with the same picture: nothing is made again
    assert images.make_renditions(section.image.name, 900, 600) == []
    assert opened == []
    assert {p: p.stat().st_mtime_ns for p in (media / "renditions").rglob("*.*")} == first

    # A page shows the picture from the names alone: no file is opened or checked.
    monkeypatch.setattr(storage, "exists", lambda name: pytest.fail(name))
    assert "figure-photo" in section.image_html
    assert opened == []


def test_a_narrow_picture_is_never_enlarged_and_a_transparent_png_keeps_png(media):
    section = with_picture(make_section(make_article()), width=600, height=300, mode="RGBA")
    names = [r.name for r in images.renditions(section.image.name, 600, 300)]
    assert [n.rsplit("-", 1)[1] for n in names] == ["480.webp", "600.webp", "480.png", "600.png"]
    assert all((media / n).is_file() for n in names)


def test_a_jpeg_gets_jpeg_fallbacks_at_the_right_height(media):
    section = with_picture(
        make_section(make_article()), width=1600, height=1200, fmt="JPEG", name="cramp.jpg"
    )
    sizes = {
        r.name.rsplit("-", 1)[1]: (r.width, r.height)
        for r in images.renditions(section.image.name, 1600, 1200)
    }
    assert sizes == {
        "480.webp": (480, 360),
        "800.webp": (800, 600),
        "1200.webp": (1200, 900),
        "480.jpg": (480, 360),
        "800.jpg": (800, 600),
        "1200.jpg": (1200, 900),
    }
    from PIL import Image

    with Image.open(
        media / [n for n in images.renditions(section.image.name, 1600, 1200)][-1].name
    ) as jpg:
        assert (jpg.format, jpg.size) == ("JPEG", (1200, 900))


def test_a_picture_added_to_an_approved_article_waits_for_approval(client, media):
    """A picture added once an article is approved is part of the working copy: the public
    page shows it only when a clinical reviewer approves the change."""
    from education import workflow
    from governance.roles import REVIEWER, WRITER
    from tests.factories import make_editor

    article = make_article(status="published")
    section = make_section(article, anchor="causes")
    workflow.first_revisions()
    article.refresh_from_db()

    def save():
        with_picture(Section.objects.get(pk=section.pk))
        return "Added a picture."

    copy = workflow.edit_working_copy(article, make_editor(WRITER), save)
    assert not Section.objects.get(pk=section.pk).image  # the public row is as it was
    assert "figure-photo" not in client.get(article.get_absolute_url()).content.decode()

    workflow.submit(article, make_editor(WRITER))
    workflow.approve(article, make_editor(REVIEWER), revision_id=copy.revision_id, note="Fine.")
    shown = Section.objects.get(pk=section.pk)
    assert shown.image and shown.image_alt == ALT
    assert "figure-photo" in client.get(article.get_absolute_url()).content.decode()


def test_a_photo_taken_sideways_is_stored_the_right_way_up(staff_client, media):
    """A phone records which way up it was held (EXIF orientation) instead of turning the
    photo: the stored picture is turned, so its width and height are what a reader sees."""
    import io

    from PIL import Image

    out = io.BytesIO()
    exif = Image.Exif()
    exif[images.ORIENTATION] = 6  # turn 90 degrees clockwise to view
    Image.new("RGB", (900, 600), "#2a6f97").save(out, "JPEG", exif=exif)
    response = upload(staff_client, SimpleUploadedFile("phone.jpg", out.getvalue(), "image/jpeg"))
    assert response.status_code == 302, response.content.decode()[:3000]
    section = Section.objects.get(anchor="causes")
    assert (section.image_width, section.image_height) == (600, 900)
    with Image.open(media / section.image.name) as stored:
        assert stored.size == (600, 900)
