"""Exception classes of examples/numbers_check.py (a module of the program)."""

class AppError(Exception):
    """Base of this program's errors."""


class ParseError(AppError, ):
    pass


class RangeError(ValueError):
    ...
