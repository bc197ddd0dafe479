# The if __name__ == "__main__": idiom.

def compute(n):
    total = 0
    for i in range(n):
        total += i * 2
    return total


def main():
    print("running main")
    for n in range(0, 20, 5):
        print(n, compute(n))
    print(__name__)


if __name__ == "__main__":
    main()
else:
    print("imported")
