class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
class I(int): pass
class F(float): pass
class St(set): pass
class B(bytes): pass
class E(Exception): pass
class O(object): pass
tests = ["L(a=1)", "L(1, 2)", "L(1)", "D(1)", "D([(1, 2)], b=3)", "T(1, 2)", "T(a=1)", "S(1, 2, 3, 4)", "S(x=1)",
         "I('z')", "I(1, 2)", "I('10', 2)", "F('x')", "F(1, 2)", "St(1)", "St(a=1)", "B(1.5)", "E(a=1)", "O(1)",
         "list(a=1)", "tuple(1, 2)", "set(a=1)", "frozenset(1)", "object(a=1)"]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(t, "->", type(e).__name__, e)
