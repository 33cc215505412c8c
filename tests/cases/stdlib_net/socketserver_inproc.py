# socketserver in one process: the client's data is queued by the kernel
# before the server handles the request.
import socket
import socketserver
import selectors

class Upper(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(data.upper())

with socketserver.TCPServer(("127.0.0.1", 0), Upper) as srv:
    host, port = srv.server_address
    print(host, port > 0, srv.socket.type == socket.SOCK_STREAM)
    cli = socket.create_connection((host, port), timeout=5)
    cli.sendall(b"hello server")
    srv.timeout = 5
    srv.handle_request()
    print(cli.recv(100))
    cli.close()

class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)

with socketserver.UDPServer(("127.0.0.1", 0), Echo) as srv:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.settimeout(5)
    u.sendto(b"abc", srv.server_address)
    srv.handle_request()
    print(u.recvfrom(10)[0])
    u.close()

# selectors over sockets
a, b = socket.socketpair()
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, "a")
print(sel.select(timeout=0))
b.send(b"x")
print([(k.data, ev) for k, ev in sel.select(timeout=1)])
sel.unregister(a)
sel.close()
a.close()
b.close()
