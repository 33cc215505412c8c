# Sizes no allocation can satisfy are a MemoryError (no arguments) at once:
# repeat, presized construction from a length hint, extend.
import sys
def t(name, f):
    try:
        r = f()
        print(name, "ok", len(r) if hasattr(r, "__len__") else r)
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)
t("list*", lambda: [1]*2**40)
t("tuple*", lambda: (1,)*2**40)
t("list*10**10", lambda: [0]*10**10)
t("str*", lambda: "ab"*2**40)
t("bytes*", lambda: b"ab"*2**40)
t("bytearray*", lambda: bytearray(b"ab")*2**40)
t("list*2**62", lambda: [1,2]*2**62)
t("str*2**62", lambda: "ab"*2**62)
def imul():
    l = [1]; l *= 2**40; return l
t("l*=", imul)
t("bytearray(n)", lambda: bytearray(2**40))
t("bytes(n)", lambda: bytes(2**40))
t("str.ljust", lambda: "a".ljust(2**40))
t("range list", lambda: list(range(2**40)))
t("tuple range", lambda: tuple(range(10**18)))
t("sorted range", lambda: sorted(range(10**18)))
t("list range 10**18", lambda: list(range(10**18)))
def ext():
    l = [1]; l.extend(range(2**50)); return l
t("extend", ext)
try:
    raise MemoryError
except MemoryError as e:
    print(repr(e), e.args)
