package workbook.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Makes a local branch {@code solution}: the last commit with every exercise file replaced by its
 * solution. Built with git's plumbing in a private index, so the working tree, the real index and
 * any uncommitted edit stay exactly as they were. Then {@code git diff main solution} shows it all.
 */
public final class SolutionBranch {

    public static final String BRANCH = "solution";

    private final Path root;
    private final Git git;

    public SolutionBranch(Path root) {
        this.root = root;
        this.git = new Git(root);
    }

    /** The attendee's git identity, or a stand-in when none is configured (commit-tree needs one). */
    private Map<String, String> identity() throws InterruptedException {
        try {
            git.run("config", "user.email");
            return Map.of();
        } catch (IOException notConfigured) {
            return Map.of("GIT_AUTHOR_NAME", "workbook", "GIT_AUTHOR_EMAIL", "workbook@localhost",
                    "GIT_COMMITTER_NAME", "workbook", "GIT_COMMITTER_EMAIL", "workbook@localhost");
        }
    }

    /** Creates or moves the branch; returns its commit. */
    public String create(List<Exercise> exercises) throws IOException, InterruptedException {
        Path index = Files.createTempFile("workbook-index", "");
        try {
            Files.delete(index); // git wants to create it itself
            Map<String, String> privateIndex = Map.of("GIT_INDEX_FILE", index.toString());
            git.run(privateIndex, "read-tree", "HEAD");
            for (Exercise exercise : exercises) {
                String blob = git.run("hash-object", "-w", "--", root.resolve(exercise.solution()).toString());
                git.run(privateIndex, "update-index", "--add", "--cacheinfo",
                        "100644," + blob + "," + exercise.file().toString().replace('\\', '/'));
            }
            String tree = git.run(privateIndex, "write-tree");
            String commit = git.run(identity(), "commit-tree", tree, "-p", "HEAD", "-m", "Every exercise replaced by its solution");
            git.run("update-ref", "refs/heads/" + BRANCH, commit);
            return commit;
        } finally {
            Files.deleteIfExists(index);
        }
    }
}
