// Reads GEXF and GraphML files with Gephi's own importers (gephi-toolkit), headless; writes what Gephi sees as JSON.

import java.awt.Color;
import java.io.File;
import java.io.FileInputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.ImportUtils;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.api.Report;
import org.gephi.io.importer.spi.FileImporter;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.Project;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.ProjectMetaData;
import org.gephi.project.api.Workspace;
import org.gephi.project.api.WorkspaceMetaData;
import org.openide.util.Lookup;

/**
 * Usage: java -cp 'gephi-toolkit-all.jar:.' GephiCheck --out FILE
 * [--merge-strategy SUM|AVG|MAX|MIN|FIRST|LAST|NO_MERGE] [--allow-parallel-edges true|false] [--max-elements N]
 * [--file-merge-strategy FILE STRATEGY]... FILE...
 *
 * <p>Each file is imported the way Gephi Desktop 0.10.1 imports it (DesktopImportControllerUI): the ImportController
 * picks the importer by extension, the container is named after the file and verified, the chosen merge strategy is
 * set on the loader (the import dialog's "Edges merge strategy"), then DefaultProcessor appends it to a new workspace
 * of its own. --allow-parallel-edges has no control in Gephi Desktop: the container reads it while edges are added, so
 * when it is given the container is created here, the option set, and the importer run on it as
 * ImportControllerImpl.importFile does.
 *
 * <p>Writes one JSON object per file and line to --out, in the order given; a file that fails yields {"file",
 * "ok": false, "error"} and the run goes on. Integers beyond +-2^53, BigInteger, BigDecimal, NaN and infinities are
 * written as strings, so no digit is lost in JavaScript. Exits 0 once every file has a line, 2 on bad arguments.
 */
public final class GephiCheck {

  private static final long MAX_SAFE_INTEGER = 9007199254740991L;

  private final ImportController importController = Lookup.getDefault().lookup(ImportController.class);
  private final ProjectController projectController = Lookup.getDefault().lookup(ProjectController.class);
  private final GraphController graphController = Lookup.getDefault().lookup(GraphController.class);
  private final EdgeMergeStrategy mergeStrategy;
  private final Boolean allowParallelEdges;
  private final int maxElements;

