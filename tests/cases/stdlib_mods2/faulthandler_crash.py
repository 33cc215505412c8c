import faulthandler, os, subprocess, sys
code = '''
import faulthandler
faulthandler.enable(all_threads=False)
def crash():
    faulthandler.%s()
crash()
'''
for fn in ['_sigsegv', '_sigfpe']:
    p = subprocess.run([sys.executable, '-c', code % fn], capture_output=True)
    print(fn, p.returncode, p.stdout.decode(), p.stderr.decode(), sep='|')
for extra, env in [(['-X', 'faulthandler'], {}), ([], {'PYTHONFAULTHANDLER': '1'})]:
    e = dict(os.environ); e.pop('PYTHONFAULTHANDLER', None); e.update(env)
    p = subprocess.run([sys.executable] + extra + ['-c', 'import faulthandler; print(faulthandler.is_enabled())'], capture_output=True, env=e)
    print(extra, env, p.stdout.decode().strip())
