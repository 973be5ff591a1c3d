# call_later(0) has no minimum delay, but a due timer joins the end of the ready queue at the next turn.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later 0")
    loop.call_soon(print, "call_soon")
    print("main yields")
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.sleep(0)
    print("main after two turns")


asyncio.run(main())
