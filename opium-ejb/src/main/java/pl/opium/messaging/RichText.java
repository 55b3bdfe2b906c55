package pl.opium.messaging;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The body of a message as the editor sends it, made safe on the server: formatting, lists, tables
 * and links stay; scripts, event handlers, styles and anything else an editor should not produce
 * are removed, whatever the browser submitted.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("span", "u", "s", "hr")
                    .toFactory());

    private RichText() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
