# Stdlib users of io's wrappers: gzip/bz2/lzma text and binary files,
# subprocess text mode, uuid, socket.makefile.
import bz2
import gzip
import io
import lzma
import os
import socket
import subprocess
import tempfile
import uuid

d = tempfile.mkdtemp()
try:
    for mod in (gzip, bz2, lzma):
        p = os.path.join(d, 'f')
        with mod.open(p, 'wt', encoding='utf-8') as f:
            print(type(f).__name__, f.write("line1\nline2\nü\n"))
        with mod.open(p, 'rt', encoding='utf-8') as f:
            print(mod.__name__, f.readlines())
        with mod.open(p, 'rt', encoding='utf-8', newline='') as f:
            print(repr(f.read(3)), repr(f.readline()))
        with mod.open(p, 'rb') as f:
            print(f.read(), type(f).__name__)
        with mod.open(p, 'rb') as f:
            print(f.readline(), f.peek(1)[:1], list(f))
        with mod.open(p, 'wb') as f:
            f.write(b"a\r\nb")
        with mod.open(p, 'rt', encoding='ascii') as f:
            print(repr(f.read()), f.newlines)
        os.remove(p)
finally:
    os.rmdir(d)

r = subprocess.run(['echo', 'hi there'], text=True, capture_output=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(repr(subprocess.check_output(['printf', 'a\\r\\nb'], text=True)))
print(repr(subprocess.check_output(['printf', 'a\\r\\nb'], universal_newlines=True)))
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as pr:
    print(type(pr.stdin).__name__, type(pr.stdout).__name__)
    out, _ = pr.communicate("piped\n")
print(repr(out))

u = uuid.uuid4()
print(u.version, u.variant, len(str(u)), type(u.int).__name__, len(u.hex))

a, b = socket.socketpair()
fa = a.makefile('rw')
fb = b.makefile('rw', encoding='utf-8', newline='')
fa.write("hello\n")
fa.flush()
print(repr(fb.readline()))
fb.write("back\r\nmore\n")
fb.flush()
print(repr(fa.readline()), repr(fa.readline()))
print(type(fa).__name__, type(fa.buffer).__name__, fa.mode)
rb = b.makefile('rb')
a.sendall(b"bytes\n")
print(rb.readline(), type(rb).__name__)
for f in (fa, fb, rb):
    f.close()
a.close()
b.close()
