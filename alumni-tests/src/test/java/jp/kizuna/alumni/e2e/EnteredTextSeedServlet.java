package jp.kizuna.alumni.e2e;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The test's way in to {@link EnteredTextSeed}: POST payload and marker, get the ids back. The bean
 * lives in a test EJB module of its own, because a web module holding EJBs beside the real ones
 * cannot be deployed in the application's EAR. Never part of the product.
 */
@WebServlet("/seed")
public class EnteredTextSeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnteredTextSeed seed;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getWriter().write(seed.seed(request.getParameter("payload"), request.getParameter("marker")));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
