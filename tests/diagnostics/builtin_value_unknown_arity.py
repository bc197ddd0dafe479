# error: unsupported-syntax
# line: 4
# A built-in without a usual arity (print takes any number of arguments) stays refused.
log = print
log("x")
