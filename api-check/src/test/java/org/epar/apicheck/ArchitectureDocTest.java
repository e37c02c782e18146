package org.epar.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * ARCHITECTURE.md's "Modules" section names every module of the root {@code pom.xml}, in the tree
 * and in the table, and the table gives each module's {@code org.epar} dependencies as its pom
 * declares them: "uses" for the compile and runtime ones, "in tests only" for the test ones, a test
 * jar marked {@code (test jar)}. An aggregator (examples) has the union of its modules'.
 */
class ArchitectureDocTest {

  private static final String GROUP = "org.epar";

  @Test
  void modulesSection_listsEveryModuleOfTheRootPom_withItsDependencies() throws Exception {
    Path root = PublicApiTest.root();
    List<String> modules = modules(root);
    String section = section(Files.readString(root.resolve("ARCHITECTURE.md")));
    Map<String, String[]> table = table(section);
    assertEquals(
        new TreeSet<>(modules),
        new TreeSet<>(table.keySet()),
        "the table's modules are the root pom's modules");
    String tree = section.substring(section.indexOf("```"), section.lastIndexOf("```"));
    for (String m : modules) {
      assertTrue(tree.matches("(?s).*(^|\\s)" + m + "\\s.*"), m + " is in the module tree");
      Deps deps = deps(root.resolve(m), m);
      assertEquals(deps.uses, cell(table.get(m)[0]), m + ": uses");
      assertEquals(deps.tests, cell(table.get(m)[1]), m + ": in tests only");
    }
  }

  @Test
  void table_readsModulesAndTestJars() {
    String section =
        "## Modules\n\n| module | uses | in tests only |\n|---|---|---|\n"
            + "| `sdk-core` | | |\n| `sdk-store` | sdk-grpc | sdk-grpc (test jar) |\n";
    Map<String, String[]> table = table(section);
    assertEquals(List.of("sdk-core", "sdk-store"), List.copyOf(table.keySet()));
    assertEquals(new TreeSet<>(List.of("sdk-grpc[test-jar]")), cell(table.get("sdk-store")[1]));
    assertEquals(new TreeSet<>(), cell(table.get("sdk-core")[0]));
  }

  private record Deps(TreeSet<String> uses, TreeSet<String> tests) {}

  private static List<String> modules(Path root) throws Exception {
    return children(document(root.resolve("pom.xml")), "modules", "module");
  }

  /** The org.epar dependencies of a module, or of all modules of an aggregator. */
  private static Deps deps(Path dir, String module) throws Exception {
    Element pom = document(dir.resolve("pom.xml"));
    Deps out = new Deps(new TreeSet<>(), new TreeSet<>());
    for (Element d : elements(child(pom, "dependencies"), "dependency")) {
      if (!GROUP.equals(text(d, "groupId"))) {
        continue;
      }
      String name = text(d, "artifactId");
      if ("test-jar".equals(text(d, "type"))) {
        name += "[test-jar]";
      }
      ("test".equals(text(d, "scope")) ? out.tests : out.uses).add(name);
    }
    for (String sub : children(pom, "modules", "module")) {
      Deps d = deps(dir.resolve(sub), module + "/" + sub);
      out.uses.addAll(d.uses);
      out.tests.addAll(d.tests);
    }
    return out;
  }

  private static String section(String doc) {
    int a = doc.indexOf("\n## Modules\n");
    assertTrue(a >= 0, "ARCHITECTURE.md has a Modules section");
    int b = doc.indexOf("\n## ", a + 1);
    return doc.substring(a, b < 0 ? doc.length() : b);
  }

  /** The rows of the section's table: module to its "uses" and "in tests only" cells. */
  private static Map<String, String[]> table(String section) {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String line : section.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      assertEquals(5, cells.length, line);
      String module = cells[1].strip().replace("`", "");
      out.put(module, new String[] {cells[2], cells[3]});
    }
    return out;
  }

  private static TreeSet<String> cell(String cell) {
    TreeSet<String> out = new TreeSet<>();
    for (String s : cell.split(",")) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t.replace(" (test jar)", "[test-jar]"));
      }
    }
    return out;
  }

  private static Element document(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    byte[] bytes = Files.readAllBytes(pom);
    return f.newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(bytes))
        .getDocumentElement();
  }

  private static List<String> children(Element parent, String list, String item) {
    List<String> out = new ArrayList<>();
    for (Element e : elements(child(parent, list), item)) {
      out.add(e.getTextContent().strip());
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }
}
