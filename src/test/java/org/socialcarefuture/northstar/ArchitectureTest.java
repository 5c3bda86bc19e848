package org.socialcarefuture.northstar;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The build reads top to bottom (docs/maintainers/architecture.md): no two packages import each other, even through
 * others, and imports only go down: entry points (cli, maven, preview, docs) -> the build (this package) -> the steps
 * -> the model (content, site, format) -> the leaves (problem, config, ...). A package added later must be given its
 * layer here, or the test says so.
 */
@AnalyzeClasses(packages = "org.socialcarefuture.northstar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.socialcarefuture.northstar";

    /**
     * Each package is a slice, the build's own (this package) too: a plain "northstar.(*).." pattern would leave it
     * out, and with it the cycle Build -> render -> Build this test was written against.
     */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("(build)");
            }
            if (name.startsWith(ROOT + ".")) {
                String rest = name.substring(ROOT.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of North Star";
        }
    };

    /** A class of North Star by its name under the root package (".content.ContentLoader"), with its nested classes. */
    private static DescribedPredicate<JavaClass> named(String relative) {
        String name = ROOT + relative;
        return DescribedPredicate.describe(name, javaClass -> javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$"));
    }

    /*
     * The one import that still runs the wrong way, named exactly, so that any other such import fails. Remove its line
     * when it is gone:
     * - content/ExemptionReader -> a11y/Rules (the rule ids a11y_ignore: may name): the model asks a step which rules exist;
     *   to remove it, the gate would check the ids, which changes where and in which order that error is reported.
     */

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(PACKAGES)
            .should().beFreeOfCycles()
            .ignoreDependency(named(".content.ExemptionReader"), named(".a11y.Rules"))
            .because("a package that imports one that imports it back cannot be read, tested or changed on its own"
                    + " (docs/maintainers/architecture.md)");

    @ArchTest
    static final ArchRule importsOnlyGoDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("entry points").definedBy(ROOT + ".cli..", ROOT + ".maven..", ROOT + ".preview..", ROOT + ".docs..")
            .layer("build").definedBy(ROOT)
            .layer("steps").definedBy(ROOT + ".a11y..", ROOT + ".body..", ROOT + ".cache..", ROOT + ".cms..", ROOT + ".easyread..",
                    ROOT + ".event..", ROOT + ".feed..", ROOT + ".language..", ROOT + ".markdown..", ROOT + ".memo..",
                    ROOT + ".newsletter..", ROOT + ".pdf..", ROOT + ".picture..", ROOT + ".plan..", ROOT + ".print..",
                    ROOT + ".render..", ROOT + ".search..", ROOT + ".security..", ROOT + ".social..", ROOT + ".starter..",
                    ROOT + ".wordpress..", ROOT + ".write..", ROOT + ".writing..")
            .layer("model").definedBy(ROOT + ".content..", ROOT + ".site..", ROOT + ".format..")
            .layer("leaves").definedBy(ROOT + ".problem..", ROOT + ".config..", ROOT + ".address..", ROOT + ".media..",
                    ROOT + ".publish..", ROOT + ".pledge..", ROOT + ".store..", ROOT + ".aria..")
            .whereLayer("entry points").mayNotBeAccessedByAnyLayer()
            .whereLayer("build").mayOnlyBeAccessedByLayers("entry points")
            .whereLayer("steps").mayOnlyBeAccessedByLayers("entry points", "build")
            .whereLayer("model").mayOnlyBeAccessedByLayers("entry points", "build", "steps")
            .whereLayer("leaves").mayOnlyBeAccessedByLayers("entry points", "build", "steps", "model")
            .ensureAllClassesAreContainedInArchitecture()
            .ignoreDependency(named(".content.ExemptionReader"), named(".a11y.Rules"))
            .because("the build lists the steps, the steps work on the model, and the model and the leaves know nothing"
                    + " of who uses them (docs/maintainers/architecture.md)");
}
