# _signal: Python handlers run between instructions, SIG_IGN/SIG_DFL, getsignal, errors.
import signal, os, time
print(signal.NSIG, signal.SIGINT, signal.Signals.SIGTERM, repr(signal.Signals(15)))
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
got = []
def h(sig, frame):
    got.append((sig, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
for i in range(3): pass
print(got)
signal.signal(signal.SIGALRM, h)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
print(got)
def boom(sig, frame):
    raise RuntimeError("boom %d" % sig)
signal.signal(signal.SIGUSR2, boom)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for i in range(10): pass
except RuntimeError as e:
    print("caught", e)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(10): pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGUSR1), len(signal.valid_signals()))
for f in [lambda: signal.signal(0, 0), lambda: signal.signal(2, 5), lambda: signal.signal(9, signal.SIG_IGN), lambda: signal.getsignal(99)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.ItimerError, signal.getitimer(signal.ITIMER_REAL))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
print(signal.default_int_handler)
