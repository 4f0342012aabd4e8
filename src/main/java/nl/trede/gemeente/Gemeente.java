package nl.trede.gemeente;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A gemeente by the CBS indeling, with the areas it belongs to. */
@Table("gemeente")
public record Gemeente(
        @Id String code,
        String naam,
        String provincieCode,
        String provincie,
        String veiligheidsregioCode,
        String veiligheidsregio) {
}
