# A callee sees its caller's current line through every path that runs
# Python code: iteration, unary operators, attribute hooks, truth tests.
import sys
class C:
    def __iter__(self):
        print("iter called from line", sys._getframe(1).f_lineno)
        return iter([1])
    def __neg__(self):
        print("neg called from line", sys._getframe(1).f_lineno)
        return 0
    def __getattr__(self, name):
        print("getattr called from line", sys._getframe(1).f_lineno)
        return lambda: 0
    def __bool__(self):
        print("bool called from line", sys._getframe(1).f_lineno)
        return True
c = C()
x = 1
for _ in c:
    pass
y = -c
z = c.meth()
w = list(c)
if c:
    pass
v = not c
