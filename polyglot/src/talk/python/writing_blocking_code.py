"""The pitfall: 10, 2 and 3 s awaited one by one take 15 s; gathered, 10 s.
Usage: writing_blocking_code.py [scale] [one-by-one or gather]"""
import asyncio
import sys
import time


async def greet_after(delay: float, person: str) -> None:
    await asyncio.sleep(delay)
    print(f"Hello {person} \U0001F44B")


async def main(scale: float, mode: str) -> None:
    greetings = [greet_after(10 * scale, "Guido van Rossum"),
                 greet_after(2 * scale, "Sebastián Ramírez"),
                 greet_after(3 * scale, "Luciano Ramalho")]
    if mode == "one-by-one":
        for greeting in greetings:
            await greeting  # the next one does not even start until this one is done
    else:
        await asyncio.gather(*greetings)


if __name__ == "__main__":
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    mode = sys.argv[2] if len(sys.argv) > 2 else "one-by-one"
    began = time.perf_counter()
    print(f"Started at {time.strftime('%H:%M:%S')}")
    asyncio.run(main(scale, mode))
    print(f"Finished at {time.strftime('%H:%M:%S')}")
    print(f"elapsed: {time.perf_counter() - began:.3f} s", file=sys.stderr)
