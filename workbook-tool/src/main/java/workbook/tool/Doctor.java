package workbook.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./workbook doctor}, the day before a workshop: one line per item, ✔ or ✘, and a non-zero exit
 * when something required is missing. While online it fetches what building the exercises needs
 * (Maven's plugins and libraries, JBang), then checks that the build works with Maven offline.
 */
final class Doctor {

    private final Path root;
    private final PrintStream out;
    private boolean missing;

    Doctor(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    int check() throws Exception {
        Runtime.Version version = Runtime.version();
        line(version.feature() >= 25, "JDK " + version + " at " + System.getProperty("java.home"),
                "JDK 25 or newer");
        Optional<String> java = firstLine(List.of("java", "-version"));
        line(java.isPresent(), "java on the PATH for Maven: " + java.orElse(""),
                "no `java` on the PATH: ./mvnw needs one, 17 or newer");
        Optional<String> git = firstLine(List.of("git", "--version"));
        line(git.isPresent(), git.orElse("") + " (reset, restore, solution-branch)", "no git: reset and solution-branch need it");
        mavenOffline();
        Optional<String> jbang = firstLine(List.of(root.resolve("jbang").toString(), "version"));
        line(jbang.isPresent(), "JBang " + jbang.orElse("") + " cached (the one-file programs)",
                "JBang could not be fetched: ./jbang version says why");
        optional("python3", List.of("python3", "--version"), "the polyglot comparisons");
        optional("node", List.of("node", "--version"), "the polyglot comparisons and event-loop puzzles");
        optionalLine(Files.isExecutable(Book.CHROMIUM) && Files.isExecutable(Book.DRIVER),
                "Chromium and its driver at " + Book.CHROMIUM + ", " + Book.DRIVER + " (the book's browser check)",
                "Chromium and its driver (the book's browser check; apt-get install chromium chromium-driver)");
        out.println(missing ? "Something required is missing (✘ above)." : "Ready: the exercises build offline.");
        return missing ? 1 : 0;
    }

    /** Compiles everything and resolves the test runner with Maven offline; fetches once online if that fails. */
    private void mavenOffline() throws Exception {
        boolean ready = maven(true);
        if (!ready) {
            out.println("  … fetching the lessons' Maven plugins and libraries (once, online)");
            maven(false);
            ready = maven(true);
        }
        line(ready, "Maven: the lessons build offline (./mvnw -o), everything is in ~/.m2",
                "Maven could not fetch what the lessons need: see .workbook/doctor-maven.log");
    }

    private boolean maven(boolean offline) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-q"));
        if (offline) {
            command.add("-o");
        }
        // The tool's own jar is in use right now: build everything else, and resolve what rebuilding it needs.
        command.addAll(List.of("-pl", "!workbook-tool", "package", "dependency:build-classpath",
                "-Dmdep.outputFile=" + root.resolve(".workbook/doctor.classpath"),
                // one quick test of the kit makes Surefire fetch its JUnit runner, which no build plan lists
                "-Dtest=TimelineTest", "-Dsurefire.failIfNoSpecifiedTests=false"));
        Path log = root.resolve(".workbook/doctor-maven.log");
        Files.createDirectories(log.getParent());
        Process maven = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return maven.waitFor() == 0;
    }

    private void optional(String name, List<String> command, String forWhat) {
        Optional<String> found = firstLine(command);
        optionalLine(found.isPresent(), found.map(v -> name + " " + v.replaceFirst("^\\D+", "")).orElse("") + " (" + forWhat + ")",
                name + " (" + forWhat + ")");
    }

    private void line(boolean ok, String found, String problem) {
        out.println(ok ? "✔ " + found : "✘ " + problem);
        missing |= !ok;
        out.flush();
    }

    private void optionalLine(boolean ok, String found, String absent) {
        out.println(ok ? "✔ " + found : "· optional, not found: " + absent);
        out.flush();
    }

    /** The first line a command prints, when it runs and exits with 0. */
    private Optional<String> firstLine(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return output.lines().filter(l -> !l.isBlank() && !l.startsWith("[jbang]") && !l.startsWith("jbang: ")).findFirst().map(String::strip);
        } catch (IOException notInstalled) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
