# A child made by os.fork exits with its own status (sys.exit, an uncaught exception, falling off the end).
import os
import sys

def child_status(body):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        body()
        raise SystemExit(0)
    _, st = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(st)

def exit3():
    print("child exits 3")
    sys.exit(3)

def boom():
    sys.stderr = open(os.devnull, "w")
    raise ValueError("child failure")

def quiet():
    print("child returns")

print(child_status(exit3))
print(child_status(boom))
print(child_status(quiet))
print(child_status(lambda: os._exit(9)))
