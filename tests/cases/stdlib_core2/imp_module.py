# _imp: the interpreter side of importlib.
import _imp
import sys
import time
print(_imp.is_builtin('time'), _imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('json'))
print(_imp.is_frozen('json'), _imp.find_frozen('json'), _imp.check_hash_based_pycs)
print(_imp.lock_held())
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    _imp.get_frozen_object('json')
except ImportError as e:
    print('ImportError', e)
try:
    _imp.is_frozen_package('json')
except ImportError as e:
    print('ImportError', e)
print(_imp.source_hash(3495, b'print(1)\n'), _imp.source_hash(key=0, source=b''))
print(type(_imp.extension_suffixes()).__name__)


class Spec:
    name = 'time'


m = _imp.create_builtin(Spec)
print(m.__name__, m is time, type(m).__name__)
Spec.name = 'no_such_builtin'
print(_imp.create_builtin(Spec))
print(_imp.exec_builtin(m))
