"""StreamField blocks for articles and static pages."""

import html
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

_YOUTUBE_ID = re.compile(
    r"^(?:https?://)?(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)"
    r"(?P<id>[A-Za-z0-9_-]{11})"
)


def youtube_id(url: str) -> str | None:
    """Return the 11-character video id of a YouTube address, or None."""
    match = _YOUTUBE_ID.match(url.strip())
    return match.group("id") if match else None


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image_block.html"


class VideoUrlBlock(blocks.URLBlock):
    def clean(self, value: str) -> str:
        value = super().clean(value)
        if value and youtube_id(value) is None:
            raise ValidationError(_("Enter a YouTube video address (youtube.com or youtu.be)."))
        return value


class VideoBlock(blocks.StructBlock):
    """A YouTube video shown as a light link until the reader asks to play it."""

    url = VideoUrlBlock(label=_("YouTube address"))
    title = blocks.CharBlock(label=_("Video title"), max_length=200)
    transcript = blocks.TextBlock(
        label=_("Summary or transcript"),
        required=False,
        help_text=_("For readers who cannot watch or hear the video."),
    )

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        context["video_id"] = youtube_id(value["url"])
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news/blocks/video_block.html"


class AttachmentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Attachments")
        template = "news/blocks/attachments_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.RichTextBlock(label=_("Explanation"), features=["bold", "italic", "link"])
    image = ImageChooserBlock(label=_("Screenshot"), required=False)


class StepsBlock(blocks.StructBlock):
    """A numbered how-to: register on VNeID, pay a bill online, spot a scam."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step guide")
        template = "news/blocks/steps_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote_block.html"


RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), form_classname="title", template="news/blocks/heading_block.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    video = VideoBlock()
    steps = StepsBlock()
    quote = QuoteBlock()
    attachments = AttachmentsBlock()


def plain_text(stream: Any) -> str:
    """Return the words of a body stream without rendering templates (for search and snippets)."""
    parts: list[str] = []
    raw = stream.raw_data if hasattr(stream, "raw_data") else stream
    _collect_text(list(raw), parts)
    return " ".join(" ".join(parts).split())


_TAG = re.compile(r"<[^>]+>")
# Keys of stored block data that hold no words a reader sees.
_NON_TEXT_KEYS = frozenset({"type", "id", "url", "image", "documents", "alt_text"})


def _collect_text(value: Any, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(html.unescape(_TAG.sub(" ", value)))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NON_TEXT_KEYS:
                _collect_text(item, parts)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect_text(item, parts)
