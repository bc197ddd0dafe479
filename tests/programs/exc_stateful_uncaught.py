# An uncaught exception of a class with state: the traceback ends with its message.
# exit: 1
# stderr: MissingField: email: is required
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


def validate(record):
    if "email" not in record:
        raise MissingField("email")
    return record["email"]


print(validate({"email": "a@b.c"}))
validate({"name": "x"})
