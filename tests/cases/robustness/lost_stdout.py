# print() with sys.stdout set to None prints nothing; with sys.stdout deleted
# it raises RuntimeError (the traceback goes to stderr, exit status 1).
import sys
saved = sys.stdout
sys.stdout = None
print("invisible")
sys.stdout = saved
print("back")
try:
    del sys.stdout
    print(1)
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError", e)
del sys.stdout
print(2)
