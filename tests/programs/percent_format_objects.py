# %-formatting of instances (their __str__/__repr__), exceptions, dicts, sets, lists
# and tuples, as CPython: %s is str(), %r repr(), %a ascii().
class P:
    def __repr__(self) -> str:
        return "P!"

class Q:
    def __str__(self):
        return "q-str"
    def __repr__(self):
        return "Q()"

print("%s %r" % (P(), P()))
print("%s|%r|%a" % (Q(), Q(), Q()))
print("%s %r" % ({"a": 1}, {2, 3}))
print("%s" % [1, 2], "%r" % ((1, "x"),))
try:
    print("%d" % Q())
except TypeError as e:
    print("TypeError:", e)
try:
    int("x")
except ValueError as e:
    print("%s / %r" % (e, e))
print("%s" % None, "%5s|" % P(), "%-6r|" % P())