  private GephiCheck(EdgeMergeStrategy mergeStrategy, Boolean allowParallelEdges, int maxElements) {
    this.mergeStrategy = mergeStrategy;
    this.allowParallelEdges = allowParallelEdges;
    this.maxElements = maxElements;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    String out = null;
    EdgeMergeStrategy mergeStrategy = null;
    Boolean allowParallelEdges = null;
    int maxElements = Integer.MAX_VALUE;
    List<String> files = new ArrayList<>();
    List<EdgeMergeStrategy> strategyOf = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--out" -> out = args[++i];
          case "--merge-strategy" -> mergeStrategy = EdgeMergeStrategy.valueOf(args[++i]);
          case "--file-merge-strategy" -> {
            files.add(args[++i]);
            strategyOf.add(EdgeMergeStrategy.valueOf(args[++i]));
          }
          case "--allow-parallel-edges" -> allowParallelEdges = Boolean.valueOf(args[++i]);
          case "--max-elements" -> maxElements = Integer.parseInt(args[++i]);
          default -> {
            files.add(args[i]);
            strategyOf.add(null);
          }
        }
      }
      if (out == null) throw new IllegalArgumentException("--out is required");
    } catch (RuntimeException e) {
      System.err.println("GephiCheck: bad arguments: " + e);
      System.exit(2);
    }

    GephiCheck check = new GephiCheck(mergeStrategy, allowParallelEdges, maxElements);
    check.projectController.newProject();
    try (Writer writer = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
      for (int f = 0; f < files.size(); f++) {
        String file = files.get(f);
        EdgeMergeStrategy own = strategyOf.get(f);
        Json json = new Json();
        try {
          check.read(new File(file), json, own != null ? own : check.mergeStrategy);
        } catch (Throwable t) {
          json = new Json();
          json.begin().key("file").value(file).key("ok").value(false).key("error").value(stackTrace(t)).end();
        }
        writer.write(json.toString());
        writer.write('\n');
        writer.flush();
      }
    }
    // NetBeans' lookup leaves non-daemon threads behind: leave without waiting for them.
    System.exit(0);
  }

  private void read(File file, Json json, EdgeMergeStrategy mergeStrategy) throws Exception {
    if (!file.isFile()) throw new java.io.FileNotFoundException(file.getPath());
    Container container = importContainer(file);
    if (container == null) throw new IllegalStateException("Gephi has no importer for " + file.getName());
    container.setSource(file.getName());
    container.verify();
    Report importReport = container.getReport();
    importReport.close();
    String importerName = importerName(file);
    if (mergeStrategy != null) container.getLoader().setEdgesMergeStrategy(mergeStrategy);

    Project project = projectController.getCurrentProject();
    Workspace workspace = projectController.newWorkspace(project);
    DefaultProcessor processor = new DefaultProcessor();
    importController.process(container, processor, workspace);
    Report processReport = processor.getReport();

    GraphModel model = graphController.getGraphModel(workspace);
    Graph graph = model.getGraph();
    json.begin().key("file").value(file.getPath()).key("ok").value(true).key("importer").value(importerName);
    json.key("options").begin()
        .key("mergeStrategy").value(container.getUnloader().getEdgesMergeStrategy().name())
        .key("allowParallelEdges").value(container.getUnloader().allowParallelEdges())
        .end();
    json.key("nodeCount").value(graph.getNodeCount()).key("edgeCount").value(graph.getEdgeCount());
    json.key("directed").value(model.isDirected()).key("undirected").value(model.isUndirected())
        .key("mixed").value(model.isMixed()).key("multiGraph").value(model.isMultiGraph());
    json.key("edgeTypes").value(model.getEdgeTypeLabels(false));

    json.key("issues").array();
    writeIssues(json, "import", importReport);
    writeIssues(json, "process", processReport);
    json.endArray();
    json.key("importLog").value(importReport.getText(false));

    WorkspaceMetaData workspaceMeta = workspace.getWorkspaceMetadata();
    json.key("workspace").begin().key("name").value(workspace.getName()).key("source").value(workspace.getSource())
        .key("title").value(workspaceMeta.getTitle()).key("description").value(workspaceMeta.getDescription()).end();
    ProjectMetaData projectMeta = project.getProjectMetadata();
    json.key("project").begin().key("title").value(projectMeta.getTitle()).key("author").value(projectMeta.getAuthor())
        .key("description").value(projectMeta.getDescription()).key("keywords").value(projectMeta.getKeywords()).end();
    json.key("graphAttributes").begin();
    for (String key : graph.getAttributeKeys()) json.key(key).value(graph.getAttribute(key));
    json.end();

    json.key("nodeColumns");
    writeColumns(json, model.getNodeTable());
    json.key("edgeColumns");
    writeColumns(json, model.getEdgeTable());

    json.key("nodes").array();
    int count = 0;
    for (Node node : graph.getNodes()) {
      if (count++ >= maxElements) break;
      json.begin().key("id").value(node.getId()).key("label").value(node.getLabel())
          .key("x").value(node.x()).key("y").value(node.y()).key("size").value(node.size())
          .key("color").value(node.getColor());
      writeAttributes(json, model.getNodeTable(), node);
      json.end();
    }
    json.endArray();
    json.key("edges").array();
    count = 0;
    for (Edge edge : graph.getEdges()) {
      if (count++ >= maxElements) break;
      json.begin().key("id").value(edge.getId()).key("source").value(edge.getSource().getId())
          .key("target").value(edge.getTarget().getId()).key("label").value(edge.getLabel())
          .key("type").value(edge.getTypeLabel()).key("directed").value(edge.isDirected())
          .key("weight").value(edge.hasDynamicWeight() ? edge.getAttribute("weight") : (Object) edge.getWeight())
          .key("color").value(edge.alpha() == 0f ? null : edge.getColor());
      writeAttributes(json, model.getEdgeTable(), edge);
      json.end();
    }
    json.endArray();
    json.key("truncated").begin().key("nodes").value(graph.getNodeCount() > maxElements)
        .key("edges").value(graph.getEdgeCount() > maxElements).end();
    json.end();

    importReport.clean();
    processReport.clean();
    projectController.deleteWorkspace(workspace);
  }

  /** Default: Gephi's ImportController as is. With --allow-parallel-edges: the same steps, the option set first. */
  private Container importContainer(File file) throws Exception {
    if (allowParallelEdges == null) return importController.importFile(file);
    FileImporter importer = importController.getFileImporter(file);
    if (importer == null) return null;
    Container container = Lookup.getDefault().lookup(Container.Factory.class).newContainer();
    Report report = new Report();
    container.setReport(report);
    container.getLoader().setAllowParallelEdge(allowParallelEdges);
    try (Reader reader = ImportUtils.getTextReader(new FileInputStream(file))) {
      if (importer instanceof FileImporter.FileAware aware) {
        aware.setFile(file);
      } else {
        importer.setReader(reader);
      }
      if (!importer.execute(container.getLoader())) return null;
      if (importer.getReport() != null && importer.getReport() != report) report.append(importer.getReport());
    }
    report.close();
    return container;
  }

  private String importerName(File file) {
    FileImporter importer = importController.getFileImporter(file);
    return importer == null ? null : importer.getClass().getSimpleName();
  }

  private static void writeIssues(Json json, String stage, Report report) {
    for (Issue issue : report.getIssuesList(Integer.MAX_VALUE)) {
      json.begin().key("stage").value(stage).key("level").value(issue.getLevel().name())
          .key("message").value(issue.getMessage()).end();
    }
  }

  private static void writeColumns(Json json, Table table) {
    json.array();
    for (Column column : table) {
      json.begin().key("id").value(column.getId()).key("title").value(column.getTitle())
          .key("type").value(column.getTypeClass().getSimpleName()).key("property").value(column.isProperty())
          .key("dynamic").value(column.isDynamic()).end();
    }
    json.endArray();
  }

  private static void writeAttributes(Json json, Table table, Element element) {
    json.key("attributes").begin();
    for (Column column : table) {
      if (!column.isProperty()) json.key(column.getId()).value(element.getAttribute(column));
    }
    json.end();
  }

  private static String stackTrace(Throwable t) {
    StringWriter text = new StringWriter();
    t.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  /** A small JSON writer: objects, arrays, and the value types Gephi's attributes can hold. */
  static final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean comma = false;

    Json begin() {
      separate();
      out.append('{');
      comma = false;
      return this;
    }

    Json end() {
      out.append('}');
      comma = true;
      return this;
    }

    Json array() {
      separate();
      out.append('[');
      comma = false;
      return this;
    }

    Json endArray() {
      out.append(']');
      comma = true;
      return this;
    }

    Json key(String key) {
      separate();
      string(key);
      out.append(':');
      comma = false;
      return this;
    }

    Json value(Object value) {
      separate();
      if (value == null) {
        out.append("null");
      } else if (value instanceof String || value instanceof Character) {
        string(value.toString());
      } else if (value instanceof Boolean) {
        out.append(value);
      } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        out.append(value);
      } else if (value instanceof Long l) {
        if (Math.abs(l) <= MAX_SAFE_INTEGER) out.append(l);
        else string(l.toString());
      } else if (value instanceof Float f) {
        if (f.isNaN() || f.isInfinite()) string(f.toString());
        else out.append(f);
      } else if (value instanceof Double d) {
        if (d.isNaN() || d.isInfinite()) string(d.toString());
        else out.append(d);
      } else if (value instanceof BigInteger || value instanceof BigDecimal) {
        string(value.toString());
      } else if (value instanceof Color c) {
        out.append("{\"r\":").append(c.getRed()).append(",\"g\":").append(c.getGreen()).append(",\"b\":")
            .append(c.getBlue()).append(",\"a\":").append(c.getAlpha()).append('}');
      } else if (value.getClass().isArray()) {
        out.append('[');
        comma = false;
        for (int i = 0; i < Array.getLength(value); i++) value(Array.get(value, i));
        out.append(']');
      } else if (value instanceof Collection<?> items) {
        out.append('[');
        comma = false;
        for (Object item : items) value(item);
        out.append(']');
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        comma = false;
        for (Map.Entry<?, ?> entry : map.entrySet()) key(String.valueOf(entry.getKey())).value(entry.getValue());
        out.append('}');
      } else {
        // Dynamic values (TimeMap, TimeSet) and anything else: their own text form.
        string(value.toString());
      }
      comma = true;
      return this;
    }

    private void separate() {
      if (comma) out.append(',');
      comma = false;
    }

    private void string(String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
          }
        }
      }
      out.append('"');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
