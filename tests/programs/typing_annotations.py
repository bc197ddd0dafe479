# Annotations from `typing` (and `from __future__ import annotations`) are accepted and,
# like CPython, change nothing at run time; `cast` returns its value.
from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Callable, Dict, Generic, Iterator, List, Optional, Tuple, TypeVar, Union, cast
from typing import Sequence as Seq

if TYPE_CHECKING:
    from typing import Any

T = TypeVar("T")
Number = Union[int, float]
Table = Dict[str, List[int]]
Pair = Tuple[str, int]


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        if not self.items:
            return None
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


def total(xs: Seq[Number]) -> Number:
    s: Number = 0
    for x in xs:
        s += x
    return s


def group(pairs: List[Pair]) -> Table:
    out: Table = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def find(names: typing.List[str], target: str) -> typing.Optional[int]:
    for i, n in enumerate(names):
        if n == target:
            return i
    return None


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(len(s), s.pop(), s.pop(), s.pop())
print(total([1, 2, 3]), total([0.5, 0.25]))
print(group([("a", 1), ("b", 2), ("a", 3)]))
print(list(countdown(3)), apply(lambda v: v * 10, 4))
print(find(["x", "y"], "y"), find(["x"], "z"))
n = cast(int, "7")
print(n, cast("list[int]", [1, 2]), TYPE_CHECKING)
