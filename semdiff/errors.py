"""The one exception tree. The command line catches `SemdiffError` once, prints one line and
exits 2; anything else is a bug and keeps its traceback.

    SemdiffError
     ├── InputError     a path is missing, unreadable, or not a file or directory
     ├── GrammarError   a language spec or query under grammars/ is invalid
     ├── UsageError     arguments that cannot work together
     └── OutputError    stdout cannot be written (a full disk; a closed pipe is no error)
"""


class SemdiffError(Exception):
    """Base of every error semdiff reports to a user."""


class InputError(SemdiffError):
    """An input path cannot be read as asked."""


class GrammarError(SemdiffError):
    """A language description (spec, query or grammar) is broken."""


class UsageError(SemdiffError):
    """The command line asks for something that cannot be done."""


class OutputError(SemdiffError):
    """Writing the result failed for a reason other than the reader going away."""


class ParseGaveUp(SemdiffError):
    """A grammar ran past its budget without finishing a parse (`parse.PARSE_BUDGET_BASE`):
    extraction turns it into a line diff with the reason, so a user never sees it raised."""
