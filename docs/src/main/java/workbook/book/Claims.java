package workbook.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds the book to its list of runtime claims, {@code docs/src/book/claims.adoc}: a table of the book's own
 * words and the run that backs them. The build stops when a listed sentence is no longer in the book, when the
 * run it names does not exist, or when a paragraph names a runtime (Python, JavaScript, Node, asyncio, a JDK...)
 * and quotes no listed sentence, unless the line before it says {@code // no runtime claim: why}.
 *
 * <p>Usage: {@code Claims <repository root>}.
 */
public final class Claims {

    /** One row of the table: where, the book's words, and the run behind them. */
    record Claim(String where, String words, String backedBy) {
    }

    /** Words that name a runtime or a tool: a paragraph that has one must back what it says, or say it says nothing. */
    static final Pattern NAMES_A_RUNTIME = Pattern.compile("\\b(Node|node|CPython|asyncio|Python|JavaScript|JDK \\d+"
            + "|Java \\d+|GIL|Promise\\.\\w+|queueMicrotask|setImmediate|call_soon|uvloop)\\b");

    static final String NO_CLAIM = "// no runtime claim:";

    private static final Pattern BACKING = Pattern.compile(
            "^(book run|polyglot test|lesson test|recorded|reference): (.+)$");

    private Claims() {
    }

    static List<Path> bookSources(Path root) {
        try (Stream<Path> files = Files.list(root.resolve("docs/src/book"))) {
            List<Path> sources = new ArrayList<>(files.filter(f -> f.toString().endsWith(".adoc"))
                    .filter(f -> !f.getFileName().toString().equals("claims.adoc")).sorted().toList());
            sources.add(root.resolve("polyglot/src/book/polyglot.adoc"));
            return sources;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static List<Claim> read(Path table) throws IOException {
        // The header row is one line (|Where |The book says |Backed by); then every cell has a line of its own.
        List<String> cells = new ArrayList<>();
        boolean inTable = false;
        boolean header = false;
        for (String line : Files.readAllLines(table)) {
            if (line.startsWith("|===")) {
                inTable = !inTable;
                header = inTable;
            } else if (inTable && line.startsWith("|")) {
                if (header) {
                    header = false;
                } else {
                    cells.add(line.substring(1).strip());
                }
            }
        }
        if (cells.size() % 3 != 0) {
            throw new IllegalStateException(table + ": every claim takes three lines (where, words, run); "
                    + cells.size() + " cells do not make rows of three");
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 3) {
            claims.add(new Claim(cells.get(i), cells.get(i + 1), cells.get(i + 2)));
        }
        return claims;
    }

    /** Everything wrong with the book's claims; empty when each is in the book and backed by a run that exists. */
    static List<String> problems(Path root, Set<String> bookRuns) throws IOException {
        List<Claim> claims = read(root.resolve("docs/src/book/claims.adoc"));
        List<String> problems = new ArrayList<>();
        String book = bookSources(root).stream().map(Claims::text).map(Claims::flat).collect(Collectors.joining(" "));
        for (Claim claim : claims) {
            if (!book.contains(flat(claim.words()))) {
                problems.add("claims.adoc lists \"%s\" (%s), which the book no longer says".formatted(claim.words(),
                        claim.where()));
            }
            for (String backing : claim.backedBy().split(";\\s+(?=(book run|polyglot test|lesson test|recorded|reference):)")) {
                backingProblem(root, bookRuns, backing).ifPresent(why -> problems.add(
                        "\"%s\" (%s): %s".formatted(claim.words(), claim.where(), why)));
            }
        }
        for (Path source : bookSources(root)) {
            for (String paragraph : paragraphsNamingARuntime(text(source)).stream().map(Claims::flat).toList()) {
                if (claims.stream().noneMatch(claim -> paragraph.contains(flat(claim.words())))) {
                    problems.add(("%s: a paragraph names a runtime and quotes no sentence of claims.adoc (add the "
                            + "sentence and its run there, or mark the paragraph \"%s why\"): %s").formatted(
                            root.relativize(source), NO_CLAIM, abbreviate(paragraph)));
                }
            }
        }
        return problems;
    }

    private static java.util.Optional<String> backingProblem(Path root, Set<String> bookRuns, String backing) {
        Matcher found = BACKING.matcher(backing);
        if (!found.matches()) {
            return java.util.Optional.of("\"" + backing + "\" names no run (book run: NAME, polyglot test: "
                    + "Class.method, lesson test: module/Class, recorded: FILE, reference: SOURCE)");
        }
        String what = found.group(2).strip();
        return switch (found.group(1)) {
            case "book run" -> bookRuns.contains(what) ? java.util.Optional.empty()
                    : java.util.Optional.of("no book run is named " + what);
            case "polyglot test" -> testExists(root.resolve("polyglot/src/test/java/workbook/polyglot"), what);
            case "lesson test" -> {
                String[] moduleAndClass = what.split("/", 2);
                yield moduleAndClass.length == 2 ? testInModule(root.resolve(moduleAndClass[0]), moduleAndClass[1])
                        : java.util.Optional.of("a lesson test is named module/Class: " + what);
            }
            case "recorded" -> Files.isRegularFile(root.resolve(what)) ? java.util.Optional.empty()
                    : java.util.Optional.of("the recorded file " + what + " does not exist");
            default -> what.length() > 10 ? java.util.Optional.empty()
                    : java.util.Optional.of("a reference must say where to read it: " + what);
        };
    }

    private static java.util.Optional<String> testExists(Path folder, String classAndMethod) {
        String[] parts = classAndMethod.split("\\.", 2);
        Path file = folder.resolve(parts[0] + ".java");
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.of("no test class " + file);
        }
        return parts.length == 1 || text(file).contains("void " + parts[1] + "(") ? java.util.Optional.empty()
                : java.util.Optional.of(parts[0] + " has no test " + parts[1]);
    }

    private static java.util.Optional<String> testInModule(Path module, String className) {
        try (Stream<Path> files = Files.walk(module.resolve("src/test/java"))) {
            return files.anyMatch(f -> f.getFileName().toString().equals(className + ".java"))
                    ? java.util.Optional.empty()
                    : java.util.Optional.of("no test class " + className + " in " + module.getFileName());
        } catch (IOException unreadable) {
            return java.util.Optional.of("cannot read " + module + ": " + unreadable);
        }
    }

    /**
     * The paragraphs of an AsciiDoc source that name a runtime: prose only (no listings, includes, attributes,
     * titles or table header rows), each flattened to one line. The section of Node puzzles is left out: it is
     * the puzzles' own table, held line by line by PuzzleConformanceTest.
     */
    static List<String> paragraphsNamingARuntime(String source) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String block = null;
        boolean exempt = false;
        boolean puzzles = false;
        boolean puzzlesHeading = false;
        for (String line : (source + "\n\n").split("\n", -1)) {
            String text = line.strip();
            if (block != null) {
                block = text.equals(block) ? null : block;
                continue;
            }
            // The puzzles' section runs from its anchor to the next section of its level or above.
            if (text.equals("[[polyglot-puzzles]]")) {
                puzzles = true;
                puzzlesHeading = true;
            } else if (puzzles && (text.startsWith("== ") || text.startsWith("=== "))) {
                puzzles = puzzlesHeading;
                puzzlesHeading = false;
            }
            if (text.equals("----") || text.equals("....") || text.equals("====")) {
                block = text.equals("====") ? null : text; // an example block (====) holds prose: read it
                continue;
            }
            boolean ends = text.isEmpty() || text.startsWith("|===") || text.matches("a?\\|");
            if (ends) {
                String paragraph = String.join(" ", current);
                if (!paragraph.isEmpty() && !exempt && !puzzles && NAMES_A_RUNTIME.matcher(paragraph).find()
                        && !paragraph.startsWith("| ")) {
                    paragraphs.add(paragraph);
                }
                current.clear();
                exempt = false;
                continue;
            }
            if (text.startsWith(NO_CLAIM)) {
                exempt = true;
            } else if (!text.matches("^(include::|image::|ifndef::|\\[|//|:|=|\\.[A-Za-z]).*")) {
                current.add(text);
            }
        }
        return paragraphs;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String paragraph) {
        return paragraph.length() > 160 ? paragraph.substring(0, 160) + "…" : paragraph;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<String> problems = problems(root,
                BookRuns.runs().stream().map(BookRun::name).collect(Collectors.toSet()));
        if (!problems.isEmpty()) {
            System.err.println("The book's claims are not all backed by a run (docs/src/book/claims.adoc):");
            problems.forEach(problem -> System.err.println("  " + problem));
            System.exit(1);
        }
        System.out.printf("book claims: %d, each in the book and backed by a run%n",
                read(root.resolve("docs/src/book/claims.adoc")).size());
    }
}
