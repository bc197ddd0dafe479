# A program that uses defaults when no arguments are given.
import sys


def main():
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    else:
        n = 5
    print("n =", n)
    for i in range(n):
        print("*" * (i + 1))


main()
