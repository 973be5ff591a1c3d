package workbook.eventloop.server;

/**
 * A server of {@link Service} built on a framework rather than here, found on the class path with
 * {@link java.util.ServiceLoader}: the comparison runs every one it finds beside the servers of this
 * lesson, in a JVM of its own like them. The lesson itself depends on no framework.
 */
public interface ServerProvider {

    /** Its name on the command line of {@link ServerProcess}, in lower case: "netty". */
    String kind();

    /** Starts it on loopback, its database taking {@link Service#DATABASE}. */
    BusyServer start();
}
