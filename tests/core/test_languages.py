"""The site in English and Spanish: addresses, the language switcher, hreflang links and the catalogue."""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation

from tests.factories import load_seed, make_article, make_category, make_section, publish_rules

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale/es/LC_MESSAGES/django.po"


class _Page(HTMLParser):
    """The parts of a page a reader sees or hears: text, and the attributes read aloud."""

    SPOKEN = ("aria-label", "title", "alt", "placeholder")

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self.links: list[dict] = []
        self.html_lang = ""
        self._skip = 0
        self._in_switcher = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang", "")
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "nav":
            self._in_switcher = "language-switcher" in attrs.get("class", "")
        if tag in ("a", "link"):
            self.links.append({"tag": tag, "in_switcher": self._in_switcher, **attrs})
        if tag == "meta" and attrs.get("name") == "description":
            self.texts.append(attrs.get("content", ""))
        self.texts.extend(attrs[name] for name in self.SPOKEN if attrs.get(name))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag == "nav":
            self._in_switcher = False

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.texts.append(" ".join(data.split()))


def _read(client, url: str, status: int = 200) -> _Page:
    response = client.get(url)
    assert response.status_code == status, url
    page = _Page()
    page.feed(response.content.decode())
    return page


def _alternates(page: _Page) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"]
        for link in page.links
        if link["tag"] == "link" and link.get("rel") == "alternate"
    }


def _switcher(page: _Page) -> list[dict]:
    return [link for link in page.links if link["in_switcher"]]


@pytest.fixture
def pair():
    """A published English article with its published Spanish edition, in a topic."""
    topic = make_category(name="Muscles", name_es="Músculos", slug="muscles")
    english = make_article(slug="leg-cramps", title="Leg cramps", sections=1, categories=[topic])
    spanish = make_article(
        slug="calambres",
        title="Calambres en las piernas",
        summary="Qué son y qué hacer.",
        author="Ana Ruiz",
        language="es",
        translation_of=english,
        categories=[topic],
    )
    make_section(spanish, heading="Qué son", body_markdown="Un calambre es un dolor de un músculo.")
    return english, spanish


@pytest.fixture
def checker():
    """The starter content and the checker's rules, published."""
    load_seed()
    publish_rules()


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("/", "/es/"),
        ("/search/", "/es/search/"),
        ("/topics/neurology/", "/es/topics/neurology/"),
        ("/check/", "/es/check/"),
    ],
)
def test_every_page_is_in_both_languages_and_the_switcher_keeps_the_page(
    client, checker, english, spanish
):
    seen_in_english = _read(client, english)
    seen_in_spanish = _read(client, spanish)
    assert seen_in_english.html_lang == "en"
    assert seen_in_spanish.html_lang == "es"
    [to_spanish] = _switcher(seen_in_english)
    [to_english] = _switcher(seen_in_spanish)
    assert (to_spanish["href"], to_spanish["hreflang"], to_spanish["lang"]) == (spanish, "es", "es")
    assert (to_english["href"], to_english["hreflang"], to_english["lang"]) == (english, "en", "en")


def test_spanish_pages_say_so_in_the_response_header(client):
    assert client.get("/es/")["Content-Language"] == "es"
    assert client.get("/")["Content-Language"] == "en"


def test_an_address_names_its_language_whatever_the_browser_asks_for(client):
    response = client.get("/", headers={"accept-language": "es"})
    assert response["Content-Language"] == "en"
    assert "Accept-Language" not in response.get("Vary", "")


def test_hreflang_links_of_an_article_and_its_translation_point_at_each_other(client, pair):
    english, spanish = pair
    in_english = _alternates(_read(client, english.get_absolute_url()))
    in_spanish = _alternates(_read(client, spanish.get_absolute_url()))
    assert spanish.get_absolute_url() == "/es/articles/calambres/"
    for alternates in (in_english, in_spanish):
        assert alternates == {
            "en": "http://testserver/articles/leg-cramps/",
            "x-default": "http://testserver/articles/leg-cramps/",
            "es": "http://testserver/es/articles/calambres/",
        }


def test_the_switcher_on_an_article_leads_to_its_translation(client, pair):
    english, spanish = pair
    [to_spanish] = _switcher(_read(client, english.get_absolute_url()))
    assert to_spanish["href"] == spanish.get_absolute_url()
    [to_english] = _switcher(_read(client, spanish.get_absolute_url()))
    assert to_english["href"] == english.get_absolute_url()


def test_an_article_with_no_spanish_edition_leads_to_the_spanish_home_and_says_so(client):
    article = make_article(slug="eyelid-twitching")
    page = _read(client, article.get_absolute_url())
    [to_spanish] = _switcher(page)
    assert to_spanish["href"] == "/es/"
    assert "(página de inicio: esta página aún no está traducida)" in page.texts
    assert set(_alternates(page)) == {"en", "x-default"}


def test_an_english_article_asked_for_under_es_is_sent_to_its_own_address(client):
    make_article(slug="eyelid-twitching")
    response = client.get("/es/articles/eyelid-twitching/")
    assert response.status_code == 301
    assert response["Location"] == "/articles/eyelid-twitching/"


def test_each_home_page_lists_the_articles_in_its_language(client, pair):
    english, spanish = pair
    in_english = _read(client, "/").texts
    in_spanish = _read(client, "/es/").texts
    assert english.title in in_english and spanish.title not in in_english
    assert spanish.title in in_spanish and english.title not in in_spanish


