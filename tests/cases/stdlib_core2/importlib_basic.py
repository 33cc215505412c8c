# importlib on top of the native import: import_module, reload, machinery,
# custom finders (needs the `posix` module for importlib._bootstrap_external).
import email
import importlib
import importlib.machinery
import sys
import email.errors
# Modules loaded before and after importlib get importlib's spec and loader.
for m in (email, email.errors):
    print(type(m.__spec__).__module__, type(m.__loader__).__name__, m.__loader__ is m.__spec__.loader)
    print(m.__spec__.parent, m.__spec__.has_location, m.__spec__.origin == m.__file__)
    print(m.__loader__.get_data(m.__file__)[:12], m.__loader__.is_package(m.__name__))
print(email.__spec__.submodule_search_locations == email.__path__)
print(importlib.__name__, importlib._bootstrap.__name__, importlib._bootstrap_external.__name__)
print(sys.modules['_frozen_importlib'] is importlib._bootstrap)
m = importlib.import_module('email')
print(m.__name__, m.__spec__.name, m is sys.modules['email'])
print(importlib.import_module('email.errors').__name__)
print(importlib.import_module('.abc', 'collections').__name__)
print(importlib.machinery.BuiltinImporter.find_spec('time'))
print(importlib.machinery.BuiltinImporter.find_spec('email'))
print(importlib.machinery.SOURCE_SUFFIXES)
print([f.__name__ for f in sys.meta_path if isinstance(f, type)][-3:])


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.x = 42


class Finder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == 'virtualmod':
            return importlib.machinery.ModuleSpec(name, Loader())
        return None


sys.meta_path.insert(0, Finder)
import virtualmod
print(virtualmod.x, virtualmod.__spec__.name, type(virtualmod.__loader__).__name__)
print(importlib.import_module('virtualmod') is virtualmod)
try:
    importlib.import_module('nonexistent_mod_xyz')
except ModuleNotFoundError as e:
    print(e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print(e)
import time
print(time.__spec__)
print(importlib.reload(time) is time)
sys.meta_path.remove(Finder)
