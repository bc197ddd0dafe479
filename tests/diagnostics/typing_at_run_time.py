# error: unsupported-syntax
# line: 7
from typing import Optional


def describe(x: Optional[int]) -> str:
    kind = Optional
    return str(kind) + str(x)


print(describe(3))
