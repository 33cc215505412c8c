# An uncaught error from introspection: stdout so far and exit status 1.
import sys

def f():
    print("depth ok:", sys._getframe(1).f_code.co_name)
    return sys._getframe(50)

f()
print("not reached")
