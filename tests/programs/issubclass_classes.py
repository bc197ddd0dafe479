# issubclass() of classes of the program and of exception classes, named directly.
class Shape:
    pass


class Square(Shape):
    pass


class Cube(Square):
    pass


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"bad {key}")
        self.key = key


print(issubclass(Cube, Shape), issubclass(Shape, Cube), issubclass(Square, Square))
print(issubclass(Cube, (AppError, Square)), issubclass(Shape, (Square, Cube)))
print(issubclass(ConfigError, AppError), issubclass(ConfigError, Exception), issubclass(AppError, ConfigError))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ValueError, KeyError))
print(issubclass(ConfigError, (KeyError, ValueError)), issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
