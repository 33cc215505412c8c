import faulthandler, sys, subprocess, os, signal, time
DIR = os.path.dirname(os.path.abspath(__file__))
r, w = os.pipe()
def read_dump():
    return os.read(r, 65536).decode().replace(DIR, '<DIR>')
def g():
    faulthandler.dump_traceback(w, all_threads=False)
g()
print(read_dump())
def deep(n):
    if n == 0:
        faulthandler.dump_traceback(file=w, all_threads=False)
    else:
        deep(n - 1)
deep(120)
lines = read_dump().splitlines()
print(len(lines), lines[0], lines[1], lines[-2:])
print(faulthandler.is_enabled()); faulthandler.enable(); print(faulthandler.is_enabled()); print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
def t(f):
    try: print("ok", repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: faulthandler.register(signal.SIGSEGV))
t(lambda: faulthandler.register(0))
t(lambda: faulthandler.dump_traceback_later(0))
t(lambda: faulthandler.dump_traceback_later(-1))
t(lambda: faulthandler.dump_traceback(file=-1))
t(lambda: faulthandler.unregister(signal.SIGUSR1))
faulthandler.register(signal.SIGUSR1, file=w, all_threads=False)
def h(): os.kill(os.getpid(), signal.SIGUSR1)
h()
print(read_dump())
print(faulthandler.unregister(signal.SIGUSR1))
def sleeper():
    faulthandler.dump_traceback_later(0.02, file=w)
    time.sleep(0.4)
sleeper()
out = read_dump().splitlines()
print(out[0], out[1][:9], out[2:])
faulthandler.dump_traceback_later(10, file=w); faulthandler.cancel_dump_traceback_later()
with open(os.devnull, 'w') as f:
    faulthandler.enable(file=f); faulthandler.disable()
