package org.redress.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile values in every path variable, query parameter and JSON body of every API endpoint, as an administrator
 * (who passes every role check and so reaches deepest): no answer is a server error, and every error is JSON.
 */
@RedressTest
class ApiFuzzTest {

    static final List<String> HOSTILE = List.of("", " ", "'", "\"><img src=x onerror=alert(1)>", "\uD800", "\u0000",
            "\u202Eexe.txt", "1e400", "-1", "99999999999999999999999", "0.0000001", "NaN", "../../etc/passwd",
            "2026-13-45", "RC-2026-000001", "长".repeat(5_000), "null", "[]", "{}", "%00", "✓😡");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path, List<String> params, boolean body) {
    }

    private List<Endpoint> endpoints() {
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            for (String path : entry.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                List<String> params = new ArrayList<>();
                boolean body = false;
                for (MethodParameter p : entry.getValue().getMethodParameters()) {
                    p.initParameterNameDiscovery(names);
                    RequestParam param = p.getParameterAnnotation(RequestParam.class);
                    if (param != null) {
                        String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty()
                                ? param.value() : p.getParameterName();
                        if (name != null) {
                            params.add(name);
                        }
                    }
                    body |= p.hasParameterAnnotation(RequestBody.class);
                }
                var methods = entry.getKey().getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), path, params, body));
                }
            }
        }
        return endpoints;
    }

    @Test
    void noHostileRequestGetsAServerErrorOrAnAnswerThatIsNotJson() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (String value : HOSTILE) {
                long vars = endpoint.path().chars().filter(c -> c == '{').count();
                Object[] uriVars = new Object[(int) vars];
                Arrays.fill(uriVars, value.isEmpty() ? "x" : value);
                MockHttpServletRequestBuilder builder = request(endpoint.method(), endpoint.path(), uriVars)
                        .with(user("admin").roles("ADMIN"));
                for (String param : endpoint.params()) {
                    builder.param(param, value);
                }
                if (endpoint.body()) {
                    builder.contentType(MediaType.APPLICATION_JSON).content(hostileBody(value));
                }
                var response = mvc.perform(builder).andReturn().getResponse();
                sent++;
                String what = endpoint.method() + " " + endpoint.path() + " with " + abbreviate(value);
                if (response.getStatus() >= 500) {
                    failures.add(what + " → " + response.getStatus() + " "
                            + abbreviate(response.getContentAsString(StandardCharsets.UTF_8)));
                } else if (response.getStatus() >= 400 && (response.getContentType() == null
                        || !response.getContentType().startsWith(MediaType.APPLICATION_JSON_VALUE))) {
                    failures.add(what + " → " + response.getStatus() + " not JSON: " + response.getContentType());
                }
            }
        }
        assertThat(failures).as("of %d hostile requests", sent).isEmpty();
    }

    /** A body whose every commonly named field holds the hostile value, as a string, a number where it parses. */
    private static String hostileBody(String value) {
        String json = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
        String string = "\"" + json + "\"";
        StringBuilder body = new StringBuilder("{");
        for (String field : List.of("caseNumber", "externalId", "consumerName", "merchantName", "platform",
                "narrative", "recitals", "reason", "note", "date", "decidedOn", "decision", "channel", "party",
                "signerName", "capacity", "method", "code", "title", "start", "mediator", "room", "agenda", "target",
                "receivedAt", "amountPaid", "amountClaimed", "category", "paymentMethod", "consumerPhone")) {
            body.append('"').append(field).append("\":").append(string).append(',');
        }
        body.append("\"merchantId\":").append(string).append(",\"durationMinutes\":").append(string)
                .append(",\"duplicates\":[").append(string).append("],\"complaintCaseNumbers\":[").append(string)
                .append("],\"obligations\":[null,{\"amount\":").append(string).append("}],\"participants\":[null]}");
        return body.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
