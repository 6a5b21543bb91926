package io.tradewire.config;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md's direction, enforced: nlp and trading know nothing of chat, web or billing. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tradewire");

    static final String[] ADAPTER_TYPES = {
            "net.dv8tion..", "org.telegram..", "com.stripe..", "io.micronaut.http..", "io.micronaut.security..",
            "io.micronaut.websocket..", "io.tradewire.web..", "io.tradewire.bot..", "io.tradewire.billing..",
            "io.tradewire.config.."};

    @Test
    void tradingUsesNoChatWebOrBillingTypes() {
        noClasses().that().resideInAPackage("io.tradewire.trading..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_TYPES)
                .check(CLASSES);
    }

    @Test
    void nlpDependsOnNothingElseOfOursAndNoFramework() {
        noClasses().that().resideInAPackage("io.tradewire.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_TYPES)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.tradewire.trading..", "io.micronaut..",
                        "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void webDoesNotReachIntoBots() {
        noClasses().that().resideInAPackage("io.tradewire.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tradewire.bot..", "net.dv8tion..",
                        "org.telegram..")
                .check(CLASSES);
    }

    @Test
    void theCommandFacadeIntakeAndNotifierKnowNoChatPlatform() {
        noClasses().that().resideInAnyPackage("io.tradewire.bot.command..", "io.tradewire.bot.intake..",
                        "io.tradewire.bot.notify..", "io.tradewire.bot.reply..", "io.tradewire.bot.lease..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "net.dv8tion..", "okhttp3..",
                        "io.tradewire.bot.telegram..", "io.tradewire.bot.discord..", "io.micronaut.http..")
                .check(CLASSES);
    }
}
