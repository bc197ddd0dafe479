# error: unsupported-syntax
# line: 4
def main():
    with open("data.txt") as f:
        print(f.read())


main()
