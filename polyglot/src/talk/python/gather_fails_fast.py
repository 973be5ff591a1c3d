"""asyncio.gather fails as soon as one task fails: a task failing at 0.1 s beside one succeeding at 2 s."""
import asyncio
import time


async def fail_after(delay: float) -> str:
    await asyncio.sleep(delay)
    raise OSError("posts service is down")


async def succeed_after(delay: float) -> str:
    await asyncio.sleep(delay)
    return "profile"


async def main() -> None:
    began = time.perf_counter()
    try:
        await asyncio.gather(fail_after(0.1), succeed_after(2))
    except OSError as error:
        print(f"gather failed after {time.perf_counter() - began:.2f} s: {error}")


asyncio.run(main())
