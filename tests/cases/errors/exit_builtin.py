# The exit() builtin (from site) raises SystemExit
print('calling exit(2)')
exit(2)
print('never')
