class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
f = F()
print(format(f), format(f, "x>10"), f"{f}", f"{f:abc}", "{:q}".format(f), "{0!s:}".format(3))
class NoF:
    def __repr__(self): return "NoF()"
print(format(NoF()), f"{NoF()}", format(NoF(), ""))
try:
    format(NoF(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{NoF():>5}"
except TypeError as e:
    print(type(e).__name__, e)
class BadF:
    def __format__(self, spec):
        return 1
try:
    format(BadF())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(f, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(NoF(), ""))
try:
    object.__format__(NoF(), "d")
except TypeError as e:
    print(type(e).__name__, e)

class IntF(int):
    pass
print(format(IntF(5), "03d"), f"{IntF(7):x}")

class StrRepr:
    def __repr__(self): return "R!"
print(str(StrRepr()), repr(StrRepr()), f"{StrRepr()!r}", f"{StrRepr()!s}", "%s %r" % (StrRepr(), StrRepr()))
class StrOnly:
    def __str__(self): return "S!"
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at"))
class BadRepr:
    def __repr__(self): return 1
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % BadStr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadStr()}"
except TypeError as e:
    print(type(e).__name__, e)
class SubStrRet:
    def __str__(self):
        class S(str): pass
        return S("sub")
r = str(SubStrRet())
print(r, type(r).__name__)
print([StrRepr()], {1: StrRepr()}, (StrRepr(),))
class ReprStr(str):
    def __repr__(self): return "RS"
    def __str__(self): return "SS"
print(str(ReprStr("x")), repr(ReprStr("x")), ReprStr("x") + "y", f"{ReprStr('x')}")
