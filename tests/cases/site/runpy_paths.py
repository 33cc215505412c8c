# runpy.run_path on a file, a directory and a zip archive with
# __main__.py; runpy.run_module on a module and a package.
import os
import runpy
import shutil
import sys
import tempfile
import zipfile

tmp = tempfile.mkdtemp(prefix="pyston_runpy_")
try:
    script = os.path.join(tmp, "script.py")
    with open(script, "w") as f:
        f.write("RESULT = 6 * 7\nNAME = __name__\nprint('script running as', __name__)\n")
    g = runpy.run_path(script)
    print(g["RESULT"], g["NAME"], os.path.relpath(g["__file__"], tmp))
    g = runpy.run_path(script, run_name="custom", init_globals={"EXTRA": 1})
    print(g["NAME"], g["EXTRA"])

    appdir = os.path.join(tmp, "appdir")
    os.mkdir(appdir)
    with open(os.path.join(appdir, "__main__.py"), "w") as f:
        f.write("import helper\nprint('dir main', __name__, helper.H)\n")
    with open(os.path.join(appdir, "helper.py"), "w") as f:
        f.write("H = 'helper from dir'\n")
    g = runpy.run_path(appdir)
    print(g["__name__"], "helper" in sys.modules)
    del sys.modules["helper"]

    archive = os.path.join(tmp, "app.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("__main__.py", "import zhelper\nprint('zip main', __name__, zhelper.Z)\n")
        z.writestr("zhelper.py", "Z = 'helper from zip'\n")
    g = runpy.run_path(archive)
    print(g["__name__"], type(g["__loader__"]).__name__)

    lib = os.path.join(tmp, "lib")
    os.makedirs(os.path.join(lib, "rpkg"))
    with open(os.path.join(lib, "rmod.py"), "w") as f:
        f.write("print('rmod as', __name__)\nX = 1\n")
    with open(os.path.join(lib, "rpkg", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(lib, "rpkg", "__main__.py"), "w") as f:
        f.write("print('rpkg main as', __name__, __package__)\n")
    sys.path.insert(0, lib)
    g = runpy.run_module("rmod")
    print(g["X"], g["__name__"], "rmod" in sys.modules)
    g = runpy.run_module("rmod", run_name="__main__", alter_sys=True)
    print(g["__name__"])
    g = runpy.run_module("rpkg")
    print(g["__name__"], g["__spec__"].name)
    try:
        runpy.run_module("rnothere")
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    sys.path[:] = [p for p in sys.path if not p.startswith(tmp)]
    shutil.rmtree(tmp)
