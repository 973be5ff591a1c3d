package workbook.tool;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Judges an exercise in this JVM: compiles the attendee's file (the JDK compiler API) on top of the
 * lesson, then runs every test of the exercise's test classes (the JUnit Platform launcher) in a fresh
 * class loader. No Maven, no new JVM: a verdict costs a compile of one file and the tests' own waiting.
 *
 * <p>The lesson (its given code, the exercises as a base, its tests and the kit) is compiled once into
 * {@code .workbook/classes/<lesson>/<stamp>}, where the stamp is a hash of those sources: later verdicts,
 * in this JVM or the next {@code ./workbook run}, compile only the file being judged into an overlay that
 * the class loader puts first. A different source can stand in for the attendee's file (a mistake of the
 * catalogue, the solution, the shipped exercise) without touching it.
 *
 * <p>Tests run with JUnit Jupiter's parallel execution on: classes run one after another unless marked
 * {@code @Execution(CONCURRENT)}, {@code @Isolated} ones alone. Failures are reported in the order the test
 * plan discovered them, whatever order they finished in, so the first failure shown is always the same.
 */
public final class Judge {

    /**
     * What a verdict is doing, as it happens, for a screen that wants to show it. Every method has an empty
     * default; the test events come from JUnit's worker threads, several at once when tests run side by side.
     * Print to a stream you hold: while tests run, {@code System.out} and {@code System.err} are silenced.
     * <pre>{@code
     * judge.judge(exercise, new Judge.Listener() {
     *     public void judging(Exercise e) { out.println("judging " + e.name() + "…"); }
     *     public void testFinished(String test, boolean passed) { out.print(passed ? "." : "✘"); }
     * });
     * }</pre>
     */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** At once, before compiling. */
        default void judging(Exercise exercise) {
        }

        /** Compiled; {@code tests} tests are about to run (a parameterized test counts once, its runs come on top). */
        default void testsFound(int tests) {
        }

        /** A test started, named like {@code ConcurrentGreeterTest.anExecutorGreetsEveryoneInThreeSeconds}. */
        default void testStarted(String test) {
        }

