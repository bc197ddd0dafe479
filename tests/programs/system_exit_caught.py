# A caught SystemExit keeps its code: str(e), repr(e), e.args and e.code as CPython.
import sys

for c in [2, "bye", None, 0, True]:
    try:
        sys.exit(c)
    except SystemExit as e:
        print(f"[{e}]", repr(e), e.args, e.code)
try:
    sys.exit()
except SystemExit as e:
    print(f"[{e}]", repr(e), e.args, e.code, e.code is None)

try:
    try:
        int("z")
    except ValueError as e:
        print(e.code)
except AttributeError as e:
    print("AttributeError:", e)


def main(argv):
    if len(argv) < 5:
        print("usage: prog ARGS")
        sys.exit(3)
    return 0


try:
    main(["prog"])
except SystemExit as e:
    print("exit status", e.code)
sys.exit(main(["a", "b", "c", "d", "e"]))
