# A nested function whose strings or comments mention names of the enclosing function
# (its own name too) captures only the variables its code reads.
def make(label):
    count = 0

    def foo() -> str:
        nonlocal count
        count += 1
        # foo, label and make are only words here
        return "foo" + ' label ' + """make""" + f"{label}:{count}" + r"\label"

    return foo


def main():
    for i in range(3):
        f = make("L" + str(i))
        print(f(), f())
    g = make("q")
    print(g(), f"{'x'}", f"{{foo}}")


main()
