# A directory with __main__.py runs as the script, with the directory first
# on sys.path; without __main__.py it is an error with exit status 1.
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    app = os.path.join(d, "app")
    os.mkdir(app)
    with open(os.path.join(app, "__main__.py"), "w") as f:
        f.write("import sys, helper\n"
                "print('main', __name__, helper.X, sys.argv[1:2])\n"
                "print(sys.path[0] == sys.argv[2], __file__.endswith('/app/__main__.py'))\n")
    with open(os.path.join(app, "helper.py"), "w") as f:
        f.write("X = 42\n")
    r = subprocess.run([sys.executable, app, "a", app], capture_output=True)
    print(r.returncode, r.stdout.decode(), end="")
    r = subprocess.run([sys.executable, "app", "b", os.path.join(d, "app")], capture_output=True, cwd=d)
    print(r.returncode, r.stdout.decode(), end="")
    empty = os.path.join(d, "empty")
    os.mkdir(empty)
    r = subprocess.run([sys.executable, empty], capture_output=True)
    print(r.returncode, repr(r.stdout), b"can't find '__main__' module in" in r.stderr)
