package org.redress.complaint.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
class ComplaintApiTest {

    static final String COMPLAINT = """
            {"externalId": "API-%s", "receivedAt": "2026-11-02", "channel": "PARTNER_PLATFORM",
             "consumerName": "刘洋", "consumerPhone": "13700137000", "province": "江苏", "city": "南京",
             "merchantName": "潮流服饰直播间", "merchantShopId": "DY-778", "platform": "DOUYIN",
             "orderNumber": "DY2026110200017", "purchaseDate": "2026-10-28", "amountPaid": 359.00,
             "amountClaimed": 1077.00, "paymentMethod": "BUY_NOW_PAY_LATER", "category": "FALSE_ADVERTISING",
             "narrative": "直播间宣传纯羊毛，收到是化纤，要求退一赔三。"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;

    @BeforeEach
    void accounts() {
        accounts.ensureAccount("api-staff", "API staff", "secret-pass", Set.of(Role.STAFF));
        accounts.ensureAccount("api-regulator", "API regulator", "secret-pass", Set.of(Role.REGULATOR));
    }

    @Test
    void a_partner_files_a_complaint_and_reads_it_back_by_case_number_and_external_id() throws Exception {
        String location = mvc.perform(post("/api/v1/complaints").with(httpBasic("api-staff", "secret-pass"))
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT.formatted("1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.caseNumber").value(Matchers.startsWith("RC-2026-")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(httpBasic("api-staff", "secret-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.externalId").value("API-1"))
                .andExpect(jsonPath("$.merchantName").value("潮流服饰直播间"))
                .andExpect(jsonPath("$.platform").value("DOUYIN"))
                .andExpect(jsonPath("$.amountClaimed").value(1077.00))
                .andExpect(jsonPath("$.paymentMethod").value("BUY_NOW_PAY_LATER"));

        mvc.perform(get("/api/v1/complaints").param("externalId", "API-1").with(httpBasic("api-staff", "secret-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consumerName").value("刘洋"));
    }

    @Test
    void bad_input_gets_400_with_one_message_per_field() throws Exception {
        String bad = COMPLAINT.formatted("2").replace("\"PARTNER_PLATFORM\"", "\"FAX\"")
                .replace("359.00", "-3").replace("\"2026-11-02\"", "\"yesterday\"");
        mvc.perform(post("/api/v1/complaints").with(httpBasic("api-staff", "secret-pass"))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.channel").exists())
                .andExpect(jsonPath("$.fieldErrors.amountPaid").value("不能为负数"))
                .andExpect(jsonPath("$.fieldErrors.receivedAt").exists())
                .andExpect(jsonPath("$.errors[0].field").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'amountPaid')].code").value("validation.notNegative"));
        mvc.perform(post("/api/v1/complaints").with(httpBasic("api-staff", "secret-pass"))
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Invalid input"))
                .andExpect(jsonPath("$.fieldErrors.amountPaid").value("Must not be negative"));
    }

    @Test
    void an_unknown_case_is_404_and_a_missing_login_is_401() throws Exception {
        mvc.perform(get("/api/v1/complaints/RC-1999-999999").with(httpBasic("api-staff", "secret-pass")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/RC-1999-999999")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_regulator_is_refused_personal_data() throws Exception {
        mvc.perform(get("/api/v1/complaints").param("externalId", "API-1")
                        .with(httpBasic("api-regulator", "secret-pass")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/complaints").with(httpBasic("api-regulator", "secret-pass"))
                        .contentType(MediaType.APPLICATION_JSON).content(COMPLAINT.formatted("3")))
                .andExpect(status().isForbidden());
    }

    @Test
    void csv_import_reports_imported_skipped_and_row_errors() throws Exception {
        String csv = "externalId,receivedAt,channel,consumerName,consumerPhone,consumerEmail,province,city,merchantName,"
                + "merchantShopId,platform,orderNumber,platformTicket,purchaseDate,amountPaid,amountClaimed,"
                + "paymentMethod,category,narrative\n"
                + "CSV-1,2026-11-01,WEB,赵敏,13600136000,,北京,北京,老街茶叶小店,,TAOBAO,,,2026-10-01,99,99,CARD,"
                + "NOT_DELIVERED,没发货\n"
                + "CSV-2,2026-11-01,WEB,,13600136000,,北京,北京,老街茶叶小店,,TAOBAO,,,2026-10-01,99,99,CARD,"
                + "NOT_DELIVERED,没有姓名\n";
        mvc.perform(post("/api/v1/complaints/import").with(httpBasic("api-staff", "secret-pass"))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.skipped").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("consumerName")));
        mvc.perform(post("/api/v1/complaints/import").with(httpBasic("api-staff", "secret-pass"))
                        .contentType("text/csv").content(csv))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.skipped").value(1));
    }
}
