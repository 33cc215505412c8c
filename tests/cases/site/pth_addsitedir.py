# .pth processing through site.addsitedir: path lines, import lines,
# comments, missing directories, duplicates.
import os
import shutil
import site
import sys
import tempfile

tmp = tempfile.mkdtemp(prefix="pyston_pth_")
try:
    sitedir = os.path.join(tmp, "site-packages")
    extra = os.path.join(tmp, "extra")
    os.makedirs(sitedir)
    os.makedirs(extra)
    with open(os.path.join(extra, "pthmod.py"), "w") as f:
        f.write("WHERE = 'extra'\n")
    with open(os.path.join(sitedir, "a.pth"), "w") as f:
        f.write("# a comment\n../extra\n\n../missing\nimport sys; sys.pth_ran = getattr(sys, 'pth_ran', 0) + 1\n")
    with open(os.path.join(sitedir, "b.pth"), "w") as f:
        f.write("../extra\n")
    with open(os.path.join(sitedir, ".hidden.pth"), "w") as f:
        f.write("import sys; sys.hidden_ran = True\n")
    before = list(sys.path)
    known = site.addsitedir(sitedir)
    added = [os.path.relpath(p, tmp) for p in sys.path if p not in before]
    print(added)
    print(getattr(sys, "pth_ran", None), hasattr(sys, "hidden_ran"))
    import pthmod
    print(pthmod.WHERE)
    site.addsitedir(sitedir)
    print(sys.path.count(extra), sys.pth_ran)
finally:
    sys.path[:] = [p for p in sys.path if not p.startswith(tmp)]
    shutil.rmtree(tmp)
