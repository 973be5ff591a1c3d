# Awaiting a future that is already done does not suspend: the queued callback waits.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    ready.set_result("ready")
    loop.call_soon(print, "another callback")
    print("before await")
    print(f"after await: {await ready}")


asyncio.run(main())
