package pl.opium.web.login;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.opium.identity.SignInService;

import java.io.IOException;

/**
 * What every request of a signed-in person goes through. The first one records the login (FORM
 * login has no success callback; after it the container redirects to the page first asked for) and
 * notes the account's session generation; each later one ends the session if the account was locked,
 * deactivated, given other roles or another's password since (the generation moved), and sends whoever
 * holds a password issued by someone else to choose their own first. Works the same on every node of
 * a cluster: the state is the account's, in the database.
 */
@WebFilter("/*")
public class SignedInFilter extends HttpFilter {

    private static final String GENERATION = SignedInFilter.class.getName() + ".generation";
    /** The generation noted for a sign-in without a local account (the city's broker). */
    private static final int NO_ACCOUNT = -1;
    /** Where a person chooses their password: the intranet's page unless the WAR names its own. */
    static final String PASSWORD_PAGE = "opium.passwordPage";

    @EJB
    private SignInService signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = request.getRemoteUser();
        if (username == null || isResource(request)) {
            chain.doFilter(request, response);
            return;
        }
        SignInService.SessionState state = signIn.sessionState(username);
        HttpSession session = request.getSession();
        Integer noted = (Integer) session.getAttribute(GENERATION);
        if (noted == null) {
            session.setAttribute(GENERATION, state == null ? NO_ACCOUNT : state.generation());
            signIn.loginSucceeded(username, request.getRemoteAddr());
        } else if (state == null ? noted != NO_ACCOUNT : !state.open() || state.generation() != noted) {
            session.invalidate();
            request.logout();
            response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
            return;
        }
        String passwordPage = passwordPage(request);
        if (state != null && state.mustChangePassword() && !request.getServletPath().equals(passwordPage)
                && !request.getServletPath().equals("/logout")) {
            response.sendRedirect(request.getContextPath() + passwordPage + "?first=true");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource") || path.startsWith("/resources/");
    }

    private static String passwordPage(HttpServletRequest request) {
        String page = request.getServletContext().getInitParameter(PASSWORD_PAGE);
        return page == null ? "/account/password.xhtml" : page;
    }
}
