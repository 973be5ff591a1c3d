"""The same greetings, each on a thread of its own: the waits overlap, 3 s in all."""
import sys
import threading
import time


def greet_after(delay: float, person: str) -> None:
    time.sleep(delay)  # blocks this thread only
    print(f"Hello {person} \U0001F44B")


if __name__ == "__main__":
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    began = time.perf_counter()
    print(f"Started at {time.strftime('%H:%M:%S')}")
    people = [(3, "Guido van Rossum"), (2, "Sebastián Ramírez"), (1, "Luciano Ramalho")]
    threads = [threading.Thread(target=greet_after, args=(delay * scale, person)) for delay, person in people]
    for thread in threads:
        thread.start()
    for thread in threads:  # started first, joined after: nobody waits for anybody else
        thread.join()
    print(f"Finished at {time.strftime('%H:%M:%S')}")
    print(f"elapsed: {time.perf_counter() - began:.3f} s", file=sys.stderr)
