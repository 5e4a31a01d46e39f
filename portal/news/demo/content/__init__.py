"""Demo content for the "Bình dân học vụ số" portal of Yên Bái / Lào Cai province.

Plain data only: this package must stay importable without Django and uses the standard
library alone. Loader commands turn these records into Wagtail pages.

Notes for maintainers:

* National documents (Resolution 57-NQ/TW, Plan 01-KH/BCĐTW, Decision 757/QĐ-BKHCN,
  Circular 02/2025/TT-BGDĐT, Decision 06/QĐ-TTg) are cited with their real numbers and dates;
  their ``document_text`` is a short plain-language summary, not the official full text.
* Provincial documents, people, figures and events are invented for the demo but kept
  consistent: items dated before 01/07/2025 speak of "tỉnh Yên Bái" and its districts, later
  items speak of "tỉnh Lào Cai" and the communes/wards created on 01/07/2025.
* ``unit_codes`` are GSO codes taken from ``/work/shared/data/admin_units_yen_bai_2025-03.csv``
  (items before 01/07/2025) and ``admin_units_lao_cai_2025-07.csv`` (items from that date).
* Platform URLs are the official domains of real public services.
"""

from portal.news.demo.content import (
    activities,
    platforms_1,
    platforms_2,
    policies_1,
    policies_2,
    practices,
)
from portal.news.demo.content.pages import HOME_INTRO, SECTION_INTROS, STATIC_PAGES, TARGET_GROUPS
from portal.news.demo.content.types import Block, DemoArticle

__all__ = [
    "ARTICLES",
    "HOME_INTRO",
    "SECTION_INTROS",
    "STATIC_PAGES",
    "TARGET_GROUPS",
    "Block",
    "DemoArticle",
]

ARTICLES: list[DemoArticle] = [
    *policies_1.ARTICLES,
    *policies_2.ARTICLES,
    *activities.ARTICLES,
    *practices.ARTICLES,
    *platforms_1.ARTICLES,
    *platforms_2.ARTICLES,
]
