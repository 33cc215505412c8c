# __del__ runs where CPython runs it: temporaries are released promptly.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

x = [D(1)][0].n
print("after subscript")
D(2)
print("after expression statement")
y = D(3)
y = None
print("after rebind")
for d in [D(4)]:
    pass
d = None
print("after for")
def f(a):
    return 1
f(D(5))
print("after call argument")
z = D(6).n
print("after attribute")
try:
    raise ValueError(D(7))
except ValueError as e:
    pass
print("after except")
def g():
    t = D(8)
    return 0
g()
print("after function return")
w = D(9)
del w
print("after del")
lst = [D(10), D(11)]
lst.clear()
print("after clear")
for i in range(2):
    D(20 + i)
print("after loop")
print(len([D(30)]))
print("after len")
