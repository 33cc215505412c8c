# A custom finder on sys.meta_path is consulted by the import statement;
# importlib's own finders are not replaced.
import sys
from _frozen_importlib import ModuleSpec

log = []


class Loader:
    def create_module(self, spec):
        log.append(('create', spec.name))
        return None

    def exec_module(self, module):
        log.append(('exec', module.__name__))
        module.answer = 42
        if module.__name__ == 'virtpkg':
            module.__path__ = []


class Finder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        log.append(('find', name, path))
        if name.startswith('virt'):
            return ModuleSpec(name, Loader(), is_package=(name == 'virtpkg'))
        return None


sys.meta_path.insert(0, Finder)
import virtmod
print(virtmod.answer, virtmod.__name__, virtmod.__spec__.name, type(virtmod.__loader__).__name__)
print(virtmod.__spec__.origin, virtmod.__package__)
import virtpkg.sub
print(virtpkg.sub.answer, virtpkg.sub.__spec__.parent)
from virtpkg import sub
print(sub is virtpkg.sub)
import email.errors  # found by the regular finders after ours declines
print(email.errors.__name__)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(e)
for entry in log:
    if entry[0] == 'find' and entry[1].startswith(('email', 'encodings', 're', '_')):
        continue
    print(entry)
sys.meta_path.remove(Finder)
