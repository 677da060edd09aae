package cn.gongkai.server.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway (短信平台) as an HTTP interface: POST {@code gongkai.notifications.sms-url} with the JSON
 * {@code {"to": "<mobile>", "text": "<message>"}} (and a Bearer token when set); any 2xx answer is success.
 * A province's platform with another form is put behind a small adapter at that address. Off while the
 * address is empty.
 */
@Component
class SmsGateway {

    private static final JsonMapper JSON = JsonMapper.shared();
    private final NotificationSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SmsGateway(NotificationSettings settings) {
        this.settings = settings;
    }

    void send(String to, String text) throws IOException, InterruptedException {
        if (!settings.smsOn()) {
            throw new IllegalStateException("未设置短信平台地址 gongkai.notifications.sms-url");
        }
        var request = HttpRequest.newBuilder(URI.create(settings.smsUrl())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("to", to, "text", text))));
        if (!settings.smsToken().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.smsToken());
        }
        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status < 200 || status > 299) {
            throw new IOException("短信平台答复 HTTP " + status);
        }
    }
}
