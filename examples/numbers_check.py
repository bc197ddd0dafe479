"""Checks numbers given on the command line; errors are classes of a local module.

    ./numbers_check 7 x 500
"""
import sys

from numerrors import AppError, ParseError, RangeError


def parse(s):
    if not s.isdigit():
        raise ParseError("not a number: " + repr(s))
    n = int(s)
    if n > 100:
        raise RangeError(f"{n} is too big")
    return n


total = 0
for arg in sys.argv[1:]:
    try:
        total += parse(arg)
    except AppError as e:
        print("skipped:", e, repr(e))
    except ValueError as e:
        print("rejected:", e)
print("total", total)
if total == 0:
    parse("1000")
