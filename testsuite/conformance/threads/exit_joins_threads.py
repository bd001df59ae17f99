# At exit the interpreter waits for non-daemon threads (threading._shutdown); daemon threads are abandoned.
import threading
import time

never = threading.Event()


def daemon_worker():
    never.wait()
    print('never printed')


def late_worker(name):
    # The main thread counts as ended once threading._shutdown() has begun waiting for us.
    while threading.main_thread().is_alive():
        time.sleep(0.01)
    print(name, 'finishes after the main module')


threading.Thread(target=daemon_worker, daemon=True).start()
threading.Thread(target=late_worker, args=('first',)).start()
print('main module ends')
