# A future's done-callback is a call_soon handle too: it waits behind a handle queued before set_result.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    future.add_done_callback(lambda done: print("done callback"))
    loop.call_soon(print, "handle queued before set_result")
    future.set_result(1)
    loop.call_soon(print, "handle queued after set_result")
    print("main yields")
    await asyncio.sleep(0)
    print("main after one turn")


asyncio.run(main())
