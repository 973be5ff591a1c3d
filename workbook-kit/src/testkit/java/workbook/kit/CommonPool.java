package workbook.kit;

import java.util.concurrent.ForkJoinPool;

/** The JVM's common pool, as a test that is waiting too long sees it. */
public final class CommonPool {

    private CommonPool() {
    }

    /**
     * Whether the common pool has work queued or running. A verdict starts with it idle and the solutions
     * never use it, so work found there was sent there by the code under test.
     */
    public static boolean isBusy() {
        ForkJoinPool common = ForkJoinPool.commonPool();
        return common.getQueuedSubmissionCount() + common.getActiveThreadCount() > 0;
    }
}
