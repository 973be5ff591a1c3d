# Without return_exceptions, gather raises the first exception; the other awaitables keep running.
import asyncio


async def after(ms, value):
    await asyncio.sleep(ms / 1000)
    print(f"{value} arrives anyway")
    return value


async def fail(ms, message):
    await asyncio.sleep(ms / 1000)
    raise ValueError(message)


async def main():
    try:
        await asyncio.gather(after(200, "slow"), fail(10, "boom"))
    except ValueError as error:
        print(f"gather raised: {error}")
    await asyncio.sleep(0.3)
    print("main ends")


asyncio.run(main())
