# gather(return_exceptions=True): every outcome, an exception in its input's place.
import asyncio


async def after(ms, value):
    await asyncio.sleep(ms / 1000)
    return value


async def fail(ms, message):
    await asyncio.sleep(ms / 1000)
    raise ValueError(message)


async def main():
    results = await asyncio.gather(after(20, "a"), fail(10, "b failed"), after(30, "c"), return_exceptions=True)
    for result in results:
        print(f"error: {result}" if isinstance(result, Exception) else f"value: {result}")


asyncio.run(main())
