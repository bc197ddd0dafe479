# INI-style config parser with sections, typed getters, error line numbers and raise ... from
class ConfigError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line

class Section:
    def __init__(self, name):
        self.name = name
        self.values = {}

    def get_int(self, key, default=0):
        if key not in self.values:
            return default
        try:
            return int(self.values[key])
        except ValueError as e:
            raise ConfigError(0, f"{self.name}.{key} is not an int") from e

    def get_bool(self, key):
        return self.values.get(key, "no").lower() in ("yes", "true", "1", "on")

    def get_list(self, key):
        return [p.strip() for p in self.values.get(key, "").split(",") if p.strip()]

def parse(text):
    sections = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            current = Section(name)
            sections[name] = current
        elif "=" in line:
            if current is None:
                raise ConfigError(lineno, "key outside section")
            k, _, v = line.partition("=")
            current.values[k.strip()] = v.strip()
        else:
            raise ConfigError(lineno, f"cannot parse {line!r}")
    return sections

SRC = """
# server config
[server]
host = example.org
port = 8080   # default
debug = Yes
[db]
name=prod
pool = 12
replicas = a, b ,, c
timeout = soon
"""
cfg = parse(SRC)
print(sorted(cfg))
srv = cfg["server"]
print(srv.values["host"], srv.get_int("port") + 1, srv.get_bool("debug"), srv.get_int("workers", 4))
db = cfg["db"]
print(db.get_list("replicas"), db.get_int("pool") * 2, db.get_bool("ssl"))
try:
    db.get_int("timeout")
except ConfigError as e:
    print("config error:", e)
for bad in ["x = 1\n[a]", "[a]\nx = 1\njunk line"]:
    try:
        parse(bad)
    except ConfigError as e:
        print("bad config:", e, "at", e.line)
print({n: len(s.values) for n, s in cfg.items()})
