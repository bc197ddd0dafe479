# error: unsupported-syntax
# line: 5
def echo():
    while True:
        got = yield 1
        print(got)


for i in echo():
    print(i)
    break
