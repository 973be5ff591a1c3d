"""asyncio's debug mode names a callback that held the loop longer than loop.slow_callback_duration (0.1 s)."""
import asyncio
import time


def find_primes_for(seconds: float) -> None:
    time.sleep(seconds)  # stands in for a computation: either way the loop's only thread is held


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"slow_callback_duration: {loop.slow_callback_duration} s")
    loop.call_soon(find_primes_for, 0)  # over at once: not reported (on a quiet machine)
    loop.call_soon(find_primes_for, 0.3)
    await asyncio.sleep(0.4)


asyncio.run(main(), debug=True)
