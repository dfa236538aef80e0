package org.jobspecs;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline's arrows: sources → domain model → catalog → page plan → rendered files → output,
 * orchestrated by build and driven by the command line. Each stage may use only the stages before
 * it; libraries stay in the one package whose job they serve.
 */
class ArchitectureTest {

    /** Each package and the jobspecs packages it may use (besides itself). */
    private static final Map<String, String[]> ALLOWED = Map.ofEntries(
            Map.entry("problem", new String[] {}),
            Map.entry("spec", new String[] {"problem"}),
            Map.entry("config", new String[] {"spec", "problem"}),
            Map.entry("source", new String[] {"spec", "problem"}),
            Map.entry("catalog", new String[] {"spec", "problem"}),
            Map.entry("requirement", new String[] {"spec"}),
            Map.entry("site", new String[] {"catalog", "spec", "config", "requirement", "problem"}),
            Map.entry("render", new String[] {"site", "spec", "problem"}),
            Map.entry("output", new String[] {"render", "problem"}),
            Map.entry("search", new String[] {"site", "catalog", "spec", "problem"}),
            Map.entry("build", new String[] {"config", "source", "catalog", "site", "search", "render", "output", "spec", "problem"}),
            Map.entry("serve", new String[] {"build", "problem"}),
            Map.entry("demo", new String[] {}),
            Map.entry("publish", new String[] {"problem"}),
            Map.entry("intake", new String[] {"source", "spec", "config", "problem"}),
            Map.entry("scaffold", new String[] {}),
            Map.entry("cli", new String[] {"build", "search", "serve", "demo", "intake", "publish", "scaffold", "config", "problem"}));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jobspecs");
    }

    static String[] packages() {
        return ALLOWED.keySet().stream().sorted().toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("packages")
    void eachStageUsesOnlyTheStagesBeforeIt(String pkg) {
        String[] allowed = Arrays.stream(ALLOWED.get(pkg)).map(p -> "org.jobspecs." + p + "..").toArray(String[]::new);
        String[] withSelf = Arrays.copyOf(allowed, allowed.length + 1);
        withSelf[allowed.length] = "org.jobspecs." + pkg + "..";
        classes().that().resideInAPackage("org.jobspecs." + pkg + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.jobspecs..").or(resideInAnyPackage(withSelf)))
                .check(classes);
    }

    @Test
    void everyClassIsInAKnownStage() {
        classes().should().resideInAnyPackage(Arrays.stream(packages()).map(p -> "org.jobspecs." + p + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void noCycles() {
        slices().matching("org.jobspecs.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void librariesStayInTheirPackage() {
        noClasses().that().resideOutsideOfPackages("org.jobspecs.render..")
                .should().dependOnClassesThat().resideInAPackage("freemarker..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.render..", "org.jobspecs.config..")
                .should().dependOnClassesThat().resideInAPackage("org.jbake..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.source..", "org.jobspecs.intake..")
                .should().dependOnClassesThat().resideInAnyPackage("org.commonmark..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.source..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "org.apache.commons.csv..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.intake.docx..", "org.jobspecs.intake.table.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.intake.pdf..", "org.jobspecs.intake.table.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.intake")
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.jobspecs.site.diff..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.difflib..").check(classes);
        // Issue 14: versions.from.git reads the git history with JGit, in one package only.
        noClasses().that().resideOutsideOfPackages("org.jobspecs.source.git")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..").check(classes);
    }

    /** Issue 14: the comparison of two versions (site.diff) is pure: sections in, marked sections out; site feeds it. */
    @Test
    void theVersionComparisonUsesOnlyTheModel() {
        classes().that().resideInAPackage("org.jobspecs.site.diff..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.jobspecs..")
                        .or(resideInAnyPackage("org.jobspecs.site.diff..", "org.jobspecs.spec..")))
                .check(classes);
    }

    /** Issue 13: the pictures' geometry (site.chart) is pure: amounts in, coordinates and labels out; site feeds it. */
    @Test
    void thePicturesGeometryUsesNoOtherStage() {
        classes().that().resideInAPackage("org.jobspecs.site.chart..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.jobspecs..").or(resideInAnyPackage("org.jobspecs.site.chart..")))
                .check(classes);
    }

    @Test
    void onlyTheCommandLineExits() {
        noClasses().that().resideOutsideOfPackage("org.jobspecs.cli..")
                .should().callMethod(System.class, "exit", int.class).check(classes);
    }

    @Test
    void theBuildNeverPrints() {
        noClasses().that().resideOutsideOfPackage("org.jobspecs.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(classes);
    }
}
