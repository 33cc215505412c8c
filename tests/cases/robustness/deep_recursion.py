# With a recursion limit far above what the native stack holds, unbounded
# recursion still ends in RecursionError (the stack guard), and the program
# goes on.
import sys

sys.setrecursionlimit(10**6)


def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


def g(n):
    return g(n + 1)


try:
    g(0)
except RecursionError as e:
    print("RecursionError", e)
print("after")
