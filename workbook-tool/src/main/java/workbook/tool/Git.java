package workbook.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs git in the repository and returns what it printed; fails with git's own words. */
final class Git {

    private final Path root;

    Git(Path root) {
        this.root = root;
    }

    String run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process git = builder.start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", arguments) + ": " + output.strip());
        }
        return output.strip();
    }

    /** The file as it came with the clone (origin's HEAD), or as last committed when there is no origin. */
    byte[] shipped(Path file) throws IOException, InterruptedException {
        String path = file.toString().replace('\\', '/');
        for (String commit : List.of("origin/HEAD", "HEAD")) {
            Process git = new ProcessBuilder("git", "show", commit + ":" + path).directory(root.toFile()).start();
            byte[] content = git.getInputStream().readAllBytes();
            git.getErrorStream().readAllBytes();
            if (git.waitFor() == 0) {
                return content;
            }
        }
        throw new IOException("git knows no shipped version of " + path);
    }

    String run(String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), arguments);
    }
}
