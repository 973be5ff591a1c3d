package workbook.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    /** Says hello, then echoes each line it reads; "hang" makes it ignore the end of its input. */
    static final class Echo {
        public static void main(String[] args) throws Exception {
            System.out.println("HELLO " + String.join(" ", args));
            var in = new BufferedReader(new InputStreamReader(System.in));
            for (String line; (line = in.readLine()) != null; ) {
                System.out.println("ECHO " + line);
            }
            if (Boolean.getBoolean("echo.hang")) {
                Thread.sleep(Duration.ofMinutes(5));
            }
        }
    }

    @Test
    void talksLineByLineAndStopsWhenItsInputEnds() throws Exception {
        List<String> echoed = new CopyOnWriteArrayList<>();
        try (ChildJvm child = ChildJvm.of(Echo.class).named("echo").echo(echoed::add).start("a", "b")) {
            assertThat(child.expect("HELLO", Duration.ofSeconds(30))).isEqualTo("HELLO a b");
            child.send("ping");
            assertThat(child.expect("ECHO", Duration.ofSeconds(10))).isEqualTo("ECHO ping");
            assertThat(child.awaitLine("HELLO a b", Duration.ofSeconds(1))).as("any line, already read or not").isTrue();
            assertThatThrownBy(() -> child.expect("NEVER", Duration.ofMillis(200)))
                    .hasMessageContaining("echo printed no \"NEVER\" line within 0 s");
            assertThat(echoed).contains("HELLO a b", "ECHO ping");
        }
    }

    @Test
    void closeKillsAChildThatDoesNotStopWithinItsGrace() throws Exception {
        ChildJvm child = ChildJvm.of(Echo.class).jvmOptions(List.of("-Decho.hang=true"))
                .stopGrace(Duration.ofMillis(300)).start();
        assertThat(child.expect("HELLO", Duration.ofSeconds(30))).isEqualTo("HELLO ");
        long start = System.nanoTime();
        child.close();

        assertThat(child.isRunning()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
