"""Module-level state; executed only once per process."""
print('mod_counter: executing')
count = 0
def increment():
    global count
    count += 1
    return count
