"""Pictures editors upload: what is accepted, and the sizes a page offers each browser.

An editor adds a photo or a drawing (PNG, JPEG or WebP) to a section. `UploadedImageFormField`
refuses anything else with a message that says what to do: SVG above all (it can carry
script), files over `IMAGE_UPLOAD_MAX_BYTES`, pictures narrower than the smallest width a
page shows or larger than `IMAGE_MAX_PIXELS`. When the section is saved,
`make_renditions` writes the picture at each of `RENDITION_WIDTHS` (never wider than it
is) in WebP and in a fallback format (JPEG, or PNG for a PNG, which may be transparent)
in the site's file storage, under RENDITIONS_FOLDER. It writes each rendition once: one
that exists is reused. `image_html` writes the page's <picture> from the names alone, so showing a
picture never opens a file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

#: The formats an editor may upload (Pillow's names), with the file ending each keeps.
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
#: How each format is written: quality 80 looks the same as the original on a page.
SAVE_OPTIONS = {
    "JPEG": {"quality": 80, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 80},
}
#: The widths a page offers (CSS pixels at 1x to 2x on a phone and a desktop column).
RENDITION_WIDTHS = (480, 800, 1200)
#: How the browser picks a width: the article column is at most 44rem (about 704 px).
SIZES = "(min-width: 48rem) 44rem, 100vw"
#: The EXIF tag in which a camera records which way up it held a photo.
ORIENTATION = 0x0112
#: The storage folder of the renditions: each is kept under it at its original's path.
RENDITIONS_FOLDER = "renditions"


def _too_unsafe(upload) -> str | None:
    """Why an upload is refused before it is opened at all: SVG, or too large."""
    name = (getattr(upload, "name", "") or "").lower()
    head = upload.read(512)
    upload.seek(0)
    if name.endswith((".svg", ".svgz")) or b"<svg" in head.lower() or head.lstrip()[:1] == b"<":
        return str(
            _(
                "SVG drawings cannot be uploaded: they can carry script. Save the picture as "
                "PNG, JPEG or WebP and upload that."
            )
        )
    if upload.size > settings.IMAGE_UPLOAD_MAX_BYTES:
        return str(
            _("This file is %(size)s; the most a picture may be is %(most)s. Save it smaller.")
            % {
                "size": filesizeformat(upload.size),
                "most": filesizeformat(settings.IMAGE_UPLOAD_MAX_BYTES),
            }
        )
    return None


def image_problems(image) -> list[str]:
    """What is wrong with an opened picture (Pillow's Image): its format or its size."""
    problems = []
    if image.format not in ACCEPTED_FORMATS:
        problems.append(
            str(
                _("A %(format)s picture cannot be shown. Upload a PNG, JPEG or WebP file.")
                % {"format": image.format or _("file of this kind")}
            )
        )
    width, height = image.size
    if width < min(RENDITION_WIDTHS):
        problems.append(
            str(
                _(
                    "This picture is %(width)s pixels wide; a page needs at least %(least)s. "
                    "Upload a larger one."
                )
                % {"width": width, "least": min(RENDITION_WIDTHS)}
            )
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        problems.append(
            str(
                _(
                    "This picture is %(width)s by %(height)s pixels, more than a page can use. "
                    "Make it smaller (under %(most)s million pixels) and upload it again."
                )
                % {"width": width, "height": height, "most": settings.IMAGE_MAX_PIXELS // 10**6}
            )
        )
    return problems


class UploadedImageFormField(forms.ImageField):
    """The upload box of a picture: checks the file before and after Pillow opens it."""

    default_error_messages = {
        "invalid_image": _(
            "This file is not a picture that can be shown. Upload a PNG, JPEG or WebP file."
        ),
    }

    def to_python(self, data):
        if data in self.empty_values or not hasattr(data, "read"):
            return super().to_python(data)
        problem = _too_unsafe(data)
        if problem:
            raise ValidationError(problem, code="refused")
        upload = super().to_python(data)
        problems = image_problems(upload.image)
        if problems:
            raise ValidationError(problems, code="refused")
        return upright(upload)


def upright(upload):
    """The upload itself, or, for a photo whose camera recorded it turned (EXIF
    orientation), the photo turned the right way up, so its stored width and height are
    those a reader sees."""
    from PIL import Image, ImageOps

    upload.seek(0)
    with Image.open(upload) as opened:
        if opened.getexif().get(ORIENTATION, 1) == 1:
            upload.seek(0)
            return upload
        turned = ImageOps.exif_transpose(opened)
        out = io.BytesIO()
        turned.save(out, opened.format, **SAVE_OPTIONS[opened.format])
    return SimpleUploadedFile(upload.name, out.getvalue(), upload.content_type)


class UploadedImageField(models.ImageField):
    """A picture an editor uploads, kept in the site's file storage (see the module)."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": UploadedImageFormField, **kwargs})


@dataclass(frozen=True)
class Rendition:
    """One size of a picture in one format (Pillow's name for it): its name in the storage
    and its size in pixels."""

    name: str
    width: int
    height: int
    format: str


def fallback_format(original: str) -> str:
    """The format browsers without WebP get: PNG for a PNG (it may be transparent), else JPEG."""
    return "PNG" if original.lower().endswith(".png") else "JPEG"


def renditions(original: str, width: int, height: int) -> list[Rendition]:
    """Every rendition of the picture `original` (its storage name and size), smallest first,
    WebP ones before the fallback's."""
    widths = sorted({min(w, width) for w in RENDITION_WIDTHS})
    stem = PurePosixPath(RENDITIONS_FOLDER, original).with_suffix("")
    made = []
    for fmt in ("WEBP", fallback_format(original)):
        ending = ACCEPTED_FORMATS[fmt]
        for w in widths:
            made.append(
                Rendition(f"{stem}-{w}.{ending}", w, max(1, round(height * w / width)), fmt)
            )
    return made


def make_renditions(
    original: str, width: int, height: int, storage: Storage | None = None
) -> list[str]:
    """Write the renditions of `original` that the storage does not hold yet; return their
    names. A picture's renditions are made once, when its section is first saved with it."""
    from PIL import Image

    storage = storage or default_storage
    missing = [r for r in renditions(original, width, height) if not storage.exists(r.name)]
    if not missing:
        return []
    with storage.open(original, "rb") as source, Image.open(source) as picture:
        picture.load()
    for rendition in missing:
        resized = picture.resize((rendition.width, rendition.height), Image.Resampling.LANCZOS)
        if rendition.format == "JPEG" and resized.mode not in ("RGB", "L"):
            resized = resized.convert("RGB")
        out = io.BytesIO()
        resized.save(out, rendition.format, **SAVE_OPTIONS[rendition.format])
        storage.save(rendition.name, ContentFile(out.getvalue()))
    return [r.name for r in missing]


def image_html(original: str, width: int, height: int, alt: str, caption: str) -> str:
    """The figure a page shows for an uploaded picture: WebP and fallback `srcset`s, the
    size set so nothing moves as it loads, loaded lazily, with its caption."""
    storage = default_storage
    sizes = renditions(original, width, height)
    webp = [r for r in sizes if r.format == "WEBP"]
    fallback = [r for r in sizes if r.format != "WEBP"]
    largest = fallback[-1]

    def srcset(items: list[Rendition]) -> str:
        return ", ".join(f"{storage.url(r.name)} {r.width}w" for r in items)

    return format_html(
        '<figure class="figure figure-photo"><picture>'
        '<source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" '
        'loading="lazy" decoding="async"></picture><figcaption>{}</figcaption></figure>',
        srcset(webp),
        SIZES,
        storage.url(largest.name),
        srcset(fallback),
        SIZES,
        largest.width,
        largest.height,
        alt,
        caption,
    )
