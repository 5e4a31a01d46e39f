"""Reading quiz answers from a posted form, and the manager's course assignment form."""

from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from portal.learning.domain import quiz as quiz_domain
from portal.learning.models import CoursePage


def field_name(question_id: str) -> str:
    return f"q-{question_id}"


def answers_from_post(
    questions: Iterable[quiz_domain.Question], data: QueryDict | Mapping[str, object]
) -> dict[str, object]:
    """The answers a form carries, in the domain's shape; questions left blank are absent.

    single: "q-<id>" = option index; multiple: several "q-<id>"; true_false: "true"/"false";
    order: "q-<id>-<option index>" = position (1-based) of that step.
    """
    answers: dict[str, object] = {}
    for question in questions:
        name = field_name(question.id)
        if question.kind is quiz_domain.Kind.ORDER:
            positions: dict[int, int] = {}
            for index in range(len(question.options)):
                raw = str(data.get(f"{name}-{index}", "") or "").strip()
                if raw.isdigit():
                    positions[index] = int(raw)
            if positions:
                # Steps in place order; a step left out or two in one place leave a list the
                # domain refuses with "put every step in a place, each step once".
                ranked = sorted(positions, key=lambda index: (positions[index], index))
                if len(set(positions.values())) != len(positions):
                    ranked = [*ranked, ranked[0]]
                answers[question.id] = ranked
            continue
        if question.kind is quiz_domain.Kind.MULTIPLE:
            raw_values = data.getlist(name) if isinstance(data, QueryDict) else data.get(name)
            values = raw_values if isinstance(raw_values, list | tuple) else []
            chosen = sorted({int(v) for v in values if str(v).isdigit()})
            if chosen:
                answers[question.id] = chosen
            continue
        raw = str(data.get(name, "") or "")
        if question.kind is quiz_domain.Kind.TRUE_FALSE:
            if raw in {"true", "false"}:
                answers[question.id] = raw == "true"
        elif raw.isdigit():
            answers[question.id] = int(raw)
    return answers


class AssignCourseForm(forms.Form):
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        empty_label=_("Choose a course…"),
        error_messages={
            "required": _("Choose the course to assign."),
            "invalid_choice": _("This course is not available any more; choose another."),
        },
    )

    def __init__(self, *args: Any, courses: QuerySet[CoursePage], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["course"]
        assert isinstance(field, forms.ModelChoiceField)  # noqa: S101
        field.queryset = courses
