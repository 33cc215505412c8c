# Only importable after the case adds extra_path/ to sys.path.
WHERE = 'extra_path/extra_mod.py'
def hello():
    return 'hello from ' + WHERE
