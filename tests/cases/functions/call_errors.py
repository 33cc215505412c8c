# TypeError messages for wrong calls
def two(a, b):
    pass
def kw(a, *, b):
    pass
def defaults(a, b=1, c=2):
    pass
def none():
    pass
def posonly(a, /, b):
    pass
def star(*args, x):
    pass
class C:
    def method(self, x):
        pass
    @staticmethod
    def smeth(y):
        pass
    @classmethod
    def cmeth(cls, z):
        pass
five, text, nothing = 5, 'str', None
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, a=2),
    lambda: two(1, 2, b=3),
    lambda: kw(1, 2),
    lambda: kw(1),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: defaults(1, d=4),
    lambda: none(1),
    lambda: none(x=1),
    lambda: posonly(a=1, b=2),
    lambda: star(1, 2),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(1),
    lambda: C.smeth(),
    lambda: C.cmeth(1, 2),
    lambda: C(1),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
]
for c in calls:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
def three(a, b, c):
    pass
for args in [(), (1,), (1, 2)]:
    try:
        three(*args)
    except TypeError as e:
        print(e)
def kwonly3(*, a, b, c):
    pass
try:
    kwonly3()
except TypeError as e:
    print(e)
