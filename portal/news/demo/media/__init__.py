"""Deterministic demo media for the "Digital Literacy for All" campaign portal.

Everything is drawn with plain Pillow primitives: flat, friendly PNG illustrations for news
articles, an A4 PDF laid out like a Vietnamese administrative document and the portal logo
(PNG and SVG). The same inputs always produce byte-identical output; any randomness is seeded
with a hash of the inputs.

Modules, in layers (each imports only from the layers above it):

- ``painting``: colours, geometry and the design-space painter
- ``palette``: seed-dependent colour palettes
- ``landscape``, ``people``, ``props``: backgrounds, figures and reusable props
- ``scenes_community``, ``scenes_devices``: one scene per theme
- ``illustration``: the illustration entry point and the theme registry
- ``document`` (administrative document PDF) and ``logo`` (SVG and PNG logo)
"""

from portal.news.demo.media.document import FONT_DIR, document_pdf
from portal.news.demo.media.illustration import THEMES, illustration
from portal.news.demo.media.logo import logo_svg, placeholder_logo

__all__ = [
    "FONT_DIR",
    "THEMES",
    "document_pdf",
    "illustration",
    "logo_svg",
    "placeholder_logo",
]
