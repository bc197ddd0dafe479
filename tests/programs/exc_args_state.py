# e.args of exceptions of classes with state: the arguments BaseException.__init__ got
# (through super().__init__, or the constructor's), also when caught as Exception.
class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(field, value, reason)
        self.field = field
        self.reason = reason

    def __str__(self):
        return f"{self.field}={self.args[1]!r} invalid: {self.reason}"


class Coded(Exception):
    def __init__(self, code):
        self.code = code


class Msg(Exception):
    def __init__(self, text, extra):
        super().__init__(text)
        self.extra = extra


class Bare(Exception):
    def describe(self):
        return "bare:" + str(self.args)


errs = [ValidationError("age", -3, "negative"), ValidationError("name", "", "empty")]
for er in errs:
    print(er.args, "|", str(er), "|", repr(er), len(er.args))
print(Coded(7).args, Coded(7).code, repr(Coded(7)), str(Coded(7)))
print(Msg("hi", 2).args, str(Msg("hi", 2)), repr(Msg("hi", 2)))
print(Bare("a", 1).args, Bare().args, Bare("x").describe())
try:
    raise ValidationError("x", 1.5, "bad")
except Exception as e:
    print("caught:", e.args, e)
try:
    raise Msg("boom", 0)
except Exception as e:
    print("caught:", e.args, repr(e))
