package workbook.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

/**
 * {@code ./workbook trace NAME}: one run of lesson 04's loop (a talk example or an ordering puzzle),
 * recorded and printed step by step as text frames, the terminal's version of the book's steppers.
 *
 * <p>The loop's classes (the solutions), the kit and the puzzles are compiled once into
 * {@code .workbook/trace-classes}, and again when one of their sources changes.
 */
final class LoopTrace {

    private static final List<String> SOURCES = List.of("workbook-kit/src/main/java", "lesson-04-eventloop/src/main/java",
            "lesson-04-eventloop/src/solution/java", "polyglot/src/main/java/workbook/polyglot/Steppers.java",
            "polyglot/src/main/java/workbook/polyglot/Puzzles.java", "polyglot/src/main/java/workbook/polyglot/AsyncioPuzzles.java");
    private static final String STEPPERS = "workbook.polyglot.Steppers";

    private final Path root;
    private final PrintStream out;
    private final PrintStream err;

    LoopTrace(Path root, PrintStream out, PrintStream err) {
        this.root = root;
        this.out = out;
        this.err = err;
    }

    int run(String name) throws Exception {
        Path classes = root.resolve(".workbook/trace-classes");
        String problem = compileIfStale(classes);
        if (problem != null) {
            err.println("workbook: the loop's classes do not compile: " + problem);
            return 1;
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LoopTrace.class.getClassLoader())) {
            Class<?> steppers = loader.loadClass(STEPPERS);
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) steppers.getMethod("names").invoke(null);
            if (name == null) {
                out.println("What ./workbook trace can show (./workbook trace NAME):");
                names.forEach(each -> out.println("  " + each));
                return 0;
            }
            String found = resolve(name, names);
            if (found == null) {
                err.println("workbook: unknown program or puzzle '" + name + "'" + Main.Names.closest(name, names)
                        + " (./workbook trace lists them)");
                return 2;
            }
            return (Integer) steppers.getMethod("print", String.class, PrintStream.class, PrintStream.class)
                    .invoke(null, found, out, err);
        }
    }

    /** The name itself, or the one name that ends with it ({@code 07-await-chain} for {@code puzzle-07-await-chain}). */
    private static String resolve(String name, List<String> names) {
        if (names.contains(name)) {
            return name;
        }
        List<String> endingWith = names.stream().filter(each -> each.endsWith("-" + name)).toList();
        return endingWith.size() == 1 ? endingWith.getFirst() : null;
    }

    private String compileIfStale(Path classes) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : SOURCES) {
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) { // a folder, or one file
                walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
            }
        }
        Path stamp = classes.resolve(".built");
        if (Files.exists(stamp)) {
            FileTime built = Files.getLastModifiedTime(stamp);
            if (files.stream().allMatch(file -> lastModified(file).compareTo(built) < 0)) {
                return null;
            }
        }
        deleteRecursively(classes);
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(new StringWriter(), fileManager, diagnostics,
                    List.of("-d", classes.toString(), "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-proc:none", "-nowarn"),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst()
                        .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                                + d.getMessage(Locale.ROOT))
                        .orElse("compilation failed");
            }
        }
        Files.writeString(stamp, "");
        return null;
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
