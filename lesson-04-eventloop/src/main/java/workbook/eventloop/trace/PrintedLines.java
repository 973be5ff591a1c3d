package workbook.eventloop.trace;

import java.util.ArrayList;

/**
 * A list of printed lines that also tells the trace being recorded on this thread, if any: a test
 * that collects what a run printed keeps its list, and its failure can show where the order went wrong.
 */
public final class PrintedLines extends ArrayList<String> {

    @Override
    public boolean add(String line) {
        tell(line);
        return super.add(line);
    }

    /** Tells the trace being recorded on this thread, if any, that {@code line} was printed. */
    public static void tell(String line) {
        Recorder recorder = Recorder.installed();
        if (recorder != null) {
            recorder.printed(line);
        }
    }
}
