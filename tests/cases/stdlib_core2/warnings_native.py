# _warnings.warn before `warnings` is used: message format on stderr.
import sys
import io
import _warnings

print(_warnings._defaultaction, type(_warnings.filters).__name__, type(_warnings._onceregistry).__name__)
print([(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in _warnings.filters])
err = io.StringIO()
sys.stderr = err


def f():
    _warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)


f()
_warnings.warn("hello")
for i in range(3):
    _warnings.warn("in a loop")
_warnings.warn(RuntimeWarning("an instance"))
_warnings.warn("ignored by default", PendingDeprecationWarning)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry={})
reg = {}
_warnings.warn_explicit("with registry", UserWarning, "somefile.py", 3, "mod", reg)
_warnings.warn_explicit("with registry", UserWarning, "somefile.py", 3, "mod", reg)
print(sorted(str(k) for k in reg))
sys.stderr = sys.__stderr__
print(err.getvalue().replace(__file__, 'FILE'))
print(sorted(str(k) for k in __warningregistry__))
try:
    _warnings.warn("x", category=int)
except TypeError as e:
    print(e)
try:
    _warnings.warn("x", category=3)
except TypeError as e:
    print(e)
try:
    _warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=5)
except TypeError as e:
    print(e)
try:
    _warnings.warn_explicit("x", UserWarning, "f.py", 1, module_globals=5)
except TypeError as e:
    print(e)
