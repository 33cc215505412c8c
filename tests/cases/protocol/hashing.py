class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)

class EqOnly:
    def __eq__(self, other): return True
print(EqOnly.__dict__["__hash__"], EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)

class EqAndHash:
    def __eq__(self, other): return True
    def __hash__(self): return 7
print(hash(EqAndHash()))

class Child(EqAndHash):
    pass
print(hash(Child()))

class ChildEq(EqAndHash):
    def __eq__(self, other): return False
try:
    hash(ChildEq())
except TypeError as e:
    print(type(e).__name__, e)

class ParentEqOnly(EqOnly):
    pass
try:
    hash(ParentEqOnly())
except TypeError as e:
    print(type(e).__name__, e)

class RestoreHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(RestoreHash())).__name__)

class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class FloatHash:
    def __hash__(self): return 1.0
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)

class HugeHash:
    def __hash__(self): return 2**100
print(hash(HugeHash()), hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BigNeg:
    def __hash__(self): return -2**64
print(hash(BigNeg()), hash(-2**64))
class IntSubHash:
    def __hash__(self):
        class MyInt(int): pass
        return MyInt(12)
print(hash(IntSubHash()))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))

# hash of builtin subclass instances
class MyStr(str): pass
print(hash(MyStr("abc")) == hash("abc"))
class MyStrEq(str):
    def __eq__(self, other): return str.__eq__(self, other)
try:
    hash(MyStrEq("a"))
except TypeError as e:
    print(type(e).__name__, e)

# unhashable builtins
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash((1, []))
except TypeError as e:
    print(type(e).__name__, e)

# __hash__ assigned later
class Later:
    pass
Later.__hash__ = lambda self: 99
print(hash(Later()))
Later.__hash__ = None
try:
    hash(Later())
except TypeError as e:
    print(type(e).__name__, e)
del Later.__hash__
print(type(hash(Later())).__name__)

# __eq__ set later does not change __hash__
class EqLater: pass
EqLater.__eq__ = lambda s, o: True
print(type(hash(EqLater())).__name__)
print(NoHash.__hash__ is None, "__hash__" in EqOnly.__dict__)
