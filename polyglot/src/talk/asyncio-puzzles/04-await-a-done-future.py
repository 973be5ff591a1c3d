# Awaiting a future that is already done does not suspend: the other task has not run yet.
import asyncio


async def other():
    print("other task runs")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(other())
    future = loop.create_future()
    future.set_result("ready")
    print("before await")
    value = await future
    print(f"after await: {value}")
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
