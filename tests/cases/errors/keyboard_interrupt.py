# KeyboardInterrupt raised by code and uncaught.
# CPython then kills itself with SIGINT: exit status recorded as -2 (signal 2).
print('before KeyboardInterrupt', flush=True)
raise KeyboardInterrupt
