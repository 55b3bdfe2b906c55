package pl.opium.web.login;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.opium.identity.AccountService;

import java.io.IOException;

/**
 * The FORM login's error page. The container forwards the failed {@code j_security_check} request
 * here, so the user name typed is still a parameter: the failure is audited and counted (an
 * account locks itself after too many), and the user goes back to the login form with a message.
 */
@WebServlet("/login-failed")
public class LoginFailedServlet extends HttpServlet {

    @EJB
    private AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        accounts.loginFailed(request.getParameter("j_username"), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login.xhtml?error=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }
}
