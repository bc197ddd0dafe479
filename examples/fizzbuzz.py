# FizzBuzz from 1 to N (default 100): ./fizzbuzz [N]
import sys


def fizzbuzz(i):
    if i % 15 == 0:
        return "FizzBuzz"
    if i % 3 == 0:
        return "Fizz"
    if i % 5 == 0:
        return "Buzz"
    return str(i)


def main():
    n = 100
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    for i in range(1, n + 1):
        print(fizzbuzz(i))


if __name__ == "__main__":
    main()
