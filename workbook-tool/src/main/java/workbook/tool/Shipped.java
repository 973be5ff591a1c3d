package workbook.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The exercises as committed, copied out of git into a scratch folder: what the proof and the catalogue of
 * mistakes are judged against, whatever the attendee has done to their working copy.
 *
 * @param folder      holds {@code <lesson>/src/exercise/java} for every lesson; the root itself outside git
 * @param leftOut     how many exercise files differ in the working tree (judged as committed instead)
 * @param fromGit     false when there is no git checkout and the working tree stands in
 */
public record Shipped(Path folder, int leftOut, boolean fromGit) {

    /** Copies {@code HEAD}'s {@code src/exercise} of each lesson into {@code into} (emptied first). */
    public static Shipped export(Path root, List<String> lessons, Path into) throws IOException, InterruptedException {
        Git git = new Git(root);
        String top;
        try {
            top = git.run("rev-parse", "--show-toplevel");
        } catch (IOException notAClone) {
            return new Shipped(root, 0, false);
        }
        if (!Path.of(top).toRealPath().equals(root.toRealPath())) {
            return new Shipped(root, 0, false);
        }
        List<String> folders = lessons.stream().distinct().map(l -> l + "/src/exercise").toList();
        List<String> committed = new ArrayList<>();
        for (String folder : folders) {
            if (!git.run("ls-tree", "HEAD", "--", folder).isEmpty()) {
                committed.add(folder);
            }
        }
        Judge.deleteRecursively(into);
        Files.createDirectories(into);
        if (!committed.isEmpty()) {
            List<String> archive = new ArrayList<>(List.of("git", "archive", "--format=tar", "HEAD", "--"));
            archive.addAll(committed);
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                    new ProcessBuilder(archive).directory(root.toFile()),
                    new ProcessBuilder("tar", "-x", "-C", into.toString()).redirectErrorStream(true)));
            String said = new String(pipeline.getLast().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (Process process : pipeline) {
                if (process.waitFor() != 0) {
                    throw new IOException("could not copy the committed exercises out of git: " + said.strip());
                }
            }
        }
        return exportedAt(root, lessons, into);
    }

    /** An export made earlier into {@code folder} (the proof makes one for all its lanes); the edits left out are counted afresh. */
    public static Shipped exportedAt(Path root, List<String> lessons, Path folder) throws IOException, InterruptedException {
        List<String> status = new ArrayList<>(List.of("status", "--porcelain", "--untracked-files=all", "--"));
        lessons.stream().distinct().map(l -> l + "/src/exercise").forEach(status::add);
        int leftOut = (int) new Git(root).run(status.toArray(String[]::new)).lines().filter(l -> !l.isBlank()).count();
        return new Shipped(folder, leftOut, true);
    }

    /** One line for the reader: where the exercises judged come from. */
    public String describe() {
        if (!fromGit) {
            return "not a git checkout: judging the exercises of the working tree";
        }
        return leftOut == 0 ? "judging the exercises as committed"
                : "judging the exercises as committed; " + leftOut + " working-tree edit" + (leftOut == 1 ? "" : "s")
                        + " to src/exercise left out";
    }
}
