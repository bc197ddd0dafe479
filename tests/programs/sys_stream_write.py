# stderr: warning: low disk
# sys.stdout.write / sys.stderr.write (they return the number of characters) and flush().
import sys

n = sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
print(n)
sys.stderr.write("warning: low disk\n")
sys.stderr.flush()
sys.stdout.flush()
for word in ["a", "bb", "ccc"]:
    sys.stdout.write(word + " ")
print()
