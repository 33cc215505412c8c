# Argument-count errors of the _socket module functions.
import _socket as s
def t(f,*a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for f in (s.gethostbyname, s.gethostbyname_ex, s.gethostbyaddr, s.getservbyname, s.getservbyport, s.getprotobyname, s.inet_aton, s.inet_ntoa, s.inet_pton, s.inet_ntop, s.htons, s.htonl, s.ntohs, s.ntohl, s.dup, s.close, s.getnameinfo, s.setdefaulttimeout, s.if_nametoindex, s.if_indextoname, s.socketpair, s.CMSG_LEN):
    t(f); t(f, 1, 2, 3, 4)
t(s.gethostname, 1); t(s.getdefaulttimeout, 1); t(s.getaddrinfo)
