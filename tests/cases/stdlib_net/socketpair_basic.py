# socketpair round trips, blocking modes, timeouts, options and errors.
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto)
print(repr(a.family), repr(a.type))
a.sendall(b"hello world")
print(b.recv(5), b.recv(100))
b.send(b"x" * 10)
buf = bytearray(16)
n = a.recv_into(buf)
print(n, bytes(buf[:n]))
mv = memoryview(bytearray(8))
b.send(b"abc")
print(a.recv_into(mv, 2), bytes(mv))
print(a.recv(10))
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout", type(e).__name__, e, isinstance(e, OSError))
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print("blocking", e.errno == 11)
a.setblocking(True)
print(a.gettimeout())
for bad in (-1, "x"):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.recv(-1)
except ValueError as e:
    print(e)
try:
    a.recv_into(b"abc")
except TypeError as e:
    print(e)
try:
    a.send("text")
except TypeError as e:
    print(e)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 65536)
print(len(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4)))
b.shutdown(socket.SHUT_WR)
print(a.recv(10))
c = a.dup()
print(c.fileno() != a.fileno(), c.family == a.family, c.gettimeout())
c.close()
print(c.fileno())
x, y = socket.socketpair()
with x, y:
    pass
print(x.fileno(), y.fileno())
a.close()
print(a.fileno(), "[closed]" in repr(a))
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e)
b.close()
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
fd = d.detach()
print(d.fileno(), fd >= 0)
e = socket.socket(fileno=fd)
print(e.family == socket.AF_INET, e.type == socket.SOCK_DGRAM)
e.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
f = socket.socket()
print(f.gettimeout(), socket.getdefaulttimeout())
f.close()
socket.setdefaulttimeout(None)
try:
    socket.socket(99)
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.socket(fileno=-1)
except ValueError as e:
    print(e)
