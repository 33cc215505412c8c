"""Interpreter start-up with `site`: run `sys.executable -c pass` N times.

Usage: python3 startup.py [runs]   (default 40)

Each child does what every program pays for before its first line: the
runtime, `sys`, the standard streams and `site` (os, stat, posixpath,
_collections_abc, the site-packages scan). The children's CPU time counts
in the benchmark's (they are waited for).
"""
import os
import sys


def main(runs):
    # fork + exec + waitpid (not subprocess) so the parent's own work stays
    # small next to the children's.
    ok = 0
    for _ in range(runs):
        pid = os.fork()
        if pid == 0:
            try:
                os.execv(sys.executable, [sys.executable, "-c", "pass"])
            finally:
                os._exit(127)
        _, status = os.waitpid(pid, 0)
        ok += os.waitstatus_to_exitcode(status) == 0
    print("%d of %d start-ups succeeded" % (ok, runs))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
