# call_soon handles run in the order they were queued, at the next turn, before a task that yielded after them.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for name in ["first", "second", "third"]:
        loop.call_soon(print, f"call_soon {name}")
    print("main yields")
    await asyncio.sleep(0)
    print("main after one turn")


asyncio.run(main())
