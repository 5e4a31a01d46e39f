"""People who use the portal."""

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A person with an account: a reader, learner, editor, moderator or administrator."""

    class Meta:
        verbose_name = "user"
        verbose_name_plural = "users"
