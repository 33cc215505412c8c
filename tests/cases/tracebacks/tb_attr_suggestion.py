# AttributeError reports carry CPython 3.11's "Did you mean" hint.
import math
class C:
    def __init__(self):
        self.value = 1
        self.counter = 2
try:
    math.sqr
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is math)
try:
    C().valeu
except AttributeError as e:
    print(type(e).__name__, e)
C().countr
