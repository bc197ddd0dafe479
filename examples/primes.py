# Print the primes below N (default 100), ten per line, then count them.
#   ./primes 50
import sys


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def main():
    limit = 100
    if len(sys.argv) > 1:
        limit = int(sys.argv[1])
    count = 0
    line = ""
    for n in range(2, limit):
        if is_prime(n):
            count += 1
            line += f"{n:>6}"
            if count % 10 == 0:
                print(line)
                line = ""
    if line != "":
        print(line)
    print(f"{count} primes below {limit}")


if __name__ == "__main__":
    main()
