import atexit

def bye(name, punct="!"):
    print("bye", name + punct)

def boom():
    raise ValueError("ignored at exit")

atexit.register(bye, "first")
atexit.register(boom)
f = atexit.register(bye, "second", punct="?")
print(f is bye)
def never():
    print("never printed")
atexit.register(never)
atexit.unregister(never)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)
print("end of module")
