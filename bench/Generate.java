import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic site of N posts twice: in North Star's content format (YAML front matter) and in
 * stock JBake's header format, with the same Markdown bodies, so both can be baked from the same posts.
 * Fixed seed: the same N gives the same site. Usage: java bench/Generate.java N OUT_DIR
 */
public class Generate {

    static final String[] WORDS = ("people support community home equal life care council family friends work "
            + "choice power share local together change future money time help live voice right plan group place "
            + "belong value dignity respect neighbour service health story listen learn build open fair").split(" ");
    static final String[] TAGS = {"pledge", "inquiry", "vision", "councils", "festival", "policy", "language", "covid-19",
            "people power", "home", "community", "equal life", "newsletter", "research", "letters"};
    static final String[] AUTHORS = {"Anna Severwright", "Martin Routledge", "Julie Stansfield", "Neil Crowther",
            "A Volunteer", "Guest Writer"};

    public static void main(String[] args) throws IOException {
        int posts = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(42);
        Path ours = out.resolve("north-star/content");
        Path jbake = out.resolve("jbake/content");
        Files.createDirectories(ours.resolve("blog"));
        Files.createDirectories(ours.resolve("images"));
        Files.createDirectories(jbake.resolve("blog"));
        Files.writeString(ours.resolve("images/photo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\"><rect width=\"4\" height=\"3\" fill=\"#13315c\"/></svg>\n");
        Files.createDirectories(out.resolve("jbake/assets/images"));
        Files.copy(ours.resolve("images/photo.svg"), out.resolve("jbake/assets/images/photo.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(ours.resolve("about.md"), "---\ntitle: About\nsummary: A synthetic site.\n---\nA synthetic site for the benchmark.\n");
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < posts; i++) {
            LocalDate date = start.plusDays(random.nextInt(365 * 10));
            String slug = "post-" + i;
            String title = capitalise(sentence(random, 4 + random.nextInt(5))) + " " + i;
            List<String> tags = new ArrayList<>();
            for (int t = 0, n = 1 + random.nextInt(3); t < n; t++) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            String author = AUTHORS[random.nextInt(AUTHORS.length)];
            boolean pledge = random.nextInt(100) < 5;
            boolean easy = random.nextInt(100) < 10;
            String body = body(random, 600 + random.nextInt(900), pledge, i);
            String summary = capitalise(sentence(random, 14)) + ".";
            String file = date + "-" + slug + ".md";
            Files.writeString(ours.resolve("blog").resolve(file), "---\ntitle: \"" + title + "\"\ndate: " + date
                    + "\nauthor: " + author + "\ntags: [" + String.join(", ", tags) + "]\nsummary: \"" + summary + "\"\n---\n\n" + body);
            Files.writeString(jbake.resolve("blog").resolve(file), "title=" + title + "\ndate=" + date + "\ntype=post\ntags="
                    + String.join(",", tags) + "\nstatus=published\nauthor=" + author + "\nsummary=" + summary + "\n~~~~~~\n\n"
                    + body.replace("](../images/", "](/images/").replace("```pledge", "```text"));
            if (easy) {
                StringBuilder easyBody = new StringBuilder();
                String[] pictures = {"home", "people", "community", "talk", "money"};
                for (int p = 0; p < 5; p++) {
                    easyBody.append("![A simple picture](icon:").append(pictures[p]).append(") ")
                            .append(capitalise(sentence(random, 6 + random.nextInt(5)))).append(".\n\n");
                }
                Files.writeString(ours.resolve("blog").resolve(date + "-" + slug + ".easy.md"),
                        "---\ntitle: \"" + title + " in easy read\"\n---\n\n" + easyBody);
            }
        }
    }

    static String body(Random random, int words, boolean pledge, int n) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        int section = 1;
        text.append("![A dark blue rectangle](../images/photo.svg)\n\n");
        while (written < words) {
            if (written > 0 && random.nextInt(4) == 0) {
                text.append("## ").append(capitalise(sentence(random, 3 + random.nextInt(3)))).append(" ").append(section++).append("\n\n");
            }
            int kind = random.nextInt(10);
            if (kind == 0) {
                for (int i = 0; i < 3 + random.nextInt(3); i++) {
                    String item = sentence(random, 6 + random.nextInt(6));
                    text.append("- ").append(capitalise(item)).append(".\n");
                    written += 8;
                }
                text.append('\n');
            } else {
                int length = 40 + random.nextInt(60);
                String paragraph = capitalise(sentence(random, length));
                if (random.nextInt(3) == 0) {
                    int target = random.nextInt(1000);
                    // link words name their destination, as the gate asks: two different links never share words
                    paragraph += " Read more about [" + sentence(random, 3) + " (page " + target + ")](https://example.org/" + target + ")";
                }
                text.append(paragraph).append(".\n\n");
                written += length;
            }
        }
        if (pledge) {
            text.append("```pledge id=bench-").append(n).append(" hashtags=OurSocialCare\nI pledge to ")
                    .append(sentence(random, 20)).append(".\n```\n");
        }
        return text.toString();
    }

    static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                s.append(i % 9 == 8 ? ", " : " ");
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
