# __cause__, __context__ and __suppress_context__ of caught exceptions, `raise ... from`
# an exception of a class with state, and causes narrowed to their class by isinstance.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line_no, text):
        super().__init__(f"line {line_no}: cannot parse {text!r}")
        self.line_no = line_no
        self.text = text


class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


def parse(lines):
    out = {}
    for i, line in enumerate(lines, 1):
        if "=" not in line:
            raise ParseError(i, line)
        k, v = line.split("=")
        out[k.strip()] = v.strip()
    return out


def get_int(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError as e:
        raise ConfigError(key, "not an integer") from e


cfg = parse(["port = 80", "ratio = x1"])
for k in ["port", "ratio", "timeout"]:
    try:
        print(k, get_int(cfg, k))
    except ConfigError as e:
        cause = e.__cause__
        print("ConfigError:", e, "| key:", e.key, "| cause:", type(cause).__name__, repr(cause))
        print("  is AppError:", isinstance(e, AppError), "suppress:", e.__suppress_context__)

# a cause that is an exception with state, narrowed back to its class
try:
    try:
        parse(["oops"])
    except ParseError as inner:
        raise AppError("loading failed") from inner
except AppError as outer:
    print(outer, "<-", outer.__cause__)
    c = outer.__cause__
    if isinstance(c, ParseError):
        print("  line", c.line_no, "text", c.text, "cause of cause:", c.__cause__)
    print("  context is cause:", outer.__context__ is c)

# __context__ without `from`; `from None` hides it
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while looking up")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)

# None until an exception is kept
saved = None
print("saved:", saved, saved is None)
for text in ["12", "x"]:
    try:
        int(text)
    except ValueError as e:
        saved = e
print("saved:", saved, saved is None, type(saved).__name__, saved.args)
if saved is not None:
    print("has cause:", saved.__cause__ is not None)
