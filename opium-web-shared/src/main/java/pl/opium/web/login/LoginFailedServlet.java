package pl.opium.web.login;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.opium.identity.SignInService;

import java.io.IOException;

/**
 * The FORM login's error page. The container forwards a refused {@code j_security_check} POST here,
 * so the user name typed is still a parameter: the failure is audited and counted (an account is
 * shut for a while after too many), and the user goes back to the login form with a message. Only
 * such a forward counts: anyone can open this address, and a link must not lock anybody out.
 */
@WebServlet("/login-failed")
public class LoginFailedServlet extends HttpServlet {

    static final String BACK_TO_FORM = "/login.xhtml?error=true";

    @EJB
    private SignInService signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refusedSignIn(request)) {
            signIn.loginFailed(request.getParameter("j_username"), request.getRemoteAddr());
        }
        response.sendRedirect(request.getContextPath() + BACK_TO_FORM);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + BACK_TO_FORM);
    }

    /** The container's forward of a sign-in it refused, not a request someone sent to this address. */
    static boolean refusedSignIn(HttpServletRequest request) {
        Object from = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return request.getDispatcherType() == DispatcherType.FORWARD && "POST".equals(request.getMethod())
                && from instanceof String uri && uri.endsWith("/j_security_check");
    }
}
