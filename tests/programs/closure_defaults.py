# Defaults of lambdas and nested functions: evaluated each time the def runs, copied
# into the function (the classic fix for late binding in loops).
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], fs[0](10))
def make():
    out = []
    for k in range(3):
        def show(prefix="#", k=k):
            return prefix + str(k)
        out.append(show)
    return out
print([g() for g in make()], make()[1]("@"))
def scaler(factor=2):
    return lambda x, f=factor * 10: x * f
print(scaler()(1), scaler(3)(2), scaler(1)(1, 5))
names = ["a", "b"]
greets = [lambda greeting="hi", n=n: greeting + " " + n for n in names]
print([g() for g in greets], greets[1]("yo"))


def make_logger():
    def log(msg, seen=[]):
        seen.append(msg)
        return len(seen)
    return log


log = make_logger()
log("a")
log("b")
print(log("c"), make_logger()("fresh"))  # the default list is shared by calls of one closure
