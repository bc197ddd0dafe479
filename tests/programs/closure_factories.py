# Functions returned from functions, specialised per captured type.
def make_adder(n):
    def add(x):
        return x + n
    return add


def make_multiplier(k):
    return lambda x: x * k


add3 = make_adder(3)
add_half = make_adder(0.5)
greet = make_adder(", world")
print(add3(4), add_half(4), make_adder("hello")(", world"))
triple = make_multiplier(3)
print(triple(7), triple("ab"), make_multiplier(2)([1, 2]))


def compose(f, g):
    return lambda x: f(g(x))


inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
pipeline = compose(add3, triple)
print(pipeline(10))


def power_table(n):
    return [make_multiplier(i) for i in range(n)]


print([f(10) for f in power_table(5)])
