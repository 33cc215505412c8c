# A custom sys.path_hooks entry serving modules from a dict for a
# virtual sys.path entry; sys.path_importer_cache records the finders.
import importlib.abc
import importlib.util
import sys

SOURCES = {
    "vmod": "X = 'virtual'\n",
    "vpkg": "P = 'virtual package'\n",
    "vpkg.inner": "from . import P\nI = P + ' inner'\n",
}
PACKAGES = {"vpkg"}


class DictLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)


class DictFinder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, fullname, target=None):
        if fullname not in SOURCES:
            return None
        is_pkg = fullname in PACKAGES
        spec = importlib.util.spec_from_loader(fullname, DictLoader(), origin="dict:" + fullname, is_package=is_pkg)
        if is_pkg:
            spec.submodule_search_locations = ["virtual://" + fullname]
        return spec


calls = []


def hook(entry):
    if not entry.startswith("virtual://"):
        raise ImportError("not virtual")
    calls.append(entry)
    return DictFinder(entry)


sys.path_hooks.insert(0, hook)
sys.path.append("virtual://root")
try:
    import vmod
    print(vmod.X, vmod.__spec__.origin, type(vmod.__loader__).__name__)
    import vpkg.inner
    print(vpkg.P, vpkg.inner.I, vpkg.__path__)
    print(calls)
    print(type(sys.path_importer_cache["virtual://root"]).__name__)
    import vmod as again
    print(again is vmod, calls)
    try:
        import vmissing
    except ModuleNotFoundError as e:
        print(e)
finally:
    sys.path.remove("virtual://root")
    sys.path_hooks.remove(hook)
