# Uncaught error from a class pattern ends the program with status 1.
class C:
    __match_args__ = ("a",)


print("before")
match C():
    case C(1, 2):
        print("unreachable")
