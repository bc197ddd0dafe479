# A local module imported by import_local_module.py (also runs on its own).
SCALE = 10
UNIT = "cm"


def area(w, h):
    return w * h


def describe(w, h):
    return f"{w}x{h} {UNIT} = {area(w, h)} {UNIT}^2"


if __name__ == "__main__":
    print("shapes module run directly:", describe(2, 3))
