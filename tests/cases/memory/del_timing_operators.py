# Temporaries consumed by operators, comparisons, f-strings and raise are
# released right after their last use, as CPython pops its value stack.
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
    def __add__(s, o): return 0
    def __eq__(s, o): return False
    __hash__ = None
def mk(n): return D(n)
def f():
    print(mk(1) is None)
    print("after is")
    x = mk(2) + 1
    print("after add")
    if mk(3) == 0:
        pass
    print("after eq")
    y = -len([mk(4)])
    print("after neg")
    s = f"{mk(5).n}"
    print("after fstring")
    z = mk(6).n + mk(7).n
    print("after attrs")
    for i in range(2):
        w = (mk(10 + i) is None) or 1
        print("loop", i)
    try:
        raise ValueError(mk(8))
    except ValueError:
        pass
    print("after raise")
f()
print("end")


def chained(n):
    # The middle operand of a chained comparison is used twice.
    return 0 < mk(n).n < 100


print(chained(20))
print("after chained")


def in_loop():
    total = 0
    while mk(30).n + total < 32:
        total += 1
        print("iteration", total)
    return total


print(in_loop())
print("after while")


def in_match(v):
    match mk(v):
        case D(n=1):
            return "one"
        case _:
            return "other"


print(in_match(40))
print("after match")
print([mk(50).n * 2 for _ in range(1)])
print("after comprehension")
