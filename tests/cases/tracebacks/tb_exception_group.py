# The report of an uncaught exception group: nested boxes, chained
# exceptions inside a group, notes, and a cause outside it.
def leaf(i):
    e = ValueError(f"leaf {i}")
    e.add_note(f"note of leaf {i}")
    return e

def inner():
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("during handling")

def collect():
    errors = [leaf(0)]
    try:
        inner()
    except TypeError as e:
        errors.append(e)
    errors.append(ExceptionGroup("nested", [leaf(1), OSError(2, "no such thing")]))
    raise ExceptionGroup("collected", errors)

try:
    collect()
except ExceptionGroup as eg:
    eg.add_note("group note")
    raise RuntimeError("wrapped") from eg
