# The error handler of sys.stdin/stdout follows PYTHONIOENCODING and the
# locale as CPython's: surrogateescape in the C locale, strict when
# PYTHONIOENCODING names no handler; stderr is always backslashreplace.
import os, subprocess, sys

code = 'import sys; print(sys.stdin.errors, sys.stdout.errors, sys.stderr.errors); print("\\udcff")'
for extra in [{'LC_ALL': 'C'}, {'LC_ALL': 'C.UTF-8'}, {'PYTHONIOENCODING': 'utf-8'}, {'PYTHONIOENCODING': 'utf-8:replace'}]:
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONIOENCODING', 'LC_ALL', 'LC_CTYPE', 'LANG')}
    env.update(extra)
    r = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True)
    print(extra, r.returncode, r.stdout, r.stderr.splitlines()[-1:] if r.returncode else [])
