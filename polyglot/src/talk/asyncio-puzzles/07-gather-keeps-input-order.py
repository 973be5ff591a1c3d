# gather's results come in the order of its arguments, whatever order they finish in.
import asyncio


async def after(ms, value):
    await asyncio.sleep(ms / 1000)
    print(f"{value} arrives")
    return value


async def main():
    results = await asyncio.gather(after(30, "slow"), after(10, "fast"), after(20, "middle"))
    print("gathered: " + ", ".join(results))


asyncio.run(main())
