class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)

class B:
    def __radd__(self, o):
        print("B.__radd__", type(o).__name__)
        return "B"
print(A() + B())
print([1] + B(), "s" + B(), (1,) + B(), 1.5 + B(), b"x" + B())

class MyStr(str):
    def __mod__(self, o):
        return "MyStr mod"
    def __rmod__(self, o):
        return "MyStr rmod"
print(MyStr("a") % 1, "%s" % MyStr("b"), "x" % MyStr("y"))

class MyFloat(float):
    def __rsub__(self, o):
        return "MyFloat rsub"
print(1 - MyFloat(2), 1.0 - MyFloat(2), MyFloat(5) - 1)

class MyList(list):
    def __iadd__(self, o):
        print("MyList iadd")
        return super().__iadd__(o)
    def __radd__(self, o):
        return "MyList radd"
ml = MyList([1])
ml += [2]
print(ml, type(ml).__name__, [0] + ml)

class MyTuple(tuple):
    def __add__(self, o):
        return "MyTuple add"
t = MyTuple((1,))
t += (2,)
print(t)

class NoMatmul: pass
for expr in ["1 @ 2", "[1] @ [2]", "NoMatmul() @ 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

# bool/int mixing
print(True + True, True * 3, type(True & False).__name__, type(True & 1).__name__, ~True, -True)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, -1), pow(3, 4, 5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] - []
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} | []
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~[]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x *= "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = "a"
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1
    x += "a"
except TypeError as e:
    print(type(e).__name__, e)

# reflected op on subclass of builtin, not overriding: left op used
class PlainInt(int): pass
print(type(1 + PlainInt(1)).__name__, type(PlainInt(1) + 1).__name__)

# __radd__ via subclass of left type overriding reflected, returning NotImplemented -> left tried
class Left:
    def __add__(self, o):
        print("Left.__add__")
        return "left"
class Right(Left):
    def __radd__(self, o):
        print("Right.__radd__")
        return NotImplemented
print(Left() + Right())

# sum() with custom __radd__ (starts with 0)
class Acc:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Acc(o + self.v) if isinstance(o, int) else NotImplemented
    def __add__(self, o): return Acc(self.v + (o.v if isinstance(o, Acc) else o))
print(sum([Acc(1), Acc(2), Acc(3)]).v)
