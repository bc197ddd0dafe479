# Local modules: import, from-import (a copy of the value), and an import inside a function.
import localmod_shapes
from localmod_shapes import area, UNIT

print(localmod_shapes.describe(3, 4), area(2, 5), UNIT)
UNIT = "mm"
print(UNIT, localmod_shapes.UNIT)


def scaled(w):
    import localmod_shapes
    return localmod_shapes.area(w, localmod_shapes.SCALE)


print(scaled(2), scaled(3))
