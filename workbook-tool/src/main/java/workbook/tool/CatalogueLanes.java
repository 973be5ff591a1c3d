package workbook.tool;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./workbook prove}'s catalogue in lanes: a JVM for each lesson and each parallelism of the common pool
 * (1, as on a 2-core machine; 7, as on an 8-core laptop), a few at a time. A verdict mostly waits (a greeting
 * sleeps 3 s), so lanes overlap their waiting; within a lane verdicts stay one after another, since a verdict
 * may look at the common pool and the threads alive. Each lane's table is shown as it ends.
 */
public final class CatalogueLanes {

    static final int[] PARALLELISMS = {1, 7};
    private static final long LANE_MINUTES = 10; // a lane's deadline: far beyond any lesson's catalogue
    private static final int VERDICTS_PER_LANE = 30;

    /** One lesson's exercises (or a part of them), judged with one parallelism. */
    record Lane(String lesson, int part, int parts, int parallelism, List<String> exercises, int verdicts) {
        String name() {
            return lesson + (parts == 1 ? "" : " (part " + part + " of " + parts + ")") + " at parallelism " + parallelism;
        }

        String log() {
            return lesson + (parts == 1 ? "" : "-part" + part) + "-parallelism" + parallelism + ".log";
        }
    }

    /**
     * Usage: {@code CatalogueLanes [lanes at a time]}; exit code 0 when every lane is green.
     * {@code CatalogueLanes --judged-tests FILE} writes {@link #judgedTests} to FILE, one per line, and ends.
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        if (args.length == 2 && args[0].equals("--judged-tests")) {
            Files.write(Path.of(args[1]), judgedTests(Catalog.load(root)));
            return;
        }
        int atATime;
        try {
            atATime = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        } catch (NumberFormatException e) {
            atATime = 0;
        }
        if (atATime < 1) {
            System.err.println("workbook prove: the number of lanes at a time must be a positive whole number, got '" + args[0] + "'");
            System.exit(2);
        }
        System.exit(run(root, lanes(Catalog.load(root)), atATime));
    }

    /**
     * Every exercise's test classes, as surefire exclusion patterns ({@code workbook/sync/GreeterTest.java}): the lanes
     * run every one of them on the solution, at both parallelisms, so the Maven proof need not run them a third time.
     */
    static List<String> judgedTests(Catalog catalog) {
        return catalog.exercises().stream().flatMap(exercise -> exercise.testClasses().stream()).distinct().sorted()
                .map(testClass -> testClass.replace('.', '/') + ".java").toList();
    }

    /**
     * Every lesson at every parallelism, a lesson with many verdicts in several lanes (each compiles the lesson
     * once more, so not one per exercise); the lanes with the most verdicts first: the last to start are short.
     */
    static List<Lane> lanes(Catalog catalog) {
        Map<String, List<Exercise>> byLesson = new LinkedHashMap<>();
        catalog.exercises().forEach(e -> byLesson.computeIfAbsent(e.lesson(), l -> new ArrayList<>()).add(e));
        List<Lane> lanes = new ArrayList<>();
        byLesson.forEach((lesson, exercises) -> {
            int verdicts = exercises.stream().mapToInt(e -> verdicts(catalog, e)).sum();
            int parts = Math.min(exercises.size(), (verdicts + VERDICTS_PER_LANE - 1) / VERDICTS_PER_LANE);
            List<List<Exercise>> split = new ArrayList<>();
            int[] load = new int[parts];
            for (int i = 0; i < parts; i++) {
                split.add(new ArrayList<>());
            }
            for (Exercise exercise : exercises) { // each to the lightest lane so far, in the catalogue's order
                int lightest = 0;
                for (int i = 1; i < parts; i++) {
                    lightest = load[i] < load[lightest] ? i : lightest;
                }
                split.get(lightest).add(exercise);
                load[lightest] += verdicts(catalog, exercise);
            }
            for (int i = 0; i < parts; i++) {
                for (int parallelism : PARALLELISMS) {
                    lanes.add(new Lane(lesson, i + 1, parts, parallelism, split.get(i).stream().map(Exercise::name).toList(), load[i]));
                }
            }
        });
        lanes.sort(Comparator.comparingInt(Lane::verdicts).reversed());
        return lanes;
    }

