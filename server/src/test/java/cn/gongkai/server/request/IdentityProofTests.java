package cn.gongkai.server.request;

import cn.gongkai.server.FormAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.server.DemoLogin;
import cn.gongkai.server.ledger.Ledger;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Applicant data on the public form (Art. 29(一)): the identity proof uploaded, encrypted on disk, shown
 * masked, opened only by the organ's handlers with a ledger entry; the contact as separate fields,
 * each checked with a message that names the field. The database is an H2 file in a temporary folder,
 * so the test reads what actually lies on disk.
 */
@SpringBootTest(properties = "gongkai.requests.identity-proof-max-kb=64")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@DirtiesContext
class IdentityProofTests {

    static final Path DIR = temp();
    static final String ID = "510421199001011233"; // valid check digit, computed by hand (RequestFlowTests)
    /** Text inside the "scan" that must never lie on disk in the clear. */
    static final String SECRET = "PROOF-PLAINTEXT-7f3a9c";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("db") + ";WRITE_DELAY=0");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    @Test
    void theProofIsEncryptedOnDiskMaskedOnThePageAndOpenedOnlyByTheHandlersWithALedgerEntry() throws Exception {
        clock.set(LocalDate.of(2026, 12, 1));
        byte[] png = png(SECRET);
        MockHttpSession visitor = new MockHttpSession();
        Document done = submit(visitor, new MockMultipartFile("proof", "身份证正面.png", "image/png", png), "13812345678",
                "四川省攀枝花市米易县丙谷镇CONTROL-ADDRESS-55", "617200", "wang@example.com");
        String number = done.select("#number").text();
        assertThat(number).matches("binggu-2026-\\d{4}");

        // On disk: the proof's text is nowhere, nor the id number or phone; the address field is encrypted
        // too, but the request's description is stored as written, which shows the scan can find text.
        jdbc.sql("CHECKPOINT SYNC").update();
        byte[] disk = diskBytes();
        assertThat(contains(disk, "CONTROL-DESCRIPTION-31".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(contains(disk, SECRET.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(disk, ID.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(disk, "13812345678".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(disk, "CONTROL-ADDRESS-55".getBytes(StandardCharsets.UTF_8))).isFalse();

        long id = jdbc.sql("SELECT id FROM disclosure_request WHERE request_number = :n").param("n", number)
                .query(Long.class).single();
        String url = "/workspace/requests/" + id;
        MockHttpSession drafter = login("binggu.drafter");
        Document page = page(url, drafter);
        // 身份证正面.png has 9 characters: first two and last two kept, five starred (Masking.contact).
        assertThat(page.select("#identity-proof").text()).isEqualTo("图片，1 KB，身份*****ng");
        assertThat(page.select("#contact-fields").text()).isEqualTo("电话 138****5678；地址 四川********55；邮编 61**00；邮箱 wa********om");
        assertThat(page.html()).doesNotContain(SECRET).doesNotContain("13812345678");
        // The public form's fields revealed in full to address a letter, into the ledger.
        mvc.perform(post(url + "/contact").session(drafter).with(csrf())).andExpect(flash().attribute("contactFields",
                new ApplicantContact("13812345678", "四川省攀枝花市米易县丙谷镇CONTROL-ADDRESS-55", "617200", "wang@example.com")));
        assertThat(ledger.latest(20)).anyMatch(e -> e.action().equals("personal-data-view") && e.subjectId().equals(number)
                && "查看申请人联系方式".equals(e.after()));

        // A reviewer of the same organ and the county supervisor: 403, no ledger entry.
        mvc.perform(get(url + "/identity-proof").session(login("binggu.reviewer1"))).andExpect(status().isForbidden());
        mvc.perform(get(url + "/identity-proof").session(login("county.supervisor"))).andExpect(status().isForbidden());
        mvc.perform(get(url + "/identity-proof").session(login("gaoping.drafter"))).andExpect(status().isNotFound());
        assertThat(views(number)).isZero();
        assertThat(page(url, login("binggu.reviewer1")).select("a[href$=/identity-proof]")).isEmpty();

        byte[] opened = mvc.perform(get(url + "/identity-proof").session(drafter)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(opened).isEqualTo(png);
        assertThat(views(number)).isEqualTo(1);
        assertThat(ledger.latest(20)).filteredOn(e -> e.action().equals("identity-proof-view")).first()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("binggu.drafter");
                    assertThat(String.valueOf(e.after())).doesNotContain(SECRET).doesNotContain(ID);
                });
    }

    @Test
    void wrongFieldsAndFilesAreRefusedWithTheFieldNamedAndWhatWasTypedKept() throws Exception {
        clock.set(LocalDate.of(2026, 12, 1));
        MockMultipartFile none = new MockMultipartFile("proof", "", "application/octet-stream", new byte[0]);
        assertThat(submitRefused(none, "13812345678", "", "61720", "")).isEqualTo("邮政编码“61720”应为 6 位数字（如 617200）");
        assertThat(submitRefused(none, "1381234567", "", "", "")).isEqualTo("联系电话“13******67”格式不对：请填写 11 位手机号码"
                + "（如 13812345678）或带区号的固定电话（如 0812-1234567），可带分机号（如 0812-1234567-801）");
        assertThat(submitRefused(none, "", "", "", "wang@example")).isEqualTo("电子邮箱“wa********le”格式不对，请写成 name@example.com 的形式");
        assertThat(submitRefused(none, "", "", "", "")).isEqualTo("请填写联系方式（电话、邮箱或通信地址，不超过 200 字）");
        MockMultipartFile gif = new MockMultipartFile("proof", "a.gif", "image/png", "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        assertThat(submitRefused(gif, "13812345678", "", "", "")).isEqualTo("身份证明只接受 JPG、PNG 图片或 PDF 文件");
        // The limit is set to 64 KB for this test: 65 KB is refused with its size.
        byte[] large = new byte[65 * 1024];
        System.arraycopy(png(""), 0, large, 0, 8);
        assertThat(submitRefused(new MockMultipartFile("proof", "big.png", "image/png", large), "13812345678", "", "", ""))
                .isEqualTo("身份证明文件有 65 KB，超过 64 KB 的上限，请压缩或缩小后上传");
        // A fixed line with area code and extension, and a mobile written with hyphens, are accepted.
        assertThat(ApplicantContact.phoneValid("0812-8100000-801")).isTrue();
        assertThat(ApplicantContact.phoneValid("138-1234-5678")).isTrue();
        assertThat(ApplicantContact.phoneValid("12345")).isFalse();
        Document kept = refusedPage(none, "13812345678", "丙谷镇", "61720", "");
        assertThat(kept.select("#phone").val()).isEqualTo("13812345678");
        assertThat(kept.select("#address").val()).isEqualTo("丙谷镇");
        assertThat(kept.select("#postcode").val()).isEqualTo("61720");
    }

    @Test
    void staffAddTheProofOfACounterRequestAndOnlyAPdfJpegOrPngIsTaken() throws Exception {
        clock.set(LocalDate.of(2026, 12, 2));
        MockHttpSession drafter = login("binggu.drafter");
        byte[] pdf = ("%PDF-1.4\n" + SECRET).getBytes(StandardCharsets.US_ASCII);
        String location = mvc.perform(multipart("/workspace/requests").file(new MockMultipartFile("proof", "营业执照.pdf",
                "application/pdf", pdf)).session(drafter).with(csrf()).param("channel", "COUNTER").param("receivedOn", "2026-12-02")
                .param("applicantType", "NATURAL_PERSON").param("applicantName", "陈某").param("idNumber", ID)
                .param("contact", "13700000000").param("description", "村道硬化工程验收资料").param("formWanted", "PAPER")
                .param("delivery", "POST")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/workspace/requests/\\d+");
        assertThat(page(location, drafter).select("#identity-proof").text()).isEqualTo("PDF 文件，1 KB，营业****df");
        assertThat(mvc.perform(get(location + "/identity-proof").session(drafter)).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(multipart(location + "/identity-proof").file(new MockMultipartFile("proof", "x.txt", "text/plain",
                "hello".getBytes(StandardCharsets.US_ASCII))).session(drafter).with(csrf()))
                .andExpect(flash().attribute("problem", "身份证明只接受 JPG、PNG 图片或 PDF 文件"));
        // A reviewer sees no upload form, and the server refuses one anyway.
        MockHttpSession reviewer = login("binggu.reviewer1");
        assertThat(page(location, reviewer).select("form[action$=/identity-proof]")).isEmpty();
        mvc.perform(multipart(location + "/identity-proof").file(new MockMultipartFile("proof", "a.pdf", "application/pdf", pdf))
                .session(reviewer).with(csrf())).andExpect(flash().attribute("problem", "只有本机关的承办人（撰稿）或管理员可以办理申请"));
    }

    private Document submit(MockHttpSession visitor, MockMultipartFile proof, String phone, String address, String postcode,
            String email) throws Exception {
        return Jsoup.parse(mvc.perform(publicForm(visitor, proof, phone, address, postcode, email)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String submitRefused(MockMultipartFile proof, String phone, String address, String postcode, String email)
            throws Exception {
        return refusedPage(proof, phone, address, postcode, email).select(".alert").text();
    }

    private Document refusedPage(MockMultipartFile proof, String phone, String address, String postcode, String email)
            throws Exception {
        return submit(new MockHttpSession(), proof, phone, address, postcode, email);
    }

    private MockMultipartHttpServletRequestBuilder publicForm(MockHttpSession visitor, MockMultipartFile proof, String phone,
            String address, String postcode, String email) throws Exception {
        FormAnswers.Answer challenge = FormAnswers.open(mvc, get("/apply/binggu").session(visitor));
        return (MockMultipartHttpServletRequestBuilder) multipart("/apply/binggu").file(proof).session(visitor).with(csrf())
                .param("applicantType", "NATURAL_PERSON").param("applicantName", "王小明").param("idNumber", ID)
                .param("phone", phone).param("address", address).param("postcode", postcode).param("email", email)
                .param("description", "丙谷镇2026年危房改造名单 CONTROL-DESCRIPTION-31").param("formWanted", "EMAIL")
                .param("delivery", "EMAIL").with(challenge);
    }

    private long views(String number) {
        return ledger.latest(200).stream().filter(e -> e.action().equals("identity-proof-view") && e.subjectId().equals(number))
                .count();
    }

    /** A file that starts like a PNG (its 8-byte signature) and carries the text. */
    static byte[] png(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] diskBytes() throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.writeBytes(Files.readAllBytes(p));
            }
        }
        return all.toByteArray();
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpSession login(String username) throws Exception {
        return DemoLogin.session(mvc, username);
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("gongkai-proof-test");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
