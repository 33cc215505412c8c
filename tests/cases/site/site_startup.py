# `site` at start-up and the -S/-I/-E/-s/-P flags (subprocesses of
# sys.executable; only facts that agree between interpreters printed).
import os
import subprocess
import sys

print("site" in sys.modules, sys.flags.no_site, sys.flags.isolated, sys.flags.no_user_site)
print(sys.prefix == sys.exec_prefix, sys.base_prefix == sys.base_exec_prefix)
print(os.path.isabs(sys.executable), sys.path[0] == os.path.dirname(os.path.abspath(__file__)))

PROBE = ("import sys; f = sys.flags; "
         "print('site' in sys.modules, f.no_site, f.isolated, f.ignore_environment, f.no_user_site, f.safe_path, "
         "sys.path[0] == '' if sys.path else None, 'ENABLE_USER_SITE' in vars(sys.modules.get('site', sys)))")


def run(*args, env=None):
    r = subprocess.run([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return r.returncode, r.stdout.decode().strip(), r.stderr.decode().strip()


for flags in ([], ["-S"], ["-I"], ["-E", "-s", "-P"]):
    print(flags, run(*flags, "-c", PROBE))

env = dict(os.environ, PYTHONNOUSERSITE="1", PYTHONSAFEPATH="1")
CHECK = "import sys, site; print(sys.flags.no_user_site, sys.flags.safe_path, sys.path[0] != '', site.ENABLE_USER_SITE)"
print("PYTHONNOUSERSITE PYTHONSAFEPATH", run("-c", CHECK, env=env))
print("... with -E", run("-E", "-c", CHECK, env=env))
