# A function that never returns (an endless loop) called only on a path not taken.
def loop():
    while True:
        pass
def f(x):
    return x
import sys
if len(sys.argv) > 5:
    y = loop()
    print(f(y))
print("done")
