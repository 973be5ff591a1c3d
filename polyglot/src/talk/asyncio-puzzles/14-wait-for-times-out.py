# wait_for cancels what it gave up on, waits for it to finish, then raises TimeoutError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        print("slow finished")
    except asyncio.CancelledError:
        print("slow cancelled by wait_for")
        raise


async def quick():
    await asyncio.sleep(0.01)
    return "quick"


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError:
        print("wait_for raised TimeoutError")
    print(await asyncio.wait_for(quick(), timeout=1) + " came in time")


asyncio.run(main())
