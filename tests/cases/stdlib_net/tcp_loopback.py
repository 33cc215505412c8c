# TCP server and client on 127.0.0.1 (ephemeral port) in one process.
import socket
import os
import errno

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)

cli = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
print(addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname())
print(type(conn).__name__, conn.gettimeout(), cli.gettimeout())
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
cli.sendall(b"ping" * 1000)
got = b""
while len(got) < 4000:
    got += conn.recv(4096)
print(len(got), got[:8])
conn.sendall(b"pong")
print(cli.recv(4))
cli.sendall(b"line one\nline two\n")
print(conn.recv(100, socket.MSG_PEEK)[:4], conn.recv(100))
conn.close()
print(cli.recv(10))
cli.close()

# non-blocking accept with nothing pending
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("accept would block", e.errno == errno.EAGAIN)
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept", e)
srv.close()

# connection refused on a port nobody listens on
s = socket.socket()
s.bind(("127.0.0.1", 0))
free = s.getsockname()[1]
s.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", free))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
print(c.connect_ex(("127.0.0.1", free)) == errno.ECONNREFUSED)
c.close()

# a forked child as the client
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
pid = os.fork()
if pid == 0:
    try:
        k = socket.create_connection(("127.0.0.1", port), timeout=5)
        k.sendall(k.recv(100).upper())
        k.close()
    finally:
        os._exit(0)
srv.settimeout(5)
conn, _ = srv.accept()
conn.sendall(b"from parent")
data = b""
while True:
    chunk = conn.recv(100)
    if not chunk:
        break
    data += chunk
print(data)
conn.close()
srv.close()
print(os.waitpid(pid, 0)[1])

# errors in addresses
s = socket.socket()
for bad in ("127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000)):
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s.close()
