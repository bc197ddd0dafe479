# error: call-error
# line: 6
from dataclasses import dataclass

@dataclass
class Bad:
    a: int = 1
    b: int
