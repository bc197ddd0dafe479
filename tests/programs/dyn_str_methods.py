# exit: 1
# stderr: AttributeError: 'NoneType' object has no attribute 'upper'
# str methods on a value of mixed types (a str-or-None result, the values of **kwargs of
# several types): run on the str it holds, AttributeError for another type, as CPython.
def find(names, prefix):
    for n in names:
        if n.startswith(prefix):
            return n
    return None


hit = find(["apple", "banana", "cherry"], "b")
if hit is not None:
    print(hit.upper(), hit.title(), len(hit), hit.split("n"), "-".join(hit.partition("a")))
miss = find(["apple"], "z")
print(miss, miss is None)


def search(**criteria):
    if "name" in criteria:
        print("name:", criteria["name"].upper().center(10, "*"))
    if "year" in criteria:
        print("year:", criteria["year"] + 1)


search(name="dune", year=1965)
search(year=2001, name="solaris")

settings = {"title": "  Report ", "pages": 12, "draft": True}
title = settings["title"]
print(repr(title.strip()), title.strip().lower().startswith("rep"), settings["title"].count(" "))
for key in ["title", "pages"]:
    value = settings[key]
    try:
        print(key, value.strip())
    except AttributeError as e:
        print(key, "error:", e)

print(miss.upper())
