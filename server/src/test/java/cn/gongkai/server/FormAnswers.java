package cn.gongkai.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Answers a public form's challenge in a test as a person would read it, by opening the token with the test key
 * of application-test.yml (FormChallenges keeps the answer AES-GCM-encrypted in the signed token). Only tests
 * know the key; the server's pages never show the answer.
 */
public final class FormAnswers {

    /** gongkai.forms.challenge-key of application-test.yml (and of scripts/soak's server). */
    public static final String TEST_KEY = "dGVzdC1rZXktb2YtdGhlLWZvcm0tY2hhbGxlbmdlLTMyYnl0ZXM=";

    /** A form's token and its answer. */
    public record Answer(String token, String answer) implements RequestPostProcessor {
        /** Adds both as the form's fields. */
        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            request.setParameter("challengeToken", token);
            request.setParameter("answer", answer);
            return request;
        }
    }

    private FormAnswers() {
    }

    private static final String KEPT = "test.formAnswers.challenge";

    /**
     * Performs the GET of a form page and keeps its answered challenge in the request's (mock) session, for
     * {@link #of(jakarta.servlet.http.HttpSession)} when the form is sent; the test's own session object, not the
     * server's (FormChallenges keeps nothing in a session).
     */
    public static org.springframework.test.web.servlet.ResultActions keep(MockMvc mvc, MockHttpServletRequestBuilder get)
            throws Exception {
        org.springframework.test.web.servlet.ResultActions actions = mvc.perform(get);
        org.springframework.test.web.servlet.MvcResult result = actions.andReturn();
        result.getRequest().getSession().setAttribute(KEPT,
                of(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        return actions;
    }

    /** The challenge kept by {@link #keep} for this session. */
    public static Answer of(jakarta.servlet.http.HttpSession session) {
        return (Answer) session.getAttribute(KEPT);
    }

    /** Opens the form page {@code url} and answers its challenge. */
    public static Answer open(MockMvc mvc, String url) throws Exception {
        return open(mvc, MockMvcRequestBuilders.get(url));
    }

    public static Answer open(MockMvc mvc, MockHttpServletRequestBuilder get) throws Exception {
        return of(mvc.perform(get).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The challenge of a form page's HTML, answered. */
    public static Answer of(String html) {
        Document page = Jsoup.parse(html);
        String token = page.select("input[name=challengeToken]").val();
        return new Answer(token, answer(token));
    }

    /** The answer inside {@code token}. */
    public static String answer(String token) {
        String[] parts = token.split("\\.");
        byte[] sealed = Base64.getUrlDecoder().decode(parts[4]);
        try {
            byte[] secret = Base64.getDecoder().decode(TEST_KEY);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] enc = Arrays.copyOf(mac.doFinal("form-challenge-enc".getBytes(StandardCharsets.UTF_8)), 16);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(enc, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
            return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
