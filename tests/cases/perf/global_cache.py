# Global loads cache where the name lives; rebinding a global (a value
# write), adding a shadowing global over a builtin, deleting it again,
# and changing builtins must all be seen.
import builtins

X = 1


def get_x():
    return X


def use_len(s):
    return len(s)


out = []
for i in range(5):
    out.append(get_x())
    X = X + 10
print(out)
print(use_len("abc"))
len = lambda s: 42  # noqa: E731  shadow the builtin with a global
print(use_len("abc"))
del len
print(use_len("abcd"))
builtins.my_new_builtin = "b1"


def nb():
    return my_new_builtin  # noqa: F821


print(nb())
builtins.my_new_builtin = "b2"
print(nb())
my_new_builtin = "g"
print(nb())
del my_new_builtin
print(nb())
del builtins.my_new_builtin
try:
    nb()
except NameError as e:
    print("NameError", e)
g = globals()
for i in range(3):
    g["Y%d" % i] = i


def ys():
    return Y0 + Y1 + Y2  # noqa: F821


print(ys())
g["Y1"] = 100
print(ys())
