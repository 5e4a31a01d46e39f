"""StreamField blocks of lessons and quizzes.

Lessons reuse the portal's article blocks (headings, text, images, steps with screenshots,
YouTube videos, attachments) and add what teaching needs: uploaded video in several sizes with
captions, audio, tips and knowledge checks. Quiz questions share the self-assessment's kinds
(single, multiple, true/false, ordering) and are scored on the server (portal.learning.domain.quiz).
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from portal.news.blocks import (
    RICH_TEXT_FEATURES,
    AttachmentsBlock,
    ImageBlock,
    QuoteBlock,
    StepsBlock,
    VideoBlock,
)


class VideoSourceBlock(blocks.StructBlock):
    file = DocumentChooserBlock(label=_("Video file (MP4 or WebM)"))
    height = blocks.IntegerBlock(
        label=_("Height in pixels"),
        min_value=144,
        max_value=2160,
        help_text=_("360 for the light version, 720 for the sharp one."),
    )


class VideoFileBlock(blocks.StructBlock):
    """An uploaded video in several sizes; the reader picks one, nothing loads before that."""

    title = blocks.CharBlock(label=_("Video title"), max_length=200)
    sources = blocks.ListBlock(VideoSourceBlock(), label=_("Sizes"), min_num=1, max_num=4)
    captions = DocumentChooserBlock(
        label=_("Captions (WebVTT .vtt)"),
        required=False,
        help_text=_("Vietnamese captions, so the video can be followed without sound."),
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    transcript = blocks.TextBlock(label=_("Summary or transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Uploaded video")
        template = "learning/blocks/video_file_block.html"


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    file = DocumentChooserBlock(label=_("Audio file (MP3, M4A or OGG)"))
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "learning/blocks/audio_block.html"


class TipBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("remember", _("Remember"))],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        label = _("Tip or warning")
        template = "learning/blocks/tip_block.html"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=400,
        help_text=_("Shown after answering: why this option is right or wrong."),
    )


QUESTION_KINDS = [
    ("single", _("One correct option")),
    ("multiple", _("Several correct options")),
    ("true_false", _("True or false")),
    ("order", _("Put in order")),
]


class QuestionBlock(blocks.StructBlock):
    """One question; for "order" the options are the steps in the right order."""

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=QUESTION_KINDS, default="single")
    prompt = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(
        OptionBlock(),
        label=_("Options"),
        required=False,
        help_text=_("For ordering questions, the steps in the right order (shown shuffled)."),
    )
    answer = blocks.BooleanBlock(
        label=_("The statement is true"),
        required=False,
        help_text=_("True-or-false questions only."),
    )
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        kind = value["kind"]
        options = value["options"]
        correct = sum(1 for option in options if option["is_correct"])
        problem = None
        if kind == "single" and (len(options) < 2 or correct != 1):
            problem = _("Give at least two options and mark exactly one as correct.")
        elif kind == "multiple" and (len(options) < 3 or correct < 2):
            problem = _("Give at least three options and mark two or more as correct.")
        elif kind == "true_false" and options:
            problem = _("A true-or-false question has no options: tick whether it is true.")
        elif kind == "order" and len(options) < 3:
            problem = _("Give at least three steps, in the right order.")
        if problem:
            raise StructBlockValidationError(block_errors={"options": ValidationError(problem)})
        return value


class KnowledgeCheckBlock(QuestionBlock):
    """A question inside a lesson: feedback at once, nothing recorded."""

    class Meta:
        icon = "help"
        label = _("Knowledge check")
        template = "learning/blocks/knowledge_check_block.html"


class LessonBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), form_classname="title", template="news/blocks/heading_block.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    steps = StepsBlock()
    tip = TipBlock()
    video = VideoBlock()
    video_file = VideoFileBlock()
    audio = AudioBlock()
    attachments = AttachmentsBlock()
    quote = QuoteBlock()
    check = KnowledgeCheckBlock()


class QuizQuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()
