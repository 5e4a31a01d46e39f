import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
ENTRY = re.compile(r'^msgid "(.*)"\n(?:msgid_plural .*\n)?((?:msgstr.*\n(?:".*"\n)*)+)', re.M)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_interface_string_is_translated(language):
    catalogue = (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in catalogue.split("\n\n", 1)[1]
    untranslated = [
        msgid
        for msgid, msgstr in ENTRY.findall(catalogue)
        if msgid and re.search(r'msgstr(?:\[\d\])? ""\n(?!")', msgstr)
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_compiled_catalogue_matches_the_source(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    catalogue = (folder / "django.po").read_text(encoding="utf-8")
    with (folder / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    single = re.compile(r'^msgid "(.+)"\nmsgstr "(.*)"\n', re.M)
    pairs = [(_unquote(msgid), _unquote(msgstr)) for msgid, msgstr in single.findall(catalogue)]
    assert pairs
    stale = [msgid for msgid, msgstr in pairs if compiled.gettext(msgid) != msgstr]
    assert stale == [], "run: make messages"


def _unquote(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", "\n")
