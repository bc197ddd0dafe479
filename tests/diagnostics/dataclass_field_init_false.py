# error: unsupported-syntax
# line: 9
from dataclasses import dataclass, field


@dataclass
class P:
    x: int
    y: int = field(init=False, default=0)


print(P(1))
