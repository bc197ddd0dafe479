# min()/max() of an empty container whose items have no known type (only an annotation
# says what they would be) raise CPython's ValueError, which except catches.
waits: dict[str, int] = {}
try:
    print(max(waits.values()))
except ValueError as e:
    print("ValueError:", e)


def best(xs: list[int]) -> int:
    return max(xs)


print(best([5, 7]))
try:
    print(best([]))
except ValueError as e:
    print("ValueError:", e)
print(min([], default="none"), max(set(), default=-1))
try:
    print(min([], key=abs))
except ValueError as e:
    print("ValueError:", e)
