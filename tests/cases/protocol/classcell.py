class Drop(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)
try:
    class X(metaclass=Drop):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
class Other(type):
    def __new__(mcls, name, bases, ns):
        cell = ns.get("__classcell__")
        real = super().__new__(mcls, name, bases, ns)
        return real
class Y(metaclass=Other):
    def f(self):
        return __class__
print(Y().f() is Y)
class Swap(type):
    def __new__(mcls, name, bases, ns):
        type.__new__(mcls, name, bases, ns)
        return type.__new__(mcls, name + "2", bases, {})
try:
    class Z(metaclass=Swap):
        def f(self):
            return __class__
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Q", (), {"__classcell__": 5})
except TypeError as e:
    print(type(e).__name__, e)
def not_class():
    class A:
        def g(self):
            return super().__class__
    return A().g()
print(not_class().__name__)
