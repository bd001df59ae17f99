# join(timeout) on a thread that is still blocked returns with the thread alive; is_alive follows it.
import threading

release = threading.Event()


def blocked():
    release.wait()


t = threading.Thread(target=blocked, name='blocked')
t.start()
t.join(timeout=0.01)
print('alive after join(0.01):', t.is_alive())
t.join(0)
t.join(-1)
print('alive after join(0) and join(-1):', t.is_alive())
print(repr(t).startswith('<Thread(blocked, started '))
release.set()
t.join()
print('alive after real join:', t.is_alive())
print(repr(t).startswith('<Thread(blocked, stopped '))
t.join(0.01)
print('joining again is fine')

# join() waits for run() to return even after a long sleep
import time
steps = []


def slow():
    time.sleep(0.05)
    steps.append('slow done')


t = threading.Thread(target=slow)
t.start()
t.join()
print(steps)