def test_search_in_spanish_finds_spanish_articles_only(client, pair):
    english, spanish = pair
    texts = _read(client, "/es/search/?q=calambres").texts
    assert spanish.title in texts
    assert english.title not in _read(client, "/es/search/?q=leg").texts


def test_spanish_dates_are_written_the_spanish_way(client, pair):
    _, spanish = pair
    html = client.get(spanish.get_absolute_url()).content.decode()
    assert "1 de noviembre de 2026" in html
    assert "1 November 2026" in client.get("/articles/leg-cramps/").content.decode()


def test_the_catalogue_has_a_spanish_text_for_every_string():
    catalogue = polib.pofile(str(CATALOGUE))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []
    for entry in catalogue.translated_entries():
        placeholders = set(re.findall(r"%\(\w+\)s", entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert set(re.findall(r"%\(\w+\)s", text)) == placeholders, entry.msgid


#: Words that are the same in both languages: the site's name, the languages' own names, and
#: "No" (the answer to "Was this page helpful?").
SAME_IN_BOTH = {"Clearcare", "English", "Español", "|", ".", ",", "No"}


def _interface_left_in_english(client, english_url: str, spanish_url: str, status=200) -> set:
    english = set(_read(client, english_url, status).texts)
    spanish = set(_read(client, spanish_url, status).texts)
    same = {text for text in english & spanish if re.search(r"[A-Za-z]{2}", text)}
    return same - SAME_IN_BOTH


@pytest.mark.parametrize(
    ("english", "spanish", "status"),
    [
        ("/", "/es/", 200),
        ("/search/", "/es/search/", 200),
        ("/search/?q=zzzz", "/es/search/?q=zzzz", 200),
        ("/search/?q=" + "x" * 201, "/es/search/?q=" + "x" * 201, 400),
        ("/no-such-page/", "/es/no-such-page/", 404),
    ],
)
def test_spanish_pages_show_no_english_interface_text(client, pair, english, spanish, status):
    assert _interface_left_in_english(client, english, spanish, status) == set()


def test_the_spanish_checker_shows_no_english_text(client, checker):
    # The first step shows the rules' own texts too (areas, timings): all in Spanish.
    assert _interface_left_in_english(client, "/check/", "/es/check/") == set()


def test_a_spanish_article_shows_no_english_interface_text(client, pair):
    english, spanish = pair
    left = _interface_left_in_english(
        client, english.get_absolute_url(), spanish.get_absolute_url()
    )
    assert left == set()


def test_the_scripts_words_come_from_the_page_in_its_language(client):
    # site.js announces a step that failed to load with the words the page gives it.
    assert 'data-load-error="No se pudo cargar este paso.' in client.get("/es/").content.decode()
    assert 'data-load-error="This step could not be loaded.' in client.get("/").content.decode()


def _in(language: str, text) -> str:
    with translation.override(language):
        return str(text)


def test_every_help_text_an_editor_reads_has_its_spanish_text():
    # Every field's help text in Clearcare's own apps is marked and translated, so a
    # Spanish-speaking editor reads the admin in Spanish.
    untranslated = []
    for app in ("core", "education", "triage", "governance"):
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                help_text = getattr(field, "help_text", "")
                if help_text and _in("es", help_text) == _in("en", help_text):
                    untranslated.append(f"{model.__name__}.{field.name}")
    assert untranslated == []


def test_the_admin_speaks_the_editors_language(admin_client, client):
    page = "/admin/education/article/add/"
    english = admin_client.get(page)
    spanish = admin_client.get(page, HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")
    assert "The article's headline, in plain words." in english.content.decode()
    assert "El titular del artículo, en palabras sencillas." in spanish.content.decode()
    assert (english["Content-Language"], spanish["Content-Language"]) == ("en", "es")
    assert "Accept-Language" in spanish["Vary"]
    # The public site keeps to its address, whatever the browser asks for.
    public = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert public["Content-Language"] == "en"
    assert "Accept-Language" not in public.get("Vary", "")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("view", ["education:article", "education:category"])
@pytest.mark.parametrize("slug", ["night-leg-cramps", "a_b-9", "calambres-nocturnos"])
def test_slug_url_is_what_reverse_gives(view, slug, language):
    from django.urls import reverse

    from core.languages import slug_url

    with translation.override(language):
        expected = reverse(view, args=[slug])
        assert slug_url(view, slug) == expected  # in the current language
    other = "es" if language == "en" else "en"
    with translation.override(other):
        assert slug_url(view, slug, language) == expected  # in the language asked for


def test_slug_url_follows_the_script_prefix_and_refuses_what_is_not_a_slug():
    from django.urls import get_script_prefix, reverse, set_script_prefix

    from core.languages import slug_url

    before = get_script_prefix()
    set_script_prefix("/clearcare/")
    try:
        assert slug_url("education:article", "cramps", "en") == "/clearcare/articles/cramps/"
    finally:
        set_script_prefix(before)
    assert slug_url("education:article", "cramps", "en") == "/articles/cramps/"
    from django.urls import NoReverseMatch

    odd = "calambres nocturnos"  # not a slug: no address, as reverse() says
    with pytest.raises(NoReverseMatch):
        reverse("education:article", args=[odd])
    with pytest.raises(NoReverseMatch):
        slug_url("education:article", odd, "es")
