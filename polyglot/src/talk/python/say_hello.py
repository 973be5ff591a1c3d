"""The talk's say_hello / print_warmup, in asyncio: a task starts only when main yields to the loop."""
import asyncio
import sys


async def wait(delay: float) -> None:
    await asyncio.sleep(delay)
    print("Thanks for waiting")


async def say_hello(delay: float) -> None:
    print("Hello")
    print("Hello")
    await wait(delay)
    print("World")


def print_warmup() -> None:
    print("Pythonistas")


async def main(delay: float) -> None:
    task = asyncio.create_task(say_hello(delay))  # scheduled, not started: main still holds the loop
    print_warmup()
    await task


asyncio.run(main(4 * (float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)))
