# exit: 1
# stderr: KeyError: 'k'
# str(KeyError(k)) is repr(k).
raise KeyError("k")
