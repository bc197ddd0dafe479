# **kwargs parameters of module-level functions: extra keyword arguments arrive as a dict
# in the order written, alongside positional, default and *args parameters.
def tag(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append(f'{k}="{v}"')
    return "<" + " ".join(parts) + ">"


print(tag("br"))
print(tag("a", href="/home", title="Home"))
print(tag("img", src="x.png", alt="logo", width="10"))


def config(**options):
    return len(options), sorted(options), options


print(config())
print(config(debug=1, level=3))


def report(title, *rows, sep=", ", **totals):
    line = title + ": " + sep.join(str(r) for r in rows)
    for k in totals:
        line += f" [{k}={totals[k]}]"
    return line


print(report("sales", 1, 2, 3))
print(report("costs", 4, 5, sep="|", q1=9, q2=11))


def merge(base, **overrides):
    out = dict(base)
    out.update(overrides)
    return out


print(merge({"a": 1, "b": 2}, b=20, c=30))
print(merge({"x": 0}))


def weights(**w):
    total = 0.0
    for v in w.values():
        total += v
    return {k: round(v / total, 2) for k, v in w.items()}


print(weights(a=1.0, b=3.0))
