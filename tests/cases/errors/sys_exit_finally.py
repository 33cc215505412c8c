# sys.exit runs finally blocks and can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    try:
        print('in try')
        sys.exit(7)
    finally:
        print('finally runs during exit')
except SystemExit as e:
    print('code', e.code, isinstance(e, Exception), isinstance(e, BaseException))
def f():
    try:
        sys.exit(4)
    except Exception:
        print('never: SystemExit is not an Exception')
try:
    f()
except BaseException as e:
    print('BaseException catches', type(e).__name__)
print('now exiting for real with 9')
try:
    sys.exit(9)
finally:
    print('last finally')
