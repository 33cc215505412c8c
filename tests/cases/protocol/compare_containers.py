class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self): return "G%d" % self.v
print(sorted([G(2), G(1), G(3)]))
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return "yes" if self.v < o.v else ""
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return "W%d" % self.v
print(sorted([W(2), W(1)]), max([W(1), W(5)]), [W(1)] < [W(2)], (W(1), 1) < (W(1), 2), [W(1), W(2)] == [W(1), W(2)])
print((W(1),) < (W(2),), [W(3)] > [W(2)] if hasattr(W, "__gt__") and False else "")
class E:
    def __eq__(self, o):
        print("E.eq")
        return NotImplemented
e = E()
print([e] == [e], [E()] == [E()], (E(),) == (E(),), {1: E()} == {1: E()})
class Raise:
    def __lt__(self, o): raise ValueError("cmp")
try:
    sorted([Raise(), Raise()])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    [Raise()] < [Raise()]
except ValueError as ex:
    print(type(ex).__name__, ex)
class Weird:
    def __eq__(self, o): return [1]
    def __bool__(self): return False
print(Weird() == 1, [Weird()] == [1], Weird() in [1], [1].count(Weird()), [1].index(1))
try:
    sorted([1, "a"])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    max(1, "a")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    [1] < ["a"]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {1} < [1]
except TypeError as ex:
    print(type(ex).__name__, ex)
print({1} < {1, 2}, {1} == frozenset([1]), [1, 2] == [1, 2.0], (1, 2) != (1, 2), None == None, None != 0)
