"""The account rules' exceptions, shared by every account service, and their messages."""

from django.utils.translation import gettext as _

from portal.accounts.domain.identity import Problem
from portal.core.exceptions import DomainError


class AccountError(DomainError):
    """An account rule was broken; the message is safe to show."""


class IdentifierError(AccountError):
    """A phone number or e-mail was refused, with the identity rule it broke."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(identity_message(problem))


class AlreadyRegisteredError(AccountError):
    """Someone already signed up with this phone number or e-mail."""


class ConsentRequiredError(AccountError):
    """Sign-up needs consent to the privacy notice."""


class PasswordError(AccountError):
    """A password was wrong or too weak; messages lists every reason."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__(" ".join(messages))


class CodeError(AccountError):
    """A one-time code was wrong, expired or tried too often."""


class RateLimitedError(AccountError):
    """Too many codes were asked for one destination."""


class ProfileError(AccountError):
    """Profile fields broke rules; errors maps each field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__(" ".join(errors.values()))


def identity_message(problem: Problem) -> str:
    """The Vietnamese (or English) sentence telling a person how to fix an identifier."""
    messages = {
        Problem.EMPTY: _("Please enter your mobile number or e-mail."),
        Problem.PHONE_NOT_A_NUMBER: _(
            "The phone number must be a Vietnamese mobile number, for example 0912 345 678."
        ),
        Problem.PHONE_NOT_VIETNAMESE: _(
            "Only Vietnamese mobile numbers (+84) are accepted. "
            "With a foreign number, sign up with your e-mail instead."
        ),
        Problem.PHONE_NOT_MOBILE: _(
            "This is a landline number. Please enter a mobile number so we can text you a code."
        ),
        Problem.EMAIL_INVALID: _("Enter a valid e-mail, for example ten@example.com."),
        Problem.CITIZEN_ID_LENGTH: _("The citizen ID number has exactly 12 digits."),
        Problem.CITIZEN_ID_PROVINCE: _(
            "The first 3 digits of the citizen ID are not a province code. "
            "Please check the number on your card."
        ),
        Problem.CITIZEN_ID_BIRTH_YEAR: _(
            "The citizen ID does not match your year of birth (digits 5 and 6 are the last two "
            "digits of the year of birth)."
        ),
    }
    return messages[problem]
