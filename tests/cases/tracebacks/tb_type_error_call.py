def connect(host, port, *, timeout):
    return (host, port, timeout)


print(connect('h', 1, timeout=2))
connect('h', 1, 2)
