# Calling an async function without await runs nothing; Python warns when the coroutine is dropped.
import asyncio


async def send_mail():
    print("mail sent")


async def main():
    send_mail()
    print("main ends, no mail sent")


asyncio.run(main())
