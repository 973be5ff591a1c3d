package workbook.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import workbook.tool.Catalog;
import workbook.tool.Exercise;

/**
 * The lessons are the {@code lesson-*} folders of the repository. This step of the book's build checks that
 * each one is wired in everywhere a lesson must be (see CONTRIBUTING.md, "Adding a lesson"), naming the
 * missing place, and writes the book's chapter list from them: {@code chapters.adoc} in the runs folder.
 *
 * <p>Usage: {@code Lessons <repository root> <runs folder>}.
 */
public final class Lessons {

    /** The root pom's profile that gives the book and the polyglot comparison every lesson's classes. */
    static final String EVERY_LESSON_PROFILE = "every-lesson";
    /** The module that starts every one-file program once every lesson is built. */
    static final String PROGRAMS_POM = "programs/pom.xml";

    private Lessons() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Lessons <repository root> <runs folder>");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        List<String> lessons = folders(root);
        Set<String> runs = BookRuns.runs().stream().map(BookRun::name).collect(Collectors.toSet());
        List<String> problems = problems(root, lessons, runs);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("[lesson wiring] " + problem));
            System.exit(1);
        }
        Path chapters = Files.createDirectories(Path.of(args[1])).resolve("chapters.adoc");
        Files.write(chapters, chapterIncludes(lessons));
        System.out.printf("lessons: %d, each a module with a chapter, exercises, book runs and a README row%n",
                lessons.size());
    }

    /** The lesson folders, in order: {@code lesson-NN-topic}. */
    static List<String> folders(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .filter(name -> name.startsWith("lesson-")).sorted().toList();
        }
    }

    /** One line per place a lesson is missing from, naming the place and what to add; empty when all is wired. */
    static List<String> problems(Path root, List<String> lessons, Set<String> bookRuns) throws Exception {
        List<String> problems = new ArrayList<>();
        Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("pom.xml").toFile())
                .getDocumentElement();
        List<String> modules = texts(child(pom, "modules"), "module");
        List<String> everyLesson = everyLessonDependencies(pom);
        List<String> programsAfter = dependencies(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(root.resolve(PROGRAMS_POM).toFile()).getDocumentElement());
        List<Exercise> exercises = Catalog.load(root).exercises();
        String readme = Files.readString(root.resolve("README.md"));
        for (String lesson : lessons) {
            if (!lesson.matches("lesson-\\d\\d-[a-z0-9-]+")) {
                problems.add(lesson + ": a lesson folder is named lesson-NN-topic (two digits, lower case)");
                continue;
            }
            String number = lesson.substring(0, "lesson-NN-".length());
            if (!modules.contains(lesson)) {
                problems.add(lesson + ": not a module of the build: add <module>" + lesson
                        + "</module> to <modules> in pom.xml");
            }
            if (!everyLesson.contains(lesson)) {
                problems.add(lesson + ": the book and the polyglot comparison do not get its classes: add a dependency on "
                        + lesson + " to the profile '" + EVERY_LESSON_PROFILE + "' in pom.xml");
            }
            if (!programsAfter.contains(lesson)) {
                problems.add(lesson + ": the proof does not start its one-file programs after it is built: add a dependency on "
                        + lesson + " to " + PROGRAMS_POM);
            }
            if (exercises.stream().noneMatch(exercise -> exercise.lesson().equals(lesson))) {
                problems.add(lesson + ": no exercise in " + Catalog.FILE + ": add its [[exercise]] entries (lesson = \""
                        + lesson + "\")");
            }
            if (!Files.isRegularFile(root.resolve("docs/src/book/" + lesson + ".adoc"))) {
                problems.add(lesson + ": no chapter in the book: write docs/src/book/" + lesson + ".adoc");
            }
            if (bookRuns.stream().noneMatch(run -> run.startsWith(number))) {
                problems.add(lesson + ": no book run is named " + number + "…: add the lesson's runs to BookRuns.runs() "
                        + "(docs/src/main/java/workbook/book/BookRuns.java)");
            }
            if (!Pattern.compile("(?m)^\\| \\[`" + Pattern.quote(lesson) + "`]\\(" + Pattern.quote(lesson) + "[/)]")
                    .matcher(readme).find()) {
                problems.add(lesson + ": no row in README.md's lesson table: add | [`" + lesson + "`](" + lesson
                        + ") | what it teaches | its exercises |");
            }
            if (!Files.isRegularFile(root.resolve(lesson).resolve("README.md"))) {
                problems.add(lesson + ": no README of its own: write " + lesson + "/README.md");
            }
        }
        for (Exercise exercise : exercises) {
            if (!lessons.contains(exercise.lesson())) {
                problems.add(Catalog.FILE + ": exercise " + exercise.name() + " names lesson " + exercise.lesson()
                        + ", which is no lesson-* folder");
            }
        }
        return problems;
    }

    /** The book's chapter per lesson, in order, for index.adoc to include. */
    static List<String> chapterIncludes(List<String> lessons) {
        List<String> lines = new ArrayList<>();
        lines.add("// Written by the build (workbook.book.Lessons): one chapter per lesson-* folder.");
        for (String lesson : lessons) {
            lines.add("");
            lines.add("include::{root}/docs/src/book/" + lesson + ".adoc[]");
        }
        return lines;
    }

    private static List<String> everyLessonDependencies(Element pom) {
        Element profiles = child(pom, "profiles");
        for (Element profile : children(profiles, "profile")) {
            if (EVERY_LESSON_PROFILE.equals(text(child(profile, "id")))) {
                return dependencies(profile);
            }
        }
        return List.of();
    }

    /** The artifacts of an element's {@code <dependencies>}. */
    private static List<String> dependencies(Element owner) {
        List<String> artifacts = new ArrayList<>();
        for (Element dependency : children(child(owner, "dependencies"), "dependency")) {
            artifacts.add(text(child(dependency, "artifactId")));
        }
        return artifacts;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Lessons::text).toList();
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().trim();
    }
}