    /** The solution, the shipped exercise and each mistake. */
    private static int verdicts(Catalog catalog, Exercise exercise) {
        return 2 + catalog.mistakes(exercise).size();
    }

    static int run(Path root, List<Lane> lanes, int atATime) throws IOException, InterruptedException {
        long start = System.nanoTime();
        System.out.printf("workbook prove: judging the catalogue in %d lanes (the lessons, each with the common pool's "
                + "parallelism at 1 and at 7), %d at a time...%n", lanes.size(), atATime);
        Path logs = Files.createDirectories(CatalogueProof.lanesFolder(root).resolve("logs"));
        List<String> jvm = thisJvmWithout("-Djava.util.concurrent.ForkJoinPool.common.parallelism="); // -Dworkbook.proof.shipped stays
        List<Process> running = new ArrayList<>();
        Thread stopper = new Thread(() -> {
            synchronized (running) {
                running.forEach(CatalogueLanes::stop);
            }
        });
        Runtime.getRuntime().addShutdownHook(stopper); // Ctrl-C ends the lanes too
        List<String> red = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(atATime)) {
            List<Future<?>> ends = new ArrayList<>();
            for (Lane lane : lanes) {
                ends.add(pool.submit(() -> {
                    String problem = judge(root, jvm, lane, logs, running);
                    synchronized (red) {
                        if (problem != null) {
                            red.add(problem);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> end : ends) {
                try {
                    end.get();
                } catch (ExecutionException e) {
                    synchronized (red) {
                        red.add("a lane could not start: " + e.getCause());
                    }
                }
            }
        }
        Runtime.getRuntime().removeShutdownHook(stopper);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (red.isEmpty()) {
            System.out.printf("workbook prove: the catalogue holds in all %d lanes (%.0f s)%n", lanes.size(), seconds);
            return 0;
        }
        red.forEach(problem -> System.out.println("✘ " + problem));
        System.out.printf("workbook prove: the catalogue failed in %d of %d lanes (see ✘ above; %.0f s)%n",
                red.size(), lanes.size(), seconds);
        return 1;
    }

    /** The command that started this JVM, up to its main class, without the options that start with {@code left}. */
    private static List<String> thisJvmWithout(String left) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(o -> !o.startsWith(left)).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return command;
    }

    /** Runs one lane's JVM to its end and shows its table; its problem in a line, or null when it is green. */
    private static String judge(Path root, List<String> jvm, Lane lane, Path logs, List<Process> running)
            throws IOException, InterruptedException {
        Path log = logs.resolve(lane.log());
        List<String> command = new ArrayList<>(jvm);
        command.add("-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + lane.parallelism());
        command.add(CatalogueProof.class.getName());
        command.addAll(lane.exercises());
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        synchronized (running) {
            running.add(process);
        }
        boolean ended = process.waitFor(LANE_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            stop(process);
            process.waitFor();
        }
        synchronized (running) {
            running.remove(process);
        }
        String table = Files.readString(log);
        synchronized (System.out) {
            System.out.println();
            System.out.print(table);
        }
        if (!ended) {
            return lane.name() + ": still judging after " + LANE_MINUTES + " minutes, stopped (its log: " + root.relativize(log) + ")";
        }
        return process.exitValue() == 0 ? null : lane.name() + ": red (exit " + process.exitValue() + ", see its table above)";
    }

    /** Stops a lane and whatever it started (a verdict's child JVM would outlive a lane killed on its own). */
    private static void stop(Process lane) {
        lane.descendants().forEach(ProcessHandle::destroyForcibly);
        lane.destroyForcibly();
    }
}
