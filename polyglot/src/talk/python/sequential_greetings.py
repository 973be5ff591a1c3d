"""Three greetings, one after another: 3 + 2 + 1 = 6 s (pass a scale, e.g. 0.1, to wait less)."""
import sys
import time


def greet_after(delay: float, person: str) -> None:
    time.sleep(delay)  # the whole program waits here
    print(f"Hello {person} \U0001F44B")


if __name__ == "__main__":
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    began = time.perf_counter()
    print(f"Started at {time.strftime('%H:%M:%S')}")
    greet_after(3 * scale, "Guido van Rossum")
    greet_after(2 * scale, "Sebastián Ramírez")
    greet_after(1 * scale, "Luciano Ramalho")
    print(f"Finished at {time.strftime('%H:%M:%S')}")
    print(f"elapsed: {time.perf_counter() - began:.3f} s", file=sys.stderr)
