# A signal during time.sleep() runs its handler at once (PEP 475): a
# handler that raises ends the sleep with that exception; one that returns
# lets the sleep continue. SIGALRM stands in for Ctrl-C.
import signal
import time


class Stop(Exception):
    pass


def raising(signum, frame):
    raise Stop("from handler %d" % signum)


signal.signal(signal.SIGALRM, raising)
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    time.sleep(30)
    print("slept through")
except Stop as e:
    print("interrupted:", e, "early:", time.monotonic() - t0 < 10)

calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.1)
time.sleep(0.3)
print("handler ran:", calls, "resumed:", time.monotonic() - t0 >= 0.29)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
