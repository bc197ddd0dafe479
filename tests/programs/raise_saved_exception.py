# An exception kept in a variable that may be None is raised again later (None raises
# TypeError); tuples with instances compare member by member and stop at the first
# unequal pair, as CPython (a later __eq__ does not run).
class Poison:
    def __eq__(self, other):
        raise ValueError("compared")


saved = None
for text in ["1", "x", "2"]:
    try:
        int(text)
    except ValueError as e:
        saved = e
print((1, Poison()) == (2, Poison()), (1, "a") != (1, "b"))
try:
    if saved is not None:
        raise saved
except ValueError as e:
    print("raised again:", e)
nothing = None
if len(saved.args) > 5:
    nothing = saved
try:
    raise nothing
except TypeError as e:
    print("TypeError:", e)