        /** A test ended (a skipped test does not end: it never started). */
        default void testFinished(String test, boolean passed) {
        }
    }

    /** How much of the exercise's tests a verdict runs. */
    public enum Scope {
        /** Every test of its test classes: the attendee's verdict. */
        EVERY_TEST,
        /** The same, but the rest is left unrun once the first failure (in discovery order) is known. */
        UNTIL_FIRST_FAILURE
    }

    /** Parallel execution as in the build (the root pom's surefire settings): classes opt in with {@code @Execution(CONCURRENT)}. */
    static final Map<String, String> CONFIGURATION = Map.of(
            "junit.jupiter.execution.timeout.default", "60 s",
            "junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD",
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "same_thread",
            "junit.jupiter.execution.parallel.mode.classes.default", "same_thread",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "8");

    private final Path root;
    private final Path exercises;
    private final Path work;
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final Launcher launcher = LauncherFactory.create();
    private final String attempt; // this process's suffix for a build in progress

    /** Judges the attendee's working copy. */
    public Judge(Path root) {
        this(root, root, root.resolve(".workbook/classes"));
    }

    /**
     * @param root      the workbook (lessons, kit, tests)
     * @param exercises where {@code <lesson>/src/exercise/java} is taken from: the root, or a copy of the
     *                  shipped exercises (see {@link Shipped})
     * @param work      where compiled lessons are kept
     */
    public Judge(Path root, Path exercises, Path work) {
        this.root = root;
        this.exercises = exercises;
        this.work = work;
        this.attempt = ".building-" + ProcessHandle.current().pid();
    }

    /** The exercise as the attendee has it now. */
    public Verdict judge(Exercise exercise) {
        return judge(exercise, Listener.NONE);
    }

    public Verdict judge(Exercise exercise, Listener listener) {
        return judge(exercise, exercises.resolve(exercise.file()), Scope.EVERY_TEST, listener);
    }

    /**
     * As below, with every test ({@code false}) or until the first failure ({@code true}): that failure is
     * the same either way, the verdict only sooner.
     */
    public Verdict judge(Exercise exercise, Path source, boolean stopAtFirstFailure, Listener listener) {
        return judge(exercise, source, stopAtFirstFailure ? Scope.UNTIL_FIRST_FAILURE : Scope.EVERY_TEST, listener);
    }

    /** The exercise with {@code source} in place of its class (a mistake, the solution, the shipped file). */
    public Verdict judge(Exercise exercise, Path source, Scope scope, Listener listener) {
        listener.judging(exercise);
        return judge(exercise, source, scope, listener, true);
    }

    private Verdict judge(Exercise exercise, Path source, Scope scope, Listener listener, boolean mayRetry) {
        long start = System.nanoTime();
        Path lessonWork = work.resolve(exercise.lesson());
        Compiled compiled;
        try {
            compiled = compileLesson(exercise.lesson(), lessonWork);
        } catch (CompileError e) {
            return new Verdict(e.getMessage(), List.of(), exercise.goals().size(), 0, false,
                    Duration.ofNanos(System.nanoTime() - start), Duration.ZERO);
        }
        Path overlay;
        try {
            overlay = compileAttempt(source, compiled);
        } catch (CompileError e) {
            return new Verdict(e.getMessage(), List.of(), exercise.goals().size(), 0, false,
                    Duration.ofNanos(System.nanoTime() - start), Duration.ZERO);
        }
        Duration compiling = Duration.ofNanos(System.nanoTime() - start);
        Path lesson = root.resolve(exercise.lesson());
        long testStart = System.nanoTime();
        Run run = runTests(exercise, List.of(overlay, compiled.tests(), compiled.main(),
                lesson.resolve("src/test/resources"), lesson.resolve("src/main/resources")), scope, listener);
        if (mayRetry && run.failures.stream().anyMatch(f -> f.message().matches(
                "^(NoSuchMethodError|NoSuchFieldError|IncompatibleClassChangeError|AbstractMethodError).*"))) {
            deleteQuietly(compiled.main().getParent()); // a changed signature the lesson was compiled against
            return judge(exercise, source, scope, listener, false);
        }
        return new Verdict(null, run.failures, exercise.goals().size(), run.tests, run.stopped,
                compiling, Duration.ofNanos(System.nanoTime() - testStart), run.timeline);
    }

    private record Compiled(Path main, Path tests) {
        Path attempts() {
            return main.resolveSibling("attempts");
        }
    }

    private static final int ATTEMPTS_KEPT = 64;

    /**
     * One source compiled on top of the lesson, kept by a hash of its content: judging an unchanged file
     * again (verify, a second run, the proof's second pass) compiles nothing.
     */
    private Path compileAttempt(Path source, Compiled compiled) throws CompileError {
        String key;
        try {
            key = hash(List.of(source));
        } catch (UncheckedIOException e) {
            throw new CompileError(shown(source) + ": cannot be read (" + e.getCause().getMessage() + ")");
        }
        Path overlay = compiled.attempts().resolve(key);
        if (Files.isDirectory(overlay)) {
            overlay.toFile().setLastModified(System.currentTimeMillis()); // recently judged: kept longest
            return overlay;
        }
        buildOnce(overlay, building -> compile(List.of(source), List.of(compiled.main()), building));
        try (Stream<Path> attempts = Files.list(compiled.attempts())) {
            attempts.filter(Judge::isBuild)
                    .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed())
                    .skip(ATTEMPTS_KEPT).forEach(Judge::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // pruned next time
        }
        return overlay;
    }

    /** Compiles into a folder; the compiler's errors, or null. */
    private interface Build {
        String into(Path folder);
    }

    /**
     * Builds {@code ready} unless it is there, in a folder of this process's own that is then moved into place.
     * A lock file beside it makes a second ./workbook building the same thing at once (the proof's lanes judge
     * each lesson at two parallelisms) wait, then take the first one's build instead of compiling it again.
     */
    private void buildOnce(Path ready, Build build) throws CompileError {
        Path lockFile = ready.resolveSibling(ready.getFileName() + ".lock");
        synchronized (Judge.class) { // a file lock is held per process: threads of one process take turns here
            try {
                Files.createDirectories(ready.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock held = channel.lock()) {
                    if (!Files.isDirectory(ready)) {
                        Path building = ready.resolveSibling(ready.getFileName() + attempt);
                        String error = build.into(building);
                        if (error != null) {
                            deleteQuietly(building);
                            throw new CompileError(error);
                        }
                        settle(building, ready);
                    }
                } finally {
                    Files.deleteIfExists(lockFile);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A finished build, not one in progress or its lock. */
    private static boolean isBuild(Path path) {
        String name = path.getFileName().toString();
        return !name.contains(".building-") && !name.endsWith(".lock");
    }

    /** Moves a finished build into place, unless another ./workbook put the same one there first. */
    private static void settle(Path building, Path ready) {
        try {
            Files.move(building, ready, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            deleteQuietly(building);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CompileError extends Exception {
        CompileError(String message) {
            super(message, null, false, false);
        }
    }

    /** The lesson compiled from its sources as they are now: reused when its stamp matches. */
    private Compiled compileLesson(String lessonName, Path lessonWork) throws CompileError {
        Path lesson = root.resolve(lessonName);
        List<Path> mainSources = List.of(lesson.resolve("src/main/java"), exercises.resolve(lessonName).resolve("src/exercise/java"),
                root.resolve("workbook-kit/src/main/java"));
        List<Path> testSources = List.of(lesson.resolve("src/test/java"), root.resolve("workbook-kit/src/testkit/java"));
        // The attendee's own folder changes on every save and is judged file by file: only a copy counts.
        List<Path> stamped = exercises.equals(root)
                ? List.of(mainSources.get(0), mainSources.get(2), testSources.get(0), testSources.get(1))
                : Stream.concat(mainSources.stream(), testSources.stream()).toList();
        Path ready = lessonWork.resolve(hash(javaFiles(stamped)));
        Compiled compiled = new Compiled(ready.resolve("main"), ready.resolve("test"));
        if (Files.isDirectory(ready)) {
            return compiled;
        }
        buildOnce(ready, building -> {
            String error = compile(javaFiles(mainSources), List.of(), building.resolve("main"));
            return error != null ? error : compile(javaFiles(testSources), List.of(building.resolve("main")), building.resolve("test"));
        });
        forgetOlderBuilds(lessonWork, ready);
        return compiled;
    }

    private void forgetOlderBuilds(Path lessonWork, Path ready) {
        try (Stream<Path> builds = Files.list(lessonWork)) {
            builds.filter(p -> !p.equals(ready) && isBuild(p))
                    .forEach(Judge::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // another process may be judging with an old build: it is removed next time
        }
    }

    /** A hash of the files' paths and contents, and of this tool's class path and JDK. */
    private static String hash(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.class.path").getBytes(StandardCharsets.UTF_8));
            digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
            for (Path file : files) {
                digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaFiles(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    /** Compiles {@code files} into a fresh {@code output}; null, or the first error. */
    private String compile(List<Path> files, List<Path> extraClasspath, Path output) {
        try {
            deleteRecursively(output);
            Files.createDirectories(output);
            String classpath = String.join(java.io.File.pathSeparator, Stream.concat(
                    extraClasspath.stream().map(Path::toString),
                    Stream.of(System.getProperty("java.class.path"))).toList());
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                boolean ok = compiler.getTask(new StringWriter(), fileManager, diagnostics,
                        // lesson 04's coroutines need the JDK's continuation; javac refuses --add-exports with --release
                        List.of("-d", output.toString(), "-classpath", classpath,
                                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-proc:none", "-nowarn"),
                        null, fileManager.getJavaFileObjectsFromPaths(files)).call();
                if (ok) {
                    return null;
                }
            }
            return diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .findFirst()
                    .map(d -> (d.getSource() == null ? "" : shown(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(Locale.ROOT))
                    .orElse("compilation failed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shown(Path file) {
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    /** What one run of the tests found. */
    private record Run(List<Verdict.Failure> failures, int tests, boolean stopped, String timeline) {
    }

    private Run runTests(Exercise exercise, List<Path> classpath, Scope scope, Listener listener) {
        // An earlier attempt may have left work on the JVM's one common pool (a join inside supplyAsync waits on
        // after its test failed): let it drain first, so that it does not slow this verdict's tests.
        ForkJoinPool.commonPool().awaitQuiescence(5, TimeUnit.SECONDS);
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
            LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
                    .selectors(exercise.testClasses().stream().map(c -> selectClass(loader, c)).toList())
                    .filters((PostDiscoveryFilter) descriptor -> descriptor.getSource()
                            .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                            .map(m -> judges(exercise, loader, m))
                            .orElse(FilterResult.included("a test class of " + exercise.name())))
                    .configurationParameters(CONFIGURATION)
                    .build();
            Recorder recorder = new Recorder(loader, scope == Scope.UNTIL_FIRST_FAILURE, listener);
            // What the tests print is theirs; the verdict is ours.
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            System.setOut(quiet);
            System.setErr(quiet);
            launcher.execute(LauncherExecutionRequestBuilder.request(discovery)
                    .listeners(recorder).cancellationToken(recorder.cancel).build());
            Run run = recorder.run();
            return new Run(run.failures(), run.tests(), run.stopped(), firstTimelineThatHeld(loader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setProperty("java.class.path", javaClassPath);
            System.setOut(out);
            System.setErr(err);
            thread.setContextClassLoader(previous);
        }
    }

    /** The first timeline a timing claim of this run recorded and held to (the kit's Timing, in the tests' class loader). */
    @SuppressWarnings("unchecked")
    private static String firstTimelineThatHeld(ClassLoader loader) {
        try {
            List<String> held = (List<String>) loader.loadClass("workbook.kit.Timing").getMethod("timelinesThatHeld").invoke(null);
            return held.isEmpty() ? null : held.getFirst();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException noTimingHere) {
            return null;
        }
    }

    /** A test judges the exercise unless it is another exercise's goal test. */
    private static FilterResult judges(Exercise exercise, ClassLoader loader, MethodSource method) {
        Optional<GoalOf> goal = goalOf(loader, method);
        if (goal.isPresent() && !goal.get().exercise().equals(exercise.className())) {
            return FilterResult.excluded("a goal test of " + goal.get().exercise());
        }
        return FilterResult.included("a test of " + exercise.name());
    }

    /** A test's {@code @Goal}, read by name: the kit's annotation lives in the lesson's class loader. */
    private record GoalOf(String exercise, String failsBecause) {
    }

    private static Optional<GoalOf> goalOf(ClassLoader loader, MethodSource source) {
        try {
            for (Method method : loader.loadClass(source.getClassName()).getDeclaredMethods()) {
                if (method.getName().equals(source.getMethodName())) {
                    for (Annotation annotation : method.getAnnotations()) {
                        if (annotation.annotationType().getName().equals("workbook.kit.Goal")) {
                            Method exercise = annotation.annotationType().getMethod("exercise");
                            Method failsBecause = annotation.annotationType().getMethod("failsBecause");
                            return Optional.of(new GoalOf(((Class<?>) exercise.invoke(annotation)).getName(),
                                    (String) failsBecause.invoke(annotation)));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Collects results as tests end (from any thread) and sorts the failures into discovery order. */
    private static final class Recorder implements TestExecutionListener {
        final CancellationToken cancel = CancellationToken.create();
        private final ClassLoader loader;
        private final boolean stopAtFirstFailure;
        private final Listener listener;
        private final Map<String, Verdict.Failure> failures = new ConcurrentHashMap<>();
        private final Map<String, Boolean> ended = new ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
        private volatile TestPlan plan;

        Recorder(ClassLoader loader, boolean stopAtFirstFailure, Listener listener) {
            this.loader = loader;
            this.stopAtFirstFailure = stopAtFirstFailure;
            this.listener = listener;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
            found.set((int) testPlan.countTestIdentifiers(TestIdentifier::isTest));
            listener.testsFound(found.get());
        }

        @Override
        public void dynamicTestRegistered(TestIdentifier test) {
            if (test.isTest()) { // a parameterized test's invocations are known only once it runs
                listener.testsFound(found.incrementAndGet());
            }
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                listener.testStarted(name(test).toString());
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            ended.put(test.getUniqueId(), true);
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            if (!passed) { // a test, or a class (or the engine) whose setup failed
                Optional<Throwable> thrown = result.getThrowable();
                Optional<GoalOf> goal = test.getSource().filter(MethodSource.class::isInstance)
                        .map(MethodSource.class::cast).flatMap(m -> goalOf(loader, m));
                failures.put(test.getUniqueId(), new Verdict.Failure(name(test),
                        thrown.map(Judge::describe).orElse(result.getStatus().toString()),
                        thrown.filter(AssertionError.class::isInstance).isPresent(),
                        goal.map(GoalOf::failsBecause).orElse(null)));
            }
            ended.put(test.getUniqueId(), passed);
            if (test.isTest()) {
                ran.incrementAndGet();
                listener.testFinished(name(test).toString(), passed);
            }
            if (stopAtFirstFailure && !passed && firstFailureIsKnown()) {
                cancel.cancel();
            }
        }

        /** Every test before the earliest failure (in discovery order) has ended: no earlier one can fail now. */
        private boolean firstFailureIsKnown() {
            for (TestIdentifier test : order()) {
                String id = test.getUniqueId();
                Verdict.Failure failure = failures.get(id);
                // a test the machine kept from judging says nothing, one late on a busy machine less than the next may
                if (failure != null && !failure.machineTooBusy() && !failure.lateOnABusyMachine()) {
                    return true;
                }
                if (test.isTest() && !ended.containsKey(id)) {
                    return false;
                }
            }
            return false;
        }

        private List<TestIdentifier> order() {
            List<TestIdentifier> order = new ArrayList<>();
            plan.getRoots().forEach(r -> walk(r, order));
            return order;
        }

        private void walk(TestIdentifier node, List<TestIdentifier> order) {
            order.add(node);
            plan.getChildren(node).forEach(child -> walk(child, order));
        }

        Run run() {
            // In discovery order, but a claim late on a busy machine after the failures that name a mistake, and a
            // test that could not judge at all last
            List<Verdict.Failure> sorted = order().stream().map(t -> failures.get(t.getUniqueId()))
                    .filter(f -> f != null).sorted(Comparator.comparing((Verdict.Failure f) -> f.machineTooBusy() ? 2
                            : f.lateOnABusyMachine() ? 1 : 0)).toList();
            return new Run(sorted, ran.get(), cancel.isCancellationRequested(), null);
        }

        private static Exercise.TestMethod name(TestIdentifier test) {
            return test.getSource()
                    .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                    .map(m -> new Exercise.TestMethod(m.getClassName(), m.getMethodName()))
                    .orElse(new Exercise.TestMethod("", test.getDisplayName()));
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (Verdict.Failure.notJudged(failure.getClass().getName(), message)) {
            return message.strip(); // the kit's "could not judge: the machine is too busy ...", whole
        }
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

    private static void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
