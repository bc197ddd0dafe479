# exit: 1
# stderr: LoadError: cannot load other.cfg
# An uncaught exception caused by an exception of a class with state: CPython prints the
# cause's traceback first, then "The above exception was the direct cause ...".


class ParseError(Exception):
    def __init__(self, line_no, text):
        super().__init__(f"line {line_no}: cannot parse {text!r}")
        self.line_no = line_no


class LoadError(Exception):
    def __init__(self, path):
        super().__init__(f"cannot load {path}")
        self.path = path


def parse(lines):
    for i, line in enumerate(lines, 1):
        if "=" not in line:
            raise ParseError(i, line)


def first_failure(batches):
    for b in batches:
        try:
            parse(b)
        except ParseError as e:
            return e
    return None


saved = first_failure([["a = 1"], ["b = 2", "junk"]])
if saved is not None:
    print("kept:", saved, "at line", saved.line_no)


def load(path):
    try:
        parse(["ok = 1", "broken"])
    except ParseError as e:
        raise LoadError(path) from e


try:
    load("app.cfg")
except LoadError as e:
    print("caught:", e, "| cause line", e.__cause__)


def again():
    # re-raising a kept instance continues its traceback
    if saved is not None:
        raise LoadError("other.cfg") from saved


again()
