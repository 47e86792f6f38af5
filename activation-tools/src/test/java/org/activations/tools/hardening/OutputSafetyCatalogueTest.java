package org.activations.tools.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activations.tools.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that must not lose data or lie about it: standard output that cannot be written, a
 * read-only target, a symbolic link, a file's mode, and every output error in words that name the
 * user's path. The permission cases run the tool as an unprivileged user (nobody) when the tests
 * run as root, since root may write anything.
 */
class OutputSafetyCatalogueTest {
  @TempDir Path dir;
  private static int cases;

  record Run(int status, String out, String err) {}

  private static Run run(OutputStream stdout, String stdin, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        stdout, err);
    return new Run(status, stdout instanceof ByteArrayOutputStream b
        ? b.toString(StandardCharsets.UTF_8) : "", err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String... args) {
    return run(new ByteArrayOutputStream(), "", args);
  }

  @TestFactory
  Stream<DynamicTest> aFullStandardOutputExitsOneWithOneLine() {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full on this system");
    List<String[]> commands = List.of(new String[] {"table", "--functions", "linear"},
        new String[] {"list"}, new String[] {"eval", "relu"},
        new String[] {"check", "--functions", "relu"}, new String[] {"collapse", "linear"},
        new String[] {"table", "--functions", "linear", "--out", "-"});
    return commands.stream().map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
      try (FileOutputStream full = new FileOutputStream("/dev/full")) {
        Run r = run(full, "1\n2\n", args);
        assertEquals(1, r.status(), r.err());
        assertEquals("activations: could not write to standard output: no space left on device;"
            + " the output is incomplete (free some space, or redirect it elsewhere)\n", r.err());
      }
      cases++;
    }));
  }

  @Test
  void aClosedPipeExitsOneWithOneLine() throws Exception {
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("Broken pipe");
      }
    };
    Run r = run(closed, "", "list");
    assertEquals(1, r.status());
    assertEquals("activations: could not write to standard output: the reader closed the pipe"
        + " before the end\n", r.err());
    cases++;
  }

  @Test
  void aReadOnlyTargetIsRefusedWithTheWayOut() throws Exception {
    Path keep = Files.writeString(dir.resolve("keep.md"), "keep me\n");
    Files.setPosixFilePermissions(keep, PosixFilePermissions.fromString("r--r--r--"));
    Run r = run("table", "--functions", "linear", "--out", keep.toString());
    assertEquals(2, r.status());
    assertEquals("activations: output '" + keep + "' is read-only; make it writable (chmod u+w '"
        + keep + "') or choose another --out\n", r.err());
    assertEquals("keep me\n", Files.readString(keep));
    assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(keep)));
    assertNoPartialFiles();
    cases++;
  }

  @Test
  void aLinkToAReadOnlyFileIsRefusedAndBothStay() throws Exception {
    Path keep = Files.writeString(dir.resolve("kept.md"), "keep me\n");
    Files.setPosixFilePermissions(keep, PosixFilePermissions.fromString("r--r--r--"));
    Path link = Files.createSymbolicLink(dir.resolve("to-kept.md"), Path.of("kept.md"));
    Run r = run("table", "--functions", "linear", "--out", link.toString());
    assertEquals(2, r.status());
    assertEquals("activations: output '" + link + "' is read-only; make it writable (chmod u+w '"
        + link + "') or choose another --out\n", r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("keep me\n", Files.readString(keep));
    assertNoPartialFiles();
    cases++;
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndItsTargetKeepsItsMode() throws Exception {
    Files.createDirectory(dir.resolve("real"));
    Path target = Files.writeString(dir.resolve("real/table.md"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("real/table.md"));
    Run r = run("table", "--functions", "linear", "--out", link.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("wrote " + link + " ("), r.out());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertTrue(Files.readString(target).startsWith("| Property | linear |"));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertNoPartialFiles();
    cases++;
  }

  @Test
  void theWroteLineShowsThePathRelativeToTheWorkingDirectory() throws Exception {
    Path inside = Path.of("target", "wrote-line-test.md").toAbsolutePath();
    try {
      Run r = run("table", "--functions", "linear", "--out", inside.toString());
      assertEquals(0, r.status(), r.err());
      assertTrue(r.out().matches("wrote target/wrote-line-test\\.md \\(\\d+ bytes\\)\n"), r.out());
    } finally {
      Files.deleteIfExists(inside);
    }
    cases++;
  }

  @Test
  void aDanglingLinkCreatesItsTarget() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("new.md"), Path.of("made.md"));
    Run r = run("table", "--functions", "linear", "--out", link.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(dir.resolve("made.md")).startsWith("| Property | linear |"));
    cases++;
  }

  @Test
  void aLinkIntoAMissingFolderNamesThatFolder() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(sub.resolve("l.md"), Path.of("../missing/x.md"));
    Run r = run("table", "--functions", "linear", "--out", link.toString());
    String folder = dir.resolve("missing").toString();
    assertEquals(2, r.status(), r.err());
    assertEquals("activations: output folder '" + folder + "' (where the link '" + link
        + "' points) does not exist; create it first (mkdir -p '" + folder + "') or choose another"
        + " --out\n", r.err());
    cases++;
  }

  @Test
  void aLoopOfLinksIsRefusedWithTheWayOut() throws Exception {
    Path a = dir.resolve("a.md");
    Files.createSymbolicLink(a, Path.of("b.md"));
    Files.createSymbolicLink(dir.resolve("b.md"), Path.of("a.md"));
    Run r = run("table", "--functions", "linear", "--out", a.toString());
    assertEquals(2, r.status(), r.err());
    assertEquals("activations: output '" + a + "' is a chain of more than 40 links (a loop?); give"
        + " the file itself as --out\n", r.err());
    cases++;
  }

  @Test
  void aPathUnderAFileSaysThatItIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("keep.md"), "kept\n");
    Path under = file.resolve("a/x.md");
    Run r = run("table", "--functions", "linear", "--out", under.toString());
    assertEquals(2, r.status(), r.err());
    assertEquals("activations: output '" + under + "' lies under '" + file + "', which is a file,"
        + " not a folder; choose another --out\n", r.err());
    assertEquals("kept\n", Files.readString(file));
    cases++;
  }

  @Test
  void theLongestFileNameIsWritten() throws Exception {
    // 255 bytes each, the most a file name may have: in ASCII, and in two-byte characters
    for (Path longest : List.of(dir.resolve("t".repeat(252) + ".md"),
        dir.resolve("é".repeat(126) + ".md"))) {
      Run r = run("table", "--functions", "linear", "--out", longest.toString());
      assertEquals(0, r.status(), r.err());
      assertTrue(Files.readString(longest).startsWith("| Property | linear |"));
    }
    assertNoPartialFiles();
    cases++;
  }

  @TestFactory
  Stream<DynamicTest> outputErrorsNameTheUsersPathTheReasonAndTheWayOut() {
    List<Object[]> c = new ArrayList<>();
    c.add(new Object[] {"empty --out", 2, "activations: --out is empty; give a file name, or - for"
        + " standard output\n", new String[] {"table", "--out", ""}});
    c.add(new Object[] {"empty plot folder", 2, "activations: --out is empty; give a folder name\n",
        new String[] {"plot", "--out", "", "--functions", "relu"}});
    c.add(new Object[] {"a file in /proc", 2, "activations: cannot write '/proc/t.md': folder '/proc'"
        + " does not accept new files; choose another --out\n",
        new String[] {"table", "--functions", "linear", "--out", "/proc/t.md"}});
    c.add(new Object[] {"a plot folder in /proc", 2, "activations: cannot create output folder"
        + " '/proc/plots': the folder '/proc' does not accept new folders; choose another --out\n",
        new String[] {"plot", "--out", "/proc/plots", "--functions", "relu"}});
    c.add(new Object[] {"a report in /proc", 2, "activations: cannot write '/proc/r.html': folder"
        + " '/proc' does not accept new files; choose another --out\n",
        new String[] {"report", "--out", "/proc/r.html", "--functions", "relu"}});
    c.add(new Object[] {"plot folder that is a file", 2, "activations: output folder '/dev/null' is"
        + " a file; give a folder\n", new String[] {"plot", "--out", "/dev/null"}});
    c.add(new Object[] {"plot folder without parent", 2, "activations: cannot create output folder"
        + " 'no/such/plots': its parent 'no/such' does not exist; create it first (mkdir -p"
        + " 'no/such/plots') or choose another --out\n", new String[] {"plot", "--out",
            "no/such/plots"}});
    return c.stream().map(k -> DynamicTest.dynamicTest((String) k[0], () -> {
      Run r = run((String[]) k[3]);
      assertEquals(k[1], r.status(), r.err());
      assertEquals(k[2], r.err());
      assertFalse(r.err().contains("Exception") || r.err().contains(".partial"), r.err());
      cases++;
    }));
  }

  // ---- as an unprivileged user: what root could write, nobody cannot

  @Test
  void asNobodyAFileWithoutWritePermissionIsRefused() throws Exception {
    Path work = nobodysFolder();
    Path owned = Files.writeString(work.resolve("roots.md"), "root's\n");
    Files.setPosixFilePermissions(owned, PosixFilePermissions.fromString("rw-r--r--"));
    Run r = asNobody(work, "table", "--functions", "linear", "--out", "roots.md");
    assertEquals(2, r.status(), r.err());
    assertEquals("activations: output 'roots.md' is read-only; make it writable (chmod u+w"
        + " 'roots.md') or choose another --out\n", r.err());
    assertEquals("root's\n", Files.readString(owned));
    cases++;
  }

  @Test
  void asNobodyAnUnwritableFolderIsNamedWithTheReason() throws Exception {
    Path work = nobodysFolder();
    Path locked = Files.createDirectory(work.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run table = asNobody(work, "table", "--functions", "linear", "--out", "locked/t.md");
    assertEquals(2, table.status(), table.err());
    assertEquals("activations: cannot write 'locked/t.md': permission denied in folder 'locked';"
        + " choose another --out\n", table.err());
    Run plot = asNobody(work, "plot", "--functions", "relu", "--out", "locked/plots");
    assertEquals(2, plot.status(), plot.err());
    assertEquals("activations: cannot create output folder 'locked/plots': permission denied;"
        + " choose another --out\n", plot.err());
    Run into = asNobody(work, "plot", "--functions", "relu", "--out", "locked");
    assertEquals(2, into.status(), into.err());
    assertEquals("activations: cannot write into output folder 'locked': permission denied;"
        + " choose another --out\n", into.err());
    cases += 3;
  }

  @Test
  void asNobodyAnOwnReadOnlyFileIsRefusedAndAWritableOneKeepsItsMode() throws Exception {
    Path work = nobodysFolder();
    Run first = asNobody(work, "table", "--functions", "linear", "--out", "mine.md");
    assertEquals(0, first.status(), first.err());
    Run chmod = command(work, "chmod", "600", "mine.md");
    assertEquals(0, chmod.status(), chmod.err());
    Run again = asNobody(work, "table", "--functions", "relu", "--out", "mine.md");
    assertEquals(0, again.status(), again.err());
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(work.resolve("mine.md"))));
    assertTrue(Files.readString(work.resolve("mine.md")).startsWith("| Property | relu |"));
    cases++;
  }

  @Test
  void asNobodyAnUnreadablePluginFolderIsNamedWithTheWayOut() throws Exception {
    Path work = nobodysFolder();
    Path locked = Files.createDirectory(work.resolve("plugins"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-wx------"));
    if (isRoot()) {
      Files.setAttribute(locked, "unix:uid", 65534);
    }
    Run r = asNobody(work, "list", "--plugin-path", "plugins");
    assertEquals(2, r.status(), r.err());
    assertEquals("activations: cannot read plugin folder 'plugins': permission denied; make it"
        + " readable or name the plugin jars themselves\n", r.err());
    cases++;
  }

  private void assertNoPartialFiles() throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }
  }

  private static final List<String> NOBODY = List.of("setpriv", "--reuid=65534", "--regid=65534",
      "--clear-groups");
  private static String classpath;
  @TempDir static Path shared;

  /** A folder owned by nobody inside a world-readable temporary folder. */
  private Path nobodysFolder() throws Exception {
    assumeTrue(onPath("setpriv"), "setpriv is not installed: cannot drop privileges to test"
        + " permissions");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path work = Files.createDirectory(dir.resolve("nobodys"));
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (isRoot()) {
      Files.setAttribute(work, "unix:uid", 65534);
      Files.setAttribute(work, "unix:gid", 65534);
    }
    return work;
  }

  /** The test class path, copied where nobody can read it (the build's folders may be private). */
  private static synchronized String readableClasspath() throws Exception {
    if (classpath == null) {
      Path copy = Files.createDirectory(shared.resolve("classpath"));
      Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
      int i = 0;
      List<String> entries = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path from = Path.of(entry);
        if (!Files.exists(from)) {
          continue;
        }
        Path to = copy.resolve((i++) + "-" + from.getFileName());
        try (Stream<Path> files = Files.walk(from)) {
          for (Path p : (Iterable<Path>) files::iterator) {
            Path t = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(t);
            } else {
              Files.copy(p, t);
            }
            Files.setPosixFilePermissions(t, PosixFilePermissions.fromString(
                Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
          }
        }
        entries.add(to.toString());
      }
      classpath = String.join(File.pathSeparator, entries);
    }
    return classpath;
  }

  private static Run asNobody(Path work, String... args) throws Exception {
    List<String> command = new ArrayList<>(isRoot() ? NOBODY : List.of());
    command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        readableClasspath(), "-Djava.io.tmpdir=" + work, Main.class.getName()));
    command.addAll(List.of(args));
    return command(work, command.toArray(String[]::new));
  }

  private static Run command(Path work, String... command) throws Exception {
    List<String> full = new ArrayList<>(List.of(command));
    if (full.get(0).equals("chmod") && isRoot()) {
      full.addAll(0, NOBODY);
    }
    Process p = new ProcessBuilder(full).directory(work.toFile()).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  @AfterAll
  static void report() {
    System.out.printf("[catalogue] outputs: %d output cases tried%n", cases);
  }
}
