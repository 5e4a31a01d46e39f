"""The demo courses and learning paths, in catalogue order (portal.learning.demo.seed builds them).

Each course module exports ``COURSE``; ``paths`` exports ``PATHS``, one per target group.
"""

from portal.learning.demo.content import (
    officials,
    paths,
    payments,
    public_services,
    safety,
    smartphone,
    students,
    workers,
)
from portal.learning.demo.content.types import Course, LearningPath

COURSE_MODULES = (smartphone, safety, public_services, payments, students, officials, workers)
COURSES: tuple[Course, ...] = tuple(module.COURSE for module in COURSE_MODULES)
PATHS: tuple[LearningPath, ...] = paths.PATHS

__all__ = ["COURSES", "COURSE_MODULES", "PATHS"]
