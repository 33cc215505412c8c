# SystemExit with non-int, non-str codes
import sys
try:
    sys.exit([1, 2])
except SystemExit as e:
    print('code', e.code)
try:
    raise SystemExit(None)
except SystemExit as e:
    print('code', e.code)
print('exit with True')
sys.exit(True)
