# error: unsupported-syntax
# line: 7
config = {"name": "pyexe", "tags": ["a", "b"], "level": 3}
for key, value in config.items():
    if isinstance(value, str):
        print(key, value)
    elif isinstance(value, list):
        print(key, len(value))
