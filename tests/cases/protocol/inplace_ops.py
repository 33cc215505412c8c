class Base:
    def __add__(self, o):
        print("Base.__add__"); return "base add"
class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__"); return "derived radd"
x = Base()
x += Derived()
print(x)
class WithIadd(Base):
    def __iadd__(self, o):
        print("WithIadd.__iadd__"); return NotImplemented
y = WithIadd()
y += Derived()
print(y)
class P:
    def __ipow__(self, o):
        print("ipow", o); return "ipow"
    def __pow__(self, o, m=None):
        return "pow"
p = P()
p **= 2
print(p)
class RP:
    def __rpow__(self, o):
        return "rpow " + str(o)
z = 2
z **= RP()
print(z)
class ILS:
    def __ilshift__(self, o): return "ilshift"
    def __imatmul__(self, o): return "imatmul"
    def __ifloordiv__(self, o): return "ifloordiv"
    def __itruediv__(self, o): return "itruediv"
    def __imod__(self, o): return "imod"
    def __iand__(self, o): return "iand"
    def __ior__(self, o): return "ior"
    def __ixor__(self, o): return "ixor"
    def __irshift__(self, o): return "irshift"
    def __isub__(self, o): return "isub"
    def __imul__(self, o): return "imul"
res = []
for op in ["<<=", "@=", "//=", "/=", "%=", "&=", "|=", "^=", ">>=", "-=", "*="]:
    ns = {"v": ILS()}
    exec("v %s 1" % op, ns)
    res.append(ns["v"])
print(res)
l = [1]
t = l
t += "ab"
print(l, t is l)
tp = (1,)
tp2 = tp
tp2 += (2,)
print(tp, tp2)
s = {1}
s2 = s
s2 |= {2}
print(s, s2 is s)
d = {1: 1}
d2 = d
d2 |= {2: 2}
print(d, d2 is d)
try:
    tpl = (1, [2])
    tpl[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, tpl)
