package org.socialcarefuture.northstar.docs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.socialcarefuture.northstar.cli.Commands;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every command of the jar ({@link Commands}, the lists {@code Main} parses with) and every goal of the Maven plugin with
 * its parameters, read from the plugin descriptor maven-plugin-plugin writes from the goals' own annotations and comments.
 */
final class CommandsReference implements ReferencePage {

    /** Where maven-plugin-plugin puts the descriptor, on the class path of the build that made it. */
    static final String DESCRIPTOR = "/META-INF/maven/plugin.xml";

    /** One goal of the plugin and its parameters, as the descriptor says. */
    record Goal(String name, String description, String phase, List<Parameter> parameters) {
    }

    /** One parameter: its name, its property on the command line ({@code -Dnorthstar...}), its default and meaning. */
    record Parameter(String name, String property, String defaultValue, String description) {
    }

    @Override
    public String file() {
        return "reference/commands.md";
    }

    static List<Goal> goals() throws IOException {
        try (InputStream in = CommandsReference.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IOException("the plugin descriptor " + DESCRIPTOR + " is not on the class path; build with mvn package");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element plugin = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<Goal> goals = new ArrayList<>();
            NodeList mojos = plugin.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                Element configuration = child(mojo, "configuration");
                List<Parameter> parameters = new ArrayList<>();
                Element list = child(mojo, "parameters");
                NodeList each = list == null ? null : list.getElementsByTagName("parameter");
                for (int p = 0; each != null && p < each.getLength(); p++) {
                    Element parameter = (Element) each.item(p);
                    if (!"true".equals(text(parameter, "editable"))) {
                        continue; // the project, the session: set by Maven, not by the site
                    }
                    String name = text(parameter, "name");
                    Element configured = configuration == null ? null : child(configuration, name);
                    String property = configured == null ? "" : configured.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
                    String defaultValue = configured == null ? "" : configured.getAttribute("default-value");
                    parameters.add(new Parameter(name, property, defaultValue, text(parameter, "description")));
                }
                goals.add(new Goal(text(mojo, "goal"), text(mojo, "description"), text(mojo, "phase"), parameters));
            }
            return goals;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the plugin descriptor could not be read: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? "" : child.getTextContent().strip().replaceAll("\\s+", " ");
    }

    @Override
    public String markdown() throws IOException {
        StringBuilder page = new StringBuilder(ReferencePage.frontMatter("Commands and Maven goals",
                "Every command of north-star.jar and every goal of the Maven plugin, with its options."));
        page.append("This page is made from the code each time the documentation is built: the commands from the lists the")
                .append(" jar reads its command line with, the goals from the plugin's own descriptor.\n\n")
                .append("## The jar's commands\n\nExit codes: 0 built, 1 problems in the content (all listed, the previous site")
                .append(" left as it was), 2 wrong usage.\n\n");
        for (Commands.Command command : Commands.ALL) {
            page.append("### ").append(command.name()).append("\n\n").append(capital(command.summary())).append(".\n\n")
                    .append(ReferencePage.code("sh", "java -jar north-star.jar " + command.name()
                            + (command.arguments().isEmpty() ? "" : " " + command.arguments())));
            if (!command.options().isEmpty()) {
                page.append("| option | default or value | what it does |\n| --- | --- | --- |\n");
                for (Commands.Option option : command.options()) {
                    page.append("| `").append(option.name()).append("` | ").append(option.isFlag() ? "(on or off)" : "`" + option.value() + "`")
                            .append(" | ").append(cell(option.meaning())).append(" |\n");
                }
                page.append('\n');
            }
        }
        page.append("## The Maven plugin's goals\n\nRun one as `mvn northstar:GOAL`, or bind `bake` and `check` in a site's")
                .append(" `pom.xml` (the [guide to a new site](../groups/new-site.md) shows how). A parameter is set in the")
                .append(" plugin's `<configuration>` or with its property on the command line, e.g. `-Dnorthstar.drafts=true`.\n\n");
        for (Goal goal : goals()) {
            page.append("### northstar:").append(goal.name()).append("\n\n").append(goal.description())
                    .append(goal.phase().isEmpty() ? "" : " Bound to the `" + goal.phase() + "` phase.").append("\n\n");
            if (!goal.parameters().isEmpty()) {
                page.append("| parameter | property | default | what it does |\n| --- | --- | --- | --- |\n");
                for (Parameter parameter : goal.parameters()) {
                    page.append("| `").append(parameter.name()).append("` | ")
                            .append(parameter.property().isEmpty() ? "" : "`" + parameter.property() + "`").append(" | ")
                            .append(parameter.defaultValue().isEmpty() ? "" : "`" + parameter.defaultValue() + "`").append(" | ")
                            .append(cell(parameter.description())).append(" |\n");
                }
                page.append('\n');
            }
        }
        return page.toString();
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Descriptions come from Javadoc: their tags and pipes must not break the table. */
    private static String cell(String text) {
        return text.replaceAll("<[^>]+>", "").replace("{@code ", "").replace("}", "").replace("|", "\\|");
    }
}
