package nl.trede.invoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/invoer/huisvesting with our CSV layout, as a body or as an uploaded file. */
@ApplicatieMetDatabase
class InvoerApiTest {

    private static final String URL = "/api/v1/invoer/huisvesting";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eenGoedBestandMetNaamCodeEnLegeVeldenGeeft201() throws Exception {
        // goed.csv has a BOM, CRLF line ends, a quoted name, a CBS code, "Midden Drenthe" and empty optional fields.
        mvc.perform(post(URL).param("bestandsnaam", "goed-als-body.csv").with(httpBasic("toezichthouder", "test"))
                        .contentType("text/csv").content(OngeldigeInvoerTest.lees("goed.csv")))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"rijen\": 3}", true));

        List<Periodecijfers> cijfers = opgeslagen("goed-als-body.csv");
        assertThat(cijfers).extracting(Periodecijfers::gemeente).containsExactly("GM1680", "GM0106", "GM1731");
        assertThat(cijfers.get(0)).extracting(Periodecijfers::periode, Periodecijfers::taakstelling,
                        Periodecijfers::standBegin, Periodecijfers::correcties, Periodecijfers::realisatie,
                        Periodecijfers::tijdigGekoppeld, Periodecijfers::vorigeTrede)
                .containsExactly(Periode.van("2032-1"), 22, 32, 0, 12, null, null);
        assertThat(cijfers.get(1)).extracting(Periodecijfers::correcties, Periodecijfers::tijdigGekoppeld,
                Periodecijfers::vorigeTrede).containsExactly(-2, 40, 2);
        assertThat(cijfers.get(2).periode()).isEqualTo(Periode.van("2032-2"));
    }

    @Test
    void eenBestandUploadenWerktOok() throws Exception {
        mvc.perform(multipart(URL).file(new MockMultipartFile("bestand", "goed-als-upload.csv", "text/csv",
                        OngeldigeInvoerTest.lees("goed.csv"))).with(httpBasic("toezichthouder", "test")))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"rijen\": 3}", true));
        assertThat(opgeslagen("goed-als-upload.csv")).hasSize(3);
    }

    @Test
    void deAuditorMagNietsInvoeren() throws Exception {
        mvc.perform(post(URL).with(httpBasic("auditor", "test")).contentType("text/csv")
                        .content(OngeldigeInvoerTest.lees("goed.csv")))
                .andExpect(status().isForbidden());
    }

    @Test
    void zonderInloggenGeenToegang() throws Exception {
        mvc.perform(post(URL).contentType("text/csv").content(OngeldigeInvoerTest.lees("goed.csv")))
                .andExpect(status().isUnauthorized());
    }

    private List<Periodecijfers> opgeslagen(String bestandsnaam) {
        return jdbc.sql("select * from periodecijfers where invoer_id = "
                        + "(select max(id) from invoer where bestandsnaam = ?) order by rij")
                .param(bestandsnaam).query(PeriodecijfersRepository::lees).list();
    }
}
