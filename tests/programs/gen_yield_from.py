# yield from over lists, ranges, strings, and other generators
def header_body_footer(body):
    yield "BEGIN"
    yield from body
    yield "END"


def evens_then_odds(n):
    yield from range(0, n, 2)
    yield from range(1, n, 2)


def repeat_each(values, times):
    for v in values:
        yield from [v] * times


def concat(a, b):
    yield from a
    yield from b


def chars(word):
    yield from word


print(list(header_body_footer(["line one", "line two"])))
print(list(header_body_footer([])))
print("evens then odds:", list(evens_then_odds(9)))
print("repeat:", list(repeat_each([1, 2, 3], 2)))
print("concat gens:", list(concat(evens_then_odds(4), repeat_each([9], 3))))
print("concat ranges:", list(concat(range(3), range(10, 13))))
print("chars:", "/".join(chars("hello")))
print("nested yield from:", list(concat(chars("ab"), header_body_footer(["x"]))))

g = evens_then_odds(6)
print("partial:", next(g), next(g))
print("rest:", list(g))

doc = header_body_footer(["alpha", "beta"])
for i, line in enumerate(doc):
    print(f"{i}: {line}")

total = sum(concat(range(1, 101), evens_then_odds(0)))
print("gauss sum:", total)
upper = "".join(c.upper() for c in concat(chars("py"), chars("exe")))
print("upper:", upper)
