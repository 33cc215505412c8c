class Adder:
    def __set_name__(self, owner, name):
        print("set_name", name)
        setattr(owner, name + "_extra", Adder())
class C:
    a = Adder()
    b = Adder()
print(sorted(k for k in vars(C) if not k.startswith("__")))

class Remover:
    def __set_name__(self, owner, name):
        print("remove", name)
        if hasattr(owner, "y"):
            delattr(owner, "y")
class D:
    x = Remover()
    y = Remover()
print(hasattr(D, "y"))

class Bad:
    def __init_subclass__(cls):
        raise ValueError("no subclasses")
try:
    class Sub(Bad): pass
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__context__)

class SN:
    def __set_name__(self, owner, name):
        raise AttributeError("attr in set_name")
try:
    class E:
        z = SN()
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)

class SetNameReturn:
    def __set_name__(self, owner, name):
        return 42
class F:
    q = SetNameReturn()
print("ok")
