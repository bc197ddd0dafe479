# raise ... from e chains the cause; raise ... from None hides the context.
# exit: 1
# stderr: ConfigError: bad port: eighty
class ConfigError(Exception):
    pass


def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port: " + text) from e


def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("quiet failure") from None


for t in ["80", "http"]:
    try:
        print(read_port(t))
    except ConfigError as e:
        print("config:", e)
try:
    quiet("x")
except ConfigError as e:
    print(repr(e))
read_port("eighty")
