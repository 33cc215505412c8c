# Sizes a program controls are checked before anything is allocated or walked.
import sys
import itertools


def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: sys._getframe(2**40))
show(lambda: sys._getframe(-2**63))
show(lambda: sys._getframe(2**70))
show(lambda: sys._getframe(10**6))
show(lambda: sys._getframe("1"))
show(lambda: sys._getframe(0).f_code.co_name)
show(lambda: sys._getframe(-5).f_code.co_name)
show(lambda: itertools.product(range(2), repeat=2**62))
show(lambda: itertools.product(range(2), range(3), repeat=2**61))
show(lambda: list(itertools.product(range(2), repeat=0)))
show(lambda: list(itertools.product(repeat=2**62)))
show(lambda: itertools.product(range(2), repeat=-1))
show(lambda: itertools.product(range(2), repeat=2**58))
show(lambda: chr(2**40))
