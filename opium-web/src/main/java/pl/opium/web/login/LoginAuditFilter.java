package pl.opium.web.login;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.opium.identity.AccountService;

import java.io.IOException;

/**
 * Records a successful login on the first authenticated request of a session: FORM login has no
 * success callback, but after it the container redirects to the page first asked for, and that
 * request is the first one with a user.
 */
@WebFilter("/*")
public class LoginAuditFilter extends HttpFilter {

    private static final String AUDITED = LoginAuditFilter.class.getName() + ".audited";

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = request.getRemoteUser();
        if (username != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(AUDITED) == null) {
                session.setAttribute(AUDITED, Boolean.TRUE);
                accounts.loginSucceeded(username, request.getRemoteAddr());
            }
        }
        chain.doFilter(request, response);
    }
}
