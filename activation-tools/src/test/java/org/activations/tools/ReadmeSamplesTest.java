package org.activations.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activations.tools.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's and the docs' sample outputs are the real output: every {@code $ ./activations …}
 * line of a {@code text} block, and every block between {@code <!-- sample: ./activations … -->}
 * and {@code <!-- end sample -->}, is run and compared. A line that is only {@code …} stands for any
 * number of lines, a {@code …} inside a line for any text. Paths under {@code /tmp/} are redirected
 * to a temporary folder.
 */
class ReadmeSamplesTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MARKED = Pattern.compile(
      "<!-- sample: (.+?) -->\\n(.*?)<!-- end sample -->", Pattern.DOTALL);
  private static final Pattern TEXT_BLOCK = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern STDIN = Pattern.compile("(printf|echo) '?([^' ]*)'? \\| (.*)");

  @TempDir Path tmp;

  /** One command and the output shown for it. */
  record Sample(String file, String command, String expected) {}

  static List<Sample> samples(Path file) throws Exception {
    String text = Files.readString(file).replace("\r\n", "\n");
    String name = ROOT.relativize(file).toString();
    List<Sample> samples = new ArrayList<>();
    Matcher marked = MARKED.matcher(text);
    while (marked.find()) {
      samples.add(new Sample(name, marked.group(1), marked.group(2).strip() + "\n"));
    }
    Matcher block = TEXT_BLOCK.matcher(text);
    while (block.find()) {
      String command = null;
      StringBuilder expected = new StringBuilder();
      for (String line : block.group(1).split("\n", -1)) {
        if (line.startsWith("$ ")) {
          if (command != null) {
            samples.add(new Sample(name, command, expected.toString()));
          }
          command = line.substring(2);
          expected.setLength(0);
        } else if (command != null) {
          expected.append(line).append('\n');
        }
      }
      if (command != null) {
        samples.add(new Sample(name, command, expected.toString().replaceAll("\\n+$", "\n")));
      }
    }
    return samples;
  }

  private static List<Path> documents() throws Exception {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  @TestFactory
  Stream<DynamicTest> everySampleOutputIsTheRealOutput() throws Exception {
    List<Sample> all = new ArrayList<>();
    for (Path file : documents()) {
      all.addAll(samples(file));
    }
    assertTrue(all.stream().filter(s -> s.file().equals("README.md")).count() >= 4,
        "the README's samples were found: " + all);
    return all.stream().filter(s -> s.command().contains("./activations "))
        .map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.command(), () -> check(s)));
  }

  /**
   * The README is a newcomer's front page: about 150 lines, its sections in a newcomer's order, and
   * the method, benchmark, robustness and architecture details in docs/ pages it links to.
   */
  @org.junit.jupiter.api.Test
  void theFrontPageIsShortAndInANewcomersOrder() throws Exception {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    assertTrue(lines.size() <= 175, "README.md has " + lines.size() + " lines; keep it near 150");
    List<String> headings = lines.stream().filter(l -> l.startsWith("## ")).toList();
    assertEquals(List.of("## Two commands", "## The table it prints",
        "## The command line in brief",
        "## The library in five minutes", "## Modules", "## Writing a plugin",
        "## Documentation"), headings);
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher module = Pattern.compile("<module>([\\w-]+)</module>").matcher(pom);
    while (module.find()) {
      String row = "| `" + module.group(1) + "` |";
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(row)), "the module table lists " + row);
    }
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      String readme = String.join("\n", lines);
      docs.filter(p -> p.toString().endsWith(".md")).forEach(p -> assertTrue(
          readme.contains("(docs/" + p.getFileName() + ")"), "README links " + p.getFileName()));
    }
  }

  /**
   * The README's "library in five minutes" compiles and runs as written, on the class path a user
   * gets from its Maven snippet (the API, the built-ins and the pack).
   */
  @org.junit.jupiter.api.Test
  void theLibraryInFiveMinutesCompilesAndRuns() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher example = Pattern.compile("```java\\n(import .*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(example.find(), "the README has the library's example");
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : example.group(1).split("\\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("FiveMinutes.java"), imports + "public class FiveMinutes {\n"
        + "  public static void main(String[] args) {\n" + body
        + "    System.out.println(y + \" \" + d + \" \" + g + \" \" + java.util.Arrays.toString(ys));\n"
        + "  }\n}\n");
    String classpath = System.getProperty("java.class.path") + java.io.File.pathSeparator
        + ROOT.resolve("activation-pack/target/classes").toAbsolutePath();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, log, log, "-d",
        tmp.resolve("classes").toString(), "-cp", classpath, src.resolve("FiveMinutes.java").toString());
    assertTrue(compiled == 0, log.toString(StandardCharsets.UTF_8));
    Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
        tmp.resolve("classes") + java.io.File.pathSeparator + classpath, "FiveMinutes")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertTrue(out.equals("0.6224593312018546 0.2350037122015945 0.2350037122015945"
        + " [-0.2, 0.0, 2.0]\n"), out);
  }

  private void check(Sample s) {
    String command = s.command().replace("/tmp/", tmp.toString() + "/");
    byte[] stdin = new byte[0];
    Matcher piped = STDIN.matcher(command);
    if (piped.matches()) {
      String input = piped.group(2).replace("\\n", "\n") + (piped.group(1).equals("echo") ? "\n" : "");
      stdin = input.getBytes(StandardCharsets.UTF_8);
      command = piped.group(3);
    }
    assertTrue(command.startsWith("./activations "), "a command of the tools: " + command);
    String[] args = words(command.substring("./activations ".length()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(args, new ByteArrayInputStream(stdin), out, err);
    String actual = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    String expected = s.expected().replace("/tmp/", tmp.toString() + "/");
    assertTrue(pattern(expected).matcher(actual).matches(), s.file() + ": '" + s.command()
        + "' prints\n" + actual + "\nbut the sample shows\n" + s.expected());
  }

  /** The sample as a pattern: a line "…" is any lines, "…" in a line any text. */
  static Pattern pattern(String expected) {
    StringBuilder regex = new StringBuilder();
    for (String line : expected.split("\n", -1)) {
      if (line.equals("…")) {
        regex.append("(?:[^\\n]*\\n)*?");
        continue;
      }
      String[] parts = line.split("…", -1);
      for (int i = 0; i < parts.length; i++) {
        regex.append(i == 0 ? "" : "[^\\n]*?").append(Pattern.quote(parts[i]));
      }
      regex.append("\\n");
    }
    // The split leaves one empty line after the last newline.
    String r = regex.toString();
    return Pattern.compile(r.substring(0, r.length() - "\\Q\\E\\n".length()), Pattern.DOTALL);
  }

  /** Shell words: spaces separate, single quotes keep. */
  static String[] words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words.toArray(String[]::new);
  }
}
