package nl.trede.invoer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.trede.kern.Periode;
import nl.trede.support.ApplicatieMetDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing figures again adds a version: a past run still shows what it was based on. */
@ApplicatieMetDatabase
class HerinvoerTest {

    private static final Periode PERIODE = Periode.van("2033-1");
    private static final String KOP = String.join(",", HuisvestingLezer.CSV_KOLOMMEN) + "\n";

    @Autowired
    InvoerService service;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deEerdereVersieBlijftStaanMetHaarMomentVanVastleggen() {
        service.voerIn("eerste.csv", (KOP + "Meppel,2033-1,30,4,,12,,\n").getBytes(UTF_8), "toezichthouder");
        Periodecijfers eerste = actueel("GM0119");
        service.voerIn("tweede.csv", (KOP + "GM0119,2033-1,30,4,,20,,\n").getBytes(UTF_8), "toezichthouder");
        Periodecijfers tweede = actueel("GM0119");

        assertThat(eerste.realisatie()).isEqualTo(12);
        assertThat(tweede.realisatie()).isEqualTo(20);
        assertThat(tweede.geregistreerdOp()).isAfter(eerste.geregistreerdOp());
        assertThat(service.cijfers(eerste.id())).contains(eerste);
        List<Integer> versies = jdbc.sql("select realisatie from periodecijfers where gemeente = 'GM0119' "
                + "and periode = '2033-1' order by id").query(Integer.class).list();
        assertThat(versies).containsSubsequence(12, 20);
    }

    @Test
    void deRecenteInvoerNoemtBestandFormaatRijenDoorEnOp() {
        Invoerresultaat resultaat = service.voerIn("recent.csv",
                (KOP + "Assen,2034-1,50,10,,30,,\nAssen,2034-2,50,30,,40,,\nEmmen,2034-2,90,59,,60,,\n").getBytes(UTF_8),
                "beleid");
        assertThat(resultaat.rijen()).isEqualTo(3);
        assertThat(resultaat.gemeentenPerPeriode()).containsExactly(
                java.util.Map.entry(Periode.van("2034-1"), 1), java.util.Map.entry(Periode.van("2034-2"), 2));
        Invoer laatste = service.recenteInvoer(1).get(0);
        assertThat(laatste).extracting(Invoer::bestandsnaam, Invoer::formaat, Invoer::rijen, Invoer::ingevoerdDoor)
                .containsExactly("recent.csv", "CSV", 3, "beleid");
        assertThat(jdbc.sql("select count(*) from periodecijfers where invoer_id = ? and geregistreerd_op = ?")
                .params(laatste.id(), java.sql.Timestamp.from(laatste.ingevoerdOp())).query(Long.class).single())
                .isEqualTo(3L);
    }

    @Test
    void alleGemeentenInEenBestand() {
        Invoerresultaat resultaat = service.voerIn("alle-2039.csv", alleGemeenten("2039-1"), "toezichthouder");
        assertThat(resultaat.rijen()).isEqualTo(342);
        assertThat(service.actueleCijfers(Periode.van("2039-1"))).hasSize(342)
                .allSatisfy(c -> assertThat(c.realisatie()).isEqualTo(8));
    }

    private byte[] alleGemeenten(String periode) {
        StringBuilder csv = new StringBuilder(KOP);
        jdbc.sql("select code from gemeente order by code").query(String.class).list()
                .forEach(code -> csv.append(code).append(',').append(periode).append(",10,2,,8,9,1\n"));
        return csv.toString().getBytes(UTF_8);
    }

    private Periodecijfers actueel(String gemeente) {
        return service.actueleCijfers(PERIODE).stream().filter(c -> c.gemeente().equals(gemeente)).findFirst()
                .orElseThrow();
    }
}
