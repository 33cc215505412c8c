# __name__ == '__main__' and __file__
import mod_simple
print(__name__, mod_simple.__name__)
if __name__ == '__main__':
    print('running as main')
else:
    print('imported')
print(__file__.rsplit('/', 1)[-1], __file__.startswith('/'))
import sys
print(sys.argv[0] == __file__, sys.argv[0].rsplit('/', 1)[-1], len(sys.argv))
print(__doc__, __spec__ is None or True, __builtins__ is not None)
def main():
    return 'main() called'
if __name__ == '__main__':
    print(main())
