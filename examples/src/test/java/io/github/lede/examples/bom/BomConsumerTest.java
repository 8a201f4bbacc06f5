package io.github.lede.examples.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the standalone {@code bom-consumer} project without installing Lede: its pom names Lede's
 * artifacts without versions, all of them managed by {@code lede-bom}, and its class compiles and
 * runs against this build's class path. Running it through Maven needs {@code mvn install} first.
 */
class BomConsumerTest {

    private static final Path CONSUMER = Path.of("bom-consumer");

    @Test
    void theConsumerNamesLedesArtifactsWithoutVersionsAndTheBomManagesEachOne() throws Exception {
        Document consumer = parse(CONSUMER.resolve("pom.xml"));
        Document bom = parse(Path.of("../bom/pom.xml"));

        Set<String> used = new TreeSet<>();
        for (Element dependency : dependencies(consumer, "project")) {
            if (text(dependency, "groupId").equals("io.github.lede")) {
                assertEquals("", text(dependency, "version"), "a version on " + text(dependency, "artifactId"));
                used.add(text(dependency, "artifactId"));
            }
        }
        Set<String> managed = new TreeSet<>();
        dependencies(bom, "dependencyManagement").forEach(d -> managed.add(text(d, "artifactId")));
        Element imported = dependencies(consumer, "dependencyManagement").get(0);

        assertTrue(used.containsAll(Set.of("lede-core", "lede-extractor-text", "lede-format-json")), used::toString);
        assertTrue(managed.containsAll(used), () -> used + " not all in the BOM's " + managed);
        assertEquals("lede-bom", text(imported, "artifactId"));
        assertEquals("import", text(imported, "scope"));
        assertEquals(text(bom.getDocumentElement(), "version"),
                text((Element) consumer.getElementsByTagName("properties").item(0), "lede.version"));
    }

    @Test
    void theConsumersClassAnalysesItsStringAndPrintsTheJson(@TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path source = CONSUMER.resolve("src/main/java/com/example/consumer/AnalyzeString.java");
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), source.toString()));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("com.example.consumer.AnalyzeString").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {"“We", "will", "rebuild", "it,”", "Elena", "Varga", "said."});
        } finally {
            System.setOut(stdout);
        }

        JsonNode article = new ObjectMapper().readTree(printed.toString(StandardCharsets.UTF_8));
        assertEquals("“We will rebuild it,” Elena Varga said.", article.get("text").asText());
        JsonNode quote = article.get("quotes").get(0);
        assertEquals("We will rebuild it,", quote.get("text").asText());
        assertEquals("Elena Varga", quote.get("speaker").get("name").asText());
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The dependencies listed directly under {@code owner}: {@code project} or {@code dependencyManagement}. */
    private static List<Element> dependencies(Document pom, String owner) {
        List<Element> found = new ArrayList<>();
        NodeList all = pom.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element dependency = (Element) all.item(i);
            if (((Element) dependency.getParentNode().getParentNode()).getTagName().equals(owner)) {
                found.add(dependency);
            }
        }
        return found;
    }

    /** The text of the child element {@code name}, or "" when there is none. */
    private static String text(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }
}
