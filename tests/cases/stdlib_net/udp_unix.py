# UDP on loopback and Unix-domain sockets in a temporary directory.
import os
import socket
import time

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(("127.0.0.1", 0))
b.settimeout(5)
print(a.sendto(b"datagram", b.getsockname()))
data, addr = b.recvfrom(100)
print(data, addr == a.getsockname())
a.sendto(b"again", 0, b.getsockname())
buf = bytearray(10)
n, addr = b.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr == a.getsockname())
b.settimeout(0.05)
try:
    b.recvfrom(10)
except socket.timeout as e:
    print("timeout", e)
a.connect(b.getsockname())
a.send(b"connected")
print(b.recv(100))
a.close()
b.close()

d = "/tmp/pyston_sock_%d_%d" % (os.getpid(), time.time_ns())
os.mkdir(d)
try:
    path = os.path.join(d, "sock")
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen(1)
    print(srv.getsockname() == path, os.path.exists(path))
    cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    cli.connect(path)
    conn, addr = srv.accept()
    print(repr(addr), cli.getpeername() == path)
    cli.sendall(b"over unix")
    print(conn.recv(100))
    conn.close()
    cli.close()
    srv.close()
    u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    u.bind(os.path.join(d, "dg"))
    v = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    v.sendto(b"unix datagram", os.path.join(d, "dg"))
    print(u.recv(100))
    u.close()
    v.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        socket.socket(socket.AF_UNIX).bind("x" * 200)
    except OSError as e:
        print(e)
finally:
    for name in os.listdir(d):
        os.unlink(os.path.join(d, name))
    os.rmdir(d)
