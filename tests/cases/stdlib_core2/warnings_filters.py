# warnings on top of _warnings: filters, registries, record, error.
import warnings
import sys
import io

print(warnings.filters is __import__('_warnings').filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("a", RuntimeWarning)
    warnings.warn(DeprecationWarning("dep"))
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once!")
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("default")
    print([str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
    warnings.simplefilter("ignore", category=UserWarning)
    warnings.warn("not raised")
    try:
        warnings.warn("but this", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.filters[:] = [("bogus", None, Warning, None, 0)]
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print(str(e).splitlines()[0])


def show(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", message, category.__name__, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("via showwarning")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    buf = io.StringIO()
    sys.stderr = buf
    warnings.warn_explicit("explicit line", UserWarning, "x.py", 7, module_globals=None)
    sys.stderr = sys.__stderr__
    print(repr(buf.getvalue()))
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, line="  code()  "))
