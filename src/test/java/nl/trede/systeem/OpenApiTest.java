package nl.trede.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApplicatieMetDatabase
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void hetOpenApiDocumentBeschrijftDeApi() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi").with(httpBasic("auditor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/beoordelingsrondes'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/beoordelingsrondes/{id}/samenvatting'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/invoer/huisvesting'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regelsets/activeer'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regelsets/impact'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/verdelingen'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/monitoring/schema'].get").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(document).contains("\"Beoordelingsrondes\"", "\"Audit\"");
    }
}
