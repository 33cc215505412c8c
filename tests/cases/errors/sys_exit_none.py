import sys
print('sys.exit() with no argument')
sys.exit()
