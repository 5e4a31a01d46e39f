"""Import a SCORM 1.2 or 2004 package: `manage.py import_scorm FILE.zip [--course SLUG]`."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.core.exceptions import DomainError
from portal.learning.models import CoursePage
from portal.learning.services import scorm


class Command(BaseCommand):
    help = "Import a SCORM 1.2 or 2004 zip into a course (or a new course in the catalogue)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="the package, a .zip file")
        parser.add_argument("--course", default="", help="slug of the course to add it to")
        parser.add_argument(
            "--draft", action="store_true", help="create the pages as drafts, unpublished"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        course = None
        if options["course"]:
            course = CoursePage.objects.filter(slug=options["course"]).first()
            if course is None:
                raise CommandError(f"No course with the slug {options['course']!r}")
        try:
            with path.open("rb") as data:
                result = scorm.import_package(
                    data=data, filename=path.name, course=course, publish=not options["draft"]
                )
        except DomainError as error:
            raise CommandError(str(error)) from error
        verb = "Imported" if result.created else "Already imported"
        self.stdout.write(
            f"{verb}: {result.package.title} (SCORM {result.package.version}) → "
            f"{result.course.title} / {result.module.title}"
        )
        for lesson in result.lessons:
            self.stdout.write(f"  {lesson.pk}: {lesson.title} ({lesson.launch_path})")
