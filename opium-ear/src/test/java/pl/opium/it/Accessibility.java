package pl.opium.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core's WCAG 2.1 A and AA rules on the page the browser shows: the browser tests run it on every
 * page they open, so that a page cannot bring a violation in (the accessibility act covers a public
 * body's intranet as well as its public pages).
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails with every violation found on the whole page, its rule, impact and the elements. */
    static void check(WebDriver browser) {
        report(browser, new AxeBuilder().withTags(WCAG_21_AA).analyze(browser));
    }

    private static void report(WebDriver browser, Results results) {
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2.1 AA violations on " + browser.getCurrentUrl() + ":\n" + violations.stream()
                    .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                            + rule.getNodes().stream().limit(5).map(node -> node.getTarget() + (node.getFailureSummary() == null
                                    ? "" : " (" + node.getFailureSummary().replace('\n', ' ') + ")"))
                            .collect(Collectors.joining(", ")) + (rule.getNodes().size() > 5
                            ? " and " + (rule.getNodes().size() - 5) + " more" : ""))
                    .collect(Collectors.joining("\n")));
        }
    }
}
