package workbook.tool;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Judges an exercise in this JVM: compiles the lesson with the attendee's file (the JDK compiler API),
 * then runs its goal tests (the JUnit Platform launcher) in a fresh class loader. No Maven, no new JVM:
 * a verdict costs a compile and the tests' own waiting.
 */
public final class Judge {

    private final Path root;
    private final Path work;
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final Launcher launcher = LauncherFactory.create();
    private final java.util.Set<String> compiledLessons = new java.util.HashSet<>();

    public Judge(Path root) {
        this.root = root;
        this.work = root.resolve(".workbook/classes");
    }

    /**
     * The first verdict of a lesson compiles all of it; later ones recompile only the attendee's files
     * (src/exercise/java) into an overlay that the class loader puts first: that is what made the
     * save-to-verdict time small. A change the overlay cannot absorb falls back to a full compile.
     */
    public Verdict judge(Exercise exercise) {
        long start = System.nanoTime();
        Path lesson = root.resolve(exercise.lesson());
        Path main = work.resolve(exercise.lesson()).resolve("main");
        Path tests = work.resolve(exercise.lesson()).resolve("test");
        Path overlay = work.resolve(exercise.lesson()).resolve("exercise");
        String error;
        if (compiledLessons.contains(exercise.lesson())) {
            error = compile(List.of(lesson.resolve("src/exercise/java")), List.of(main), overlay);
        } else {
            error = compile(List.of(lesson.resolve("src/main/java"), lesson.resolve("src/exercise/java"),
                    root.resolve("workbook-kit/src/main/java")), List.of(), main);
            if (error == null) {
                error = compile(List.of(lesson.resolve("src/test/java"), root.resolve("workbook-kit/src/testkit/java")),
                        List.of(main), tests);
            }
            if (error == null) {
                deleteQuietly(overlay);
                compiledLessons.add(exercise.lesson());
            }
        }
        Duration compiling = Duration.ofNanos(System.nanoTime() - start);
        if (error != null) {
            compiledLessons.remove(exercise.lesson());
            return new Verdict(error, List.of(), exercise.goals().size(), compiling, Duration.ZERO);
        }
        long testStart = System.nanoTime();
        List<Verdict.Failure> failures = runGoalTests(exercise, List.of(overlay, tests, main,
                lesson.resolve("src/test/resources"), lesson.resolve("src/main/resources")));
        if (failures.stream().anyMatch(f -> f.message().startsWith("NoSuchMethodError") || f.message().startsWith("NoSuchFieldError")
                || f.message().startsWith("IncompatibleClassChangeError") || f.message().startsWith("AbstractMethodError"))) {
            compiledLessons.remove(exercise.lesson()); // a changed signature: judge again from a full compile
            return judge(exercise);
        }
        return new Verdict(null, failures, exercise.goals().size(), compiling, Duration.ofNanos(System.nanoTime() - testStart));
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles every .java file under {@code sources} into a fresh {@code output}; null, or the first error. */
    private String compile(List<Path> sources, List<Path> extraClasspath, Path output) {
        try {
            deleteRecursively(output);
            Files.createDirectories(output);
            List<Path> files = new ArrayList<>();
            for (Path dir : sources) {
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                    }
                }
            }
            String classpath = String.join(java.io.File.pathSeparator, Stream.concat(
                    extraClasspath.stream().map(Path::toString),
                    Stream.of(System.getProperty("java.class.path"))).toList());
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                boolean ok = compiler.getTask(new StringWriter(), fileManager, diagnostics,
                        List.of("-d", output.toString(), "-classpath", classpath, "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-proc:none", "-nowarn"), // lesson 04's coroutines; javac refuses it with --release
                        null, fileManager.getJavaFileObjectsFromPaths(files)).call();
                if (ok) {
                    return null;
                }
            }
            return diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .findFirst()
                    .map(d -> (d.getSource() == null ? "" : root.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(Locale.ROOT))
                    .orElse("compilation failed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Verdict.Failure> runGoalTests(Exercise exercise, List<Path> classpath) {
        List<Verdict.Failure> failures = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        PrintStream out = System.out;
        PrintStream err = System.err;
        String javaClassPath = System.getProperty("java.class.path");
        // Tests that start a child JVM on "this program's" class path must find the lesson's classes in it.
        System.setProperty("java.class.path", String.join(java.io.File.pathSeparator,
                Stream.concat(classpath.stream().map(Path::toString), Stream.of(javaClassPath)).toList()));
        try (URLClassLoader loader = new URLClassLoader(urls(classpath), Judge.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(exercise.goals().stream()
                            .map(goal -> selectMethod(loader, goal.testClass() + "#" + goal.method()))
                            .toList())
                    .configurationParameter("junit.jupiter.execution.timeout.default", "60 s")
                    .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .build();
            // What the tests print is theirs; the verdict is ours.
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            System.setOut(quiet);
            System.setErr(quiet);
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        Exercise.GoalTest goal = test.getSource()
                                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                                .map(m -> new Exercise.GoalTest(m.getClassName(), m.getMethodName()))
                                .orElse(new Exercise.GoalTest("?", test.getDisplayName()));
                        String message = result.getThrowable().map(Judge::describe).orElse(result.getStatus().toString());
                        failures.add(new Verdict.Failure(goal, message));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setProperty("java.class.path", javaClassPath);
            System.setOut(out);
            System.setErr(err);
            thread.setContextClassLoader(previous);
        }
        return failures;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure instanceof AssertionError && message != null
                ? message.strip()
                : failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }

    private static URL[] urls(List<Path> paths) {
        return paths.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }).toArray(URL[]::new);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
