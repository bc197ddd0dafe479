# sys.exit("message") prints the message to stderr and exits with status 1.
# exit: 1
# stderr: error: missing configuration
import sys

print("loading")
config = ""
if config == "":
    sys.exit("error: missing configuration")
print("not reached")
