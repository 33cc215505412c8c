# _stat: the native predicates, S_IMODE/S_IFMT, filemode and constants used by stat.py.
import _stat
import stat

print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
modes = [0o100644, 0o40755, 0o104755, 0o41777, 0o102644, 0o120777, 0o20666, 0o60660, 0o10600, 0o140755, 0, 0o7777]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
                                stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(m)])
print(sorted((n, getattr(_stat, n)) for n in dir(_stat) if n.isupper() and not callable(getattr(_stat, n))))
print(stat.S_ISDIR(True))
for f in [lambda: stat.S_ISDIR('x'), lambda: stat.S_ISDIR(-1), lambda: stat.filemode(2**40), lambda: stat.S_IMODE(1.5), lambda: stat.S_ISDIR()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
