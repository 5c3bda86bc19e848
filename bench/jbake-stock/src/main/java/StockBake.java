import java.io.File;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Bakes a JBake project folder with stock JBake 2.7.0: java StockBake SOURCE DESTINATION */
public class StockBake {
    public static void main(String[] args) throws Exception {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(Throwable::printStackTrace);
            System.exit(1);
        }
    }
}
