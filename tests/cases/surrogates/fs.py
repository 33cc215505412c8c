# File names that are not valid UTF-8 round-trip through str paths.
import os, shutil, tempfile

d = tempfile.mkdtemp()
try:
    bd = os.fsencode(d)
    with open(os.path.join(bd, b'\xff'), 'wb') as f:
        f.write(b'data')
    with open(os.path.join(bd, b'ok-\xe7w\xf0'), 'wb') as f:
        f.write(b'x')
    names = sorted(os.listdir(d))
    print([ascii(n) for n in names])
    print(sorted(os.listdir(bd)))
    for n in names:
        p = os.path.join(d, n)
        st = os.stat(p)
        print(ascii(n), st.st_size, os.path.exists(p), os.path.isfile(p), os.fsencode(n))
        with open(p, 'rb') as f:
            print(f.read())
    print(sorted(ascii(e.name) for e in os.scandir(d)))
    src = os.path.join(d, '\udcff')
    dst = os.path.join(d, 'renamed-\udcfe')
    os.rename(src, dst)
    print(sorted(os.listdir(bd)))
    os.symlink('\udcfe-target', os.path.join(d, 'link'))
    print(ascii(os.readlink(os.path.join(d, 'link'))), os.readlink(os.path.join(bd, b'link')))
    os.mkdir(os.path.join(d, 'sub\udc80'))
    old = os.getcwd()
    os.chdir(os.path.join(d, 'sub\udc80'))
    print(ascii(os.path.basename(os.getcwd())), os.path.basename(os.getcwdb()))
    os.chdir(old)
    for n in os.listdir(d):
        p = os.path.join(d, n)
        if os.path.isdir(p) and not os.path.islink(p):
            os.rmdir(p)
        else:
            os.unlink(p)
    print(os.listdir(d))
    # A surrogate that is not an escaped byte cannot name a file.
    try:
        open(os.path.join(d, '\ud800'), 'w')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    try:
        os.stat('\ud800')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    print(ascii(os.fsdecode(b'\x80abc')), os.fsencode('\udc80abc'))
finally:
    shutil.rmtree(d)

import test.support
from test.support import os_helper
print(ascii(os_helper.TESTFN_UNENCODABLE[-5:]), os_helper.TESTFN_UNDECODABLE is not None)
print(ascii(os_helper.FS_NONASCII))
