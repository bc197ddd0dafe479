# Bound methods are equal for the same method of the same object (a string in the
# receiver's expression naming a variable included).

class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, event, payload):
        self.lines.append(f"{self.prefix} {event}={payload}")


def main():
    log = Logger("[log]")
    print(log.log == log.log, "|", log.log == Logger("[log]").log)
    other = Logger("x")
    print(log.log == other.log)


main()
