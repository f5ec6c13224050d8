package fr.boussole.commons.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The one shape of every service (ArchUnit, on the compiled main classes): its packages depend on each other without
 * cycles, and so do the features of its service layer (e.g. {@code service.webhook}, {@code service.privacy}); its
 * layers depend downwards only. {@code rest} (resources) uses {@code service}; services use
 * {@code mapping}, {@code repository} and the API models of {@code rest.dto}; the stored value types and shared enums
 * of {@code domain} (and the service's other domain packages) depend on no layer. So no entity reaches a resource,
 * no API model is stored, and a change in one layer does not travel upwards.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /**
     * @param base the service's root package, e.g. {@code fr.boussole.catalogue}
     * @param domainPackages the packages under it that hold domain types, {@code domain} and any other
     */
    public static void check(String base, String... domainPackages) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        String resources = base + ".rest";
        String dto = base + ".rest.dto..";
        String[] layers = { base + ".service..", base + ".mapping..", base + ".repository..", base + ".client..",
                base + ".report.." };
        String[] domain = Arrays.stream(domainPackages).map(name -> base + "." + name + "..").toArray(String[]::new);

        slices().assignedFrom(packagesUnder(base)).should().beFreeOfCycles().check(classes);
        slices().assignedFrom(featuresOf(base + ".service")).should().beFreeOfCycles()
                .allowEmptyShould(true)
                .as("the service layer's features (its sub-packages, and what lies at its root) have no cycles")
                .check(classes);
        noClasses().that().resideInAnyPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage(concat(layers, resources, dto))
                .because("stored value types and shared enums depend on no layer").check(classes);
        noClasses().that().resideInAPackage(base + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".service..", base + ".mapping..",
                        base + ".client..", resources, dto)
                .because("entities store domain types, never API models").check(classes);
        noClasses().that().resideInAPackage(dto)
                .should().dependOnClassesThat().resideInAnyPackage(concat(layers, resources))
                .because("API models describe the API, not its implementation").check(classes);
        noClasses().that().resideInAPackage(base + ".mapping..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".service..", base + ".client..",
                        base + ".report..", resources)
                .because("mappers convert, they do not call services").check(classes);
        noClasses().that().resideInAnyPackage(layers)
                .should().dependOnClassesThat().resideInAPackage(resources)
                .because("resources are the top layer").check(classes);
        noClasses().that().resideInAPackage(resources)
                .should().dependOnClassesThat().resideInAPackage(base + ".repository..")
                .because("entities never leave through the API: resources go through services").check(classes);
    }

    /** A slice per package under the base (its first segment), {@code rest.dto} apart from the resources. */
    private static SliceAssignment packagesUnder(String base) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.startsWith(base + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = name.substring(base.length() + 1);
                if (rest.startsWith("rest.dto")) {
                    return SliceIdentifier.of("rest.dto");
                }
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }

            @Override
            public String getDescription() {
                return "the packages under " + base;
            }
        };
    }

    /** A slice per feature of the service layer: each sub-package, and the classes at its root as one more. */
    private static SliceAssignment featuresOf(String service) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(service)) {
                    return SliceIdentifier.of("service (root)");
                }
                if (!name.startsWith(service + ".")) {
                    return SliceIdentifier.ignore();
                }
                String feature = name.substring(service.length() + 1);
                int dot = feature.indexOf('.');
                return SliceIdentifier.of("service." + (dot < 0 ? feature : feature.substring(0, dot)));
            }

            @Override
            public String getDescription() {
                return "the features of " + service;
            }
        };
    }

    private static String[] concat(String[] names, String... more) {
        String[] all = Arrays.copyOf(names, names.length + more.length);
        System.arraycopy(more, 0, all, names.length, more.length);
        return all;
    }
}
