package pl.opium.web;

import org.junit.jupiter.api.Test;
import pl.opium.forms.FieldType;
import pl.opium.forms.ResponseStatus;
import pl.opium.identity.AuditAction;
import pl.opium.identity.Role;
import pl.opium.messaging.MessageAction;
import pl.opium.messaging.MessageBox;
import pl.opium.messaging.MessageStatus;
import pl.opium.messaging.Priority;
import pl.opium.messaging.ReplyExpected;
import pl.opium.messaging.board.BoardFilter;
import pl.opium.messaging.board.ReminderKind;
import pl.opium.messaging.inbox.ReplyStatus;
import pl.opium.recruitment.appeal.AppealOutcome;
import pl.opium.recruitment.application.ApplicationAction;
import pl.opium.recruitment.application.ApplicationStatus;
import pl.opium.recruitment.application.DeclarationStatus;
import pl.opium.recruitment.campaign.Level;
import pl.opium.recruitment.campaign.OfferAction;
import pl.opium.recruitment.campaign.OfferStatus;
import pl.opium.recruitment.campaign.Round;
import pl.opium.recruitment.campaign.Step;
import pl.opium.recruitment.campaign.UnitKind;
import pl.opium.recruitment.criteria.StatutoryCriterion;
import pl.opium.registry.GroupKind;
import pl.opium.registry.InstitutionType;
import pl.opium.registry.StaffFunction;
import pl.opium.surveys.CopyVerdict;
import pl.opium.surveys.Difference;
import pl.opium.surveys.MergeStatus;
import pl.opium.surveys.SurveyMerge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a user can be shown has a Polish sentence: no raw key ever reaches a screen. */
class BundleCompletenessTest {

    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Feedback\\.(?:info|error|text)\\(|Exception\\(|problems\\.add\\()\"([a-zA-Z][A-Za-z0-9.]*)\"");
    /** Keys handed around as plain strings (refusal keys of workflow tables, for example). */
    private static final Pattern FEATURE_KEY = Pattern.compile("\"((?:registry|identity|messaging|workflow|files|surveys|forms|recruitment)\\.[A-Za-z0-9.]+)\"");
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("\"\\{([A-Za-z0-9.]+)}\"");

    @Test
    void everyKeyUsedInViewsAndCodeIsInThePolishBundle() throws IOException {
        Properties polish = load("/messages.properties");
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/webapp"), ".xhtml", VIEW_KEY, used);
        collect(Path.of("../opium-portal/src/main/webapp"), ".xhtml", VIEW_KEY, used);
        collect(Path.of("src/main/java"), ".java", CODE_KEY, used);
        collect(Path.of("../opium-ejb/src/main/java"), ".java", CODE_KEY, used);
        collect(Path.of("../opium-ejb/src/main/java"), ".java", FEATURE_KEY, used);
        for (Class<? extends Enum<?>> type : java.util.List.of(InstitutionType.class, StaffFunction.class, GroupKind.class,
                Role.class, AuditAction.class, MessageStatus.class, MessageAction.class, Priority.class,
                ReplyExpected.class, ReplyStatus.class, ReminderKind.class, BoardFilter.class, MessageBox.class,
                CopyVerdict.class, Difference.Kind.class, SurveyMerge.Layout.class, MergeStatus.class, FieldType.class, ResponseStatus.class,
                Level.class, UnitKind.class, OfferStatus.class, OfferAction.class, ApplicationStatus.class,
                ApplicationAction.class, DeclarationStatus.class, AppealOutcome.class, Round.class, Step.class,
                StatutoryCriterion.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                used.add(type.getSimpleName() + "." + value.name());
            }
        }

        for (Round round : Round.values()) {
            for (Step step : Step.values()) {
                used.add("recruitment.stage." + round.name() + "." + step.name());
            }
        }

        assertThat(used).hasSizeGreaterThan(200);
        assertThat(used).allSatisfy(key -> assertThat(polish).as("messages.properties").containsKey(key));
    }

    @Test
    void everyConstraintMessageIsInTheValidationBundle() throws IOException {
        Properties validation = load("/ValidationMessages.properties");
        Set<String> used = new TreeSet<>();
        collect(Path.of("../opium-ejb/src/main/java"), ".java", CONSTRAINT_KEY, used);

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(validation).as("ValidationMessages.properties").containsKey(key));
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(suffix)).forEach(file -> {
                try {
                    Matcher matcher = pattern.matcher(Files.readString(file));
                    while (matcher.find()) {
                        into.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
