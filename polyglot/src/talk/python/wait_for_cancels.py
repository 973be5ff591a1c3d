"""asyncio.wait_for cancels the awaitable it gives up on: the slow greeting never prints."""
import asyncio


async def greet_after(delay: float, person: str) -> None:
    try:
        await asyncio.sleep(delay)
        print(f"  Hello {person}")
    except asyncio.CancelledError:
        print(f"  greeting {person} cancelled")
        raise


async def main() -> None:
    try:
        await asyncio.wait_for(greet_after(0.3, "Guido van Rossum"), timeout=0.1)
    except asyncio.TimeoutError:
        print("wait_for gave up after 0.1 s")
    await asyncio.sleep(0.4)
    print("0.5 s later")


asyncio.run(main())
