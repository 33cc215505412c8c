# add_note / __notes__; notes printed after the message (and inside groups).
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two\nlines")
print(e.__notes__)
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

class S(str):
    pass
e2 = KeyError("k")
e2.add_note(S("subclass note"))
print(e2.__notes__, type(e2.__notes__[0]).__name__)

def f():
    err = ExceptionGroup("with notes", [TypeError("inner")])
    err.exceptions[0].add_note("inner note")
    err.add_note("group note")
    raise err
try:
    f()
except ExceptionGroup as g:
    print(g.__notes__, g.exceptions[0].__notes__)

x = RuntimeError("final")
x.add_note("printed after the message")
x.add_note("and another")
raise x
