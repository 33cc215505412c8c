# Modules and packages imported from a zip archive on sys.path
# (zipimport.zipimporter from sys.path_hooks), stored and deflated.
import os
import shutil
import sys
import tempfile
import zipfile

tmp = tempfile.mkdtemp(prefix="pyston_zipimport_")
try:
    archive = os.path.join(tmp, "lib.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zmod.py", "VALUE = 'from zip'\ndef f(x):\n    return x * 2\n")
        z.writestr("zpkg/__init__.py", "NAME = 'zpkg'\n")
        z.writestr("zpkg/sub.py", "from . import NAME\nWHO = NAME + '.sub'\n")
        z.writestr("zpkg/data.txt", "some data\n")
        z.writestr("zdeflated.py", "LINES = [%s]\n" % ", ".join(str(i) for i in range(200)),
                   compress_type=zipfile.ZIP_DEFLATED)
    sys.path.insert(0, archive)
    import zmod
    print(zmod.VALUE, zmod.f(21))
    print(os.path.relpath(zmod.__file__, tmp))
    print(type(zmod.__loader__).__name__, zmod.__spec__.name, zmod.__spec__.origin == zmod.__file__)
    import zpkg.sub
    print(zpkg.NAME, zpkg.sub.WHO, [os.path.relpath(p, tmp) for p in zpkg.__path__])
    print(zpkg.__spec__.submodule_search_locations == zpkg.__path__, zpkg.__package__, zpkg.sub.__package__)
    print(zpkg.__loader__.get_data(os.path.join(tmp, "lib.zip", "zpkg", "data.txt")))
    print(zpkg.__loader__.is_package("zpkg"), zmod.__loader__.get_source("zmod").splitlines()[0])
    import zdeflated
    print(len(zdeflated.LINES), sum(zdeflated.LINES))
    importer = sys.path_importer_cache[archive]
    print(type(importer).__name__, os.path.relpath(importer.archive, tmp), repr(importer.prefix))
    import pkgutil
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([archive])))
    try:
        import znothere
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
    from importlib import resources
    print(resources.files("zpkg").joinpath("data.txt").read_bytes())
finally:
    sys.path[:] = [p for p in sys.path if not p.startswith(tmp)]
    shutil.rmtree(tmp)
print("done")
